package io.grouployalty.domain.customer;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;
import io.grouployalty.domain.Text;
import io.vavr.control.Either;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** An identifier of a customer, normalised: a mobile is its digits, an email is lower case. */
public record Identifier(IdentifierType type, String value) {

    public static final int MAX_LENGTH = 150;
    public static final int CARD_MIN_LENGTH = 5;

    private static final Pattern MOBILE = Pattern.compile("[0-9]{8,15}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    public Identifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /** Reads a value of the given type by the format rules of API.md §3.3 step 2. */
    public static Either<Rejection, Identifier> parse(IdentifierType type, String raw) {
        String value = raw == null ? "" : raw.strip();
        return switch (type) {
            case MOBILE -> mobile(value).map(digits -> new Identifier(type, digits))
                    .toEither(() -> Rejection.invalid(ErrorCode.MOBILE_INVALID, value));
            case EMAIL -> EMAIL.matcher(value).matches() && value.length() <= MAX_LENGTH
                    ? Either.right(new Identifier(type, value.toLowerCase(Locale.ROOT)))
                    : Either.left(Rejection.invalid(ErrorCode.EMAIL_INVALID, value));
            case CARDNUMBER -> value.length() < CARD_MIN_LENGTH
                    ? Either.left(Rejection.invalid(ErrorCode.CARD_NUMBER_TOO_SHORT))
                    : value.length() > MAX_LENGTH ? Either.left(Rejection.invalid(ErrorCode.CARD_NUMBER_TOO_LONG))
                    : Either.right(new Identifier(type, value));
            default -> Text.singleLine(value, MAX_LENGTH).map(text -> new Identifier(type, text))
                    .mapLeft(reason -> Rejection.invalid(ErrorCode.INVALID_INPUT, type.spelling() + " " + reason));
        };
    }

    /** A mobile number: 8 to 15 digits, a leading + dropped. */
    public static io.vavr.control.Option<String> mobile(String raw) {
        String digits = raw.startsWith("+") ? raw.substring(1) : raw;
        return io.vavr.control.Option.when(MOBILE.matcher(digits).matches(), digits);
    }

    public static boolean validEmail(String raw) {
        return EMAIL.matcher(raw.strip()).matches();
    }

    @Override
    public String toString() {
        return type.spelling() + " " + value;
    }
}
