package io.grouployalty.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * L1: one update item (names, two extended fields, one channel) done with the pgJDBC driver alone — the service's
 * statements, in one transaction, over a fixed pool of the service's size.
 */
final class JdbcUpdateItem implements LoadDriver.Operation, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BenchOrg org;
    private final BlockingQueue<Connection> pool;

    JdbcUpdateItem(String url, String user, String password, int poolSize, BenchOrg org) throws SQLException {
        this.org = org;
        this.pool = new ArrayBlockingQueue<>(poolSize);
        for (int i = 0; i < poolSize; i++) {
            Connection connection = DriverManager.getConnection(url, user, password);
            connection.setAutoCommit(false);
            pool.add(connection);
        }
    }

    @Override
    public void run() throws Exception {
        Connection connection = pool.take();
        try {
            update(connection, org.randomUpdatable());
            connection.commit();
        } catch (Exception e) {
            connection.rollback();
            throw e;
        } finally {
            pool.add(connection);
        }
    }

    private void update(Connection connection, long customer) throws Exception {
        long id = queryLong(connection, ItemStatements.FIND, Map.of("orgId", org.id(), "source", "INSTORE", "accountId", "",
                "type", "MOBILE", "value", org.mobile(customer)));
        Map<String, Object> row = new HashMap<>(Map.of("orgId", org.id(), "id", id, "customerId", id));
        try (PreparedStatement lock = ItemStatements.LOCK_AND_READ.sql().prepare(connection, row); ResultSet read = lock.executeQuery()) {
            read.next();
            row.put("loyaltyType", read.getString("loyalty_type"));
            row.put("hierarchyCode", read.getString("hierarchy_code"));
            row.put("roleCode", read.getString("role_code"));
            row.put("companyId", read.getObject("company_id"));
            row.put("parentId", read.getObject("parent_id"));
            row.put("createdOn", read.getObject("created_on", OffsetDateTime.class));
            row.put("document", updated(read.getString("document"), customer));
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        row.put("updatedOn", now);
        execute(connection, ItemStatements.WRITE, row);
        execute(connection, ItemStatements.RECORD_CHANGE, Map.of("orgId", org.id(), "customerId", id, "at", now,
                "requestId", UUID.randomUUID().toString(), "actor", BenchOrg.TILL, "operation", "UPDATE_ASSOCIATION",
                "changes", "[{\"path\":\"/extendedFields/city\",\"before\":null,\"after\":\"" + now.getNano() + "\"}]"));
    }

    /** The document with what a bench update item sends: first and last name, two extended fields, one email channel. */
    private static String updated(String document, long customer) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(document);
        String mark = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000));
        ObjectNode profile = (ObjectNode) root.withArray("profiles").get(0);
        profile.put("firstName", "First" + mark).put("lastName", "Last" + mark).put("modifiedBy", BenchOrg.TILL)
                .put("modifiedOn", OffsetDateTime.now(ZoneOffset.UTC).toInstant().toString());
        ArrayNode channels = profile.putArray("channels");
        channels.addObject().put("type", "email").put("value", "c" + customer + "@bench.example").put("primary", true)
                .put("verified", true).put("subscribed", false).putObject("meta").put("residence", false).put("office", false);
        root.with("extendedFields").put("city", "City" + mark).put("nickname", "Nick" + mark);
        return JSON.writeValueAsString(root);
    }

    private static long queryLong(Connection connection, ItemStatements statement, Map<String, Object> values) throws SQLException {
        try (PreparedStatement prepared = statement.sql().prepare(connection, values); ResultSet result = prepared.executeQuery()) {
            if (!result.next()) {
                throw new IllegalStateException("no row for " + values);
            }
            return result.getLong(1);
        }
    }

    private static void execute(Connection connection, ItemStatements statement, Map<String, Object> values) throws SQLException {
        try (PreparedStatement prepared = statement.sql().prepare(connection, values)) {
            prepared.executeUpdate();
        }
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection : pool) {
            connection.close();
        }
    }
}
