package io.grouployalty.domain;

import io.vavr.collection.List;

import java.util.Objects;

/** A broken business rule: the vendor code it is reported with, and the details its message names. */
public sealed interface Rejection {

    ErrorCode code();

    List<Object> details();

    default String message() {
        return code().message(details().toJavaArray());
    }

    /** The input breaks a rule of its own, whatever is stored. */
    record Invalid(ErrorCode code, List<Object> details) implements Rejection {
        public Invalid {
            Objects.requireNonNull(code, "code");
        }
    }

    /** Something the input names does not exist in the caller's org. */
    record NotFound(ErrorCode code, List<Object> details) implements Rejection {
        public NotFound {
            Objects.requireNonNull(code, "code");
        }
    }

    /** The input collides with what is stored, or asks for a change the stored state does not allow. */
    record Conflict(ErrorCode code, List<Object> details) implements Rejection {
        public Conflict {
            Objects.requireNonNull(code, "code");
        }
    }

    static Rejection invalid(ErrorCode code, Object... details) {
        return new Invalid(code, List.of(details));
    }

    static Rejection notFound(ErrorCode code, Object... details) {
        return new NotFound(code, List.of(details));
    }

    static Rejection conflict(ErrorCode code, Object... details) {
        return new Conflict(code, List.of(details));
    }
}
