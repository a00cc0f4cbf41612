package org.masthead.parse;

/**
 * Normalisation stage for converter text: a line set vertically (a 竖题 beside its text, a column's label such as
 * 军营观察 boxed beside a headline) comes out of pdftotext and mutool a character a line, one under another. Joined
 * back into one line, it is a headline or kicker as the text stages know one, where each character alone would be a
 * heading of its own.
 */
final class VerticalText {
    /**
     * Characters that tell vertical text: a block (lines between blank lines) of two or more, nothing else. Inside a
     * block, pdftotext may set each character of a justified row spread wide on a line of its own (南 / 昌 / 相 /
     * 关…), and each of a padded byline's (本报记者 / 姚 / 洋 / 董 / 平); the column and byline stages read those.
     */
    private static final int MIN_CHARACTERS = 2;

    private VerticalText() {
    }

    /** The text with each such block one line; read in place, since most pages hold none and nothing is copied. */
    static String join(String text) {
        StringBuilder joined = null;
        int copied = 0;
        // The block of characters being read: where its first line starts and where its last ends, and its text.
        int from = -1;
        int to = -1;
        StringBuilder line = new StringBuilder();
        boolean blankAbove = true;
        // Past the text's end stands one more line, blank: the end closes a block as a blank line does.
        for (int start = 0; start <= text.length() + 1; ) {
            int end = start > text.length() ? start : text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            char character = character(text, start, end);
            if (character != 0 && (from >= 0 || blankAbove)) {
                from = from < 0 ? start : from;
                to = end;
                line.append(character);
            } else {
                boolean blank = isBlank(text, start, end);
                if (from >= 0 && blank && line.length() >= MIN_CHARACTERS) {
                    joined = joined == null ? new StringBuilder(text.length()) : joined;
                    joined.append(text, copied, from).append(line);
                    copied = to;
                }
                from = -1;
                line.setLength(0);
                blankAbove = blank;
            }
            start = end + 1;
        }
        return joined == null ? text : joined.append(text, copied, text.length()).toString();
    }

    /** The line's one Han character, spaces round it aside; 0 if it holds anything else. */
    private static char character(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end - start == 1 && HanScript.isHan(text.charAt(start)) ? text.charAt(start) : 0;
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
