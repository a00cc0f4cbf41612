package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.cli.Run.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.archive.Archive;
import org.masthead.archive.IngestSummary;
import org.masthead.parse.PageFiles;

/**
 * Issue 16 findings 3, 4 and 10, the catalogue of hostile inputs: each either goes in whole or costs one
 * line naming the file and exit 2 at the end, and the rest of the run goes on.
 */
class HostileInputsTest {
    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    private static String front(String date) {
        String[] ymd = date.split("-");
        return "# 解放军报\n\n" + ymd[0] + "年" + Integer.parseInt(ymd[1]) + "月" + Integer.parseInt(ymd[2])
                + "日 第24633号 解放军报社出版\n\n## 边防巡逻分队圆满完成任务\n\n本报讯 记者张三报道:边防巡逻分队近日圆满完成任务。\n";
    }

    /** The lines of stderr that report problems. */
    private static List<String> problems(Run run) {
        return run.err().lines().filter(l -> l.startsWith("masthead: ")).toList();
    }

    @Test
    void eachHostileFileCostsOneLineAndTheRestGoesIn() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Samples.extractTo(dir.resolve("samples")).get(0), in.resolve("jfjb-2025-06-19-p01.md"));
        // Stored whole: a line of 3,000 '>' (it overflowed a regex's stack) and 12,000 short headings (Page JSON
        // over the old VARCHAR(1000000)).
        Files.writeString(in.resolve("jfjb-2025-06-19-p05.md"), "第5版 要闻\n\n## 引文\n\n" + ">".repeat(3000)
                + "\n\n正文一段。\n");
        StringBuilder headings = new StringBuilder("第6版 要闻\n\n");
        for (int i = 0; i < 12_000; i++) {
            headings.append("## 标题").append(i).append("\n\n");
        }
        Files.writeString(in.resolve("jfjb-2025-06-19-p06.md"), headings);
        // One line each: implausible dates, a page of more lines than any page has, a file that is not there.
        Files.writeString(in.resolve("jfjb-9999-12-31-p01.md"), front("9999-12-31"));
        Files.writeString(in.resolve("jfjb-0001-01-01-p01.md"), front("0001-01-01"));
        Files.writeString(in.resolve("jfjb-2025-06-20-p09.md"), "## a\n".repeat(400_000));
        Path missing = dir.resolve("gone-p01.md");

        Run ingest = run("ingest", "--data", data().toString(), in.toString(), missing.toString());
        assertThat(ingest.exit()).as(ingest.err()).isEqualTo(2);
        assertThat(ingest.out()).contains("pages added 3,").contains("rejected 4,");
        List<String> problems = problems(ingest);
        assertThat(problems).hasSize(4);
        assertThat(problems).anySatisfy(l -> assertThat(l).contains("jfjb-9999-12-31-p01.md").contains("9999-12-31")
                .contains("outside the plausible dates"));
        assertThat(problems).anySatisfy(l -> assertThat(l).contains("jfjb-0001-01-01-p01.md")
                .contains("outside the plausible dates"));
        assertThat(problems).anySatisfy(l -> assertThat(l).contains("jfjb-2025-06-20-p09.md").contains("lines, over the limit"));
        assertThat(problems).anySatisfy(l -> assertThat(l).contains("gone-p01.md: no such file"));
        assertThat(ingest.err()).doesNotContain("Exception").doesNotContain("\tat ");

        // The dates kept out of the record keep every search and trend working.
        Run trend = run("export", "--data", data().toString(), "--format", "csv", "--trend", "标题");
        assertThat(trend.exit()).as(trend.err()).isZero();
        assertThat(run("search", "--data", data().toString(), "--json", "标题11999").out()).contains("\"total\" : 1");
        // A rerun stops at nothing and adds nothing.
        Run again = run("ingest", "--data", data().toString(), in.toString());
        assertThat(again.out()).contains("pages added 0, unchanged 3");
    }

    @Test
    void theDateRangeIsConfigurable() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("jfjb-1790-01-02-p01.md"), front("1790-01-02"));
        assertThat(problems(run("ingest", "--data", data().toString(), in.toString()))).singleElement()
                .satisfies(l -> assertThat(l).contains("1790-01-02").contains("1800-01-01"));
        Run wider = run("ingest", "--data", data().toString(), "--years", "1700..2100", in.toString());
        assertThat(wider.exit()).as(wider.err()).isZero();
        assertThat(wider.out()).contains("pages added 1");
        assertThat(run("ingest", "--data", data().toString(), "--years", "2100..1700", in.toString()).exit()).isEqualTo(2);
    }

    @Test
    void aTitleLongerThanTheRecordHoldsIsOneLine() throws IOException {
        Path page = Files.writeString(dir.resolve("page-p01.md"), front("2025-06-19"));
        Run run = run("ingest", "--data", data().toString(), "--title", "长".repeat(201), page.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(problems(run)).singleElement().satisfies(l -> assertThat(l).contains("--title").contains("201"));
        Path long_ = Files.writeString(dir.resolve("long-p01.md"), front("2025-06-19").replace("# 解放军报", "# " + "长".repeat(300)));
        Run masthead = run("ingest", "--data", data().toString(), long_.toString(), page.toString());
        assertThat(masthead.exit()).isEqualTo(2);
        assertThat(problems(masthead)).singleElement().satisfies(l -> assertThat(l).contains("long-p01.md"));
        assertThat(masthead.out()).contains("pages added 1");
    }

    @Test
    void namesWithANewlineAreReadAndReportedOnOneLine() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("jfjb-2025-06-19\n-p01.md"), front("2025-06-19"));
        Files.write(in.resolve("bad\nname.md"), new byte[] {0, 0, 0, 1, 2, 3});
        Run run = run("ingest", "--data", data().toString(), in.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains("pages added 1");
        assertThat(problems(run)).singleElement().satisfies(l -> assertThat(l).contains("bad\\nname.md"));
        assertThat(run.err().lines().filter(l -> !l.startsWith("masthead: ") && !l.isBlank())).isEmpty();
    }

    @Test
    void aPathThatDoesNotExistSaysSo() {
        Path missing = dir.resolve("nothing-here");
        Run run = run("ingest", "--data", data().toString(), missing.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(problems(run)).singleElement().satisfies(l -> assertThat(l).isEqualTo("masthead: " + missing
                + ": no such file"));
        Run parse = run("parse", missing.toString());
        assertThat(parse.err().strip()).isEqualTo("masthead: " + missing + ": no such file");
    }

    @Test
    void anUnreadableFolderIsOneLine() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
                "root reads every folder: an unreadable one cannot be made");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("jfjb-2025-06-19-p01.md"), front("2025-06-19"));
        Path locked = Files.createDirectories(in.resolve("locked"));
        Files.writeString(locked.resolve("jfjb-2025-06-20-p01.md"), front("2025-06-20"));
        locked.toFile().setReadable(false);
        try {
            Run run = run("ingest", "--data", data().toString(), in.toString());
            assertThat(run.exit()).isEqualTo(2);
            assertThat(run.out()).contains("pages added 1");
            assertThat(problems(run)).singleElement().satisfies(l -> assertThat(l).contains("locked"));
        } finally {
            locked.toFile().setReadable(true);
        }
    }

    /**
     * A file renamed or deleted after the folder was listed and before it is read: one line naming it, and the
     * other editions go in. The run is the CLI's own (its summary printer); the listener makes the race certain:
     * with one worker at most two editions are read ahead, so the third is touched before it is read.
     */
    @Test
    void aFileRenamedOrDeletedWhileTheFolderIsReadIsOneLine() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String date : List.of("2025-06-19", "2025-06-20", "2025-06-21", "2025-06-22")) {
            Files.writeString(in.resolve("jfjb-" + date + "-p01.md"), front(date));
        }
        Path renamed = in.resolve("jfjb-2025-06-21-p01.md");
        Path deleted = in.resolve("jfjb-2025-06-22-p01.md");
        IngestSummary summary;
        try (Archive archive = Archive.open(data(), null)) {
            summary = archive.ingest().threads(1).listener((done, total, stored) -> {
                if (done == 1) {
                    try {
                        Files.move(renamed, in.resolve("renamed.md"));
                        Files.delete(deleted);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }).run(List.of(in));
        }
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        IngestCommand.print(summary, new java.io.PrintWriter(out), new java.io.PrintWriter(err));
        // IngestCommand exits 2 when the summary holds a rejection.
        assertThat(summary.rejected()).hasSize(2);
        assertThat(out.toString()).contains("files seen 4, pages added 2,");
        assertThat(err.toString().lines().toList()).containsExactlyInAnyOrder(
                "masthead: " + renamed + ": no such file", "masthead: " + deleted + ": no such file");
        // The next run reads the renamed file under its new name, and adds nothing twice.
        Run again = run("ingest", "--data", data().toString(), in.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("files seen 3, pages added 1, unchanged 2");
    }

    /**
     * Memory is bounded in proportion to the input limit: the largest page file allowed (4 MiB, 50,000 lines)
     * of nothing but headings, the most items a file can hold, is stored by a JVM limited to 1 GB.
     */
    @Test
    void theLargestAllowedPageOfTinyHeadingsFitsInAGigabyte() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        int lines = 49_999; // with the end after the last line break, the 50,000 lines a page may have
        StringBuilder tiny = new StringBuilder();
        StringBuilder wide = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            tiny.append("## ").append(i).append('\n');
            // As long as a line may be for the whole file to stay within the byte limit.
            String heading = "## 标题" + i;
            int bytes = (int) (PageFiles.MAX_BYTES / lines) - 1;
            wide.append(heading).append("长".repeat((bytes - heading.getBytes(StandardCharsets.UTF_8).length) / 3))
                    .append('\n');
        }
        Files.writeString(in.resolve("jfjb-2025-06-19-p02.md"), tiny);
        Files.writeString(in.resolve("jfjb-2025-06-20-p02.md"), wide);
        assertThat(Files.size(in.resolve("jfjb-2025-06-20-p02.md"))).isLessThanOrEqualTo(PageFiles.MAX_BYTES)
                .isGreaterThan(PageFiles.MAX_BYTES * 9 / 10);
        Path log = dir.resolve("ingest.log");
        Process ingest = Run.child(List.of("-Xmx1g", "-XX:+ExitOnOutOfMemoryError"), List.of("ingest", "--data",
                data().toString(), in.toString())).redirectOutput(log.toFile()).start();
        assertThat(ingest.waitFor(10, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(log);
        System.out.println("largest allowed pages under -Xmx1g: " + output.lines().filter(l -> l.startsWith("files seen")
                || l.startsWith("masthead: ")).toList());
        assertThat(output).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
        assertThat(ingest.exitValue()).as(output).isZero();
        assertThat(output).contains("files seen 2, pages added 2,");
    }
}
