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
        TEXT
    }

    Block {
        lines = List.copyOf(lines);
    }

    static Block of(Type type, String line) {
        return new Block(type, List.of(line));
    }

    /** The lines joined as running text: no space between CJK, one between Latin words or digits. */
    String text() {
        if (lines.size() == 1) {
            return lines.get(0);
        }
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (text.length() > 0 && isWordChar(text.charAt(text.length() - 1)) && isWordChar(line.charAt(0))) {
                text.append(' ');
            }
            text.append(line);
        }
        return text.toString();
    }

    /** The lines joined with spaces, as the masthead reader wants them. */
    String spaced() {
        return lines.size() == 1 ? lines.get(0) : String.join(" ", lines);
    }

    private static boolean isWordChar(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
