package org.masthead.parse;

import org.masthead.model.Masthead;

/**
 * What the head of one page says: the masthead of a front page, or the running header of an inside page
 * (which gives a masthead with just title and date), and the page's number and name when printed.
 */
record PageHead(Masthead masthead, Integer pageNumber, String pageName) {

    static final PageHead NONE = new PageHead(Masthead.NONE, null, null);

    /** Whether this is a front-page masthead rather than a running header. */
    boolean isFrontPage() {
        return masthead.isFrontPage();
    }
}
