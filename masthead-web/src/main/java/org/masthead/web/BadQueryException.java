package org.masthead.web;

/** A search the index cannot run as asked (bad syntax, unknown field); shown to the user as a 400. */
public final class BadQueryException extends RuntimeException {
    public BadQueryException(String message) {
        super(message);
    }
}
