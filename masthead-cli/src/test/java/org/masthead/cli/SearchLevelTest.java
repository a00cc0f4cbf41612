package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.cli.Run.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.web.SearchLevel;
import org.masthead.archive.Archive;
import org.masthead.archive.ArticleFilter;
import org.masthead.model.Json;
import org.masthead.search.SearchIndex;
import org.masthead.search.SearchRequest;

/**
 * Issue 16 finding 1: the record is the truth, and the index catches up with it whatever stopped an ingest
 * between recording and indexing: the next ingest (even one that finds every file unchanged), the next start
 * of the server, and a running server that another process recorded beside.
 */
class SearchLevelTest {
    /** A common word of the generated pages. */
    static final String WORD = "官兵";

    @TempDir
    Path dir;

    private Path generated(String from, String to) {
        Path out = dir.resolve("in-" + from);
        assertThat(run("generate", "--out", out.toString(), "--from", from, "--to", to, "--pages-per-day", "2",
                "--damage", "none").exit()).isZero();
        try (Stream<Path> files = Files.walk(out)) {
            files.filter(f -> f.getFileName().toString().endsWith(".json")).forEach(f -> f.toFile().delete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    private long recorded(Path data, String word) {
        try (Archive archive = Archive.open(data); var articles = archive.articles(ArticleFilter.ALL)) {
            // What search reads of an article: kicker, headline, subtitle, authors and text (see the schema).
            return articles.filter(a -> String.join("\n", String.valueOf(a.kicker()), String.valueOf(a.headline()),
                    String.valueOf(a.subtitle()), String.join(" ", a.authors()), a.text()).contains(word)).count();
        }
    }

    private static long found(Path data, String word) throws Exception {
        Run search = run("search", "--data", data.toString(), "--json", "--rows", "0", word);
        assertThat(search.exit()).as(search.err()).isZero();
        return Json.mapper().readTree(search.out()).get("total").asLong();
    }

    @Test
    void anIngestThatDiedBeforeIndexingIsRepairedByTheNextIngestAndCheckSaysSoMeanwhile() throws Exception {
        Path data = dir.resolve("data");
        Path first = generated("2024-03-01", "2024-03-03");
        Path second = generated("2024-03-04", "2024-03-06");
        assertThat(run("ingest", "--data", data.toString(), first.toString()).exit()).isZero();
        Run level = run("check", "--data", data.toString());
        assertThat(level.exit()).as(level.out()).isZero();
        assertThat(level.out()).contains("search index level with the record");
        // What ingest reads, without starting Solr, to decide that an index is level and need not be started.
        try (Archive archive = Archive.open(data)) {
            assertThat(SearchIndex.embeddedMark(data)).hasValue(archive.recordClock());
        }

        // What an ingest killed after recording and before indexing leaves: recorded pages the index lacks.
        try (Archive archive = Archive.open(data)) {
            assertThat(archive.ingest().run(List.of(second)).pagesAdded()).isEqualTo(6);
        }
        try (SearchIndex index = SearchIndex.open(data, null)) { // as it is: the search verb would level it first
            assertThat(index.search(SearchRequest.of(WORD)).total()).isLessThan(recorded(data, WORD));
        }
        Run behind = run("check", "--data", data.toString());
        assertThat(behind.exit()).isEqualTo(1);
        assertThat(behind.out()).contains("search index: 3 edition(s) changed since it was brought level")
                .containsPattern("search index: lacks \\d+ article\\(s\\) of the record")
                .contains("search index differs from the record");

        // The rerun finds every file unchanged, and still brings the index level.
        Run rerun = run("ingest", "--data", data.toString(), first.toString(), second.toString());
        assertThat(rerun.out()).contains("pages added 0, unchanged 12");
        assertThat(found(data, WORD)).isEqualTo(recorded(data, WORD)).isPositive();
        assertThat(run("check", "--data", data.toString()).exit()).isZero();
    }

    @Test
    void anIndexAheadOfTheRecordIsRebuilt() throws Exception {
        Path data = dir.resolve("data");
        Path first = generated("2024-03-01", "2024-03-03");
        Path second = generated("2024-03-04", "2024-03-06");
        assertThat(run("ingest", "--data", data.toString(), first.toString(), second.toString()).exit()).isZero();
        // The record loses its last commits (or the index is another archive's): a new record of fewer editions.
        try (Stream<Path> db = Files.walk(data.resolve("db"))) {
            db.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        assertThat(run("ingest", "--data", data.toString(), first.toString()).exit()).isZero();
        assertThat(found(data, WORD)).isEqualTo(recorded(data, WORD)).isPositive();
        assertThat(run("check", "--data", data.toString()).exit()).isZero();
    }

    @Test
    void aRunningServerIndexesWhatAnotherProcessRecordedBesideIt() throws Exception {
        Path data = dir.resolve("data");
        Path first = generated("2024-03-01", "2024-03-03");
        Path second = generated("2024-03-04", "2024-03-06");
        // Recorded, never indexed: the server's start brings the index level.
        try (Archive archive = Archive.open(data)) {
            archive.ingest().run(List.of(first));
        }
        try (Serving serving = Serving.start("serve", "--data", data.toString(), "--port", "0")) {
            assertThat(apiTotal(serving, WORD)).isEqualTo(recorded(data, WORD)).isPositive();
            // The server holds the index, so this ingest records and cannot index.
            Run ingest = run("ingest", "--data", data.toString(), second.toString());
            assertThat(ingest.exit()).isZero();
            assertThat(ingest.err()).contains("search not updated by this run");
            long expected = recorded(data, WORD);
            long total = 0;
            for (int i = 0; i < 200 && total != expected; i++) {
                Thread.sleep(100);
                total = apiTotal(serving, WORD);
            }
            assertThat(total).as("found by the running server's search").isEqualTo(expected);
            assertThat(serving.out()).contains("search index brought level with the record: 3 edition(s)");
        }
    }

    private static long apiTotal(Serving serving, String word) throws Exception {
        JsonNode json = Json.mapper().readTree(Serving.get(serving.base + "api/search?rows=1&q="
                + URLEncoder.encode(word, StandardCharsets.UTF_8)).body());
        return json.get("total").asLong();
    }

    /** Issue 16 finding 6: a damaged index is set aside at start, said in one line, and built anew from the record. */
    @Test
    void aDamagedIndexIsSetAsideAndRebuiltFromTheRecord() throws Exception {
        Path data = dir.resolve("data");
        assertThat(run("ingest", "--data", data.toString(), generated("2024-03-01", "2024-03-03").toString()).exit())
                .isZero();
        Path index = data.resolve("solr/masthead/data/index");
        Path victim;
        try (Stream<Path> files = Files.list(index)) {
            victim = files.filter(f -> f.getFileName().toString().endsWith(".si")).findFirst().orElseThrow();
        }
        Files.delete(victim);
        Run search = run("search", "--data", data.toString(), "--json", "--rows", "0", WORD);
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(search.err().lines().toList()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("masthead: the search index in ").contains("was damaged").contains("set aside as data.damaged-")
                .contains("a new one is built from the record"));
        assertThat(Json.mapper().readTree(search.out()).get("total").asLong()).isEqualTo(recorded(data, WORD)).isPositive();
        Run check = run("check", "--data", data.toString());
        assertThat(check.exit()).as(check.out()).isZero();
    }
}
