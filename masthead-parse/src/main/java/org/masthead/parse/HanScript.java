package org.masthead.parse;

/** Chinese characters (the Han script, as Unicode assigns it): one test for every stage that asks. */
final class HanScript {
    private HanScript() {
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
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
