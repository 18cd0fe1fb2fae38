package io.grouployalty.domain.customer;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.Text;
import io.vavr.control.Either;

import java.util.Objects;

/** An identifier of a customer, normalised by its type's value object: a mobile is its digits, an email is lower case. */
public record Identifier(IdentifierType type, String value) {

    public static final int MAX_LENGTH = 150;

    public Identifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /** Reads a value of the given type by the format rules of API.md §3.3 step 2. */
    public static Either<Rejection, Identifier> parse(IdentifierType type, String raw) {
        String value = raw == null ? "" : raw.strip();
        return switch (type) {
            case MOBILE -> Mobile.parse(value).map(mobile -> new Identifier(type, mobile.digits()))
                    .toEither(() -> Rejection.invalid(ErrorCode.MOBILE_INVALID, value));
            case EMAIL -> Email.parse(value).map(email -> new Identifier(type, email.address()))
                    .toEither(() -> Rejection.invalid(ErrorCode.EMAIL_INVALID, value));
            case CARDNUMBER -> CardNumber.parse(value).map(card -> new Identifier(type, card.value()));
            default -> Text.singleLine(value, MAX_LENGTH).map(text -> new Identifier(type, text))
                    .mapLeft(reason -> Rejection.invalid(ErrorCode.INVALID_INPUT, type.spelling() + " " + reason));
        };
    }

    @Override
    public String toString() {
        return type.spelling() + " " + value;
    }
}
