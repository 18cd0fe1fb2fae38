package io.grouployalty.domain.customer;

import io.grouployalty.domain.org.AccountId;
import io.grouployalty.domain.org.Source;
import io.vavr.control.Option;

import java.util.Objects;

/** Which profile of a customer: the source and, for a multi-account source, the account. */
public record ProfileKey(Source source, Option<AccountId> account) {

    public ProfileKey {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(account, "account");
    }

    public static ProfileKey of(Source source) {
        return new ProfileKey(source, Option.none());
    }

    public static ProfileKey of(Source source, String account) {
        return new ProfileKey(source, Option.of(new AccountId(account)));
    }
}
