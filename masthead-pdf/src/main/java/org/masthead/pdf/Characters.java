package org.masthead.pdf;

import java.text.Normalizer;

/**
 * Characters as fonts report them, made ordinary: Kangxi radicals and CJK compatibility ideographs that some
 * fonts map their glyphs to (⼈ ⺠, as Chromium's Type 3 fonts give them) become the characters they show
 * (人 民); the horizontal bar some fonts give for the dash (——) becomes the em dash.
 */
final class Characters {
    /** CJK Radicals Supplement forms with no Unicode decomposition, to the ordinary character they show. */
    private static final String SUPPLEMENT_FROM = "⺠⻓⻔⻢⻬⻄⻅⻆⻋⻛⻘⻝⻜⻥⻦⻩⻙⻚⻉⻰⻮⻨⻧⻪⺁⺇⺓⺬⺮⻁⻑⻗⻤⻣";
    private static final String SUPPLEMENT_TO = "民长门马齐西见角车风青食飞鱼鸟黄韦页贝龙齿麦卤黾厂几幺示竹虎長雨鬼骨";

    /**
     * GB2312's dash (A1AA) is U+2014 in GB18030 but U+2015 in older tables, so fonts report either; Chinese
     * text means the em dash.
     */
    private static final char HORIZONTAL_BAR = '\u2015';

    private Characters() {
    }

    /** The glyph's text with compatibility and radical forms replaced by ordinary characters. */
    static String ordinary(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x2E80 && c <= 0x2FDF || c >= 0xF900 && c <= 0xFAFF || c == HORIZONTAL_BAR) {
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
            if (c == HORIZONTAL_BAR) {
                out.append('—');
            } else if (supplement >= 0) {
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

}
