package org.masthead.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers as newspapers print them: Chinese numerals (三, 十二, 二十四, 廿四, 卅, 一百零五, 两千), Arabic and
 * full-width digits, and page ranges (五至八, 5-8, 五、六).
 */
public final class ChineseNumerals {
    private ChineseNumerals() {
    }

    /** The value of a whole numeral, or -1 when the text is not one. */
    public static int parse(CharSequence text) {
        return parse(text, 0, text.length());
    }

    /** The value of the numeral in {@code text[from, to)}, or -1 when it is not one. */
    public static int parse(CharSequence text, int from, int to) {
        if (from >= to) {
            return -1;
        }
        if (isArabic(text.charAt(from))) {
            return arabic(text, from, to);
        }
        long yi = 0;        // the part counted in 亿
        long wan = 0;       // the part counted in 万, below 亿
        long section = 0;   // below 万
        int pending = -1;   // a digit waiting for its unit
        boolean zeroSeen = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int d = digit(c);
            if (d >= 0 && !isArabic(c)) {
                if (pending >= 0 && !zeroSeen) {
                    // Two digits in a row (二〇二五) read as a digit string.
                    return digitString(text, from, to);
                }
                pending = d;
                zeroSeen = d == 0;
                continue;
            }
            int unit = unit(c);
            if (unit < 0) {
                return -1;
            }
            if (unit == 20 || unit == 30 || unit == 40) {
                // 廿, 卅, 卌 mean twenty, thirty, forty by themselves: no digit stands before them.
                if (pending > 0) {
                    return -1;
                }
                section += unit;
            } else if (unit == 10_000) {
                wan = (section + Math.max(pending, 0)) * unit;
                section = 0;
            } else if (unit == 100_000_000) {
                yi = (yi + wan + section + Math.max(pending, 0)) * unit;
                wan = 0;
                section = 0;
            } else {
                section += (long) (pending < 0 ? 1 : pending) * unit;
            }
            pending = -1;
            zeroSeen = false;
            if (yi + wan + section > Integer.MAX_VALUE) {
                return -1;
            }
        }
        long value = yi + wan + section + Math.max(pending, 0);
        return value > Integer.MAX_VALUE ? -1 : (int) value;
    }

    /**
     * The numbers a page reference names: {@code 五至八} gives 5, 6, 7, 8; {@code 五、六} gives 5, 6;
     * {@code 3} gives 3. Empty when the text is not such a reference. Ranges are capped at 200 numbers.
     */
    public static List<Integer> parseList(CharSequence reference) {
        CharSequence text = withoutSpaces(reference);
        List<Integer> numbers = new ArrayList<>();
        int start = 0;
        int pendingRangeFrom = -1;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : '、';
            boolean rangeMark = c == '至' || c == '到' || c == '-' || c == '－' || c == '~' || c == '～' || c == '—'
                    || c == '–';
            boolean listMark = c == '、' || c == ',' || c == '，' || c == '和' || c == '及';
            if (!rangeMark && !listMark) {
                continue;
            }
            if (i == start) {
                return List.of();
            }
            int value = parse(text, start, i);
            if (value < 0) {
                return List.of();
            }
            if (pendingRangeFrom >= 0) {
                if (value < pendingRangeFrom || value - pendingRangeFrom > 200) {
                    return List.of();
                }
                for (int n = pendingRangeFrom; n <= value; n++) {
                    numbers.add(n);
                }
                pendingRangeFrom = -1;
            } else if (rangeMark) {
                pendingRangeFrom = value;
            } else {
                numbers.add(value);
            }
            if (rangeMark && pendingRangeFrom < 0) {
                return List.of();
            }
            start = i + 1;
        }
        return pendingRangeFrom >= 0 ? List.of() : List.copyOf(numbers);
    }

    private static CharSequence withoutSpaces(CharSequence text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out;
    }

    /** The value of one Chinese or Arabic digit character, or -1. */
    static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        switch (c) {
            case '〇': case '零': case '○': return 0;
            case '一': case '壹': case '幺': return 1;
            case '二': case '两': case '贰': return 2;
            case '三': case '叁': return 3;
            case '四': case '肆': return 4;
            case '五': case '伍': return 5;
            case '六': case '陆': return 6;
            case '七': case '柒': return 7;
            case '八': case '捌': return 8;
            case '九': case '玖': return 9;
            default: return -1;
        }
    }

    /** Whether the character is any numeral character this class reads. */
    static boolean isNumeral(char c) {
        return digit(c) >= 0 || unit(c) > 0;
    }

    private static int unit(char c) {
        switch (c) {
            case '十': case '拾': return 10;
            case '廿': return 20;
            case '卅': return 30;
            case '卌': return 40;
            case '百': case '佰': return 100;
            case '千': case '仟': return 1000;
            case '万': case '萬': return 10_000;
            case '亿': return 100_000_000;
            default: return -1;
        }
    }

    private static boolean isArabic(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static int arabic(CharSequence text, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isArabic(c)) {
                return -1;
            }
            value = value * 10 + digit(c);
            if (value > Integer.MAX_VALUE) {
                return -1;
            }
        }
        return (int) value;
    }

    private static int digitString(CharSequence text, int from, int to) {
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int d = digit(c);
            if (d < 0 || isArabic(c)) {
                return -1;
            }
            value = value * 10 + d;
            if (value > Integer.MAX_VALUE) {
                return -1;
            }
        }
        return (int) value;
    }
}
