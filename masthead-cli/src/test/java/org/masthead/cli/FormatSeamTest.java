package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.cli.Run.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.archive.Archive;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.Json;
import org.masthead.parse.Formats;
import org.masthead.parse.SourceFormat;

/**
 * A source format registered in this module's test resources alone ({@link JsonPageFormat}) is picked up by
 * {@code parse} and {@code ingest}, with no change to either.
 */
class FormatSeamTest {
    @TempDir
    Path dir;

    private Path page() throws IOException {
        return Files.writeString(dir.resolve("ceshibao-2025-06-19.json"), """
                {"jsonPage": {"title": "测试报", "date": "2025-06-19", "page": 2, "items": [
                  {"headline": "格式接口接通", "paragraphs": ["第一段，由测试格式读入。", "第二段。"]},
                  {"headline": "第二篇", "paragraphs": ["只有一段。"]}]}}
                """);
    }

    @Test
    void theTestFormatIsInstalledBesideTheShippedOnes() {
        assertThat(Formats.installed()).extracting(SourceFormat::name).contains("markdown", "text", "json-page");
    }

    @Test
    void parsePicksItUp() throws IOException {
        Run run = run("parse", "--json", page().toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        Edition edition = Json.readEdition(run.out());
        assertThat(edition.title()).isEqualTo("测试报");
        assertThat(edition.date()).isEqualTo(LocalDate.of(2025, 6, 19));
        assertThat(edition.pages()).singleElement().satisfies(page -> {
            assertThat(page.number()).isEqualTo(2);
            assertThat(page.items()).extracting(Item::headline).containsExactly("格式接口接通", "第二篇");
            assertThat(page.items()).allSatisfy(item -> assertThat(item.id()).matches("[0-9a-f]{16}"));
        });
        Run markdown = run("parse", page().toString());
        assertThat(markdown.out()).startsWith("# 测试报").contains("格式接口接通", "第一段，由测试格式读入。");
    }

    @Test
    void ingestPicksItUpAndTheArchiveServesIt() throws IOException {
        Path data = dir.resolve("data");
        Run run = run("ingest", "--data", data.toString(), page().toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("pages added 1", "rejected 0");
        try (Archive archive = Archive.open(data)) {
            Edition held = archive.edition("ceshibao", LocalDate.of(2025, 6, 19)).orElseThrow();
            assertThat(held.pages()).singleElement().satisfies(page -> assertThat(page.items())
                    .extracting(Item::headline).containsExactly("格式接口接通", "第二篇"));
            assertThat(archive.articles("ceshibao", LocalDate.of(2025, 6, 19))).hasSize(2);
        }
        Path json = dir.resolve("export.json");
        assertThat(run("export", "--data", data.toString(), "--format", "json", "-o", json.toString()).exit()).isZero();
        JsonNode exported = Json.mapper().readTree(json.toFile());
        assertThat(exported.at("/masthead/title").asText()).isEqualTo("测试报");
    }
}
