package org.masthead.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.model.Article;
import org.masthead.model.EditionWriter;
import org.masthead.model.StitchedEdition;
import java.util.Iterator;
import org.masthead.model.Json;

/** Ingest through the real parser, on H2 and PostgreSQL alike. */
class IngestTest {
    static final String JFJB = "jiefangjunbao";

    @TempDir
    Path data;

    @TempDir
    Path files;

    @ParameterizedTest
    @MethodSource("org.masthead.archive.Backends#all")
    void theSamplePageIngestedTwiceIsOneEditionOnePageOneRevisionAndFourArticles(String backend) throws IOException {
        try (Archive archive = Backends.open(backend, data)) {
            IngestSummary first = archive.ingest().run(List.of(Corpus.sample()));
            assertThat(first.pagesAdded()).isEqualTo(1);
            assertThat(first.rejected()).isEmpty();
            IngestSummary second = archive.ingest().run(List.of(Corpus.sample()));
            assertThat(second.pagesAdded() + second.revised()).isZero();
            assertThat(second.unchanged()).isEqualTo(1);
            assertThat(second.editionsTouched()).isZero();

            LocalDate date = LocalDate.of(2025, 6, 19);
            assertThat(archive.titles()).extracting(Title::slug, Title::name).containsExactly(tuple(JFJB, "解放军报"));
            assertThat(archive.editions(JFJB, null, null)).extracting(EditionSummary::date, EditionSummary::issueNumber,
                    EditionSummary::pagesHeld).containsExactly(tuple(date, 24632, 1));
            assertThat(archive.history(JFJB, date, null)).hasSize(1);

            StringWriter jsonl = new StringWriter();
            try (Stream<StitchedEdition> editions = archive.editions(ArticleFilter.ALL)) {
                Iterator<StitchedEdition> texts = editions.map(e -> new StitchedEdition(e.slug(), e.edition(),
                        e.articles().stream().filter(a -> ArticleExport.TEXT_KINDS.contains(a.kind())).toList()))
                        .iterator();
                assertThat(EditionWriter.named("jsonl").orElseThrow().write(texts, jsonl)).isEqualTo(4);
            }
            List<String> lines = jsonl.toString().lines().toList();
            assertThat(lines).hasSize(4);
            assertThat(lines).allSatisfy(line -> assertThat(Json.mapper().readTree(line).get("date").asText())
                    .isEqualTo("2025-06-19"));
            assertThat(lines).anySatisfy(line -> assertThat(Json.mapper().readTree(line).get("headline").asText())
                    .isEqualTo("坚持靠素质立身、凭实绩进步"));
        }
    }

