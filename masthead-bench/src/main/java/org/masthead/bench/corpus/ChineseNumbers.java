package org.masthead.bench.corpus;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

/** Chinese numerals as newspapers print page numbers (第三版, 第十二版, 五至八). ICU's spellout, not a table. */
final class ChineseNumbers {
    private final RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(ULocale.CHINESE,
            RuleBasedNumberFormat.SPELLOUT);

    String of(int n) {
        return spellout.format(n);
    }
}
