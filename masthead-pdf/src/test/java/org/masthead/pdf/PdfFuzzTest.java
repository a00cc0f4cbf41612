package org.masthead.pdf;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.masthead.parse.EditionParser;
import org.masthead.parse.PageSource;
import org.masthead.parse.ParseOptions;
import org.masthead.parse.UnusableInputException;

/**
 * Fuzz test of the PDF source format (Jazzer): any bytes named as a page PDF through the whole pipeline
 * (detection, PDFBox, layout, text stages). On CI it replays its corpus
 * ({@code src/test/resources/org/masthead/pdf/PdfFuzzTestInputs/pdfPage/}: a two-column page, the same cut in
 * half, and every crasher found); {@code JAZZER_FUZZ=1} fuzzes it for real (docs/fuzzing.md). Anything but the
 * one-line refusal of unusable input, a hang, or memory beyond Jazzer's limit is a failure.
 */
class PdfFuzzTest {

    @FuzzTest(maxDuration = "3h", maxExecutions = 1_100_000)
    void pdfPage(byte[] bytes) {
        try {
            new EditionParser().parse(List.of(new PageSource("jfjb-2025-06-19-p01.pdf", bytes)), new ParseOptions(null, null));
        } catch (UnusableInputException expected) {
            // encrypted, broken, image-only, too many pages: one line
        }
    }
}
