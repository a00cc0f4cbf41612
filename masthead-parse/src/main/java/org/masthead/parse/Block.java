package org.masthead.parse;

import java.util.List;

/**
 * One block of a page as a source-format reader saw it: a heading line or a paragraph of lines.
 *
 * @param type  what the source marked it as
 * @param lines the block's lines, stripped, in order (a paragraph may span several)
 */
record Block(Type type, List<String> lines) {

    enum Type {
        /** The page's top heading (Markdown {@code #}), usually the paper's name. */
        TITLE,
        /** A headline (Markdown {@code ##}; in plain text a short unpunctuated line). */
        HEADLINE,
        /** A section heading inside an article (Markdown {@code ###}; numbered or quoted short lines). */
        SECTION,
        /** A paragraph of text. */
        TEXT,
        /** A table: a line per row, its cells a space apart; each row a paragraph of its own, joined to nothing. */
        TABLE
    }

    /** Marks after which a Latin word is set a space apart. */
    private static final String LATIN_PUNCTUATION = ",.;:!?)\"'";

    Block {
        lines = List.copyOf(lines);
    }

    static Block of(Type type, String line) {
        return new Block(type, List.of(line));
    }

    /** The lines joined as running text ({@link #join}). */
    String text() {
        if (lines.size() == 1) {
            return lines.get(0);
        }
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (text.length() > 0 && isSpaceBetween(text.charAt(text.length() - 1), line.charAt(0))) {
                text.append(' ');
            }
            text.append(line);
        }
        return text.toString();
    }

    /**
     * Two pieces of running text a line or column end parted, as one: no space between CJK, one between Latin
     * words or digits, and after a Latin sentence's punctuation before the next word (Wednesday, / flooding).
     */
    static String join(String before, String after) {
        boolean spaced = !before.isEmpty() && !after.isEmpty()
                && isSpaceBetween(before.charAt(before.length() - 1), after.charAt(0));
        return spaced ? before + ' ' + after : before + after;
    }

    private static boolean isSpaceBetween(char last, char first) {
        return Punctuation.isAsciiWord(first) && (Punctuation.isAsciiWord(last)
                || LATIN_PUNCTUATION.indexOf(last) >= 0 && Character.isLetter(first));
    }

    /** The lines joined with spaces, as the masthead reader wants them. */
    String spaced() {
        return lines.size() == 1 ? lines.get(0) : String.join(" ", lines);
    }

}
