package io.grouployalty.adapters.jdbc;

import io.grouployalty.adapters.jdbc.hierarchy.JdbiHierarchies;
import io.grouployalty.adapters.jdbc.testing.TestDatabase;
import io.grouployalty.adapters.jdbc.testing.TestDatabases;
import io.grouployalty.domain.hierarchy.HierarchyId;
import io.grouployalty.domain.org.OrgId;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void givesTheRolesStoredBeforeRoleIdsIdsInChainOrderThatLaterRolesFollowAndNoRoleGoesWithout() {
        Flyway.configure().locations("classpath:db/migration").target("4").dataSource(database.dataSource()).load().migrate();
        database.jdbi().useHandle(handle -> handle.createScript("""
                insert into org values (7, 'Before role ids', 'Z');
                insert into hierarchy values (7, 1, 'fleet', null, null, true, false, false, true, false, now()),
                                             (7, 2, 'vans', null, null, true, false, false, true, false, now());
                insert into hierarchy_role values (7, 2, 0, 'OWNER', 5, false, '{}', '{}'), (7, 1, 1, 'FA', 5, false, '{}', '{}'),
                                                  (7, 1, 0, 'SFA', 5, false, '{}', '{}'), (7, 1, 2, 'FC', null, false, '{}', '{}'),
                                                  (7, 2, 1, 'DRIVER', null, false, '{}', '{}');
                """).execute());

        migrations.migrate();

        List<Long> ids = database.jdbi().withHandle(handle -> handle.createQuery(
                "select role_id from hierarchy_role where org_id = 7 order by hierarchy_id, position").mapTo(Long.class).list());
        assertThat(ids).hasSize(5).doesNotContainNull().isSorted().doesNotHaveDuplicates();
        assertThat(new JdbiHierarchies(database.jdbi()).byId(new OrgId(7), new HierarchyId(1)).get().roles().roles()
                .map(role -> role.id().get().value()).toJavaList()).isEqualTo(ids.subList(0, 3));
        long appended = database.jdbi().withHandle(handle -> handle.createQuery("""
                insert into hierarchy_role (org_id, hierarchy_id, position, code, points_aggregation_role, permission_codes, permission_values)
                values (7, 2, 2, 'HELPER', false, '{}', '{}') returning role_id""").mapTo(Long.class).one());
        assertThat(appended).isGreaterThan(ids.get(4));
        assertThatThrownBy(() -> database.jdbi().useHandle(handle -> handle.execute("update hierarchy_role set role_id = null where role_id = ?", appended)))
                .hasMessageContaining("null");
        assertThatThrownBy(() -> database.jdbi().useHandle(handle -> handle.execute("update hierarchy_role set role_id = ? where role_id = ?", ids.get(0), appended)))
                .hasMessageContaining("unique");
    }

    @Test
    void turnsThePermissionValuesStoredAsTextIntoJsonStringsThatReadBackAsTheSameText() {
        Flyway.configure().locations("classpath:db/migration").target("6").dataSource(database.dataSource()).load().migrate();
        database.jdbi().useHandle(handle -> handle.createScript("""
                insert into org values (8, 'Before typed permissions', 'Z');
                insert into hierarchy values (8, 1, 'fleet', null, null, true, false, false, true, false, now());
                insert into hierarchy_role (org_id, hierarchy_id, position, code, max_child, points_aggregation_role, permission_codes,
                                            permission_values)
                values (8, 1, 0, 'OWNER', 5, false, '{redeem,label}', '{true,"say \\"hi\\""}'),
                       (8, 1, 1, 'DRIVER', null, false, '{}', '{}');
                """).execute());

        migrations.migrate();

        List<String> values = database.jdbi().withHandle(handle -> handle.createQuery(
                "select unnest(permission_values) from hierarchy_role where org_id = 8 and position = 0").mapTo(String.class).list());
        assertThat(values).containsExactly("\"true\"", "\"say \\\"hi\\\"\"");
    }
}
