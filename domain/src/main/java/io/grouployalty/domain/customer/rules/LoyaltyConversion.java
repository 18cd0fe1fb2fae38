package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.customer.LoyaltyType;
import io.vavr.control.Either;
import io.vavr.control.Option;

/** Step 4 of API.md §3.3: a non-loyalty customer may become loyalty; a loyalty one may not go back (1046). */
public final class LoyaltyConversion {

    private LoyaltyConversion() {
    }

    public static Either<Rejection, Judged> judge(Judged judged, Option<LoyaltyType> given) {
        LoyaltyType stored = judged.customer().loyaltyType();
        if (given.contains(LoyaltyType.NON_LOYALTY) && stored == LoyaltyType.LOYALTY) {
            return Either.left(Rejection.conflict(ErrorCode.LOYALTY_DOWNGRADE_NOT_ALLOWED));
        }
        return Either.right(judged.with(judged.customer().withLoyaltyType(given.getOrElse(stored))));
    }
}
