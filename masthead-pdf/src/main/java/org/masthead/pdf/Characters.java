package org.masthead.pdf;

import java.text.Normalizer;

/**
 * Characters as fonts report them, made ordinary: Kangxi radicals and CJK compatibility ideographs that some
 * fonts map their glyphs to (⼈ ⺠, as Chromium's Type 3 fonts give them) become the characters they show
 * (人 民); spaces between Chinese characters, which justification puts there, are closed up.
 */
final class Characters {
    /** CJK Radicals Supplement forms with no Unicode decomposition, to the ordinary character they show. */
    private static final String SUPPLEMENT_FROM = "⺠⻓⻔⻢⻬⻄⻅⻆⻋⻛⻘⻝⻜⻥⻦⻩⻙⻚⻉⻰⻮⻨⻧⻪⺁⺇⺓⺬⺮⻁⻑⻗⻤⻣";
    private static final String SUPPLEMENT_TO = "民长门马齐西见角车风青食飞鱼鸟黄韦页贝龙齿麦卤黾厂几幺示竹虎長雨鬼骨";

    private Characters() {
    }

    /** The glyph's text with compatibility and radical forms replaced by ordinary characters. */
    static String ordinary(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x2E80 && c <= 0x2FDF || c >= 0xF900 && c <= 0xFAFF) {
                return replace(text);
            }
        }
        return text;
    }

    private static String replace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int supplement = SUPPLEMENT_FROM.indexOf(c);
            if (supplement >= 0) {
                out.append(SUPPLEMENT_TO.charAt(supplement));
            } else if (c >= 0x2F00 && c <= 0x2FDF || c >= 0xF900 && c <= 0xFAFF) {
                // Kangxi radicals and compatibility ideographs decompose to the unified ideograph.
                out.append(Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isWordChar(char c) {
        return c < 0x3000 && Character.isLetterOrDigit(c) || c >= 0xFF10 && c <= 0xFF5A;
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000 && c <= 0x303F
                || c >= 0xFF00 && c <= 0xFF0F || c >= 0xFF1A && c <= 0xFF20 || c == '“' || c == '”' || c == '‘'
                || c == '’' || c == '—' || c == '…' || c == '·';
    }

    /** Removes spaces that have a Chinese character or mark on either side: 新 华 社 → 新华社. */
    static String closeUp(String text) {
        if (text.indexOf(' ') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                char before = out.length() == 0 ? ' ' : out.charAt(out.length() - 1);
                char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
                if (before == ' ' || after == ' ' || isHan(before) || isHan(after)) {
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
