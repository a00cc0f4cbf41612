package org.masthead.parse;

/** Chinese characters (the Han script, as Unicode assigns it): one test for every stage that asks. */
final class HanScript {
    private HanScript() {
    }

    static boolean isHan(char c) {
        // Most characters asked about are ASCII or common ideographs: answered before the script table's search.
        if (c < '\u2E80') {
            return false;
        }
        if (c >= '\u4E00' && c <= '\u9FFC') {
            return true;
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Whether the text holds a Han character. */
    static boolean any(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isHan(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** How many Han characters the text holds from {@code from} to {@code to}. */
    static int count(CharSequence text, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            count += isHan(text.charAt(i)) ? 1 : 0;
        }
        return count;
    }
}
