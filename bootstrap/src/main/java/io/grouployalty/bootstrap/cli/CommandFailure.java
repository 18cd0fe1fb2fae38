package io.grouployalty.bootstrap.cli;

/** A command could not do its work for a reason the user can act on; its message is all that is printed. */
public final class CommandFailure extends RuntimeException {

    public CommandFailure(String message) {
        super(message, null, false, false);
    }
}
