package org.masthead.parse;

/**
 * Normalisation stage: the ideographic space (U+3000) between the phrases of a line that sets no sentence (a
 * headline 坚持以战领训　提升打赢能力, a subtitle after its headline 　——…, a byline 本报记者　王　五) becomes a plain
 * space, the space every later stage reads such lines by; Chinese type and text copied from the web set the
 * ideographic one, converters of printed pages the plain one. A line's leading ideographic spaces (a
 * paragraph's indent) and those inside sentences, which items keep as printed, stay.
 */
final class PhraseSpaces {
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    private PhraseSpaces() {
    }

    /** The text with the ideographic spaces inside its lines without a sentence mark made plain. */
    static String plain(String text) {
        if (text.indexOf(IDEOGRAPHIC_SPACE) < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        int start = 0;
        while (start < chars.length) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = chars.length;
            }
            if (!PrintedLines.hasSentenceMarks(text.substring(start, end))) {
                int i = start;
                while (i < end && Character.isWhitespace(chars[i])) {
                    i++; // the indent stays
                }
                for (; i < end; i++) {
                    if (chars[i] == IDEOGRAPHIC_SPACE) {
                        chars[i] = ' ';
                    }
                }
            }
            start = end + 1;
        }
        return new String(chars);
    }
}
