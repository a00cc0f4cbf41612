package org.masthead.web;

import org.masthead.search.Marks;

/** Marks the words of a search in text: escapes the text for HTML and wraps each match in {@code <mark>}. */
public final class Highlight {
    private Highlight() {
    }

    /**
     * Safe HTML of {@code text} with what {@code query} matches marked: the exact ranges search matches
     * ({@link Marks}), never the query split at spaces; plain escaping without a query.
     */
    public static String html(String text, String query) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Marks.Range range : Marks.in(text, query)) {
            out.append(escape(text.substring(at, range.start()))).append("<mark>")
                    .append(escape(text.substring(range.start(), range.end()))).append("</mark>");
            at = range.end();
        }
        return out.append(escape(text.substring(at))).toString();
    }

    /**
     * A passage of {@code text} around the first match of the query, as safe HTML with the matches marked;
     * the text's start when nothing matches.
     */
    public static String excerpt(String text, String query, int length) {
        String flat = text.replace('\n', ' ').strip();
        int at = Marks.in(flat, query).stream().mapToInt(Marks.Range::start).findFirst().orElse(0);
        int from = Math.max(0, at - length / 3);
        int to = Math.min(flat.length(), from + length);
        return (from > 0 ? "…" : "") + html(flat.substring(from, to), query) + (to < flat.length() ? "…" : "");
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
