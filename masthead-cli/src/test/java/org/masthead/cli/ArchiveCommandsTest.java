package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.cli.Run.run;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive verbs end to end, in-process, on the shipped sample and an H2 archive. */
class ArchiveCommandsTest {
    @TempDir
    Path dir;


    private Path sample() {
        return Samples.extractTo(dir.resolve("samples")).get(0);
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void ingestTwiceThenExportHistoryCheckAndVerify() throws IOException {
        Path sample = sample();
        Run first = run("ingest", "--data", data(), sample.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).contains("files seen 1, pages added 1, unchanged 0, revised 0, rejected 0, editions touched 1");
        Run second = run("ingest", "--data", data(), sample.toString());
        assertThat(second.out()).contains("files seen 1, pages added 0, unchanged 1, revised 0, rejected 0, editions touched 0");

        Path csv = dir.resolve("articles.csv");
        assertThat(run("export", "--data", data(), "--format", "csv", "--title", "解放军报", "--from", "2025-06-19",
                "--to", "2025-06-19", "-o", csv.toString()).exit()).isZero();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(in).getRecords();
            assertThat(records).hasSize(4);
            assertThat(records).extracting(r -> r.get("title")).containsOnly("jiefangjunbao");
            assertThat(records).extracting(r -> r.get("headline")).contains("坚持靠素质立身、凭实绩进步");
            assertThat(records).anySatisfy(r -> assertThat(r.get("text")).contains("\n"));
        }
        Path jsonl = dir.resolve("all.jsonl");
        run("export", "--data", data(), "--format", "jsonl", "--kinds", "article,commentary,photo,teaser", "-o",
                jsonl.toString());
        assertThat(Files.readAllLines(jsonl)).hasSize(6);
        run("export", "--data", data(), "--format", "jsonl", "--from", "2025-06-20", "-o", jsonl.toString());
        assertThat(Files.readAllLines(jsonl)).isEmpty();

        Run history = run("history", "--data", data(), "jiefangjunbao", "2025-06-19", "1");
        assertThat(history.out()).contains("page 1  revision 1*").contains(sample.toString());
        Run check = run("check", "--data", data());
        assertThat(check.out()).contains("unmatched-jump").contains("missing-pages").contains("3 findings");

        Run intact = run("verify", "--data", data());
        assertThat(intact.exit()).isZero();
        assertThat(intact.out()).contains("1 originals checked: 0 missing, 0 altered; 0 stored file(s) in no record; "
                + "0 record problem(s)");
    }

    @Test
    void compactShrinksTheDatabaseAndKeepsEveryArticle() throws IOException {
        Path corpus = dir.resolve("corpus");
        assertThat(run("generate", "--out", corpus.toString(), "--from", "2024-01-01", "--to", "2024-01-05").exit())
                .isZero();
        run("ingest", "--data", data(), corpus.toString());
        Path jsonl = dir.resolve("before.jsonl");
        run("export", "--data", data(), "--format", "jsonl", "-o", jsonl.toString());
        List<String> before = Files.readAllLines(jsonl);
        Path file = dir.resolve("data/db/masthead.mv.db");
        long size = Files.size(file);

        Run compact = run("compact", "--data", data());
        assertThat(compact.exit()).isZero();
        assertThat(compact.out()).startsWith("compacted the database in ");
        // Every small commit of the ingest left old versions behind: the rewrite holds the live data alone.
        assertThat(Files.size(file)).isLessThan(size);
        run("export", "--data", data(), "--format", "jsonl", "-o", jsonl.toString());
        assertThat(Files.readAllLines(jsonl)).hasSizeGreaterThan(100).isEqualTo(before);
        assertThat(run("verify", "--data", data()).exit()).isZero();
    }

