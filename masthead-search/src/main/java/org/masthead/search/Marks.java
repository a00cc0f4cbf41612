package org.masthead.search;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
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
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    private static final ThreadLocal<Transliterator> SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    private Marks() {
    }

    /** A matched range of the original text, {@code [start, end)} in chars. */
    public record Range(int start, int end) {
    }

    /** The ranges of {@code text} that {@code query} matches, in order, overlaps merged; none for a bad query. */
    public static List<Range> in(String text, String query) {
        if (text == null || text.isEmpty() || query == null || query.isBlank()) {
            return List.of();
        }
        List<String> words;
        try {
            words = UserQuery.parse(query).shown();
        } catch (SearchException badQuery) {
            return List.of();
        }
        Analysed analysed = analyse(text);
        List<Range> found = new ArrayList<>();
        for (String word : words) {
            String wanted = Normalization.normalize(word);
            if (wanted.isEmpty()) {
                continue;
            }
            boolean wholeWords = !Normalization.hasCjk(word); // Latin words match as words, CJK as substrings
            for (int at = analysed.text.indexOf(wanted); at >= 0; at = analysed.text.indexOf(wanted, at + 1)) {
                int last = at + wanted.length() - 1;
                if (wholeWords && !(analysed.wordStart[at] && analysed.wordEnd[last])) {
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
        Transliterator simplified = SIMPLIFIED.get();
        boolean gap = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            int before = out.length();
            NFKC_CF.normalize(new String(Character.toChars(cp))).codePoints()
                    .mapToObj(c -> new String(Character.toChars(c)))
                    .filter(c -> Normalization.CHARACTER.matcher(c).matches())
                    .forEach(c -> out.append(simplified.transliterate(c)));
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
