package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({"三,3", "十,10", "十二,12", "二十,20", "二十四,24", "廿四,24", "廿,20", "卅,30", "卅一,31", "一百零五,105",
            "一百〇五,105", "两千,2000", "一万二千,12000", "十万,100000", "一亿二千万,120000000", "二〇二五,2025",
            "24632,24632", "１２,12", "零,0", "初,-1", "三a,-1", "'',-1"})
    void parses(String text, int value) {
        assertThat(ChineseNumerals.parse(text)).isEqualTo(value);
    }

    @Test
    void agreesWithIcuSpelloutUpToTenThousand() {
        // ICU's Chinese spell-out is the reference; our reader must read every number it writes.
        RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(ULocale.CHINESE, RuleBasedNumberFormat.SPELLOUT);
        for (int n = 0; n <= 10_000; n++) {
            String words = spellout.format(n);
            assertThat(ChineseNumerals.parse(words)).as(words).isEqualTo(n);
        }
    }

    @Test
    void pageRanges() {
        assertThat(ChineseNumerals.parseList("五至八")).containsExactly(5, 6, 7, 8);
        assertThat(ChineseNumerals.parseList("5-8")).containsExactly(5, 6, 7, 8);
        assertThat(ChineseNumerals.parseList("五、六")).containsExactly(5, 6);
        assertThat(ChineseNumerals.parseList("三")).containsExactly(3);
        assertThat(ChineseNumerals.parseList("十一至十二")).containsExactly(11, 12);
        assertThat(ChineseNumerals.parseList("二、五至六")).containsExactly(2, 5, 6);
        assertThat(ChineseNumerals.parseList("5 - 8")).containsExactly(5, 6, 7, 8);
    }

    @Test
    void refusesWhatIsNoRange() {
        assertThat(ChineseNumerals.parseList("八至五")).isEmpty();
        assertThat(ChineseNumerals.parseList("五至")).isEmpty();
        assertThat(ChineseNumerals.parseList("至八")).isEmpty();
        assertThat(ChineseNumerals.parseList("版")).isEmpty();
        assertThat(ChineseNumerals.parseList("1-100000")).isEmpty();
    }
}
