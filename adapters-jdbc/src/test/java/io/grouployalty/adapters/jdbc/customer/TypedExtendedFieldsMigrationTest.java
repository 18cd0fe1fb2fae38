package io.grouployalty.adapters.jdbc.customer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grouployalty.adapters.jdbc.SchemaMigrations;
import io.grouployalty.adapters.jdbc.testing.TestDatabase;
import io.grouployalty.adapters.jdbc.testing.TestDatabases;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Documents written by the version that stored every extended field as text, brought to typed values (API.md §6.53). */
class TypedExtendedFieldsMigrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROFILE = """
            {"source": "INSTORE", "accountId": null, "firstName": "Tom", "lastName": null,
             "identifiers": [{"type": "MOBILE", "value": "915905000000"}], "cards": [], "channels": [], "fields": {"gender": "42"},
             "createdOn": "2026-01-01T00:00:00Z", "createdBy": "demo.till", "modifiedOn": "2026-01-01T00:00:00Z", "modifiedBy": "demo.till"}""";

    private final TestDatabase database = TestDatabases.empty();
    private final Jdbi jdbi = database.jdbi();

    @BeforeEach
    void theSchemaOfTheVersionBefore() {
        Flyway.configure().locations("classpath:db/migration").target("4").dataSource(database.dataSource()).load().migrate();
        jdbi.useHandle(handle -> {
            handle.execute("insert into org (org_id, name, time_zone) values (1, 'Old', '+05:30')");
            handle.execute("""
                    insert into extended_field (org_id, name, type, max_length, position, enabled)
                    values (1, 'fleet_size', 'INTEGER', null, 0, true), (1, 'ratio', 'DOUBLE', null, 1, true),
                           (1, 'active', 'BOOLEAN', null, 2, true), (1, 'dob', 'DATE', null, 3, true),
                           (1, 'city', 'STRING', null, 4, true), (1, 'retired', 'INTEGER', null, 5, false)""");
        });
    }

    private void anOldCustomer(long id, String extendedFields) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        insert into customer (org_id, customer_id, loyalty_type, document, created_on, updated_on)
                        values (1, :id, 'LOYALTY', cast(:document as json), now(), now())""")
                .bind("id", id)
                .bind("document", "{\"profiles\": [" + PROFILE + "], \"extendedFields\": " + extendedFields
                        + ", \"enrollments\": [{\"programId\": 1, \"tierNumber\": 2, \"points\": 100, \"tierExpiry\": null,"
                        + " \"pointsExpiry\": null, \"enrolledOn\": \"2026-01-01T00:00:00Z\"}]}")
                .execute());
    }

    private JsonNode document(long id) throws Exception {
        String stored = jdbi.withHandle(handle -> handle.createQuery("select document::text from customer where org_id = 1 and customer_id = :id")
                .bind("id", id).mapTo(String.class).one());
        return JSON.readTree(stored);
    }

    @Test
    void storedTextBecomesTheFieldsTypeWhereItParsesAndStaysTextElsewhere() throws Exception {
        anOldCustomer(1, """
                {"city": "42", "fleet_size": "42", "ratio": "2.5", "active": "true", "dob": "1990-04-01", "retired": "7"}""");
        anOldCustomer(2, """
                {"fleet_size": "many", "ratio": "1e999", "active": "yes", "unknown": "3", "dob": "someday"}""");
        anOldCustomer(3, """
                {"fleet_size": "9223372036854775808", "ratio": "-0.125"}""");
        JsonNode untouched = document(2);

        new SchemaMigrations(database.dataSource()).migrate();

        JsonNode first = document(1);
        assertThat(names(first.get("extendedFields"))).containsExactly("city", "fleet_size", "ratio", "active", "dob", "retired");
        assertThat(first.at("/extendedFields/fleet_size").isIntegralNumber()).isTrue();
        assertThat(first.at("/extendedFields/fleet_size").longValue()).isEqualTo(42);
        assertThat(first.at("/extendedFields/ratio").isNumber()).isTrue();
        assertThat(first.at("/extendedFields/ratio").doubleValue()).isEqualTo(2.5);
        assertThat(first.at("/extendedFields/active").isBoolean()).isTrue();
        assertThat(first.at("/extendedFields/active").booleanValue()).isTrue();
        assertThat(first.at("/extendedFields/city").textValue()).isEqualTo("42");
        assertThat(first.at("/extendedFields/dob").textValue()).isEqualTo("1990-04-01");
        assertThat(first.at("/extendedFields/retired").textValue()).isEqualTo("7");
        assertThat(first.get("profiles")).isEqualTo(JSON.readTree("[" + PROFILE + "]"));
        assertThat(first.at("/enrollments/0/points").asLong()).isEqualTo(100);

        assertThat(document(2)).isEqualTo(untouched);
        assertThat(document(3).at("/extendedFields/fleet_size").textValue()).isEqualTo("9223372036854775808");
        assertThat(document(3).at("/extendedFields/ratio").doubleValue()).isEqualTo(-0.125);
    }

    @Test
    void historyEntriesKeepWhatTheyRecorded() {
        String recorded = "[{\"path\": \"/extendedFields/fleet_size\", \"before\": null, \"after\": \"42\"}]";
        jdbi.useHandle(handle -> handle.createUpdate("""
                        insert into change_history (org_id, change_id, customer_id, at, request_id, actor, operation, changes)
                        values (1, nextval('change_id_seq'), 1, now(), 'req-old', 'demo.till', 'UPDATE_ASSOCIATION', cast(:changes as json))""")
                .bind("changes", recorded).execute());
        anOldCustomer(1, "{\"fleet_size\": \"42\"}");

        new SchemaMigrations(database.dataSource()).migrate();

        String kept = jdbi.withHandle(handle -> handle.createQuery("select changes::text from change_history where org_id = 1")
                .mapTo(String.class).one());
        assertThat(kept).isEqualTo(recorded);
    }

    @Test
    void runsToTheEndWhereTheDatabaseSetsAStatementTimeout() throws Exception {
        jdbi.useHandle(handle -> handle.execute("""
                insert into customer (org_id, customer_id, loyalty_type, document, created_on, updated_on)
                select 1, id, 'LOYALTY',
                       json_build_object('profiles', json_build_array(), 'extendedFields',
                                         json_build_object('fleet_size', id::text, 'ratio', '0.5', 'active', 'false', 'city', 'Pune'),
                                         'enrollments', json_build_array()),
                       now(), now()
                  from generate_series(1, 100000) as id"""));
        jdbi.useHandle(handle -> handle.execute("alter database " + handle.getConnection().getCatalog() + " set statement_timeout = '200ms'"));

        new SchemaMigrations(database.dataSource()).migrate();

        assertThat(document(100000).at("/extendedFields/fleet_size").longValue()).isEqualTo(100000);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> each = object.fieldNames(); each.hasNext(); ) {
            names.add(each.next());
        }
        return names;
    }
}
