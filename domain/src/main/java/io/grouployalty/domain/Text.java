package io.grouployalty.domain;

import io.vavr.control.Either;

/** Rules every piece of text shares: no control characters, bounded length. */
public final class Text {

    /** The most characters a string may have where no rule of its own says otherwise (API.md §1). */
    public static final int MAX_LENGTH = 1000;

    private Text() {
    }

    /** True when one of {@code values} (nulls aside) is longer than {@link #MAX_LENGTH}. */
    public static boolean anyTooLong(Iterable<String> values) {
        for (String value : values) {
            if (value != null && value.length() > MAX_LENGTH) {
                return true;
            }
        }
        return false;
    }

    public static boolean hasControlCharacter(String value) {
        return value.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL);
    }

    /** A trimmed, non-blank single-line text of at most {@code maxLength} characters, or why it is not one. */
    public static Either<String, String> singleLine(String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return Either.left("must not be empty");
        }
        if (hasControlCharacter(value)) {
            return Either.left("must not contain control characters");
        }
        String trimmed = value.strip();
        return trimmed.length() <= maxLength
                ? Either.right(trimmed)
                : Either.left("must be at most " + maxLength + " characters");
    }

}
