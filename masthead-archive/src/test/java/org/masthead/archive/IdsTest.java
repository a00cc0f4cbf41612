package org.masthead.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.Page;

/** Item ids are the archive's: minted once, kept across re-reads, revisions, renamed files; old ids resolve. */
class IdsTest {
    private static final String JFJB = "jiefangjunbao";
    private static final LocalDate DAY = LocalDate.of(2025, 6, 20);

    @TempDir
    Path data;

    @TempDir
    Path files;

    private Path corpus;

    private Path page(int number) {
        if (corpus == null) {
            corpus = Corpus.handWritten(files.resolve("corpus"));
        }
        return corpus.resolve(String.format("2025/06/jfjb-2025-06-20-p%02d.md", number));
    }

    /** Ingests the page, then {@code revised} in its place as its next revision; the page's ids before. */
    private static List<String> ingestAndRevise(Archive archive, Path front, String revised) throws IOException {
        archive.ingest().run(List.of(front));
        List<String> before = ids(archive, 1);
        Files.writeString(front, revised);
        assertThat(archive.ingest().run(List.of(front)).revised()).isEqualTo(1);
        return before;
    }

    private static List<String> ids(Archive archive, int page) {
        return archive.page(JFJB, DAY, page).orElseThrow().items().stream().map(Item::id).toList();
    }

