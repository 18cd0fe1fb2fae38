package io.grouployalty.domain;

/**
 * The rows a unit of work needs stayed held by other work longer than the unit may wait: the unit changed nothing and
 * may simply be tried again a moment later.
 */
public final class RowsBusy extends RuntimeException {

    public RowsBusy(Throwable cause) {
        super("the rows this work needs are held by other work", cause, false, false);
    }
}
