package org.masthead.web;

import org.masthead.search.Marks;

/** Marks the words of a search in text for the reader's pages: {@link Marks} with the {@code <mark>} tag. */
public final class Highlight {
    private Highlight() {
    }

    /**
     * Safe HTML of {@code text} with what {@code query} matches marked: the exact ranges search matches
     * ({@link Marks}), never the query split at spaces; plain escaping without a query.
     */
    public static String html(String text, String query) {
        return Marks.html(text, query, "mark");
    }

    public static String escape(String text) {
        return Marks.escape(text);
    }
}
