package io.grouployalty.adapters.jdbc;

import io.grouployalty.adapters.jdbc.testing.TestDatabase;
import io.grouployalty.adapters.jdbc.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaMigrationsTest {

    private final TestDatabase database = TestDatabases.empty();
    private final SchemaMigrations migrations = new SchemaMigrations(database.dataSource());

    @Test
    void bringsAnEmptyDatabaseUpToDateOnce() {
        assertThat(migrations.current()).isFalse();

        assertThat(migrations.migrate()).isPositive();

        assertThat(migrations.current()).isTrue();
        assertThat(migrations.migrate()).isZero();
    }

    @Test
    void keysEveryTableAndIndexByOrgFirstExceptTills() {
        migrations.migrate();

        java.util.List<String> firstKeyColumns = database.jdbi().withHandle(handle -> handle.createQuery("""
                        select c.relname || '.' || a.attname
                          from pg_index i
                          join pg_class c on c.oid = i.indrelid
                          join pg_namespace n on n.oid = c.relnamespace
                          join pg_attribute a on a.attrelid = c.oid and a.attnum = i.indkey[0]
                         where n.nspname = 'public' and c.relname not like 'flyway%'
                        """).mapTo(String.class).list());

        assertThat(firstKeyColumns).contains("customer.org_id", "customer_identifier.org_id", "company.org_id").allSatisfy(column ->
                assertThat(column).matches("(.*\\.org_id|till\\.code)"));
    }

    @Test
    void everyForeignKeyIncludesTheOrgExceptTheTillsOwnOrgKey() {
        migrations.migrate();

        java.util.List<String> withoutOrg = database.jdbi().withHandle(handle -> handle.createQuery("""
                        select c.conrelid::regclass || ' ' || c.conname
                          from pg_constraint c
                          join pg_namespace n on n.oid = c.connamespace
                         where n.nspname = 'public'
                           and c.contype = 'f'
                           and not exists (select 1
                                             from unnest(c.conkey) as key(attnum)
                                             join pg_attribute a on a.attrelid = c.conrelid and a.attnum = key.attnum
                                            where a.attname = 'org_id')
                        """).mapTo(String.class).list());

        int foreignKeys = database.jdbi().withHandle(handle -> handle.createQuery(
                "select count(*) from pg_constraint c join pg_namespace n on n.oid = c.connamespace where n.nspname = 'public' and c.contype = 'f'")
                .mapTo(Integer.class).one());
        assertThat(foreignKeys).isGreaterThan(10);
        assertThat(withoutOrg).isEmpty();
    }
}
