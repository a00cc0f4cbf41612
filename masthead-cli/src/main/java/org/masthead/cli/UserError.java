package org.masthead.cli;

/** A problem with what the user asked for or gave: printed as one line, never as a stack trace. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }
}
