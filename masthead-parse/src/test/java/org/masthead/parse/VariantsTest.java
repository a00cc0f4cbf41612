package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.Warning;

/** The same page in other encodings, line ends and source formats gives the same edition. */
class VariantsTest {
    private final Edition original = Fixtures.parseSample();

    private void assertSameEdition(Edition variant) {
        assertThat(variant.pages()).hasSize(1);
        List<Item> items = variant.pages().get(0).items();
        assertThat(items).isEqualTo(original.pages().get(0).items());
        assertThat(variant.pages().get(0).editors()).isEqualTo(original.pages().get(0).editors());
        assertThat(variant).usingRecursiveComparison().isEqualTo(original);
    }

    @Test
    void gb18030WithCrlf() {
        byte[] bytes = Fixtures.page("jfjb-2025-06-19-p01-gb18030-crlf.md");
        // The fixture really is GB18030 with CRLF: not valid UTF-8, and it has CRs.
        assertThat(TextDecoder.validUtf8(bytes)).isFalse();
        assertThat(new String(bytes, Charset.forName("GB18030"))).contains("\r\n");
        assertSameEdition(Fixtures.parse("jfjb-2025-06-19-p01-gb18030-crlf.md", bytes));
    }

    @Test
    void plainTextWithoutMarkdownMarks() {
        byte[] bytes = Fixtures.page("jfjb-2025-06-19-p01.txt");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("#");
        assertSameEdition(Fixtures.parse("jfjb-2025-06-19-p01.txt", bytes));
    }

    @Test
    void plainTextWithOneParagraphPerLineAndNoBlankLines() {
        String plain = new String(Fixtures.page("jfjb-2025-06-19-p01.txt"), StandardCharsets.UTF_8);
        String dense = plain.replaceAll("\n\\s*\n", "\n").strip() + "\n";
        assertThat(dense).doesNotContain("\n\n");
        assertSameEdition(Fixtures.parse("jfjb-2025-06-19-p01.txt", dense.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf8WithBomAndUtf16WithBom() {
        String text = Fixtures.sampleText();
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
        assertSameEdition(Fixtures.parse(Fixtures.SAMPLE_NAME, utf8));
        byte[] utf16le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        assertSameEdition(Fixtures.parse(Fixtures.SAMPLE_NAME, utf16le));
        byte[] utf16be = text.getBytes(StandardCharsets.UTF_16); // Java writes a big-endian BOM
        assertSameEdition(Fixtures.parse(Fixtures.SAMPLE_NAME, utf16be));
    }

    @Test
    void oldMacLineEnds() {
        byte[] cr = Fixtures.sampleText().replace('\n', '\r').getBytes(StandardCharsets.UTF_8);
        assertSameEdition(Fixtures.parse(Fixtures.SAMPLE_NAME, cr));
    }

    @Test
    void aWrongLunarDateIsReportedNotFixed() {
        Edition edition = Fixtures.parse(Fixtures.SAMPLE_NAME, replace("乙巳年五月廿四", "乙巳年五月廿五"));
        assertThat(edition.masthead().lunarDate()).isEqualTo("乙巳年五月廿五");
        assertThat(edition.warnings()).extracting(Warning::code).containsExactly("lunar-date-mismatch");
        assertThat(edition.warnings().get(0).message()).contains("乙巳年五月廿五", "2025-06-19", "乙巳年五月廿四");

        Edition wrongYear = Fixtures.parse(Fixtures.SAMPLE_NAME, replace("乙巳年五月廿四", "甲辰年五月廿四"));
        assertThat(wrongYear.warnings()).extracting(Warning::code).containsExactly("lunar-date-mismatch");
    }

    @Test
    void aWrongWeekdayIsReportedNotFixed() {
        Edition edition = Fixtures.parse(Fixtures.SAMPLE_NAME, replace("星期四", "星期五"));
        assertThat(edition.masthead().weekday()).isEqualTo(5);
        assertThat(edition.warnings()).extracting(Warning::code).containsExactly("weekday-mismatch");
    }

    @Test
    void aWrongDateShowsInBothChecks() {
        Edition edition = Fixtures.parse(Fixtures.SAMPLE_NAME, replace("2025年6月19日", "2025年6月20日"));
        assertThat(edition.warnings()).extracting(Warning::code)
                .containsExactlyInAnyOrder("weekday-mismatch", "lunar-date-mismatch");
    }

    private static byte[] replace(String from, String to) {
        String text = Fixtures.sampleText();
        assertThat(text).contains(from);
        return text.replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
    }
}
