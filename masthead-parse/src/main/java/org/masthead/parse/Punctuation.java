package org.masthead.parse;

/**
 * Fifth stage: half-width punctuation that converters leave in Chinese text (, ; : ? ! ( ) .) becomes the
 * full-width form where it touches Chinese; URLs, numbers (1,000, 2.5) and Latin text keep theirs.
 */
final class Punctuation {
    private Punctuation() {
    }

    static String normalize(String text) {
        int first = firstCandidate(text);
        if (first < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < chars.length; i++) {
            char full = fullWidth(chars[i]);
            if (full != 0 && inChineseContext(chars, i)) {
                chars[i] = full;
            }
        }
        return new String(chars);
    }

    private static int firstCandidate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (fullWidth(text.charAt(i)) != 0) {
                return i;
            }
        }
        return -1;
    }

    private static char fullWidth(char c) {
        switch (c) {
            case ',': return '，';
            case ';': return '；';
            case ':': return '：';
            case '?': return '？';
            case '!': return '！';
            case '(': return '（';
            case ')': return '）';
            case '.': return '。';
            default: return 0;
        }
    }

    /** Chinese on either side (spaces skipped); an opening bracket looks right, a closing one left. */
    private static boolean inChineseContext(char[] chars, int at) {
        char c = chars[at];
        char before = neighbour(chars, at, -1);
        char after = neighbour(chars, at, 1);
        if (c == '(') {
            return isChinese(after) || isChinese(before) && after != 0 && !isAsciiWord(after);
        }
        if (c == ')') {
            return isChinese(before) || isChinese(after) && before != 0 && !isAsciiWord(before);
        }
        if (c == ':' && after == '/') {
            return false;
        }
        if (c == '.') {
            // A full stop ends the Chinese right before it; a dot in a number, a domain or an ellipsis (……) stays.
            return at > 0 && isChinese(chars[at - 1]) && after != '.' && !isAsciiWord(after);
        }
        return isChinese(before) || isChinese(after) && !isAsciiDigit(before);
    }

    private static char neighbour(char[] chars, int at, int step) {
        for (int i = at + step; i >= 0 && i < chars.length; i += step) {
            if (chars[i] != ' ') {
                return chars[i];
            }
        }
        return 0;
    }

    static boolean isChinese(char c) {
        return c >= '\u4e00' && c <= '\u9fff' || c >= '\u3400' && c <= '\u4dbf' || c >= '\u3000' && c <= '\u303f'
                || c >= '\uff00' && c <= '\uffef' || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—'
                || c == '…' || c == '·';
    }

    /** A letter or figure of a Latin word or number (CPI, 4.8). */
    static boolean isAsciiWord(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Double quotes the text opens and does not close; negative where it closes more than it opens. */
    static int quoteDepth(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            depth += quoteStep(text.charAt(i));
        }
        return depth;
    }

    /**
     * Where the double quote that opens the text closes, quotes inside it counted (“从“跟跑”到“领跑””: at its end);
     * -1 if the text opens with none or leaves it open.
     */
    static int closingQuote(String text) {
        if (text.isEmpty() || text.charAt(0) != '“') {
            return -1;
        }
        int depth = 1;
        for (int i = 1; i < text.length(); i++) {
            depth += quoteStep(text.charAt(i));
            if (depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int quoteStep(char c) {
        return c == '“' ? 1 : c == '”' ? -1 : 0;
    }
}
