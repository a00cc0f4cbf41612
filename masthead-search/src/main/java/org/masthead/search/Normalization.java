package org.masthead.search;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normalisation under which search is exact, in plain Java: the index's CJK analysis chain
 * (configset managed-schema.xml, field types text_unigram/text_bigram) does the same steps.
 *
 * <ol>
 *   <li>NFKC with case folding: full-width → half-width, compatibility forms, lower case;</li>
 *   <li>only letters and digits count ({@code [\p{L}\p{N}]}); punctuation and spaces are dropped;</li>
 *   <li>each character through ICU's Traditional-Simplified transform (軍 → 军).</li>
 * </ol>
 * A phrase with CJK in it finds exactly the articles whose normalised paragraph, headline, kicker or
 * subtitle contains the normalised phrase. Matches never run from one paragraph into the next.
 */
public final class Normalization {

    /** What the analysis keeps as a token: the same pattern as the configset's tokenizer. */
    static final Pattern CHARACTER = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    // Transliterator instances are not thread-safe; one per thread.
    private static final ThreadLocal<Transliterator> SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));

    /**
     * What each BMP char becomes, filled as chars are met: normalising one char at a time through ICU cost more
     * than Solr's whole highlighter, and a search page marks ten passages. Racy writes are harmless: each slot
     * only ever receives equal immutable strings.
     */
    private static final String[] BY_CHAR = new String[Character.MAX_VALUE + 1];

    private Normalization() {
    }

    /**
     * One code point as the index sees it, on its own: NFKC with case folding, letters and digits only,
     * simplified; empty for punctuation and spaces. {@link Marks} keeps offsets through it a char at a time.
     */
    static String ofCodePoint(int cp) {
        String known = cp <= Character.MAX_VALUE ? BY_CHAR[cp] : null;
        if (known != null) {
            return known;
        }
        StringBuilder out = new StringBuilder(2);
        Transliterator simplified = SIMPLIFIED.get();
        NFKC_CF.normalize(new String(Character.toChars(cp))).codePoints()
                .mapToObj(c -> new String(Character.toChars(c)))
                .filter(c -> CHARACTER.matcher(c).matches())
                .forEach(c -> out.append(simplified.transliterate(c)));
        String normalised = out.toString();
        if (cp <= Character.MAX_VALUE) {
            BY_CHAR[cp] = normalised;
        }
        return normalised;
    }

    /** The text as the index sees it: normalised letters and digits only, in order. */
    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        Matcher m = CHARACTER.matcher(NFKC_CF.normalize(text));
        Transliterator simplified = SIMPLIFIED.get();
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            out.append(simplified.transliterate(m.group()));
        }
        return out.toString();
    }

    /** Whether the text has a CJK character (Han, kana, hangul): such phrases match as exact substrings. */
    public static boolean hasCjk(CharSequence text) {
        return text.codePoints().anyMatch(Normalization::isCjk);
    }

    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.BOPOMOFO;
    }
}
