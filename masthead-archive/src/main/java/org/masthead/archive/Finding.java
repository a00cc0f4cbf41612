package org.masthead.archive;

import java.time.LocalDate;

/**
 * A consistency finding of {@code masthead check}: something the archive holds that does not add up.
 *
 * @param code    stable machine-readable code: unmatched-jump, unmatched-continuation, issue-sequence,
 *                missing-pages, masthead-warning:CODE for a warning the parser gave, scan-missing or
 *                scan-unreadable
 * @param title   the title's slug
 * @param date    the edition date
 * @param page    the page concerned, or null for the whole edition
 * @param message a sentence for people
 */
public record Finding(String code, String title, LocalDate date, Integer page, String message) {
    /** A page whose scan the originals store no longer holds. */
    public static final String SCAN_MISSING = "scan-missing";
    /** A page whose scan the originals store holds as a file that cannot be read, or that is no image. */
    public static final String SCAN_UNREADABLE = "scan-unreadable";

    /** Whether this is damage to the archive (a file it lost), not news about the newspaper: check exits 1. */
    public boolean damage() {
        return code.equals(SCAN_MISSING) || code.equals(SCAN_UNREADABLE);
    }
}
