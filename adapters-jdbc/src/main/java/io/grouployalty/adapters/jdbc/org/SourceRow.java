package io.grouployalty.adapters.jdbc.org;

import io.grouployalty.domain.org.AccountId;
import io.grouployalty.domain.org.OrgSource;
import io.grouployalty.domain.org.Source;
import io.vavr.collection.List;

public record SourceRow(String source, String[] accounts) {

    OrgSource toOrgSource() {
        return new OrgSource(Source.valueOf(source), List.of(accounts).map(AccountId::new));
    }
}
