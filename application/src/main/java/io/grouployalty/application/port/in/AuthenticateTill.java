package io.grouployalty.application.port.in;

import io.grouployalty.domain.org.Caller;
import io.grouployalty.domain.org.PasswordDigest;
import io.grouployalty.domain.org.TillCode;
import io.vavr.control.Either;
import io.vavr.control.Option;

import java.util.function.BooleanSupplier;

/** Checks a till's credentials; answers the caller only for an enabled till whose password digest matches. */
public interface AuthenticateTill {

    Either<Refusal, Caller> authenticate(TillCode till, PasswordDigest digest, SlowCheckBudget budget);

    /** Why a login was refused. */
    enum Refusal {
        /** An unknown or disabled till, or a digest that is not its password's. */
        WRONG_CREDENTIALS,
        /** The login needed a slow password check that its budget could not afford, so none was made. */
        TOO_MANY_FAILED_CHECKS
    }

    /** The failed slow password checks a login may still cost; whoever authenticates decides whom a failure is charged to. */
    interface SlowCheckBudget {

        /** The outcome of {@code slowCheck}, which runs only while the budget allows it to fail; a failure is charged. */
        Option<Boolean> check(BooleanSupplier slowCheck);
    }
}
