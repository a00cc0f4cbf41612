package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reader's page view of a born-digital edition, in real Chromium: a generated edition of four pages bound
 * into one PDF is ingested (its page images rendered), served, and read as a reader would: the page image
 * shows with each article's area a labelled link in tab order; clicking one opens that article; the page
 * strip's thumbnails lead to page 3; a search's hit is marked on page 3's image; the page's PDF downloads as
 * the original. Screenshots go to target/screenshots/page-view-*.png.
 */
class PageViewTest {
    @TempDir
    Path work;

    @Test
    void readsABornDigitalEditionOnItsPageImages() throws Exception {
        Path generated = work.resolve("generated");
        Run generate = Run.run("generate", "--out", generated.toString(), "--format", "pdf", "--from", "2025-06-19",
                "--to", "2025-06-19", "--pages-per-day", "4");
        assertThat(generate.exit()).as(generate.err()).isZero();
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(generated)) {
            pages = walk.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertThat(pages).hasSize(4);
        // One file for the whole edition, as many papers publish it: each page is found by its place in it.
        Path edition = Files.createDirectories(work.resolve("in")).resolve("jfjb-2025-06-19.pdf");
        PDFMergerUtility merger = new PDFMergerUtility();
        for (Path page : pages) {
            merger.addSource(page.toFile());
        }
        merger.setDestinationFileName(edition.toString());
        merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());

        Path data = work.resolve("archive");
        Run ingest = Run.run("ingest", "--data", data.toString(), edition.toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("pages added 4", "page images: 4 page(s) rendered, 0 file(s) failed");

        ChromeDriver browser = Browser.open(work.resolve("chromium"), "PageViewTest");
        Assumptions.assumeTrue(browser != null, "no Chromium");
        try (Serving serving = Serving.start("serve", "--data", data.toString(), "--port", "0")) {
            String page1 = serving.base + "jiefangjunbao/2025-06-19/1";
            browser.get(page1);
            WebElement image = browser.findElement(By.cssSelector(".facsimile svg image"));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            // Drawn: the SVG scaled to the column, the image fetched (the browser's own request, same origin).
            assertThat(((Number) js(browser, "return arguments[0].getBoundingClientRect().width", image))
                    .doubleValue()).isGreaterThan(300);
            HttpResponse<byte[]> jpeg = fetch(serving.base + "jiefangjunbao/2025-06-19/1/image.jpg");
            assertThat(jpeg.statusCode()).isEqualTo(200);
            assertThat(jpeg.headers().firstValue("Content-Type")).contains("image/jpeg");
            BufferedImage reader = ImageIO.read(new ByteArrayInputStream(jpeg.body()));
            assertThat(reader.getWidth()).isEqualTo(1600);

            // Each area is a link in tab order, labelled with its headline; focus outlines it.
            List<WebElement> areas = browser.findElements(By.cssSelector(".facsimile a.area"));
            assertThat(areas).hasSizeGreaterThan(2);
            WebElement first = areas.get(0);
            String headline = first.getAttribute("aria-label");
            assertThat(headline).isNotBlank();
            assertThat((Boolean) js(browser, "arguments[0].focus(); return document.activeElement === arguments[0]",
                    first)).isTrue();
            assertThat((String) js(browser, "return getComputedStyle(arguments[0].querySelector('rect')).stroke",
                    first)).isNotEqualTo("none");
            new Actions(browser).moveToElement(areas.get(1)).perform();
            Browser.shoot(browser, "page-view-areas");
            String href = first.getDomAttribute("href");
            Browser.click(browser, first.findElement(By.cssSelector("rect"))); // on its headline, as a reader does
            assertThat(browser.getCurrentUrl()).endsWith(href);
            assertThat(browser.findElement(By.cssSelector("h1.headline")).getText()).isEqualTo(headline);

            // The page strip shows thumbnails and leads to page 3.
            browser.get(page1);
            List<WebElement> thumbnails = browser.findElements(By.cssSelector(".page-strip img"));
            assertThat(thumbnails).hasSize(4);
            wait.until(d -> ((Number) js(browser, "return arguments[0].naturalWidth", thumbnails.get(2))).intValue() == 200);
            Browser.click(browser, browser.findElement(By.cssSelector(".page-strip a[href$='/3']")));
            assertThat(browser.getCurrentUrl()).endsWith("/jiefangjunbao/2025-06-19/3");
            assertThat(browser.findElement(By.cssSelector(".page-strip a.current")).getAttribute("href")).endsWith("/3");
            Browser.shoot(browser, "page-view-page3");

            // From search to page 3: the hit is marked on the image, on the area of the article that has it.
            WebElement area3 = browser.findElements(By.cssSelector(".facsimile a.area")).get(0);
            String headline3 = area3.getAttribute("aria-label");
            double[] head3 = box(browser, area3.findElement(By.cssSelector("rect")));
            browser.get(serving.base + "search?q=" + java.net.URLEncoder.encode(headline3, java.nio.charset.StandardCharsets.UTF_8));
            WebElement toPage3 = browser.findElements(By.cssSelector("a.hit-page")).stream()
                    .filter(a -> a.getAttribute("href").contains("/2025-06-19/3?hl=")).findFirst().orElseThrow();
            Browser.click(browser, toPage3);
            List<WebElement> hits = browser.findElements(By.cssSelector(".facsimile rect.hit"));
            assertThat(hits).isNotEmpty();
            // One of them stands on the headline searched for (the first rectangle of its area).
            assertThat(hits.stream().map(h -> box(browser, h))).anySatisfy(hit -> {
                assertThat(hit[1] + hit[3] / 2).isBetween(head3[1], head3[1] + head3[3]);
                assertThat(hit[0]).isBetween(head3[0] - 1, head3[0] + head3[2]);
            });
            Browser.shoot(browser, "page-view-search-hit");

            // The page's PDF: linked for download, the original's bytes, as an attachment.
            String pdfLink = browser.findElement(By.cssSelector(".downloads a[download]")).getAttribute("href");
            HttpResponse<byte[]> pdf = fetch(pdfLink);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
            assertThat(pdf.headers().firstValue("Content-Disposition").orElse(""))
                    .startsWith("attachment").contains("jiefangjunbao-2025-06-19-p3.pdf");
            assertThat(pdf.body()).isEqualTo(Files.readAllBytes(edition));
        } finally {
            browser.quit();
        }
    }

    private static Object js(ChromeDriver browser, String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** An element's box on screen: x, y, width, height. */
    @SuppressWarnings("unchecked")
    private static double[] box(ChromeDriver browser, WebElement element) {
        List<Number> box = (List<Number>) js(browser, "var r = arguments[0].getBoundingClientRect();"
                + " return [r.x, r.y, r.width, r.height];", element);
        return box.stream().mapToDouble(Number::doubleValue).toArray();
    }

    private static HttpResponse<byte[]> fetch(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
