package io.grouployalty.domain.org;

import io.grouployalty.domain.Text;
import io.vavr.control.Either;

/** One account of a multi-account source, such as one WeChat official account. */
public record AccountId(String value) {

    public static final int MAX_LENGTH = 100;

    public AccountId {
        value = Text.singleLine(value, MAX_LENGTH)
                .getOrElseThrow(reason -> new IllegalArgumentException("account id " + reason));
    }

    public static Either<String, AccountId> parse(String value) {
        return Text.singleLine(value, MAX_LENGTH).map(AccountId::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
