package io.grouployalty.benchmarks;

/**
 * The statements one update item runs in the service, read from the service's own SQL files, so that the raw JDBC
 * driver and pgbench execute exactly the service's text: find the customer by identifier, lock and read it, write it,
 * record the change. The lock waits, as a request that finds its row busy does.
 */
enum ItemStatements {

    FIND("customer/CustomerDao/holderOfIdentifier.sql"),
    LOCK_AND_READ("customer/CustomerDao/locked.sql"),
    WRITE("customer/CustomerDao/upsert.sql"),
    RECORD_CHANGE("customer/ChangeHistoryDao/record.sql");

    private final NamedSql sql;

    ItemStatements(String file) {
        this.sql = NamedSql.resource("/io/grouployalty/adapters/jdbc/" + file).defined("wait", "");
    }

    NamedSql sql() {
        return sql;
    }
}