    @Test
    void compactRefusesAnArchiveARunningServerHoldsAndTouchesNothing() throws IOException {
        run("ingest", "--data", data(), sample().toString());
        Path file = dir.resolve("data/db/masthead.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        // A live process other than this one announced as the data folder's server (this JVM's parent).
        long pid = ProcessHandle.current().parent().orElseThrow().pid();
        Files.writeString(dir.resolve("data").resolve(RunningServer.FILE),
                "{\"pid\": " + pid + ", \"url\": \"http://127.0.0.1:9/\", \"token\": \"t\"}");
        Run compact = run("compact", "--data", data());
        assertThat(compact.exit()).isEqualTo(2);
        assertThat(compact.err().strip()).hasLineCount(1).contains("process " + pid).contains("stop it, then compact");
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
        assertThat(run("compact", "--data", data(), "--db", "jdbc:postgresql://127.0.0.1/test").exit()).isEqualTo(2);
    }

    @Test
    void verifyCatchesAnAlteredOriginalAndExitsNonZero() throws IOException {
        run("ingest", "--data", data(), sample().toString());
        Path original;
        try (var files = Files.walk(dir.resolve("data/originals"))) {
            original = files.filter(f -> f.getFileName().toString().matches("[0-9a-f]{64}")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(original);
        bytes[bytes.length / 2] ^= 1; // one flipped bit
        Files.write(original, bytes);
        Run verify = run("verify", "--data", data());
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.out()).contains("altered  " + original.getFileName()).contains("1 altered");
    }

    /** Issue 16 finding 7: verify names pages and source files, and sees a record that lost what it held. */
    @Test
    void verifyNamesPagesAndSourcesAndCatchesARecordThatLostPages() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(sample(), in.resolve("jfjb-2025-06-19-p01.md"));
        Files.writeString(in.resolve("jfjb-2025-06-19-p03.md"), "第3版 要闻\n\n## 某旅开展实战化演练\n\n本报讯 某旅组织跨昼夜演练。\n");
        assertThat(run("ingest", "--data", data(), in.toString()).exit()).isZero();
        Path original;
        try (var archive = org.masthead.archive.Archive.open(Path.of(data()))) {
            String sha = archive.history("jiefangjunbao", java.time.LocalDate.of(2025, 6, 19), 1).get(0).sha256();
            original = archive.original(sha).orElseThrow();
        }
        Files.delete(original);
        Run missing = run("verify", "--data", data());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.out()).contains("missing  " + original.getFileName() + "  jiefangjunbao 2025-06-19 p1 revision 1 (from "
                + in.resolve("jfjb-2025-06-19-p01.md") + ")");
        assertThat(run("ingest", "--data", data(), in.toString()).exit()).isZero(); // restores it

        // What a database cut short leaves: the originals of its last commits, in no record.
        try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + Path.of(data()).toAbsolutePath()
                + "/db/masthead;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
             var s = c.createStatement()) {
            s.execute("DELETE FROM item WHERE page_number = 3");
            s.execute("DELETE FROM page WHERE page_number = 3");
            s.execute("DELETE FROM page_revision WHERE page_number = 3");
            s.execute("DELETE FROM original WHERE sha256 NOT IN (SELECT original_sha256 FROM page_revision)");
        }
        Run lost = run("verify", "--data", data());
        assertThat(lost.exit()).isEqualTo(1);
        assertThat(lost.out()).containsPattern("unrecorded  [0-9a-f]{64}").contains("1 stored file(s) in no record");
        assertThat(run("ingest", "--data", data(), in.toString()).exit()).isZero();
        assertThat(run("verify", "--data", data()).exit()).isZero();
    }

    @Test
    void badInputIsOneLineAndANonZeroExitAndTheRestIsIngested() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.copy(sample(), folder.resolve("jfjb-2025-06-19-p01.md"));
        Files.write(folder.resolve("broken.md"), new byte[] {0, 0, 0, 1, 2, 3});
        Run ingest = run("ingest", "--data", data(), folder.toString());
        assertThat(ingest.exit()).isEqualTo(2);
        assertThat(ingest.err().lines().filter(l -> l.startsWith("masthead: ")).toList()).singleElement()
                .satisfies(line -> assertThat(line).contains("broken.md"));
        assertThat(ingest.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(ingest.out()).contains("pages added 1").contains("rejected 1");

        Run format = run("export", "--data", data(), "--format", "xml");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err().strip()).startsWith("masthead: --format must be one of ").contains("jsonl", "csv", "json")
                .endsWith(", not xml");
        Run unknown = run("history", "--data", data(), "人民日报", "2025-06-19");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("masthead: no title 人民日报 in the archive");
    }

    @Test
    void anUnreachableDatabaseIsOneLine() {
        Run ingest = run("ingest", "--data", data(), "--db", "jdbc:postgresql://127.0.0.1:1/none?user=postgres&connectTimeout=2",
                sample().toString());
        assertThat(ingest.exit()).isEqualTo(2);
        assertThat(ingest.err().lines().toList()).singleElement()
                .satisfies(line -> assertThat(line).startsWith("masthead: cannot open the archive database"));
        // A read verb on a folder that holds no archive says so; it does not create one there.
        Run export = run("export", "--data", data(), "--format", "csv", "--title", "不存在的报");
        assertThat(export.exit()).isEqualTo(2);
        assertThat(export.err().strip()).startsWith("masthead: no archive in ");
        assertThat(Path.of(data()).resolve("db")).doesNotExist();
    }

    @Test
    void demoIngestsTheShippedSamples() {
        Run demo = run("demo", "--no-serve", "--data", dir.resolve("demo").toString());
        assertThat(demo.exit()).isZero();
        assertThat(demo.out()).contains("rejected 0").contains("解放军报 2025-06-19  第24632号  今日12版")
                .contains("坚持靠素质立身、凭实绩进步")
                .contains(DemoCommand.GENERATED_TITLE + " 2025-06-06", DemoCommand.GENERATED_TITLE + " 2025-06-19");
        // The generator writes the same bytes again, so a second demo adds and revises nothing.
        assertThat(run("demo", "--no-serve", "--data", dir.resolve("demo").toString()).out())
                .contains("pages added 0", "revised 0", "rejected 0");
    }
}
