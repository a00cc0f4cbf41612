package org.masthead.search;

/** A query the user wrote that cannot be run (bad syntax, bad date), or a search that failed; one line. */
public class SearchException extends RuntimeException {
    public SearchException(String message) {
        super(message);
    }

    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
