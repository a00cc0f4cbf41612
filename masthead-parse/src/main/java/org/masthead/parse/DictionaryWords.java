package org.masthead.parse;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * Chinese words as ICU's dictionary segmentation finds them, asked of the join of two printed lines. A word
 * that runs across the join (贸易结|构, 科技赋|能) is the surest sign that the upper line goes on in the lower;
 * a word boundary there is no sign either way, as line breaking stops at any character.
 */
final class DictionaryWords {
    /** Characters each side of the join that the segmenter sees: enough for a word of four or five. */
    private static final int CONTEXT = 4;
    private static final BreakIterator CHINESE = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
    private static final ThreadLocal<BreakIterator> SEGMENTER =
            ThreadLocal.withInitial(() -> (BreakIterator) CHINESE.clone());

    private DictionaryWords() {
    }

    /** Whether a word runs from the end of {@code upper} into the start of {@code lower}. */
    static boolean runAcross(String upper, String lower) {
        if (upper.isEmpty() || lower.isEmpty() || !HanScript.isHan(upper.charAt(upper.length() - 1))
                || !HanScript.isHan(lower.charAt(0))) {
            return false;
        }
        String left = upper.substring(Math.max(0, upper.length() - CONTEXT));
        BreakIterator segmenter = SEGMENTER.get();
        segmenter.setText(left + lower.substring(0, Math.min(CONTEXT, lower.length())));
        return !segmenter.isBoundary(left.length());
    }
}
