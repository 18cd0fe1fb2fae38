package io.grouployalty.domain.customer;

import io.vavr.control.Option;

import java.util.regex.Pattern;

/** A mobile number: 8 to 15 digits, as given but for a leading {@code +}. */
public record Mobile(String digits) {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{8,15}");

    public Mobile {
        if (digits == null || !DIGITS.matcher(digits).matches()) {
            throw new IllegalArgumentException("a mobile number is 8 to 15 digits");
        }
    }

    public static Option<Mobile> parse(String raw) {
        String value = raw == null ? "" : raw.strip();
        String digits = value.startsWith("+") ? value.substring(1) : value;
        return Option.when(DIGITS.matcher(digits).matches(), () -> new Mobile(digits));
    }
}
