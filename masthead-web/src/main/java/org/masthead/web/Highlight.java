package org.masthead.web;

import java.util.Arrays;
import java.util.List;

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
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (at < text.length()) {
            int best = -1;
            int bestLength = 0;
            for (String word : words) {
                int found = indexOf(text, word, at);
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
        int at = words(query).stream().mapToInt(w -> indexOf(flat, w, 0))
                .filter(i -> i >= 0).min().orElse(0);
        int from = Math.max(0, at - length / 3);
        int to = Math.min(flat.length(), from + length);
        return (from > 0 ? "…" : "") + html(flat.substring(from, to), query) + (to < flat.length() ? "…" : "");
    }

    /**
     * Where {@code word} first occurs in {@code text} from {@code from} on, ignoring case character by character.
     * Lower-casing the whole text would not do: it changes lengths (İ becomes two characters), and the
     * positions found would no longer be the text's.
     */
    private static int indexOf(String text, String word, int from) {
        for (int i = from; i + word.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) {
                return i;
            }
        }
        return -1;
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
