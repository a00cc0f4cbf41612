package org.masthead.parse;

import java.time.LocalDate;

/**
 * What the head of one page says: the masthead of a front page, or the running header of an inside page.
 * Fields not printed are null.
 */
record Masthead(
        String title,
        LocalDate date,
        Integer weekday,
        Integer issueNumber,
        String lunarDate,
        Integer pageCount,
        String serial,
        String postalCode,
        String website,
        String publisher,
        Integer pageNumber,
        String pageName) {

    static final Masthead NONE = new Masthead(null, null, null, null, null, null, null, null, null, null, null, null);

    /** Whether this is a front-page masthead rather than a running header. */
    boolean isFrontPage() {
        return issueNumber != null || pageCount != null || serial != null || postalCode != null || lunarDate != null;
    }
}
