package org.masthead.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.masthead.bench.corpus.Chromium;
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
        // The parser reads every masthead of clean text; the jumps it stitched stand beside them.
        assertThat(report).containsPattern("\\| none \\(baseline\\) \\| 2 \\(0\\) \\| [0-9,]+ \\| [0-9.]+% \\| [0-9.]+% "
                + "\\| [0-9.]+% \\| [0-9.]+% \\| [0-9,]+ of [0-9,]+ \\| 100\\.00% \\|");
    }

    @Test
    void readsACorpusWrittenByTheGenerator(@TempDir Path dir) throws Exception {
        CorpusWriter.write(new CorpusSpec(Title.of("解放军报"), LocalDate.parse("2025-06-18"),
                LocalDate.parse("2025-06-19"), 1, 4, 4, Converter.MARKDOWN, Damage.TYPICAL), dir);
        String report = run("--corpus", dir.toString());
        assertThat(report).contains("Reconstruction quality of the corpus in " + dir, "| " + dir + " | 2 (");
    }

    @Test
    void scoresEveryInputRouteBesideTheNaiveBaseline(@TempDir Path work) throws Exception {
        assumeTrue(Chromium.available() || System.getenv("CI") != null, "chromium is not installed");
        String report = run("--routes", "clean,damaged,pdftotext,pdftotext-layout,mutool,pdf", "--from", "2025-06-19",
                "--to", "2025-06-19", "--pages-per-day", "2", "--work", work.toString(), "--browsers", "1", "--examples", "1");
        String figures = "\\| [0-9,]+ \\| [0-9.]+% \\| [0-9.]+% \\| [0-9.]+% \\| [0-9.]+% \\| [0-9,]+ of [0-9,]+ \\|";
        for (String route : new String[] {"clean Markdown", "damaged Markdown \\(typical\\)", "pdftotext", "pdftotext -layout",
                "mutool draw -F txt"}) {
            assertThat(report).containsPattern("\\| " + route + " \\| Masthead parser " + figures)
                    .containsPattern("\\| " + route + " \\| naive baseline " + figures);
        }
        // The prints read as born-digital PDFs: scored the same way, plus region overlap with the boxes
        // Chromium laid each item out in; no baseline reads PDF.
        assertThat(report).containsPattern("\\| Chromium's PDF \\| Masthead parser " + figures)
                .doesNotContain("| Chromium's PDF | naive baseline")
                .containsPattern("Regions at Chromium's PDF: [1-9][0-9]* items with regions, [0-9.]+% with IoU ≥ 0.9");
        assertThat(report).contains("2 pages printed by Chromium");
        assertThat(work.resolve("2025/06/jfjb-2025-06-19-p02.pdf")).exists();
        // On clean text the parser reads more items exactly than the baseline.
        assertThat(exact(report, "clean Markdown", "Masthead parser")).isGreaterThan(exact(report, "clean Markdown", "naive baseline"));
    }

    private static double exact(String report, String route, String reader) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\| " + java.util.regex.Pattern.quote(route) + " \\| "
                + reader + " \\| [0-9,]+ \\| ([0-9.]+)%").matcher(report);
        assertThat(m.find()).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
