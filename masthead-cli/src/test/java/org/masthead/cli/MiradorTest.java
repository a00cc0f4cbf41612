package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Json;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A IIIF viewer on another site reads Masthead: Mirador (from npm, served by this test only) in real Chromium
 * opens a born-digital edition's manifest from a running server, draws page 1 from its level 0 tiles (fetched
 * across origins, read back from the viewer's canvas), and a Content Search for a Chinese phrase from the page
 * lists the hit and draws it on the page. Screenshots: target/screenshots/mirador-*.png.
 */
class MiradorTest {
    @TempDir
    Path work;

    @Test
    void miradorShowsPageOneFromItsTilesAndDrawsAChineseSearchHit() throws Exception {
        try (Mirador mirador = Mirador.start("MiradorTest")) {
            Assumptions.assumeTrue(mirador != null, "npm not installed");
            Path generated = work.resolve("generated");
            Run generate = Run.run("generate", "--out", generated.toString(), "--format", "pdf", "--from",
                    "2025-06-19", "--to", "2025-06-19", "--pages-per-day", "2");
            assertThat(generate.exit()).as(generate.err()).isZero();
            List<String> pdfs;
            try (Stream<Path> walk = Files.walk(generated)) {
                pdfs = walk.filter(p -> p.toString().endsWith(".pdf")).map(Path::toString).sorted().toList();
            }
            Path data = work.resolve("archive");
            Run ingest = Run.run(Stream.concat(Stream.of("ingest", "--data", data.toString()), pdfs.stream())
                    .toArray(String[]::new));
            assertThat(ingest.exit()).as(ingest.err()).isZero();

            ChromeDriver browser = Browser.open(work.resolve("chromium"), "MiradorTest");
            Assumptions.assumeTrue(browser != null, "no Chromium");
            try (Serving serving = Serving.start("serve", "--data", data.toString(), "--port", "0")) {
                String edition = serving.base + "iiif/jiefangjunbao/2025-06-19";
                JsonNode manifest = Json.mapper().readTree(Serving.get(edition + "/manifest.json").body());
                String phrase = phraseOnPage1(manifest);
                // The server finds it where it stands on page 1, as a box of its characters.
                JsonNode found = Json.mapper().readTree(Serving.get(edition + "/search1?q="
                        + URLEncoder.encode(phrase, StandardCharsets.UTF_8)).body());
                assertThat(found.get("resources")).isNotEmpty();
                assertThat(found.get("resources").get(0).get("on").asText()).contains("/canvas/p1#xywh=");

                // The image service as any client sees it: the canvas names it, it describes itself, answers any
                // origin, and serves only what it lists.
                String service = manifest.get("items").get(0).get("items").get(0).get("items").get(0).get("body")
                        .get("service").get(0).get("id").asText();
                assertThat(service).isEqualTo(edition + "/image/p1");
                HttpResponse<String> bare = Serving.get(service);
                assertThat(bare.statusCode()).isEqualTo(303);
                assertThat(bare.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/image/p1/info.json"));
                HttpResponse<String> info = Serving.get(service + "/info.json");
                assertThat(info.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
                JsonNode described = Json.mapper().readTree(info.body());
                assertThat(described.get("id").asText()).isEqualTo(service);
                assertThat(described.get("profile").asText()).isEqualTo("level0");
                assertThat(Serving.get(service + "/0,0,100,100/100,100/0/default.jpg").statusCode()).isEqualTo(404);
                assertThat(Serving.get(edition + "/image/p99/info.json").statusCode()).isEqualTo(404);

                browser.get(mirador.open(edition + "/manifest.json", phrase));
                // Cutting page 1's tiles is the first request's work: allow for it on a busy machine.
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(120), Duration.ofMillis(500));
                wait.until(d -> count(browser, "dark") > 2000);
                Map<String, Object> drawn = drawn(browser);
                assertThat(drawn.get("unreadable")).as("tiles fetched with CORS leave the canvas readable")
                        .isEqualTo(0L);
                List<String> fetched = fetched(browser);
                assertThat(fetched).anyMatch(u -> u.endsWith("/image/p1/info.json"));
                // Tiles proper (a region of the page), not only a whole image a viewer without the service shows.
                assertThat(fetched).as("page 1's tiles")
                        .anyMatch(u -> u.matches(".*/image/p1/\\d+,\\d+,\\d+,\\d+/\\d+,\\d+/0/default\\.jpg"));
                Browser.shoot(browser, "mirador-page1");

                // The search panel lists the hit, and the hit is drawn on the page.
                wait.until(d -> d.findElement(By.id("viewer")).getText().contains(phrase));
                wait.until(d -> count(browser, "hit") > 20);
                Browser.shoot(browser, "mirador-search-hit");
            } finally {
                browser.quit();
            }
        }
    }

    /** The first four characters of the headline of an article that begins on page 1 (a Range's first area). */
    private static String phraseOnPage1(JsonNode manifest) {
        for (JsonNode range : manifest.get("structures")) {
            String headline = range.get("label").get("zh").get(0).asText();
            if (range.get("items").get(0).get("id").asText().contains("/canvas/p1#")
                    && headline.codePoints().limit(4).allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    && headline.codePointCount(0, headline.length()) >= 4) {
                return headline.substring(0, headline.offsetByCodePoints(0, 4));
            }
        }
        throw new AssertionError("no article with a Chinese headline starts on page 1");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> drawn(ChromeDriver browser) {
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("return window.drawn()");
    }

    private static long count(ChromeDriver browser, String what) {
        return ((Number) drawn(browser).get(what)).longValue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> fetched(ChromeDriver browser) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
    }
}
