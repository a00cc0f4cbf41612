package org.masthead.alto;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.masthead.parse.EditionParser;
import org.masthead.parse.PageSource;
import org.masthead.parse.ParseOptions;
import org.masthead.parse.UnusableInputException;

/**
 * Fuzz test of the ALTO source format (Jazzer): any bytes named as a lone ALTO page through the whole pipeline
 * (detection, the safe XML reader, block grouping, ids). On CI it replays its corpus
 * ({@code src/test/resources/org/masthead/alto/AltoFuzzTestInputs/altoPage/}: small ALTO 2 and 3 pages with
 * styles, hyphenation, an illustration and a composed block, and every crasher found); {@code JAZZER_FUZZ=1}
 * fuzzes it for real (docs/fuzzing.md). Anything but the one-line refusal of unusable input, a hang, or memory
 * beyond Jazzer's limit is a failure.
 */
class AltoFuzzTest {

    @FuzzTest(maxDuration = "3h", maxExecutions = 1_100_000)
    void altoPage(byte[] bytes) {
        try {
            new EditionParser().parse(List.of(new PageSource("0001.xml", bytes)), new ParseOptions(null, "Der Nordstern"));
        } catch (UnusableInputException expected) {
            // not XML, hostile XML, no page: one line
        }
    }
}