    /** The corpus's page files whose names end so, in order. */
    static List<Path> pages(Path corpus, String ending) throws IOException {
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(ending)).sorted().toList();
        }
    }

    /** What a reader sees of an archive: every edition's stitched articles, ids and all. */
    static List<Article> reading(Archive archive) {
        try (Stream<Article> articles = archive.articles(ArticleFilter.ALL)) {
            return articles.toList();
        }
    }

    @ParameterizedTest
    @MethodSource("org.masthead.archive.Backends#all")
    void jumpsAreStitchedWhicheverPageArrivesFirst(String backend) throws IOException {
        Path corpus = Corpus.handWritten(files);
        List<Path> fronts = pages(corpus, "-p01.md");
        List<Path> thirds = pages(corpus, "-p03.md");
        List<Article> together;
        try (Archive archive = Backends.open(backend, data.resolve("together"))) {
            IngestSummary summary = archive.ingest().run(List.of(corpus));
            assertThat(summary.pagesAdded()).isEqualTo(6);
            assertThat(summary.editionsTouched()).isEqualTo(3);
            together = reading(archive);
            Article patrol = archive.articles(JFJB, LocalDate.of(2025, 6, 21)).get(0);
            assertThat(patrol.headline()).isEqualTo("海训场上砺精兵");
            assertThat(patrol.pages()).containsExactly(1, 3);
            assertThat(patrol.text()).contains("锤炼官兵实战本领").contains("支队领导介绍").doesNotContain("十余项成果");
            Article science = archive.articles(JFJB, LocalDate.of(2025, 6, 21)).get(1);
            assertThat(science.text()).contains("十余项成果").doesNotContain("支队领导介绍");
            assertThat(archive.article(science.partIds().get(1)).orElseThrow().id()).isEqualTo(science.id());
            assertThat(archive.checkFindings()).extracting(Finding::code, Finding::date, Finding::page)
                    .contains(tuple("unmatched-continuation", LocalDate.of(2025, 6, 22), 3))
                    .doesNotContain(tuple("unmatched-jump", LocalDate.of(2025, 6, 21), 1));
        }
        assertThat(together).hasSize(7);
        assertThat(together).filteredOn(a -> a.pages().equals(List.of(1, 3))).hasSize(4);
        try (Archive archive = Backends.open(backend, data.resolve("fronts-first"))) {
            archive.ingest().run(fronts);
            assertThat(archive.checkFindings()).extracting(Finding::code).contains("unmatched-jump");
            archive.ingest().run(thirds);
            assertThat(reading(archive)).isEqualTo(together);
        }
        try (Archive archive = Backends.open(backend, data.resolve("thirds-first"))) {
            IngestSummary inner = archive.ingest().run(thirds);
            assertThat(inner.rejected()).isEmpty();
            assertThat(inner.pagesAdded()).isEqualTo(3);
            IngestSummary front = archive.ingest().run(fronts);
            assertThat(front.pagesAdded()).isEqualTo(3);
            assertThat(front.revised()).as("inner pages read again with their front page").isEqualTo(3);
            assertThat(reading(archive)).isEqualTo(together);
            assertThat(archive.edition(JFJB, LocalDate.of(2025, 6, 20)).orElseThrow().masthead().issueNumber()).isEqualTo(24633);
            assertThat(archive.history(JFJB, LocalDate.of(2025, 6, 20), 3)).extracting(PageRevision::revision,
                    PageRevision::current).containsExactly(tuple(1, false), tuple(2, true));
            assertThat(archive.history(JFJB, LocalDate.of(2025, 6, 20), 3).stream().map(PageRevision::sha256).distinct())
                    .as("the re-reading keeps the same original").hasSize(1);
            assertThat(archive.ingest().run(List.of(corpus)).unchanged()).isEqualTo(6);
        }
    }

    @ParameterizedTest
    @MethodSource("org.masthead.archive.Backends#all")
    void aChangedFileBecomesANewRevisionAndTheOldOneStaysRetrievable(String backend) throws IOException {
        Path corpus = Corpus.handWritten(files);
        Path front = corpus.resolve("2025/06/jfjb-2025-06-20-p01.md");
        LocalDate date = LocalDate.of(2025, 6, 20);
        try (Archive archive = Backends.open(backend, data)) {
            archive.ingest().run(List.of(corpus));
            String before = Files.readString(front);
            Files.writeString(front, before.replace("作风建设永远在路上。", "作风建设永远在路上，一刻也不能放松。"));
            IngestSummary summary = archive.ingest().run(List.of(corpus));
            assertThat(summary.revised()).isEqualTo(1);
            assertThat(summary.pagesAdded()).isZero();
            assertThat(summary.unchanged()).isEqualTo(5);
            List<PageRevision> history = archive.history(JFJB, date, 1);
            assertThat(history).extracting(PageRevision::revision, PageRevision::current)
                    .containsExactly(tuple(1, false), tuple(2, true));
            assertThat(archive.pageRevision(JFJB, date, 1, 1).orElseThrow().items().get(1).bodyText())
                    .doesNotContain("一刻也不能放松");
            assertThat(archive.page(JFJB, date, 1).orElseThrow().items().get(1).bodyText()).contains("一刻也不能放松");
            assertThat(Files.readString(archive.original(history.get(0).sha256()).orElseThrow())).isEqualTo(before);
            assertThat(archive.articles(JFJB, date).get(0).pages()).containsExactly(1, 3);
            assertThat(archive.ingest().run(List.of(corpus)).unchanged()).isEqualTo(6);
        }
    }

    @ParameterizedTest
    @MethodSource("org.masthead.archive.Backends#all")
    void badFilesAreReportedAndSkippedAndTouchNothingStored(String backend) throws IOException {
        Path corpus = Corpus.handWritten(files.resolve("good"));
        Path bad = Files.createDirectories(files.resolve("bad"));
        Files.write(bad.resolve("empty-p01.md"), new byte[0]);
        Files.write(bad.resolve("binary.md"), new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 0, 7});
        Files.writeString(bad.resolve("notes.txt"), "随手记下的几句话，没有报头，也没有日期。\n");
        Path missing = files.resolve("no-such-file.md");
        // A broken page among good pages of the same edition: the edition's other pages still go in.
        Files.write(corpus.resolve("2025/06/jfjb-2025-06-21-p02.md"), new byte[] {0, 0, 0, 0, 1, 2, 3, 4});
        try (Archive archive = Backends.open(backend, data)) {
            archive.ingest().run(List.of(corpus.resolve("2025/06/jfjb-2025-06-20-p01.md")));
            String stored = Json.pretty(archive.edition(JFJB, LocalDate.of(2025, 6, 20)).orElseThrow());

            IngestSummary summary = archive.ingest().run(List.of(bad, corpus, missing));
            assertThat(summary.rejected()).extracting(r -> Path.of(r.file()).getFileName().toString())
                    .containsExactlyInAnyOrder("empty-p01.md", "binary.md", "notes.txt", "no-such-file.md",
                            "jfjb-2025-06-21-p02.md");
            assertThat(summary.rejected()).allSatisfy(r -> assertThat(r.reason()).isNotBlank().doesNotContain("\n"));
            assertThat(summary.pagesAdded()).isEqualTo(5);
            assertThat(summary.unchanged()).isEqualTo(1);
            assertThat(archive.editions(JFJB, 2025, 6)).extracting(EditionSummary::pagesHeld).containsExactly(2, 2, 2);
            assertThat(archive.articles(JFJB, LocalDate.of(2025, 6, 21)).get(0).pages()).containsExactly(1, 3);

            IngestSummary onlyBad = archive.ingest().run(List.of(bad));
            assertThat(onlyBad.rejected()).hasSize(3);
            assertThat(onlyBad.editionsTouched()).isZero();
            assertThat(archive.history(JFJB, LocalDate.of(2025, 6, 20), 1)).hasSize(1);
            String after = Json.pretty(archive.edition(JFJB, LocalDate.of(2025, 6, 20)).orElseThrow());
            assertThat(after).isNotEqualTo(stored); // page 3 joined it
            assertThat(archive.page(JFJB, LocalDate.of(2025, 6, 20), 1)).isPresent();
            assertThat(archive.verify().intact()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("org.masthead.archive.Backends#all")
    void reingestOfUnchangedFilesParsesNothing(String backend) {
        Path corpus = Corpus.run(files, LocalDate.of(2024, 1, 1), 20);
        try (Archive archive = Backends.open(backend, data)) {
            assertThat(archive.ingest().run(List.of(corpus)).pagesAdded()).isEqualTo(40);
            String[] parsed = {null};
            IngestSummary again = archive.ingest().listener((done, total, pages) -> parsed[0] = done + "/" + total + "/" + pages)
                    .run(List.of(corpus));
            assertThat(again.unchanged()).isEqualTo(40);
            assertThat(parsed[0]).isEqualTo("40/40/0");
            try (Stream<Article> articles = archive.articles(ArticleFilter.ALL)) {
                assertThat(articles.filter(a -> a.pages().equals(List.of(1, 3)))).hasSize(20);
            }
        }
    }

    /**
     * Issue 15: PostgreSQL planned the record's statements on tables it had never analysed, and kept those plans
     * through a bulk load (a scan of every page revision per edition). A load of 64 editions or more brings the
     * statistics up to date: the table's row count is known to the planner.
     */
    @org.junit.jupiter.api.Test
    void aBulkLoadIntoPostgreSqlLeavesTheRecordAnalysed() {
        Path corpus = Corpus.run(files, LocalDate.of(2024, 1, 1), 70);
        try (Archive archive = Backends.open("postgresql", data)) {
            assertThat(archive.ingest().run(List.of(corpus)).pagesAdded()).isEqualTo(140);
            double revisions = archive.read(c -> Sql.one(c, "SELECT reltuples FROM pg_class WHERE oid = to_regclass(?)",
                    rs -> rs.getDouble(1), "page_revision").orElseThrow());
            assertThat(revisions).as("analysed once 64 editions were recorded").isGreaterThanOrEqualTo(128);
        }
    }

    /** Issue 13 item 8 / issue 16 finding 5: a page's identity is its edition and number, not its bytes. */
    @ParameterizedTest
    @MethodSource("org.masthead.archive.Backends#all")
    void aPageByteIdenticalToAnotherEditionsPageIsStoredForItsOwnEdition(String backend) throws IOException {
        Path corpus = Corpus.run(files, LocalDate.of(2024, 1, 1), 2);
        String advert = "第8版 广告\n\n## 某品牌新春特惠\n\n全场八折，欢迎选购。咨询电话：010-12345678。\n";
        Path first = Files.writeString(corpus.resolve("2024/01/jfjb-2024-01-01-p08.md"), advert);
        Path second = Files.writeString(corpus.resolve("2024/01/jfjb-2024-01-02-p08.md"), advert);
        try (Archive archive = Backends.open(backend, data)) {
            IngestSummary one = archive.ingest().run(List.of(corpus.resolve("2024/01/jfjb-2024-01-01-p01.md"), first));
            assertThat(one.pagesAdded()).isEqualTo(2);
            IngestSummary all = archive.ingest().run(List.of(corpus));
            assertThat(all.pagesAdded()).as("the second day's advert page is a page of its own").isEqualTo(4);
            assertThat(all.unchanged()).isEqualTo(2);
            assertThat(archive.editions(JFJB, 2024, 1)).extracting(EditionSummary::pagesHeld).containsExactly(3, 3);
            assertThat(archive.page(JFJB, LocalDate.of(2024, 1, 2), 8)).isPresent();
            IngestSummary again = archive.ingest().run(List.of(corpus));
            assertThat(again.unchanged()).isEqualTo(6);
            assertThat(again.pagesAdded() + again.revised()).isZero();
        }
    }

    /** Issue 16 finding 7: re-ingesting the source file restores its lost original. */
    @ParameterizedTest
    @MethodSource("org.masthead.archive.Backends#all")
    void reingestRestoresADeletedOriginal(String backend) throws IOException {
        Path corpus = Corpus.run(files, LocalDate.of(2024, 1, 1), 2);
        try (Archive archive = Backends.open(backend, data)) {
            archive.ingest().run(List.of(corpus));
            String sha256 = archive.history(JFJB, LocalDate.of(2024, 1, 2), 3).get(0).sha256();
            Files.delete(archive.original(sha256).orElseThrow());
            assertThat(archive.verify().missing()).containsExactly(sha256);
            assertThat(archive.usesOf(sha256)).extracting(Archive.OriginalUse::page, Archive.OriginalUse::revision)
                    .containsExactly(tuple(3, 1));
            assertThat(archive.recordProblems()).isEmpty();
            assertThat(archive.ingest().run(List.of(corpus)).unchanged()).isEqualTo(4);
            assertThat(archive.verify().intact()).isTrue();
        }
    }

    /** Pages of current revisions still read without their front page. */
    static int readAlone(Archive archive) {
        return archive.read(c -> Sql.one(c, """
                SELECT COUNT(*) FROM page p JOIN page_revision r ON r.id = p.current_revision_id WHERE r.read_alone""",
                rs -> rs.getInt(1)).orElseThrow());
    }

    /**
     * Issue 16 finding 2: a front-page ingest killed after recording the front page and before reading its
     * inner pages again (they arrived first) must not leave them read alone for good: the rerun repairs it.
     */
    @ParameterizedTest
    @MethodSource("org.masthead.archive.Backends#all")
    void innerPagesLeftReadAloneByAKilledFrontPageIngestAreReadAgainByTheRerun(String backend) throws Exception {
        Path corpus = Corpus.handWritten(files);
        List<Path> fronts = pages(corpus, "-p01.md");
        List<Path> thirds = pages(corpus, "-p03.md");
        List<Article> clean;
        try (Archive archive = Backends.open(backend, data.resolve("clean"))) {
            archive.ingest().run(List.of(corpus));
            clean = reading(archive);
        }
        try (Archive archive = Backends.open(backend, data.resolve("killed"))) {
            archive.ingest().run(thirds);
            archive.ingest().run(fronts);
            assertThat(readAlone(archive)).isZero();
            // The state a kill between the front page's transaction and the re-reading leaves: the inner pages'
            // re-readings never happened.
            archive.read(c -> {
                Sql.update(c, """
                        UPDATE page SET current_revision_id = (SELECT r.id FROM page_revision r
                            WHERE r.edition_id = page.edition_id AND r.page_number = page.page_number AND r.revision = 1)
                        WHERE page_number = 3""");
                return Sql.update(c, "DELETE FROM page_revision WHERE page_number = 3 AND revision = 2");
            });
            // Three pages left read alone is the damage: with ids the archive mints and keeps, their reading may
            // already stitch as the clean run's, so the articles alone cannot show it.
            assertThat(readAlone(archive)).isEqualTo(3);

            IngestSummary rerun = archive.ingest().run(List.of(corpus));
            assertThat(rerun.revised()).as("inner pages read again with their front page").isEqualTo(3);
            assertThat(readAlone(archive)).isZero();
            assertThat(reading(archive)).as("stitched articles, ids and all, as a clean run's").isEqualTo(clean);
            assertThat(archive.ingest().run(List.of(corpus)).revised()).isZero();
        }
    }

    /**
     * Issue 16 finding 8: ingests running at once (separate archives on one database, as separate processes
     * are) all succeed; a new title or edition they both bring is added once, by whichever comes first.
     */
    @ParameterizedTest
    @MethodSource("org.masthead.archive.Backends#all")
    void concurrentIngestsAllSucceedAndRecordEachPageOnce(String backend) throws Exception {
        Path corpus = Corpus.run(files, LocalDate.of(2024, 1, 1), 30);
        String url = Backends.url(backend);
        int runs = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(runs);
        try (Archive migrated = Archive.open(data, url)) { // the schema made once, before the runs race
            java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<IngestSummary>> results = new java.util.ArrayList<>();
            for (int i = 0; i < runs; i++) {
                results.add(pool.submit(() -> {
                    try (Archive archive = Archive.open(data, url)) {
                        go.await();
                        return archive.ingest().threads(1).run(List.of(corpus));
                    }
                }));
            }
            go.countDown();
            int added = 0;
            for (var result : results) {
                IngestSummary summary = result.get(5, java.util.concurrent.TimeUnit.MINUTES);
                assertThat(summary.rejected()).isEmpty();
                added += summary.pagesAdded();
            }
            assertThat(added).as("each page added by exactly one of the runs").isEqualTo(60);
        } finally {
            pool.shutdownNow();
        }
        try (Archive archive = Archive.open(data, url)) {
            assertThat(archive.titles()).hasSize(1);
            assertThat(archive.editions(JFJB, null, null)).hasSize(30).allMatch(e -> e.pagesHeld() == 2);
            for (EditionSummary edition : archive.editions(JFJB, null, null)) {
                assertThat(archive.history(JFJB, edition.date(), null)).allMatch(r -> r.revision() == 1);
            }
        }
    }
}
