package io.grouployalty.domain.company;

import io.grouployalty.domain.Text;
import io.vavr.control.Either;

/** The id a company is known by outside: unique in its org. */
public record ExternalId(String value) {

    public static final int MAX_LENGTH = 150;

    public ExternalId {
        value = Text.singleLine(value, MAX_LENGTH).getOrElseThrow(reason -> new IllegalArgumentException("externalId " + reason));
    }

    public static Either<String, ExternalId> parse(String raw) {
        return Text.singleLine(raw, MAX_LENGTH).map(ExternalId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
