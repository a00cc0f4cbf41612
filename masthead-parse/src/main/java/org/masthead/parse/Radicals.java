package org.masthead.parse;

import com.ibm.icu.text.Normalizer2;

/**
 * Normalisation stage: radical code points that converters emit for ordinary characters become those
 * characters (and so do CJK compatibility ideographs, U+F900–U+FAFF, which fonts map glyphs to as well, and the
 * vertical forms of marks, U+FE10–U+FE4F, in lines set vertically). The
 * one rule for converter text and for the glyphs of a PDF (masthead-pdf). A Type 3 font (how Chromium prints Noto CJK) carries only glyphs; text extractors map a glyph
 * back to the first code point the font's cmap gives it, and for 人 日 民 门 that is a Kangxi radical
 * (U+2F00–U+2FDF) or a CJK radical supplement form (U+2E80–U+2EFF). Running text never uses radicals as
 * such, so every one of them is folded. The dash is the same case: CJK fonts draw — and ― (U+2015, what
 * GBK-era tables give for GB 2312's dash) with one glyph, and mutool gives ― back in 中国―东盟 and ――.
 */
public final class Radicals {
    private static final int FIRST = 0x2E80;
    private static final int LAST = 0x2FDF;
    private static final char BAR = '\u2015';
    private static final char DASH = '\u2014';
    /**
     * Supplement forms that share their glyph with a unified ideograph, pairs of (radical, ideograph), read
     * from the cmaps of Noto Sans CJK SC and Noto Serif CJK SC. NFKC maps only ⺟ and ⻳ of this block.
     */
    private static final String SUPPLEMENT = "⺂乛⺃乚⺅亻⺇𠘨⺉刂⺋㔾⺍𭕄⺎兀⺏尣⺐尢⺒巳⺓幺⺔彑⺕彐⺖忄⺘扌⺙攵⺛旡⺞歺⺟母"
            + "⺠民⺡氵⺣灬⺤爫⺦丬⺨犭⺩𤣩⺫罒⺭礻⺮𥫗⺯糹⺰纟⺱罓⺲罒⺳㓁⺹耂⺺肀⺽𦥑⺾艹⻁虎⻂衤⻃覀⻅见⻆角⻇𧢲⻈讠⻉贝"
            + "⻊𧾷⻋车⻌辶⻐钅⻑長⻒镸⻓长⻔门⻕𨸏⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻞𩙿⻟飠⻠饣⻡𩠐⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦"
            + "⻩黄⻪黾⻫斉⻬齐⻮齿⻯竜⻰龙⻱龜⻲亀⻳龟";
    /**
     * Vertical forms and the marks they show, pairs of (form, mark): in a line set vertically Chromium prints
     * ︐ ︒ ﹁ for ， 。 「 (NFKC gives half-width marks for some).
     */
    private static final String VERTICAL = "︐，︑、︒。︓：︔；︕！︖？︗〖︘〗︙…︰‥︱—︲–︵（︶）︷｛︸｝︹〔︺〕︻【︼】"
            + "︽《︾》︿〈﹀〉﹁「﹂」﹃『﹄』﹇［﹈］";
    private static final char FIRST_VERTICAL = '\uFE10';
    private static final char[] MARKS = marks();
    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /** The ideograph for each code point from FIRST to LAST, or 0 where there is none. */
    private static final int[] IDEOGRAPH = table();

    private Radicals() {
    }

    private static int[] table() {
        int[] table = new int[LAST - FIRST + 1];
        for (int cp = 0x2F00; cp <= LAST; cp++) {
            String folded = NFKC.normalize(new String(Character.toChars(cp)));
            if (folded.codePointCount(0, folded.length()) == 1 && folded.codePointAt(0) != cp) {
                table[cp - FIRST] = folded.codePointAt(0);
            }
        }
        // The simplified-Chinese fonts draw ⼾ as 户 (NFKC gives the traditional 戶).
        table['⼾' - FIRST] = '户';
        int[] pairs = SUPPLEMENT.codePoints().toArray();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            table[pairs[i] - FIRST] = pairs[i + 1];
        }
        return table;
    }

    private static char[] marks() {
        char[] marks = new char[0x40];
        for (int i = 0; i + 1 < VERTICAL.length(); i += 2) {
            marks[VERTICAL.charAt(i) - FIRST_VERTICAL] = VERTICAL.charAt(i + 1);
        }
        return marks;
    }

    /** A vertical form's mark, or 0. */
    private static char mark(char c) {
        return c >= FIRST_VERTICAL && c < FIRST_VERTICAL + MARKS.length ? MARKS[c - FIRST_VERTICAL] : 0;
    }

    /**
     * The text with every radical (or compatibility ideograph) that stands for an ideograph replaced by it, and
     * every vertical form by its mark.
     */
    public static String fold(String text) {
        int first = firstRadical(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            int ideograph = c >= FIRST && c <= LAST ? IDEOGRAPH[c - FIRST] : c == BAR ? DASH
                    : isCompatibility(c) ? NFKC.normalize(String.valueOf(c)).codePointAt(0) : mark(c);
            if (ideograph != 0) {
                out.appendCodePoint(ideograph);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isCompatibility(char c) {
        return c >= 0xF900 && c <= 0xFAFF;
    }

    private static int firstRadical(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST && c <= LAST && IDEOGRAPH[c - FIRST] != 0 || c == BAR || isCompatibility(c) || mark(c) != 0) {
                return i;
            }
        }
        return -1;
    }
}
