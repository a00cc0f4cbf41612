package org.masthead.archive;

/** The archive's database or files failed underneath (not bad input): unreachable database, full disk… */
public final class ArchiveException extends RuntimeException {
    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
