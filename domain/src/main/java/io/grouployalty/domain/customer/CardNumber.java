package io.grouployalty.domain.customer;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.vavr.control.Either;

/** The number of a card: 5 to 150 characters, unique in an org. */
public record CardNumber(String value) {

    public static final int MIN_LENGTH = 5;
    public static final int MAX_LENGTH = 150;

    public CardNumber {
        if (value == null || value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a card number has 5 to 150 characters");
        }
    }

    public static Either<Rejection, CardNumber> parse(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.length() < MIN_LENGTH) {
            return Either.left(Rejection.invalid(ErrorCode.CARD_NUMBER_TOO_SHORT));
        }
        return value.length() > MAX_LENGTH
                ? Either.left(Rejection.invalid(ErrorCode.CARD_NUMBER_TOO_LONG))
                : Either.right(new CardNumber(value));
    }
}
