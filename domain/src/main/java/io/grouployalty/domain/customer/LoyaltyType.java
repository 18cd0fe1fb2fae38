package io.grouployalty.domain.customer;

import io.vavr.control.Option;

/** Whether a customer takes part in the loyalty program; {@code non_loyalty} may become {@code loyalty}, never back. */
public enum LoyaltyType {
    LOYALTY("loyalty"),
    NON_LOYALTY("non_loyalty");

    private final String spelling;

    LoyaltyType(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }

    /** Accepts {@code loyalty}, {@code non_loyalty}, {@code non-loyalty}, in any case. */
    public static Option<LoyaltyType> parse(String raw) {
        if (raw == null) {
            return Option.none();
        }
        String normalised = raw.strip().replace('-', '_');
        return Option.of(normalised.equalsIgnoreCase("loyalty") ? LOYALTY : normalised.equalsIgnoreCase("non_loyalty") ? NON_LOYALTY : null);
    }
}
