package org.masthead.parse;

/**
 * Normalisation stage: closes up text that a converter spaced out. Justified Chinese lines and letter-spaced
 * names (S H I L I) reach the text as one character, one space, one character. Only runs of such single
 * characters are closed, and only their single spaces: a wider gap is a word space or a column gutter, and
 * a space between two Latin words (Internet of Things) stays.
 */
final class LetterSpacing {
    /** Fewer single characters in a run are names padded to width (王 五), not letter spacing. */
    static final int MIN_SINGLES = 5;

    private LetterSpacing() {
    }

    /**
     * A word that a justified line keeps whole between its spaced characters: figures and Latin (6.5%, PM2.5,
     * CPI) get no spacing of their own.
     */
    static boolean isSetWhole(String word) {
        return !HanScript.any(word);
    }

    /** The text with letter-spaced runs closed up, line by line. */
    static String closeUp(String text) {
        if (!maySpace(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            closeUpLine(text, start, end, out);
            if (end < text.length()) {
                out.append('\n');
            }
            start = end + 1;
        }
        return out.toString();
    }

    /** Any "x y z" at all: the cheap test that lets clean text through untouched. */
    private static boolean maySpace(String text) {
        for (int i = 2; i + 2 < text.length(); i++) {
            if (text.charAt(i) == ' ' && text.charAt(i - 2) == ' ' && text.charAt(i + 2) == ' '
                    && text.charAt(i - 1) != ' ' && text.charAt(i + 1) != ' ') {
                return true;
            }
        }
        return false;
    }

    /** Appends the line, each segment (text between gaps of two or more spaces) closed up if spaced out. */
    private static void closeUpLine(String text, int from, int to, StringBuilder out) {
        // A justified line is spaced out as a whole, though a word space in it (after a dateline) is wider.
        boolean line = isSpacedOut(text, from, to);
        int i = from;
        while (i < to) {
            int segmentEnd = i;
            while (segmentEnd < to && !(text.charAt(segmentEnd) == ' ' && segmentEnd + 1 < to
                    && text.charAt(segmentEnd + 1) == ' ')) {
                segmentEnd++;
            }
            if (line || isSpacedOut(text, i, segmentEnd)) {
                closeUpSegment(text, i, segmentEnd, out);
            } else {
                out.append(text, i, segmentEnd);
            }
            int gapEnd = segmentEnd;
            while (gapEnd < to && text.charAt(gapEnd) == ' ') {
                gapEnd++;
            }
            out.append(text, segmentEnd, gapEnd);
            i = gapEnd;
        }
    }

    /** Most tokens of the segment are single characters, and there are enough of them. */
    private static boolean isSpacedOut(String text, int from, int to) {
        int singles = 0;
        int tokens = 0;
        int tokenStart = from;
        for (int i = from; i <= to; i++) {
            if (i == to || text.charAt(i) == ' ') {
                if (i > tokenStart) {
                    tokens++;
                    // A figure of two digits is set as one character of the spaced line (12 月 30 日).
                    if (i - tokenStart == 1 || i - tokenStart == 2 && Character.isDigit(text.charAt(tokenStart))
                            && Character.isDigit(text.charAt(tokenStart + 1))) {
                        singles++;
                    }
                }
                tokenStart = i + 1;
            }
        }
        return singles >= MIN_SINGLES && singles * 5 >= tokens * 3;
    }

    private static void closeUpSegment(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' || i == from || i + 1 == to || keepsSpace(text, from, to, i)) {
                out.append(c);
            }
        }
    }

    /** A space between two Latin words of more than one letter each is a word space. */
    private static boolean keepsSpace(String text, int from, int to, int space) {
        return space - 2 >= from && space + 2 < to && isWordChar(text.charAt(space - 1))
                && isWordChar(text.charAt(space - 2)) && isWordChar(text.charAt(space + 1))
                && isWordChar(text.charAt(space + 2));
    }

    private static boolean isWordChar(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
