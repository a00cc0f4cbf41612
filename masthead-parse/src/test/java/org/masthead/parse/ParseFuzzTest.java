package org.masthead.parse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;

/**
 * Fuzz tests of the page readers, the masthead and date reader and the whole page pipeline (Jazzer). On CI
 * they replay their corpus ({@code src/test/resources/org/masthead/parse/ParseFuzzTestInputs/<test>/}, crashers
 * found so far included) in a moment; {@code JAZZER_FUZZ=1} fuzzes one of them for real (docs/fuzzing.md).
 * What counts as a failure: any exception but the one-line refusal of unusable input, a hang, or memory
 * beyond Jazzer's limit.
 */
class ParseFuzzTest {

    @FuzzTest(maxDuration = "3h", maxExecutions = 1_100_000)
    void markdownReader(FuzzedDataProvider data) {
        MarkdownReader.INSTANCE.read(data.consumeRemainingAsString());
    }

    @FuzzTest(maxDuration = "3h", maxExecutions = 1_100_000)
    void plainTextReader(FuzzedDataProvider data) {
        PlainTextReader.INSTANCE.read(data.consumeRemainingAsString());
    }

    /** The masthead reader, dates (Arabic, Chinese numerals, lunar) included, on whatever blocks a text gives. */
    @FuzzTest(maxDuration = "3h", maxExecutions = 1_100_000)
    void mastheadAndDateReader(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        MastheadReader.read(PageReader.forText(text).read(text), warning -> { });
        ChineseNumerals.parseList(text);
        ChineseNumerals.parse(text);
    }

    /** The whole pipeline on the bytes of a page file: decoding, reading, segmenting, repairs, ids. */
    @FuzzTest(maxDuration = "3h", maxExecutions = 1_100_000)
    void wholePage(byte[] bytes) {
        try {
            new EditionParser().parse(List.of(new PageSource("jfjb-2025-06-19-p01.md", bytes)), new ParseOptions(null, null));
        } catch (UnusableInputException expected) {
            // the one-line refusal: empty, binary, undecodable, too large
        }
    }
}
