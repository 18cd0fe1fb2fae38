package io.grouployalty.domain.customer.rules;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.customer.Customer;
import io.grouployalty.domain.customer.LoyaltyType;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.grouployalty.domain.customer.rules.Worlds.aStoredCustomer;
import static io.grouployalty.domain.customer.rules.Worlds.anOrg;
import static org.assertj.core.api.Assertions.assertThat;

class LoyaltyConversionTest {

    @ParameterizedTest(name = "a {0} customer told {1} is {2}")
    @CsvSource({"LOYALTY, , LOYALTY", "LOYALTY, LOYALTY, LOYALTY", "NON_LOYALTY, , NON_LOYALTY",
            "NON_LOYALTY, NON_LOYALTY, NON_LOYALTY", "NON_LOYALTY, LOYALTY, LOYALTY"})
    void aCustomerKeepsItsTypeOrBecomesLoyalty(LoyaltyType stored, LoyaltyType given, LoyaltyType after) {
        Either<Rejection, Judged> judged = converted(stored, Option.of(given));

        assertThat(judged.get().customer().loyaltyType()).isEqualTo(after);
    }

    @Test
    void aLoyaltyCustomerCannotBecomeNonLoyalty1046() {
        Either<Rejection, Judged> judged = converted(LoyaltyType.LOYALTY, Option.of(LoyaltyType.NON_LOYALTY));

        assertThat(judged.getLeft().code()).isEqualTo(ErrorCode.LOYALTY_DOWNGRADE_NOT_ALLOWED);
        assertThat(judged.getLeft().code().code()).isEqualTo(1046);
    }

    @Test
    void aConversionKeepsTheRestOfTheJudgement() {
        Customer tom = aStoredCustomer("915905000000").withLoyaltyType(LoyaltyType.NON_LOYALTY);
        Judged before = Judged.found(anOrg().holding(tom).world(), tom, false);

        Judged after = LoyaltyConversion.judge(before, Option.of(LoyaltyType.LOYALTY)).get();

        assertThat(after.customer()).isEqualTo(tom.withLoyaltyType(LoyaltyType.LOYALTY));
        assertThat(after.before()).contains(tom);
        assertThat(after.world()).isSameAs(before.world());
    }

    private static Either<Rejection, Judged> converted(LoyaltyType stored, Option<LoyaltyType> given) {
        Customer tom = aStoredCustomer("915905000000").withLoyaltyType(stored);
        return LoyaltyConversion.judge(Judged.found(anOrg().holding(tom).world(), tom, false), given);
    }
}
