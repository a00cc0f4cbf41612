package org.masthead.parse;

/** A page file that cannot be read as a page: empty, binary, undecodable, too large. */
public final class UnusableInputException extends Exception {
    private final String source;
    private final String reason;

    public UnusableInputException(String source, String reason) {
        super(source + ": " + reason);
        this.source = source;
        this.reason = reason;
    }

    /** The file name. */
    public String source() {
        return source;
    }

    /** Why it cannot be used, one short phrase. */
    public String reason() {
        return reason;
    }
}
