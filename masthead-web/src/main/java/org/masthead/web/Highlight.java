package org.masthead.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Marks the words of a search in text: escapes the text for HTML and wraps each match in {@code <mark>}. */
public final class Highlight {
    private Highlight() {
    }

    /** Safe HTML of {@code text} with every occurrence of the query's words marked; plain escaping without one. */
    public static String html(String text, String query) {
        if (text == null) {
            return "";
        }
        List<String> words = words(query);
        if (words.isEmpty()) {
            return escape(text);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            int best = -1;
            int bestLength = 0;
            for (String word : words) {
                int found = lower.indexOf(word.toLowerCase(Locale.ROOT), at);
                if (found >= 0 && (best < 0 || found < best || found == best && word.length() > bestLength)) {
                    best = found;
                    bestLength = word.length();
                }
            }
            if (best < 0) {
                break;
            }
            out.append(escape(text.substring(at, best))).append("<mark>")
                    .append(escape(text.substring(best, best + bestLength))).append("</mark>");
            at = best + bestLength;
        }
        return out.append(escape(text.substring(at))).toString();
    }

    /**
     * A passage of {@code text} around the first occurrence of any of the query's words, as safe HTML with
     * the words marked; the text's start when none occurs.
     */
    public static String excerpt(String text, String query, int length) {
        String flat = text.replace('\n', ' ').strip();
        String lower = flat.toLowerCase(Locale.ROOT);
        int at = words(query).stream().mapToInt(w -> lower.indexOf(w.toLowerCase(Locale.ROOT)))
                .filter(i -> i >= 0).min().orElse(0);
        int from = Math.max(0, at - length / 3);
        int to = Math.min(flat.length(), from + length);
        return (from > 0 ? "…" : "") + html(flat.substring(from, to), query) + (to < flat.length() ? "…" : "");
    }

    private static List<String> words(String query) {
        return query == null ? List.of()
                : Arrays.stream(query.replace("\"", " ").split("\\s+")).filter(w -> !w.isBlank()).toList();
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
