package io.grouployalty.domain.customer;

import io.vavr.control.Option;

import java.util.Locale;
import java.util.regex.Pattern;

/** An email address, kept in lower case. */
public record Email(String address) {

    public static final int MAX_LENGTH = 150;
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    public Email {
        if (address == null || !ADDRESS.matcher(address).matches() || !address.equals(address.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("an email is a lower-case address");
        }
    }

    public static Option<Email> parse(String raw) {
        String value = raw == null ? "" : raw.strip();
        return Option.when(value.length() <= MAX_LENGTH && ADDRESS.matcher(value).matches(),
                () -> new Email(value.toLowerCase(Locale.ROOT)));
    }
}
