package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.cli.Serving.get;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code masthead demo} as a reader meets it: the demo command runs (shipped sample page plus two generated
 * weeks of 示例日报) and serves; a reader walks that archive in real headless Chromium: home → calendar →
 * edition → page → article → jump → search with a Chinese phrase → hit. Screenshots go to target/screenshots.
 */
class DemoTest {
    /** The made-up daily's slug and the sample page's day, which the demo's generated weeks end on. */
    private static final String GENERATED = "shiliribao";
    private static final String DAY = "2025-06-19";

    @TempDir
    static Path data;
    private static Serving demo;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        demo = Serving.start("demo", "--data", data.resolve("demo").toString(), "--port", "0");
        browser = Browser.open(data.resolve("chromium"), "DemoTest");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (browser != null) {
            browser.quit();
        }
        if (demo != null) {
            assertThat(demo.stop()).as("the demo ends on interrupt, with status 0").isZero();
        }
    }

    @Test
    void theDemoServesTheSamplePageAndTheGeneratedDailyWithItsJumpsStitched() throws Exception {
        assertThat(demo.out()).contains("解放军报 2025-06-19  第24632号  今日12版", "示例日报: generated pages, not a real paper");
        var edition = get(demo.base + "jiefangjunbao/" + DAY);
        assertThat(edition.statusCode()).isEqualTo(200);
        assertThat(edition.body()).contains("解放军报", "第24632号");
        // 中亚峰会 stands in the sample page's text (the generated daily's headlines carry 中亚 too, but a hit
        // matched only in its headline has an unmarked body passage).
        assertThat(get(demo.base + "api/search?q=" + URLEncoder.encode("中亚峰会", StandardCharsets.UTF_8)).body())
                .contains("<mark>中亚峰会</mark>");
        var generated = get(demo.base + "api/editions/" + GENERATED + "/" + DAY);
        assertThat(generated.statusCode()).isEqualTo(200);
        assertThat(generated.body()).containsPattern("\"continuedOn\"\\s*:\\s*[2-9]");
        assertThat(generated.body()).as("a front-page item marked as part 1 of a stitched article")
                .containsPattern("\"part\"\\s*:\\s*1,\\s*\"parts\"\\s*:\\s*[2-9]");
    }

    @Test
    void aReaderWalksFromHomeThroughAnEditionAcrossAJumpToSearch() throws IOException {
        useBrowser(1280, 1000);
        browser.get(demo.base + "?lang=zh");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-Hans");
        assertThat(text("h1")).isEqualTo("馆藏报纸");
        assertThat(browser.findElements(By.cssSelector(".front h2")).stream().map(WebElement::getText))
                .containsExactlyInAnyOrder("解放军报", "示例日报");
        // The Chinese text is set in a CJK face the machine has, not in tofu boxes.
        assertThat((Boolean) js("return document.fonts.check('16px \"WenQuanYi Micro Hei\"', '示例日报')")).isTrue();
        shoot("01-home");

        click(browser.findElement(By.xpath("//li[@class='front'][.//h2[.='示例日报']]//a[.='往期日历']")));
        assertThat(text("h1")).isEqualTo("示例日报");
        click(browser.findElement(By.cssSelector("#y2025 a[href$='/2025/06']")));
        assertThat(text("h1")).contains("2025年6月");
        assertThat(browser.findElements(By.cssSelector("td.has-edition"))).as("two generated weeks").hasSize(14);
        shoot("02-calendar");
        click(browser.findElement(By.cssSelector("td.has-edition a[aria-label='2025年6月19日']")));

        assertThat(text(".masthead h1")).isEqualTo("示例日报");
        assertThat(text(".masthead-line")).contains("2025年6月19日", "星期四", "乙巳年五月廿四")
                .containsPattern("第\\d+号").containsPattern("今日\\d+版");
        assertThat(browser.findElements(By.cssSelector("ol.pages > li"))).hasSizeGreaterThanOrEqualTo(8);
        assertThat(browser.findElements(By.cssSelector("a[rel=prev]"))).as("link to the previous edition").isNotEmpty();
        shoot("03-edition");

        click(browser.findElement(By.cssSelector("ol.pages a[href$='/" + DAY + "/1']")));
        assertThat(text("h1")).contains("第一版");
        WebElement lead = browser.findElement(By.cssSelector("h2.headline.rank-1"));
        List<WebElement> small = browser.findElements(By.cssSelector("h2.headline.rank-3"));
        assertThat(fontSize(lead)).isGreaterThan(small.isEmpty() ? 0 : fontSize(small.get(0)));
        assertThat(browser.findElements(By.cssSelector("figure.photo figcaption"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("aside.teaser"))).isNotEmpty();
        shoot("04-page");

        // An article whose text jumps to an inner page: open it from the front page, then follow its jump.
        WebElement jumping = browser.findElement(By.xpath(
                "//article[.//p[contains(@class,'jump') and contains(@class,'on')]]//h2/a"));
        String headline = jumping.getText();
        click(jumping);
        assertThat(text("h1.headline")).isEqualTo(headline);
        assertThat(browser.findElements(By.cssSelector("section.part"))).as("read whole: both parts").hasSize(2);
        WebElement onward = browser.findElement(By.partialLinkText("下转第"));
        String continuedOn = onward.getText().replace("下转", "");
        assertThat(text(".meta")).contains("第一版", continuedOn);
        assertThat(text(".citation")).contains("示例日报", "2025年6月19日");
        assertThat(browser.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href")).contains("/articles/");
        shoot("05-article");

        click(onward);
        assertThat(browser.getCurrentUrl()).containsPattern("/" + DAY + "/\\d+#item-");
        assertThat(text("h1")).contains(continuedOn);
        assertThat(browser.findElement(By.linkText("上接第一版")).isDisplayed()).isTrue();
        shoot("06-jump");

        WebElement box = browser.findElement(By.id("site-q"));
        box.sendKeys("中亚峰会");
        box.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/search"));
        assertThat(text(".total")).startsWith("共找到");
        List<WebElement> marks = browser.findElements(By.cssSelector(".snippet mark"));
        assertThat(marks).isNotEmpty();
        assertThat(marks.get(0).getText()).isEqualTo("中亚峰会");
        // The demo's articles span two weeks of June 2025: the trend is drawn by day, a bar for each.
        List<WebElement> bars = browser.findElements(By.cssSelector("svg.trend rect.bar title"));
        assertThat(bars).hasSize(14);
        assertThat(bars.get(0).getAttribute("textContent")).startsWith("2025-06-06:");
        assertThat(browser.findElements(By.cssSelector(".facets a"))).isNotEmpty();
        shoot("07-search");

        click(browser.findElement(By.cssSelector(".hit h2 a")));
        assertThat(browser.findElements(By.cssSelector(".story mark"))).isNotEmpty();
        shoot("08-hit");
    }

    @Test
    void theInterfaceSwitchesToEnglishAndStaysThere() throws IOException {
        useBrowser(1280, 1000);
        browser.get(demo.base + "jiefangjunbao/" + DAY + "?lang=zh");
        click(browser.findElement(By.linkText("English")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(text(".masthead-line")).contains("19 June 2025", "Thursday", "No. 24632");
        // The newspaper's own words stay marked as Chinese inside the English interface.
        assertThat(browser.findElement(By.cssSelector(".masthead h1")).getAttribute("lang")).isEqualTo("zh-Hans");
        browser.get(demo.base);
        assertThat(text("h1")).isEqualTo("Newspapers held");
        shoot("09-english");
        browser.get(demo.base + "?lang=zh");
    }

    @Test
    void arrowKeysStepThroughPagesAndTheSkipLinkLeadsToTheText() {
        useBrowser(1280, 1000);
        browser.get(demo.base + GENERATED + "/" + DAY + "/1");
        new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/" + DAY + "/2"));
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("href")).endsWith("#main");
        assertThat(focused.isDisplayed()).isTrue();
    }

    @Test
    void onAPhoneThePageFitsTheScreenWidth() throws IOException {
        useBrowser(390, 844);
        for (String path : List.of("jiefangjunbao/" + DAY + "/1", GENERATED + "/" + DAY, GENERATED + "/" + DAY + "/1",
                "search?q=%E4%B8%AD%E4%BA%9A")) {
            browser.get(demo.base + path);
            Number overflow = (Number) js("return document.documentElement.scrollWidth - window.innerWidth");
            assertThat(overflow.intValue()).as(path).isLessThanOrEqualTo(0);
        }
        shoot("10-phone-search");
    }

    @Test
    void everyImageAndFormFieldIsLabelled() {
        useBrowser(1280, 1000);
        for (String path : List.of("", "jiefangjunbao/" + DAY + "/1", GENERATED + "/" + DAY + "/1",
                "search?q=%E4%B8%AD%E4%BA%9A")) {
            browser.get(demo.base + path);
            Number unlabelled = (Number) js("return [...document.querySelectorAll('input, select')]"
                    + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).length");
            assertThat(unlabelled.intValue()).as(path).isZero();
            Number unnamedImages = (Number) js("return [...document.querySelectorAll('img, [role=img]')]"
                    + ".filter(e => !(e.getAttribute('alt') || e.getAttribute('aria-label'))).length");
            assertThat(unnamedImages.intValue()).as(path).isZero();
            assertThat(browser.findElements(By.tagName("h1"))).as(path).hasSize(1);
        }
    }

    private static void useBrowser(int width, int height) {
        Assumptions.assumeTrue(browser != null, "chromium or chromedriver not installed");
        browser.manage().window().setSize(new Dimension(width, height));
    }

    private static void shoot(String name) throws IOException {
        Browser.shoot(browser, name);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static void click(WebElement link) {
        Browser.click(browser, link);
    }

    private static double fontSize(WebElement element) {
        return Double.parseDouble(element.getCssValue("font-size").replace("px", ""));
    }
}
