package io.grouployalty.domain.customer;

import io.grouployalty.domain.ErrorCode;
import io.vavr.collection.List;

/** A secondary part of an item that did not apply, reported beside a result that did. */
public record Warning(ErrorCode code, List<Object> details) {

    public static Warning of(ErrorCode code, Object... details) {
        return new Warning(code, List.of(details));
    }

    public String message() {
        return code.message(details.toJavaArray());
    }
}
