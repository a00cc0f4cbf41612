package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.cli.Run.run;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Edition;
import org.masthead.model.Json;
import org.masthead.parse.PageFiles;

/** {@code masthead parse} run in-process: output on success, one stderr line and exit 2 on unusable input. */
class ParseCommandTest {
    private static final Path SAMPLE = Path.of("src/main/resources/samples/jfjb-2025-06-19-p01.md");

    @TempDir
    Path dir;


    private static void assertRefused(Run run, Path file, String reason) {
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).endsWith("\n");
        assertThat(run.err().strip()).doesNotContain("\n").contains(file.toString()).contains(reason)
                .doesNotContain("Exception");
    }

    @Test
    void printsEditionJson() {
        Run run = run("parse", "--json", SAMPLE.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.err()).isEmpty();
        Edition edition = Json.readEdition(run.out());
        assertThat(run.out()).contains("\"schema\" : \"masthead.edition/2\"");
        assertThat(edition.title()).isEqualTo("解放军报");
        assertThat(edition.pages().get(0).items()).hasSize(6);
    }

    @Test
    void printsMarkdownByDefaultAndTakesThePageOption() {
        Run run = run("parse", "--page", "2", SAMPLE.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("# 解放军报").contains("## 第二版").contains("### 习近平回到北京");
    }

    @Test
    void emptyFile() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.md"));
        assertRefused(run("parse", file.toString()), file, "is empty");
    }

    @Test
    void binaryFile() throws IOException {
        Path file = Files.write(dir.resolve("page.pdf"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, (byte) 0xFF});
        assertRefused(run("parse", file.toString()), file, "is binary");
    }

    @Test
    void undecodableFile() throws IOException {
        Path file = Files.write(dir.resolve("page.md"), new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0x81, (byte) 0xFF});
        assertRefused(run("parse", file.toString()), file, "is not text");
    }

    @Test
    void directory() {
        assertRefused(run("parse", dir.toString()), dir, "is a directory");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("missing.md");
        assertRefused(run("parse", file.toString()), file, "no such file");
    }

    @Test
    void fileOverTheSizeLimit() throws IOException {
        Path file = dir.resolve("huge.md");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(PageFiles.MAX_BYTES + 1); // sparse: costs no disk
        }
        assertRefused(run("parse", file.toString()), file, "over the limit");
    }

    @Test
    void oneBadFileAmongGoodOnesNamesTheBadOne() throws IOException {
        Path bad = Files.write(dir.resolve("p02.md"), new byte[0]);
        Run run = run("parse", SAMPLE.toString(), bad.toString());
        assertRefused(run, bad, "is empty");
        assertThat(run.err()).doesNotContain(SAMPLE.getFileName().toString());
    }

    @Test
    void pageOptionWithSeveralFilesIsABadArgument() throws IOException {
        Path copy = Files.write(dir.resolve("p03.md"), "## 标题\n\n正文。".getBytes(StandardCharsets.UTF_8));
        Run run = run("parse", "--page", "3", SAMPLE.toString(), copy.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n");
    }
}
