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
    void createsEveryTableKeyedByOrgFirstExceptTills() {
        migrations.migrate();

        java.util.List<String> firstKeyColumns = database.jdbi().withHandle(handle -> handle.createQuery("""
                        select c.relname || '.' || a.attname
                          from pg_index i
                          join pg_class c on c.oid = i.indrelid
                          join pg_namespace n on n.oid = c.relnamespace
                          join pg_attribute a on a.attrelid = c.oid and a.attnum = i.indkey[0]
                         where n.nspname = 'public' and c.relname not like 'flyway%'
                        """).mapTo(String.class).list());

        assertThat(firstKeyColumns).isNotEmpty().allSatisfy(column ->
                assertThat(column).matches("(.*\\.org_id|till\\.code)"));
    }
}
