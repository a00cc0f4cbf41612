package org.masthead.parse;

import org.masthead.model.Edition;

/** Writes a cleaned edition as Markdown that reads like the newspaper. */
public final class EditionMarkdown {
    private EditionMarkdown() {
    }

    public static String of(Edition edition) {
        throw new UnsupportedOperationException("lands with issue 2");
    }
}
