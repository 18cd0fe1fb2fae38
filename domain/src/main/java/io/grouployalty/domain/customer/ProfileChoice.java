package io.grouployalty.domain.customer;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.org.AccountId;
import io.grouployalty.domain.org.Source;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.Objects;

/** The profile an item's profile names, as written: its own source and its own account, each when given. */
public record ProfileChoice(Option<Source> source, Option<AccountId> account) {

    public ProfileChoice {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(account, "account");
    }

    /** The request's profile. */
    public static ProfileChoice theRequests() {
        return new ProfileChoice(Option.none(), Option.none());
    }

    /** The source and account as written: an unknown source is 8003, a malformed account 8011; a blank account is none. */
    public static Either<Rejection, ProfileChoice> read(Option<String> source, Option<String> accountId) {
        Option<Source> given = source.flatMap(Source::parse);
        if (source.isDefined() && given.isEmpty()) {
            return Either.left(Rejection.invalid(ErrorCode.INVALID_SOURCE, source.get()));
        }
        Option<String> account = accountId.filter(id -> !id.isBlank());
        if (account.exists(id -> AccountId.parse(id).isLeft())) {
            return Either.left(Rejection.invalid(ErrorCode.INVALID_SOURCE_ACCOUNT, account.get()));
        }
        return Either.right(new ProfileChoice(given, account.map(AccountId::new)));
    }

    /** The profile named: its own source, or the request's; its own account, or the request's when the source is the request's. */
    public ProfileKey within(ProfileKey requestProfile) {
        boolean ownSource = source.exists(given -> given != requestProfile.source());
        return new ProfileKey(source.getOrElse(requestProfile.source()),
                account.isDefined() || ownSource ? account : requestProfile.account());
    }
}
