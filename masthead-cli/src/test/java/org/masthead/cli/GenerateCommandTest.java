package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.bench.corpus.Converter;
import org.masthead.bench.corpus.CorpusSpec;
import org.masthead.bench.corpus.Damage;
import org.masthead.bench.corpus.EditionGenerator;
import org.masthead.bench.corpus.GeneratedEdition;
import org.masthead.bench.corpus.Title;
import org.masthead.model.Edition;
import org.masthead.model.Json;
import picocli.CommandLine;

class GenerateCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void writesPageFilesAndTheGroundTruthBesideThem(@TempDir Path dir) throws Exception {
        int code = run("generate", "--out", dir.toString(), "--from", "2025-06-18", "--to", "2025-06-19",
                "--pages-per-day", "4", "--damage", "light", "--seed", "3");
        assertThat(code).isEqualTo(0);
        assertThat(out.toString()).startsWith("generated 2 editions, 8 pages, ").contains("articles").endsWith("\n");
        Path month = dir.resolve("2025").resolve("06");
        try (Stream<Path> files = Files.list(month)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .contains("jfjb-2025-06-19-p01.md", "jfjb-2025-06-19-p04.md", "jfjb-2025-06-19.json").hasSize(10);
        }
        Edition truth = Json.readEdition(Files.readString(month.resolve("jfjb-2025-06-19.json")));
        assertThat(truth.masthead().issueNumber()).isEqualTo(24632);
        assertThat(truth.pages()).hasSize(4);
    }

    @Test
    void theCommandWritesTheBytesTheQualityReportParses(@TempDir Path dir) throws Exception {
        assertThat(run("generate", "--out", dir.toString(), "--from", "2024-01-01", "--to", "2024-01-02",
                "--damage", "heavy")).isEqualTo(0);
        // QualityReport's spec for the same seed and defaults, generating one day alone.
        CorpusSpec spec = new CorpusSpec(Title.of("解放军报"), LocalDate.parse("2024-01-02"), LocalDate.parse("2024-01-02"),
                1, 8, 12, Converter.MARKDOWN, Damage.HEAVY);
        GeneratedEdition alone = new EditionGenerator(spec).generate(LocalDate.parse("2024-01-02"));
        for (GeneratedEdition.PageFile file : alone.files()) {
            assertThat(Files.readAllBytes(dir.resolve("2024/01").resolve(file.name()))).isEqualTo(file.bytes());
        }
        assertThat(Json.readEdition(Files.readString(dir.resolve("2024/01/jfjb-2024-01-02.json")))).isEqualTo(alone.truth());
    }

    @Test
    void plainConverterWritesTxtFilesUnderTheTitlesSlug(@TempDir Path dir) {
        assertThat(run("generate", "--out", dir.toString(), "--title", "人民日报", "--from", "2024-02-10", "--to",
                "2024-02-10", "--converter", "plain", "--pages-per-day", "2-3")).isEqualTo(0);
        assertThat(dir.resolve("2024/02/rmrb-2024-02-10-p01.txt")).exists();
        assertThat(dir.resolve("2024/02/rmrb-2024-02-10.json")).exists();
    }

    @Test
    void badArgumentsGiveOneLineAndExitTwo(@TempDir Path dir) {
        String[][] bad = {
            {"--from", "2025-13-01", "--to", "2025-12-31"},
            {"--from", "2025-06-20", "--to", "2025-06-19"},
            {"--from", "2025-06-19", "--to", "2025-06-19", "--damage", "awful"},
            {"--from", "2025-06-19", "--to", "2025-06-19", "--converter", "pdf"},
            {"--from", "2025-06-19", "--to", "2025-06-19", "--converter", "mutool", "--damage", "typical"},
            {"--from", "2025-06-19", "--to", "2025-06-19", "--converter", "pdftotext", "--browsers", "0"},
            {"--from", "2025-06-19", "--to", "2025-06-19", "--pages-per-day", "12-8"},
            {"--from", "2025-06-19", "--to", "2025-06-19", "--pages-per-day", "many"},
            {"--from", "1900-01-01", "--to", "1900-01-02"},
        };
        for (String[] args : bad) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            String[] full = Stream.concat(Stream.of("generate", "--out", dir.toString()), Stream.of(args))
                    .toArray(String[]::new);
            assertThat(run(full)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err.toString()).startsWith("masthead: ").doesNotContain("Exception")
                    .satisfies(e -> assertThat(e.strip().lines()).hasSize(1));
        }
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void missingOptionsAreNamedOnOneLine() {
        assertThat(run("generate", "--from", "2025-06-19")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("masthead: generate needs --out --to" + System.lineSeparator());
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThat(run("generate", "--out", file.toString(), "--from", "2025-06-19", "--to", "2025-06-19"))
                .isEqualTo(2);
        assertThat(err.toString()).startsWith("masthead: " + file + ": cannot write the corpus")
                .satisfies(e -> assertThat(e.strip().lines()).hasSize(1));
    }
}