    @ParameterizedTest
    @MethodSource("org.masthead.archive.Backends#all")
    void anInnerPageKeepsItsIdsWhenItsFrontPageArrivesAndOldPermalinksOpen(String backend) {
        Path third = page(3);
        Path front = third.resolveSibling("jfjb-2025-06-20-p01.md");
        try (Archive archive = Backends.open(backend, data)) {
            archive.ingest().run(List.of(third));
            List<String> alone = ids(archive, 3);
            assertThat(alone).hasSize(2).doesNotHaveDuplicates();
            String permalink = alone.get(1); // the continuation of page 1's lead, handed out before page 1 came
            assertThat(archive.article(permalink)).isPresent();

            IngestSummary later = archive.ingest().run(List.of(front));
            assertThat(later.revised()).as("page 3 read again with its front page").isEqualTo(1);
            assertThat(ids(archive, 3)).isEqualTo(alone);
            assertThat(archive.article(permalink).orElseThrow().pages()).as("now stitched to page 1").containsExactly(1, 3);
            assertThat(archive.retired(permalink)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("org.masthead.archive.Backends#all")
    void aOneCharacterRevisionKeepsEveryIdAndARemovedItemStillResolves(String backend) throws IOException {
        Path front = page(1);
        try (Archive archive = Backends.open(backend, data)) {
            String text = Files.readString(front);
            List<String> before = ingestAndRevise(archive, front, text.replace("熟悉巡逻路线", "熟悉巡逻线路"));
            assertThat(ids(archive, 1)).as("the fixed item keeps its id, and so do the others").isEqualTo(before);
            assertThat(archive.page(JFJB, DAY, 1).orElseThrow().items().get(0).bodyText()).contains("熟悉巡逻线路");

            // A revision that drops the commentary: its id is no longer current, yet it still resolves.
            String commentary = before.get(1);
            String without = text.substring(0, text.indexOf("## 练兵场上比作风"));
            Files.writeString(front, without);
            archive.ingest().run(List.of(front));
            assertThat(ids(archive, 1)).doesNotContain(commentary).contains(before.get(0));
            assertThat(archive.article(commentary)).isEmpty();
            RetiredItem retired = archive.retired(commentary).orElseThrow();
            assertThat(retired.edition()).isEqualTo(new EditionKey(JFJB, DAY));
            assertThat(retired.page()).isEqualTo(1);
            assertThat(retired.revision()).isEqualTo(2);
            assertThat(retired.successor()).isNull();
            assertThat(archive.pageRevision(JFJB, DAY, 1, retired.revision()).orElseThrow().items())
                    .extracting(Item::id).contains(commentary);
            assertThat(archive.retired("0000000000000000")).as("never handed out").isEmpty();
        }
    }

    /**
     * A report rewritten under the same headline in the same place is another item: the parser proposes the
     * id the old one holds, so the archive mints a variant, and the old id still resolves.
     */
    @ParameterizedTest
    @MethodSource("org.masthead.archive.Backends#all")
    void aReportRewrittenUnderItsHeadlineIsMintedANewIdBesideTheOld(String backend) throws IOException {
        Path front = page(1);
        try (Archive archive = Backends.open(backend, data)) {
            String text = Files.readString(front);
            List<String> before = ingestAndRevise(archive, front, text.substring(0, text.indexOf("本报拉萨"))
                    + "某旅组织新训骨干集训，围绕战术基础动作逐一示范讲评。\n\n" + text.substring(text.indexOf("## 练兵场上比作风")));
            List<String> after = ids(archive, 1);
            assertThat(after.get(1)).as("the commentary is unchanged").isEqualTo(before.get(1));
            assertThat(after.get(0)).isNotIn(before);
            assertThat(archive.article(after.get(0)).orElseThrow().text()).contains("新训骨干集训");
            assertThat(archive.retired(before.get(0)).orElseThrow().revision()).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("org.masthead.archive.Backends#all")
    void theSameBytesUnderTwoFileNameStylesGiveTheSameIds(String backend) throws IOException {
        Path p01 = page(1);
        Path p03 = page(3);
        Path other = Files.createDirectories(files.resolve("renamed"));
        Files.copy(p01, other.resolve("jfjb-2025-06-20-pg01.md"));
        Files.copy(p03, other.resolve("jfjb_2025-06-20_page_3.md"));
        try (Archive a = Backends.open(backend, data.resolve("a")); Archive b = Backends.open(backend, data.resolve("b"))) {
            a.ingest().run(List.of(p01, p03));
            b.ingest().run(List.of(other));
            assertThat(ids(b, 1)).isEqualTo(ids(a, 1));
            assertThat(ids(b, 3)).isEqualTo(ids(a, 3));
            // Renamed within one archive: the bytes are known, nothing changes.
            assertThat(a.ingest().run(List.of(other)).unchanged()).isEqualTo(2);
            assertThat(ids(a, 3)).isEqualTo(ids(b, 3));
        }
    }

    /**
     * An archive made before ids were kept (schema 1 JSON, a page 3 whose ids changed when its front page
     * came): it opens, its current ids still open their articles, the ids its first reading handed out
     * resolve to their successors, and a revision keeps the current ones.
     */
    @ParameterizedTest
    @MethodSource("org.masthead.archive.Backends#all")
    void anArchiveMadeBeforeKeepsItsIds(String backend) throws Exception {
        String url = backend.equals("h2") ? "jdbc:h2:file:" + data.resolve("db/legacy")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" : Backends.url(backend);
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/archive").target("1").load().migrate();
        Page firstReading = Pages.page(3, Pages.item("1111111111111111", "某旅开展实战化演练", null, null, "演练检验快速反应能力。"));
        Page secondReading = Pages.page(3, Pages.item("2222222222222222", "某旅开展实战化演练", null, null, "演练检验快速反应能力。"));
        Page front = Pages.page(1, Pages.item("3333333333333333", "高原哨所迎来新一批戍边官兵", null, null, "新兵熟悉巡逻路线。"));
        String masthead = """
                {"schema":"masthead.edition/1","title":"解放军报","date":"2025-06-20","weekday":5,"issueNumber":24633,
                 "lunarDate":null,"pageCount":4,"serial":null,"postalCode":null,"website":null,"publisher":null,
                 "warnings":[],"pages":[]}""";
        try (Connection c = DriverManager.getConnection(url)) {
            long title = Sql.insert(c, "INSERT INTO title (slug, name) VALUES (?, ?)", JFJB, "解放军报");
            Sql.update(c, "INSERT INTO original (sha256, byte_size, stored_at) VALUES (?, ?, ?)", "a".repeat(64), 1,
                    Instant.now());
            long edition = Sql.insert(c, "INSERT INTO edition (title_id, edition_date, issue_number, page_count, masthead) "
                    + "VALUES (?, ?, ?, ?, ?)", title, DAY, 24633, 4, masthead);
            long[] revisions = new long[3];
            Page[] pages = {firstReading, secondReading, front};
            int[] numbers = {1, 2, 1};
            for (int i = 0; i < 3; i++) {
                revisions[i] = Sql.insert(c, """
                        INSERT INTO page_revision (edition_id, page_number, revision, original_sha256, source_name,
                            source_key, ingested_at, item_count, read_alone, masthead, page_json)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", edition, pages[i].number(), numbers[i],
                        "a".repeat(64), "p.md", "jfjb-2025-06-20", Instant.now(), 1, i == 0, masthead,
                        Archive.json(pages[i]));
            }
            Sql.update(c, "INSERT INTO page (edition_id, page_number, current_revision_id) VALUES (?, ?, ?)", edition, 3,
                    revisions[1]);
            Sql.update(c, "INSERT INTO page (edition_id, page_number, current_revision_id) VALUES (?, ?, ?)", edition, 1,
                    revisions[2]);
            Sql.update(c, "INSERT INTO item (item_id, edition_id, page_number, seq) VALUES (?, ?, ?, ?)",
                    "2222222222222222", edition, 3, 1);
            Sql.update(c, "INSERT INTO item (item_id, edition_id, page_number, seq) VALUES (?, ?, ?, ?)",
                    "3333333333333333", edition, 1, 1);
        }
        try (Archive archive = Archive.open(data, url)) {
            Edition held = archive.edition(JFJB, DAY).orElseThrow();
            assertThat(held.masthead().issueNumber()).as("schema 1 masthead read as it is").isEqualTo(24633);
            assertThat(archive.article("2222222222222222").orElseThrow().headline()).isEqualTo("某旅开展实战化演练");
            assertThat(archive.article("1111111111111111")).isEmpty();
            RetiredItem first = archive.retired("1111111111111111").orElseThrow();
            assertThat(first.revision()).isEqualTo(1);
            assertThat(first.successor()).isEqualTo("2222222222222222");

            Page revised = Pages.page(3, Pages.item("4444444444444444", "某旅开展实战化演练", null, null, "演练检验快速反应能力！"));
            byte[] bytes = Archive.json(revised).getBytes(StandardCharsets.UTF_8);
            new Recorder(archive).record(new Recorder.File("p3.md", "jfjb-2025-06-20", bytes, Originals.sha256(bytes),
                    Titles.of("解放军报"), Pages.edition("解放军报", DAY, null, null, revised), false, false));
            assertThat(ids(archive, 3)).containsExactly("2222222222222222");
        }
    }
}
