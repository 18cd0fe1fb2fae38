package io.grouployalty.domain.org;

import io.vavr.collection.List;

import java.util.Objects;

/** A source enabled for an org, with its enabled accounts; a source with accounts requires one in every request. */
public record OrgSource(Source source, List<AccountId> accounts) {

    public OrgSource {
        Objects.requireNonNull(source, "source");
        accounts = Objects.requireNonNull(accounts, "accounts").distinct();
        if (source.alwaysEnabled() && !accounts.isEmpty()) {
            throw new IllegalArgumentException(source + " has no accounts");
        }
    }

    public static OrgSource singleAccount(Source source) {
        return new OrgSource(source, List.empty());
    }

    public boolean multiAccount() {
        return !accounts.isEmpty();
    }

    public List<String> commChannels() {
        return source.commChannels();
    }
}
