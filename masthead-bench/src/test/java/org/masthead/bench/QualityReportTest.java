package org.masthead.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.bench.corpus.Converter;
import org.masthead.bench.corpus.CorpusSpec;
import org.masthead.bench.corpus.CorpusWriter;
import org.masthead.bench.corpus.Damage;
import org.masthead.bench.corpus.Title;

class QualityReportTest {

    private static String run(String... args) throws Exception {
        PrintStream saved = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            QualityReport.main(args);
        } finally {
            System.setOut(saved);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void scoresEveryLevelOfAGeneratedCorpusWithTheRealParser() throws Exception {
        String report = run("--from", "2025-06-18", "--to", "2025-06-19", "--levels", "none,heavy");
        assertThat(report).contains("| none (baseline) | 2 (", "| heavy | 2 (");
        // The parser reads every masthead of clean text.
        assertThat(report).containsPattern("\\| none \\(baseline\\) \\| 2 \\(0\\) \\| [0-9,]+ \\| [0-9.]+% \\| [0-9.]+% "
                + "\\| [0-9.]+% \\| [0-9.]+% \\| 100\\.00% \\|");
    }

    @Test
    void readsACorpusWrittenByTheGenerator(@TempDir Path dir) throws Exception {
        CorpusWriter.write(new CorpusSpec(Title.of("解放军报"), LocalDate.parse("2025-06-18"),
                LocalDate.parse("2025-06-19"), 1, 4, 4, Converter.MARKDOWN, Damage.TYPICAL), dir);
        String report = run("--corpus", dir.toString());
        assertThat(report).contains("Reconstruction quality of the corpus in " + dir, "| " + dir + " | 2 (");
    }
}
