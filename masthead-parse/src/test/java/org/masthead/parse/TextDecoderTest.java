package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String TEXT = "解放军报\r\n2025年6月19日 星期四\r第24632号\n𠀀";

    private static String decode(byte[] bytes) throws UnusableInputException {
        return TextDecoder.decode(new PageSource("page.md", bytes));
    }

    @Test
    void utf8WithAndWithoutBom() throws UnusableInputException {
        byte[] plain = TEXT.getBytes(StandardCharsets.UTF_8);
        assertThat(decode(plain)).isEqualTo("解放军报\n2025年6月19日 星期四\n第24632号\n𠀀");
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertThat(decode(bom)).isEqualTo(decode(plain));
    }

    @Test
    void utf16WithBomEitherOrder() throws UnusableInputException {
        byte[] le = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16LE);
        byte[] be = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_16BE);
        String expected = decode(TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(decode(le)).isEqualTo(expected);
        assertThat(decode(be)).isEqualTo(expected);
    }

    @Test
    void utf16WithoutBomByItsZeroBytes() throws UnusableInputException {
        String expected = decode(TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(decode(TEXT.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(expected);
        assertThat(decode(TEXT.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(expected);
    }

    @Test
    void gb18030AndGbk() throws UnusableInputException {
        String expected = decode(TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(decode(TEXT.getBytes(Charset.forName("GB18030")))).isEqualTo(expected);
        String gbkText = "人民日报 今日二十版\r\n";
        assertThat(decode(gbkText.getBytes(Charset.forName("GBK")))).isEqualTo("人民日报 今日二十版\n");
    }

    @Test
    void aLiteralReplacementCharacterInUtf8IsKept() throws UnusableInputException {
        assertThat(decode("坏字\uFFFD符".getBytes(StandardCharsets.UTF_8))).isEqualTo("坏字\uFFFD符");
    }

    @Test
    void refusesEmptyAndUndecodable() {
        assertThatThrownBy(() -> decode(new byte[0])).isInstanceOf(UnusableInputException.class)
                .hasMessage("page.md: is empty");
        assertThatThrownBy(() -> decode(" \n\r\n\t ".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("page.md: is empty");
        assertThatThrownBy(() -> decode(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0x81, (byte) 0xFF}))
                .hasMessage("page.md: is not text in UTF-8, UTF-16 or GB18030");
    }

    @Test
    void binaryPastTheHeadThatDetectionLooksAtIsRefusedWhenDecoding() {
        byte[] text = "## 标题\n\n本报讯 正文。\n".repeat(4000).getBytes(StandardCharsets.UTF_8);
        byte[] file = java.util.Arrays.copyOf(text, text.length + 4096); // NUL bytes after 100 KB of text
        assertThat(file.length).isGreaterThan(96 * 1024);
        assertThat(TextDecoder.looksLikeText(file)).as("the head is text").isTrue();
        assertThatThrownBy(() -> decode(file))
                .hasMessage("page.md: is text at its start but holds binary data (NUL bytes)");
        byte[] binary = new byte[200_000];
        java.util.Arrays.fill(binary, (byte) 7);
        assertThat(TextDecoder.looksLikeText(binary)).isFalse();
    }

    @Test
    void validUtf8() {
        assertThat(TextDecoder.validUtf8("解放军报 abc 𠀀".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(TextDecoder.validUtf8(new byte[] {(byte) 0xC0, (byte) 0x80})).as("overlong").isFalse();
        assertThat(TextDecoder.validUtf8(new byte[] {(byte) 0xE8, (byte) 0xA7})).as("cut short").isFalse();
        assertThat(TextDecoder.validUtf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).as("surrogate").isFalse();
    }
}
