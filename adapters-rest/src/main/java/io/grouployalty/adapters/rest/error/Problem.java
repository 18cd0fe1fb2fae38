package io.grouployalty.adapters.rest.error;

import io.grouployalty.domain.ErrorCode;
import io.grouployalty.domain.Rejection;

/** One warning or error object of the vendor's envelopes; {@code status} is always false. */
public record Problem(boolean status, int code, String message) {

    public static Problem of(ErrorCode code, Object... details) {
        return new Problem(false, code.code(), code.message(details));
    }

    public static Problem of(Rejection rejection) {
        return new Problem(false, rejection.code().code(), rejection.message());
    }
}
