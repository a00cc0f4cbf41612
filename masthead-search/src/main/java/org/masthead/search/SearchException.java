package org.masthead.search;

/** A query the user wrote that cannot be run (bad syntax, bad date), or a search that failed; one line. */
public class SearchException extends RuntimeException {
    public SearchException(String message) {
        super(message);
    }

    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The index itself failed (unreachable, damaged, or Solr refused a request), as opposed to a request that
     * cannot be answered as asked: its message names folders and Solr internals, for the operator, not for a
     * web client.
     */
    public static final class IndexFailure extends SearchException {
        public IndexFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
