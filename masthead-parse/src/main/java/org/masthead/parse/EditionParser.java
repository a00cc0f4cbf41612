package org.masthead.parse;

import java.util.List;
import org.masthead.model.Edition;

/** Builds one edition from the converter text of its page files. Thread-safe. */
public final class EditionParser {

    /** Parses the given page files, all of one edition, into that edition. */
    public Edition parse(List<PageSource> pages, ParseOptions options) throws UnusableInputException {
        throw new UnsupportedOperationException("the parser lands with issue 2");
    }
}
