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
        List<String> words = query == null ? List.of()
                : Arrays.stream(query.replace("\"", " ").split("\\s+")).filter(w -> !w.isBlank()).toList();
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
