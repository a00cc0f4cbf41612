package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HanScriptTest {
    /** The ranges answered before the script table are the table's answer, for every UTF-16 unit. */
    @Test
    void everyCharacterIsHanExactlyWhenUnicodeSaysSo() {
        List<String> wrong = new ArrayList<>();
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            boolean unicode = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            if (HanScript.isHan((char) c) != unicode) {
                wrong.add(Integer.toHexString(c));
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void aWordOfFiguresAndLatinHoldsNoHan() {
        assertThat(HanScript.any("PM2.5")).isFalse();
        assertThat(HanScript.any("6.5%，")).isFalse();
        assertThat(HanScript.any("6.5亿")).isTrue();
        assertThat(HanScript.any("")).isFalse();
    }
}
