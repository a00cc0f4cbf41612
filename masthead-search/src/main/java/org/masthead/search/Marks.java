package org.masthead.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where a search matched in a text: the exact character ranges, found the way the index finds them — the
 * query parsed as search parses it (operators, fields and NOT are not words to mark) and both sides put
 * through {@link Normalization}, the plain-Java twin of the index's analysis chain, so 軍隊 marks 军队 and
 * {@code 走后门”行不通} marks across the quotation mark, while the {@code or} of a query never marks "for".
 * Offsets travel with each normalised character, so a range always points back into the original text.
 */
public final class Marks {
    private Marks() {
    }

    /** A matched range of the original text, {@code [start, end)} in chars. */
    public record Range(int start, int end) {
    }

    /** A word of the query as the index sees it; Latin words match as words, CJK as substrings. */
    private record Word(String normalised, boolean wholeWord) {
    }

    /** The ranges of {@code text} that {@code query} matches, in order, overlaps merged; none for a bad query. */
    public static List<Range> in(String text, String query) {
        return ranges(text, words(query));
    }

    /** Safe HTML of {@code text}, what {@code query} matches wrapped in {@code <tag>}; plain escaping without a query. */
    public static String html(String text, String query, String tag) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        markUp(text, in(text, query), tag, out);
        return out.toString();
    }

    /**
     * About {@code length} chars of {@code lines} (joined by spaces) around the query's first match, as safe HTML
     * with the matches in {@code <tag>} and … where text was cut (never inside a match); the start of the lines when
     * nothing matches, null when there is no text. A match never runs from one line into the next, as in the index.
     */
    public static String passage(List<String> lines, String query, int length, String tag) {
        List<Word> words = words(query);
        List<String> kept = lines.stream().filter(line -> line != null && !line.isBlank()).map(String::strip).toList();
        if (kept.isEmpty()) {
            return null;
        }
        String flat = String.join(" ", kept);
        List<Range> marks = new ArrayList<>();
        int first = -1;
        int offset = 0;
        for (String line : kept) {
            if (first >= 0 && offset >= first + length) {
                break; // past the passage
            }
            for (Range r : ranges(line, words)) {
                marks.add(new Range(offset + r.start(), offset + r.end()));
            }
            if (first < 0 && !marks.isEmpty()) {
                first = marks.get(0).start();
            }
            offset += line.length() + 1;
        }
        int from = Math.max(0, first - length / 3);
        if (from > 0 && Character.isLowSurrogate(flat.charAt(from))) {
            from--;
        }
        int to = Math.min(flat.length(), from + length);
        if (to < flat.length() && Character.isLowSurrogate(flat.charAt(to))) {
            to++;
        }
        // A match the cut would split is shown whole: the passage ends after it, or starts before it.
        for (Range r : marks) {
            if (r.start() < to && r.end() > to) {
                to = r.end();
            }
            if (r.start() < from && r.end() > from) {
                from = r.start();
            }
        }
        List<Range> shown = new ArrayList<>();
        for (Range r : marks) {
            if (r.end() > from && r.start() < to) {
                shown.add(new Range(r.start() - from, r.end() - from));
            }
        }
        StringBuilder out = new StringBuilder(length + 32);
        out.append(from > 0 ? "…" : "");
        markUp(flat.substring(from, to), shown, tag, out);
        return out.append(to < flat.length() ? "…" : "").toString();
    }

    /** Text escaped for HTML element content and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        escape(text, 0, text.length(), out);
        return out.toString();
    }

    private static void markUp(String text, List<Range> ranges, String tag, StringBuilder out) {
        int at = 0;
        for (Range range : ranges) {
            escape(text, at, range.start(), out);
            out.append('<').append(tag).append('>');
            escape(text, range.start(), range.end(), out);
            out.append("</").append(tag).append('>');
            at = range.end();
        }
        escape(text, at, text.length(), out);
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    /** The words a query shows in text (see {@link UserQuery#shown}), normalised; none for a bad or blank query. */
    private static List<Word> words(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        List<String> shown;
        try {
            shown = UserQuery.parse(query).shown();
        } catch (SearchException badQuery) {
            return List.of();
        }
        List<Word> words = new ArrayList<>();
        for (String word : shown) {
            String wanted = Normalization.normalize(word);
            if (!wanted.isEmpty()) {
                words.add(new Word(wanted, !Normalization.hasCjk(word)));
            }
        }
        return words;
    }

    private static List<Range> ranges(String text, List<Word> words) {
        if (text == null || text.isEmpty() || words.isEmpty()) {
            return List.of();
        }
        Analysed analysed = analyse(text);
        List<Range> found = new ArrayList<>();
        for (Word word : words) {
            String wanted = word.normalised();
            for (int at = analysed.text.indexOf(wanted); at >= 0; at = analysed.text.indexOf(wanted, at + 1)) {
                int last = at + wanted.length() - 1;
                if (word.wholeWord() && !(analysed.wordStart[at] && analysed.wordEnd[last])) {
                    continue;
                }
                found.add(new Range(analysed.start[at], analysed.end[last]));
            }
        }
        found.sort(Comparator.comparingInt(Range::start));
        List<Range> merged = new ArrayList<>();
        for (Range r : found) {
            Range previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (previous != null && r.start() <= previous.end()) {
                merged.set(merged.size() - 1, new Range(previous.start(), Math.max(previous.end(), r.end())));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    /** The text as the index sees it, each normalised char with the original range it came from. */
    private record Analysed(String text, int[] start, int[] end, boolean[] wordStart, boolean[] wordEnd) {
    }

    private static Analysed analyse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int capacity = text.length() * 3 + 4; // NFKC may expand a char (ligatures, squared words)
        int[] start = new int[capacity];
        int[] end = new int[capacity];
        boolean[] gapBefore = new boolean[capacity + 1];
        boolean[] cjk = new boolean[capacity];
        boolean gap = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            int before = out.length();
            out.append(Normalization.ofCodePoint(cp));
            if (out.length() > capacity) {
                return analyse(""); // cannot happen for Unicode's expansions; marks nothing rather than wrongly
            }
            for (int k = before; k < out.length(); k++) {
                start[k] = i;
                end[k] = next;
                cjk[k] = Normalization.isCjk(cp);
                gapBefore[k] = k == before && gap;
            }
            gap = out.length() == before; // a dropped char (space, punctuation) separates words
            i = next;
        }
        int n = out.length();
        gapBefore[n] = true;
        boolean[] wordStart = new boolean[n];
        boolean[] wordEnd = new boolean[n];
        for (int k = 0; k < n; k++) {
            wordStart[k] = gapBefore[k] || cjk[k] || k > 0 && cjk[k - 1];
            wordEnd[k] = gapBefore[k + 1] || cjk[k] || k + 1 < n && cjk[k + 1];
        }
        return new Analysed(out.toString(), start, end, wordStart, wordEnd);
    }
}
