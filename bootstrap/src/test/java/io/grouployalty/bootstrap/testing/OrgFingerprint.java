package io.grouployalty.bootstrap.testing;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What an org holds, as one line: the row count and a checksum of the rows of every table its data lives in, so that a
 * test sees any change a request made.
 */
public final class OrgFingerprint {

    private static final List<String> TABLES = List.of("customer", "customer_identifier", "customer_card", "change_history",
            "company", "hierarchy", "hierarchy_role");

    private OrgFingerprint() {
    }

    public static String of(TestServer server, long org) {
        String query = TABLES.stream()
                .map(table -> "select '" + table + "' as name, count(*) as rows, md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as sum"
                        + " from " + table + " t where org_id = :org")
                .collect(Collectors.joining(" union all "));
        return server.database().jdbi().withHandle(handle -> handle.createQuery(query).bind("org", org)
                .map((row, context) -> row.getString("name") + "=" + row.getLong("rows") + ":" + row.getString("sum"))
                .list()).toString();
    }
}
