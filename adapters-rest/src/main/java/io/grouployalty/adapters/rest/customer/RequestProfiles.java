package io.grouployalty.adapters.rest.customer;

import io.grouployalty.adapters.rest.error.ErrorEnvelope;
import io.grouployalty.application.port.in.ReadOrgSources;
import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Text;
import io.grouployalty.domain.customer.ProfileKey;
import io.grouployalty.domain.org.AccountId;
import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.org.OrgSource;
import io.grouployalty.domain.org.Source;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.ws.rs.core.Response;

/** The profile a request's {@code source} and {@code accountId} name, checked at request level (API.md §1.3, §6.19). */
final class RequestProfiles {

    private RequestProfiles() {
    }

    /** For reads: {@code ALL} (every profile, answered as none) or a profile as {@link #of} checks it. */
    static Either<Response, Option<ProfileKey>> forReads(ReadOrgSources sources, Caller caller, String sourceName, String accountId) {
        if (sourceName != null && sourceName.strip().equalsIgnoreCase("ALL")) {
            return Either.right(Option.none());
        }
        return of(sources, caller, sourceName, accountId).map(Option::of);
    }

    /** An enabled source (8003), with one of its accounts when it has accounts (8045, 8011). */
    static Either<Response, ProfileKey> of(ReadOrgSources sources, Caller caller, String sourceName, String accountId) {
        Option<Source> source = Option.of(sourceName).flatMap(Source::parse);
        Option<OrgSource> enabled = source.flatMap(wanted -> sources.sourcesOf(caller).find(each -> each.source() == wanted));
        if (enabled.isEmpty()) {
            return Either.left(ErrorEnvelope.respond(400, ErrorCode.INVALID_SOURCE, sourceName == null ? "(missing)" : sourceName).build());
        }
        if (accountId == null || accountId.isBlank()) {
            return enabled.get().multiAccount()
                    ? Either.left(ErrorEnvelope.respond(400, ErrorCode.ACCOUNT_ID_REQUIRED, enabled.get().source()).build())
                    : Either.right(ProfileKey.of(enabled.get().source()));
        }
        Option<AccountId> account = Text.singleLine(accountId, AccountId.MAX_LENGTH).toOption().map(AccountId::new)
                .filter(enabled.get().accounts()::contains);
        return account.isEmpty()
                ? Either.left(ErrorEnvelope.respond(400, ErrorCode.INVALID_SOURCE_ACCOUNT, accountId).build())
                : Either.right(new ProfileKey(enabled.get().source(), account));
    }
}
