package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.cli.Serving.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Json;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Masthead as a service: {@code serve --watch} runs as its own process over a built archive while a reader
 * (real Chromium) and the CLI use the same archive. A page dropped into the watched folder shows on the site
 * without a restart; the page strip reaches every page; latest edition and calendar are one click away;
 * search marks 軍隊 in 军队; the CLI's search gives the server's hits; the read verbs work beside it.
 */
class ServiceTest {
    private static final Pattern ADDRESS = Pattern.compile("serving .* on (http://127\\.0\\.0\\.1:\\d+/)");
    private static final String GENERATED = "shiliribao";

    @TempDir
    static Path work;
    private static Path data;
    private static Path hot;
    private static Process server;
    private static final BlockingQueue<String> printed = new LinkedBlockingQueue<>();
    private static String base;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        data = work.resolve("archive");
        hot = work.resolve("hot");
        Run demo = Run.run("demo", "--data", data.toString(), "--no-serve");
        assertThat(demo.exit()).as(demo.err()).isZero();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        server = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
                "--data", data.toString(), "--port", "0", "--watch", hot.toString()).redirectErrorStream(true).start();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    printed.add(line);
                }
            } catch (java.io.IOException ended) {
                // The server stopped.
            }
        }, "serve output");
        reader.setDaemon(true);
        reader.start();
        base = awaitLine(ADDRESS, Duration.ofMinutes(3)).group(1);
        browser = Browser.open(work.resolve("chromium"), "ServiceTest");
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.destroy(); // SIGTERM, as Ctrl-C: the server withdraws its server file on the way out
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(data.resolve(RunningServer.FILE)).as("server file withdrawn").doesNotExist();
        }
    }

    /** Waits for a line the server prints that matches, and returns the match. */
    private static Matcher awaitLine(Pattern pattern, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < end) {
            String line = printed.poll(200, TimeUnit.MILLISECONDS);
            if (line != null) {
                seen.add(line);
                Matcher m = pattern.matcher(line);
                if (m.find()) {
                    return m;
                }
            }
        }
        throw new AssertionError("the server printed no line matching " + pattern + "; printed:\n" + String.join("\n", seen));
    }

    @Test
    void theCliSharesTheArchiveWithTheRunningServer() throws Exception {
        assertThat(RunningServer.find(data)).as("the server announces itself in the data folder").isPresent();
        String query = "軍隊";
        Run cli = Run.run("search", "--data", data.toString(), "--json", "--rows", "20", query);
        assertThat(cli.exit()).as(cli.err()).isZero();
        JsonNode api = Json.mapper().readTree(get(base + "api/search?rows=20&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).body());
        JsonNode local = Json.mapper().readTree(cli.out());
        assertThat(local.path("total").asLong()).isEqualTo(api.path("total").asLong()).isPositive();
        assertThat(ids(local)).isEqualTo(ids(api));
        // The read verbs work on the archive the server holds open (H2 serves it to them).
        for (String[] verb : List.of(new String[] {"check"}, new String[] {"verify"},
                new String[] {"history", "解放军报", "2025-06-19"}, new String[] {"export", "--format", "csv"})) {
            String[] args = Stream.concat(Stream.of(verb[0], "--data", data.toString()),
                    Stream.of(verb).skip(1)).toArray(String[]::new);
            Run run = Run.run(args);
            assertThat(run.exit()).as(String.join(" ", args) + ": " + run.err()).isZero();
            assertThat(run.err()).as(String.join(" ", args)).doesNotContain("jdbc:", "Exception");
            if (verb[0].equals("check")) {
                // The server holds the index, so it is the one that compares it with the record.
                assertThat(run.out()).contains("search index level with the record");
                assertThat(run.err()).doesNotContain("not compared");
            }
        }
        Run bad = Run.run("search", "--data", data.toString(), "(中亚");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err().strip()).startsWith("masthead: bad query").doesNotContain("\n");
    }

    @Test
    void aReaderNavigatesLikeAnEPaperAndSearchMarksWhatMatched() throws Exception {
        Assumptions.assumeTrue(browser != null, "chromium or chromedriver not installed");
        browser.get(base + GENERATED + "/2025-06-19/1?lang=zh");
        List<WebElement> strip = browser.findElements(By.cssSelector("nav.page-strip a"));
        JsonNode edition = Json.mapper().readTree(get(base + "api/editions/" + GENERATED + "/2025-06-19").body());
        assertThat(strip).hasSize(edition.path("pages").size()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(browser.findElement(By.cssSelector("nav.page-strip a[aria-current=page]")).getText()).contains("第一版");
        Browser.shoot(browser, "service-01-strip");
        // Every page is one click away from the strip, and each has the strip too.
        int pages = strip.size();
        for (int i = 1; i < pages; i++) {
            Browser.click(browser, browser.findElements(By.cssSelector("nav.page-strip a")).get(i));
            assertThat(browser.getCurrentUrl()).endsWith("/2025-06-19/" + edition.path("pages").get(i).path("number").asInt());
            assertThat(browser.findElement(By.cssSelector("nav.page-strip a[aria-current=page]")).getText())
                    .isEqualTo(browser.findElements(By.cssSelector("nav.page-strip a")).get(i).getText());
        }
        // Calendar and latest edition: one click from a page.
        Browser.click(browser, browser.findElement(By.cssSelector(".title-bar a.calendar")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("示例日报");
        String latest = null;
        for (JsonNode title : Json.mapper().readTree(get(base + "api/titles").body()).path("titles")) {
            latest = title.path("slug").asText().equals(GENERATED) ? title.path("latest").asText() : latest;
        }
        Browser.click(browser, browser.findElement(By.cssSelector(".title-bar a.latest")));
        assertThat(browser.getCurrentUrl()).endsWith("/" + GENERATED + "/" + latest);

        browser.get(base + "search?q=" + URLEncoder.encode("軍隊", StandardCharsets.UTF_8));
        List<String> marked = browser.findElements(By.cssSelector("ol.hits mark")).stream().map(WebElement::getText).toList();
        assertThat(marked).isNotEmpty().allMatch(m -> m.equals("军队") || m.equals("軍隊"));
        assertThat(browser.findElements(By.cssSelector(".page-numbers a"))).as("numbered result pages").isNotEmpty();
        // The article opened from a hit marks the same words, from the same analysis.
        Browser.click(browser, browser.findElement(By.cssSelector("ol.hits h2 a")));
        assertThat(browser.findElements(By.cssSelector("article mark")).stream().map(WebElement::getText))
                .isNotEmpty().allMatch(m -> m.equals("军队") || m.equals("軍隊"));
        Browser.shoot(browser, "service-02-search");
    }

    @Test
    void aPageDroppedIntoTheHotFolderShowsWithinSecondsWithoutARestart() throws Exception {
        Path generated = work.resolve("tonight");
        Run made = Run.run("generate", "--out", generated.toString(), "--title", "示例日报", "--from", "2025-06-20",
                "--to", "2025-06-20", "--pages-per-day", "4-4");
        assertThat(made.exit()).as(made.err()).isZero();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(generated)) {
            pages = walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        Files.createDirectories(hot);
        Files.writeString(hot.resolve("notes.md"), "这不是报纸的一版。\n", StandardCharsets.UTF_8);
        long dropped = System.nanoTime();
        for (Path page : pages) {
            Files.copy(page, hot.resolve(page.getFileName()));
        }
        String latest = null;
        if (browser != null) {
            browser.get(base + GENERATED + "/2025-06-19");
            for (int i = 0; i < 100 && !browser.getCurrentUrl().endsWith("/2025-06-20"); i++) {
                Thread.sleep(200);
                browser.get(base + GENERATED + "/latest");
            }
            latest = browser.getCurrentUrl();
        } else {
            for (int i = 0; i < 100 && (latest == null || !latest.contains("2025-06-20")); i++) {
                Thread.sleep(200);
                latest = get(base + "api/titles").body();
            }
        }
        double seconds = (System.nanoTime() - dropped) / 1e9;
        assertThat(latest).as("the new edition is served").contains("2025-06-20");
        assertThat(seconds).as("seconds from the drop to the site showing it").isLessThan(20);
        System.out.printf("ServiceTest: dropped edition served after %.1f s%n", seconds);
        if (browser != null) {
            // The folder takes each page once it is complete, so the edition may show before its last pages do.
            for (int i = 0; i < 100 && browser.findElements(By.cssSelector("nav.page-strip a")).size() < pages.size();
                    i++) {
                Thread.sleep(200);
                browser.navigate().refresh();
            }
            assertThat(browser.findElements(By.cssSelector("nav.page-strip a"))).hasSize(pages.size());
            assertThat((System.nanoTime() - dropped) / 1e9).as("seconds from the drop to every page shown")
                    .isLessThan(20);
            Browser.shoot(browser, "service-03-hot-folder");
        }
        // The file that is not a page is set aside with its reason; nothing of it reaches the archive.
        Path reason = hot.resolve("rejected").resolve("notes.md.reason.txt");
        for (int i = 0; i < 50 && !Files.exists(reason); i++) {
            Thread.sleep(200);
        }
        assertThat(reason).exists();
        assertThat(Files.readString(reason)).isNotBlank();
        assertThat(hot.resolve("notes.md")).doesNotExist();
        // Search shows the new edition at once too (the server re-indexed it as it took the files).
        JsonNode found = Json.mapper().readTree(get(base + "api/search?q=" + URLEncoder.encode("date:2025-06-20", StandardCharsets.UTF_8)).body());
        assertThat(found.path("total").asLong()).isPositive();
    }

    private static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.path("hits").forEach(h -> ids.add(h.path("id").asText()));
        return ids;
    }
}
