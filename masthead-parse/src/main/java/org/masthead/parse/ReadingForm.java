package org.masthead.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The form of a page's text that the parser's rules read: Traditional characters as their Simplified ones
 * (本報記者 as 本报记者, 新華社北京1月2日電 as a dateline, 陳 as the surname 陈), full-width figures and Latin
 * letters as ASCII (２０２５年６月１９日 as a date). Every rule, word list and pattern is written once, in one
 * script. The form changes one character for one, so whatever a rule finds in it stands at the same place in
 * the printed text, and what the parser keeps is given back in the page's own characters ({@link Restorer}).
 */
final class ReadingForm {
    private ReadingForm() {
    }

    /** For each BMP character, the character rules read it as, or 0 where it is read as itself. */
    private static final class Table {
        private static final String TABLE = "/org/masthead/model/traditional-simplified.txt";
        /** What stands between a rule's two quoted characters: {@code "軍" => "军"}. */
        private static final String RULE = "\" => \"";
        static final char[] READ_AS = build();

        private static char[] build() {
            char[] table = new char[Character.MAX_VALUE + 1];
            for (char c = '０'; c <= '９'; c++) {
                table[c] = (char) ('0' + (c - '０'));
            }
            for (char c = 'Ａ'; c <= 'Ｚ'; c++) {
                table[c] = (char) ('A' + (c - 'Ａ'));
            }
            for (char c = 'ａ'; c <= 'ｚ'; c++) {
                table[c] = (char) ('a' + (c - 'ａ'));
            }
            // ICU's Traditional-Simplified, one character for one, as the search index folds with it too (the
            // model's table; building it from ICU's transliterator here took a second and a half).
            try (InputStream in = ReadingForm.class.getResourceAsStream(TABLE)) {
                if (in == null) {
                    throw new IllegalStateException("missing from the class path: " + TABLE);
                }
                String rules = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                for (int at = rules.indexOf(RULE); at >= 0; at = rules.indexOf(RULE, at + 1)) {
                    // "軍" => "军": one character each side (a supplementary one is two, outside the BMP table).
                    if (at >= 2 && rules.charAt(at - 2) == '"' && at + RULE.length() + 1 < rules.length()
                            && rules.charAt(at + RULE.length() + 1) == '"') {
                        table[rules.charAt(at - 1)] = rules.charAt(at + RULE.length());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the model's traditional-simplified.txt is unreadable", e);
            }
            return table;
        }
    }

    /** The text as the rules read it (the text itself when nothing in it reads otherwise). */
    static String of(String text) {
        char[] readAs = Table.READ_AS;
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char as = readAs[text.charAt(i)];
            if (as != 0) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = as;
            }
        }
        return chars == null ? text : new String(chars);
    }

    /**
     * Gives the parser's strings back in the printed characters. A character read otherwise is given back as it
     * was printed between the same two neighbours (a page may print 後 and 后, 乾 and 幹, both read 后 and 干),
     * else after the same one, else before the same one, else as the page printed it most often; a context the
     * page printed two ways tells nothing more. Strings are pieces of the read text with lines joined, spaces and
     * marks made even, so their neighbours are mostly the read text's.
     */
    static final class Restorer {
        /** Nothing to give back: the page's text reads as printed. */
        static final Restorer NONE = new Restorer(Map.of(), Map.of());
        /** A neighbour left out of a context's key. */
        private static final long ANY = Character.MAX_VALUE;

        /** By character read, the printed one most often behind it. */
        private final Map<Character, Character> usual;
        /** By character read and its neighbours, the printed one behind it; 0 where the page printed two. */
        private final Map<Long, Character> inContext;

        private Restorer(Map<Character, Character> usual, Map<Long, Character> inContext) {
            this.usual = usual;
            this.inContext = inContext;
        }

        /** The restorer for {@code printed} text read as {@code read} ({@link #of}). */
        static Restorer of(String printed, String read) {
            if (printed.equals(read)) {
                return NONE;
            }
            Map<Character, Map<Character, Integer>> counts = new HashMap<>();
            for (int i = 0; i < read.length(); i++) {
                if (read.charAt(i) != printed.charAt(i)) {
                    counts.putIfAbsent(read.charAt(i), new HashMap<>());
                }
            }
            Map<Long, Character> inContext = new HashMap<>();
            for (int i = 0; i < read.length(); i++) {
                char as = read.charAt(i);
                Map<Character, Integer> behind = counts.get(as);
                if (behind == null) {
                    continue;
                }
                char was = printed.charAt(i);
                behind.merge(was, 1, Integer::sum);
                for (long key : keys(read, i, as)) {
                    inContext.merge(key, was, (one, other) -> one.equals(other) ? one : (char) 0);
                }
            }
            Map<Character, Character> usual = new HashMap<>();
            counts.forEach((as, behind) -> usual.put(as,
                    behind.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
            return new Restorer(usual, inContext);
        }

        /** The keys of a character's context: both neighbours, the one before, the one after, in that order. */
        private static long[] keys(CharSequence text, int i, char as) {
            long before = i > 0 ? text.charAt(i - 1) : 0;
            long after = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            long middle = (long) as << 16;
            return new long[] {before << 32 | middle | after, before << 32 | middle | ANY, ANY << 32 | middle | after};
        }

        /** {@code text} in the printed characters ({@code null} stays {@code null}). */
        String restore(String text) {
            if (text == null || usual.isEmpty()) {
                return text;
            }
            char[] chars = null;
            for (int i = 0; i < text.length(); i++) {
                char as = text.charAt(i);
                Character was = usual.get(as);
                if (was == null) {
                    continue;
                }
                char printed = was;
                for (long key : keys(text, i, as)) {
                    Character there = inContext.get(key);
                    if (there != null) {
                        printed = there != 0 ? there : was;
                        break;
                    }
                }
                if (printed != as) {
                    if (chars == null) {
                        chars = text.toCharArray();
                    }
                    chars[i] = printed;
                }
            }
            return chars == null ? text : new String(chars);
        }
    }
}
