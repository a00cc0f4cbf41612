package org.masthead.alto;

import org.masthead.model.Box;
import java.util.ArrayList;
import java.util.List;

/**
 * One rule for turning printed lines into running text: lines are joined by a space, except after a
 * hyphenated line (the word goes on) and between two CJK characters (Chinese has no spaces). Each line's
 * offsets in the result travel with it, so boxes stay tied to the characters they cover.
 */
final class Lines {
    /** The joined text and, per line, its [start, end) in it. */
    record Joined(String text, List<int[]> ranges) {
    }

    private Lines() {
    }

    static Joined join(List<AltoPage.Line> lines) {
        StringBuilder text = new StringBuilder();
        List<int[]> ranges = new ArrayList<>();
        boolean joinNext = false;
        for (AltoPage.Line line : lines) {
            String content = line.text();
            if (!joinNext) {
                glue(text, content);
            }
            int start = text.length();
            text.append(content);
            ranges.add(new int[] {start, text.length()});
            joinNext = line.hyphenated();
        }
        return new Joined(text.toString(), ranges);
    }

    /** Appends the space that goes before {@code next}: none at the start, none between CJK characters. */
    static void glue(StringBuilder text, String next) {
        if (!text.isEmpty() && !next.isEmpty()
                && !(cjk(text.codePointBefore(text.length())) && cjk(next.codePointAt(0)))) {
            text.append(' ');
        }
    }

    /** Whether a character is written without spaces around it (Han, kana, CJK punctuation, fullwidth forms). */
    static boolean cjk(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }

    /**
     * A line of running text as ALTO Strings: a word per run of non-CJK characters, one String per CJK
     * character, each with a share of the line's box proportional to its characters (the model keeps
     * line boxes, not glyph boxes).
     */
    static List<AltoPage.Word> words(String line, Box box) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        line.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || cjk(c)) {
                if (!word.isEmpty()) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                if (cjk(c)) {
                    tokens.add(Character.toString(c));
                }
            } else {
                word.appendCodePoint(c);
            }
        });
        if (!word.isEmpty()) {
            tokens.add(word.toString());
        }
        int total = line.codePointCount(0, line.length());
        List<AltoPage.Word> words = new ArrayList<>();
        int position = 0;
        for (String token : tokens) {
            int at = line.indexOf(token, position);
            int before = line.codePointCount(0, at);
            int length = token.codePointCount(0, token.length());
            position = at + token.length();
            Box share = null;
            if (box != null && total > 0) {
                double unit = box.width() / total;
                share = new Box(box.x() + before * unit, box.y(), length * unit, box.height());
            }
            words.add(new AltoPage.Word(token, share));
        }
        return words;
    }
}
