package org.masthead.parse;

import java.util.function.UnaryOperator;
import org.masthead.model.Masthead;

/**
 * What the head of one page says: the masthead of a front page, or the running header of an inside page
 * (which gives a masthead with just title and date), and the page's number and name when printed.
 */
record PageHead(Masthead masthead, Integer pageNumber, String pageName) {

    static final PageHead NONE = new PageHead(Masthead.NONE, null, null);

    /** This head with its printed strings passed through {@code printed} (the reading form's restorer). */
    PageHead restored(UnaryOperator<String> printed) {
        Masthead.Builder restored = masthead.toBuilder().title(printed.apply(masthead.title()))
                .lunarDate(printed.apply(masthead.lunarDate())).serial(printed.apply(masthead.serial()))
                .postalCode(printed.apply(masthead.postalCode())).website(printed.apply(masthead.website()))
                .publisher(printed.apply(masthead.publisher()));
        return new PageHead(restored.build(), pageNumber, printed.apply(pageName));
    }

    /** Whether this is a front-page masthead rather than a running header. */
    boolean isFrontPage() {
        return masthead.isFrontPage();
    }
}
