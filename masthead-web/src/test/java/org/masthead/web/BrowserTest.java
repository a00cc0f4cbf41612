package org.masthead.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader's walk through the archive in real headless Chromium: home → calendar → edition → page → article →
 * jump → search with a Chinese phrase → hit. Screenshots go to target/screenshots.
 */
class BrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static ServedArchive archive;
    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs chromium and chromium-driver (.ci/run installs them)");
        }
        Assumptions.assumeTrue(present, "skipped: chromium or chromedriver not installed (apt-get install chromium chromium-driver)");
        archive = ServedArchive.start();
        profile = Files.createTempDirectory("masthead-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,1000", "--lang=zh-CN",
                "--accept-lang=zh-CN,zh");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (archive != null) {
            archive.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static void shoot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static void click(WebElement link) {
        String before = browser.getCurrentUrl();
        link.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().equals(before));
    }

    @Test
    void aReaderWalksFromHomeThroughAnEditionAcrossAJumpToSearch() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(archive.base + "/?lang=zh");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-Hans");
        assertThat(text("h1")).isEqualTo("馆藏报纸");
        assertThat(text(".front h2")).isEqualTo("解放军报");
        // The Chinese text is set in a CJK face the machine has, not in tofu boxes.
        assertThat((Boolean) js("return document.fonts.check('16px \"WenQuanYi Micro Hei\"', '解放军报')")).isTrue();
        shoot("01-home");

        click(browser.findElement(By.linkText("往期日历")));
        assertThat(text("h1")).isEqualTo("解放军报");
        click(browser.findElement(By.cssSelector("#y2025 a[href$='/2025/06']")));
        assertThat(text("h1")).contains("2025年6月");
        shoot("02-calendar");
        click(browser.findElement(By.cssSelector("td.has-edition a[aria-label='2025年6月19日']")));

        assertThat(text(".masthead h1")).isEqualTo("解放军报");
        String mastheadLine = text(".masthead-line");
        assertThat(mastheadLine).contains("2025年6月19日", "星期四", "乙巳年五月廿四", "第24632号", "今日12版");
        assertThat(browser.findElements(By.cssSelector("ol.pages > li"))).hasSizeGreaterThanOrEqualTo(2);
        assertThat(browser.findElements(By.cssSelector("a[rel=prev]"))).as("link to the previous edition").isNotEmpty();
        shoot("03-edition");

        click(browser.findElement(By.cssSelector("ol.pages a[href$='/2025-06-19/1']")));
        assertThat(text("h1")).contains("第一版");
        WebElement lead = browser.findElement(By.cssSelector("h2.headline.rank-1"));
        List<WebElement> small = browser.findElements(By.cssSelector("h2.headline.rank-3"));
        assertThat(fontSize(lead)).isGreaterThan(small.isEmpty() ? 0 : fontSize(small.get(0)));
        assertThat(browser.findElements(By.cssSelector("figure.photo figcaption"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("aside.teaser"))).isNotEmpty();
        shoot("04-page");

        // The article whose text jumps to page 3: follow it from its "continued on" line.
        WebElement jumping = browser.findElement(By.xpath(
                "//article[.//p[contains(@class,'jump') and contains(@class,'on')]]//h2/a"));
        String headline = jumping.getText();
        click(jumping);
        assertThat(text("h1.headline")).isEqualTo(headline);
        assertThat(browser.findElements(By.cssSelector("section.part"))).hasSize(2);
        assertThat(text(".meta")).contains("第一版", "第三版");
        assertThat(text(".citation")).contains("解放军报", "2025年6月19日");
        assertThat(browser.findElement(By.cssSelector("link[rel=canonical]")).getAttribute("href")).contains("/articles/");
        shoot("05-article");

        click(browser.findElement(By.linkText("下转第三版")));
        assertThat(browser.getCurrentUrl()).contains("/2025-06-19/3#item-");
        assertThat(text("h1")).contains("第三版");
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
        assertThat(browser.findElements(By.cssSelector("svg.trend rect.bar"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".facets a"))).isNotEmpty();
        shoot("07-search");

        click(browser.findElement(By.cssSelector(".hit h2 a")));
        assertThat(browser.findElements(By.cssSelector(".story mark"))).isNotEmpty();
        shoot("08-hit");
    }

    @Test
    void theInterfaceSwitchesToEnglishAndStaysThere() throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(archive.base + "/jiefangjunbao/2025-06-19?lang=zh");
        click(browser.findElement(By.linkText("English")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(text(".masthead-line")).contains("19 June 2025", "Thursday", "No. 24632");
        // The newspaper's own words stay marked as Chinese inside the English interface.
        assertThat(browser.findElement(By.cssSelector(".masthead h1")).getAttribute("lang")).isEqualTo("zh-Hans");
        browser.get(archive.base + "/");
        assertThat(text("h1")).isEqualTo("Newspapers held");
        shoot("09-english");
        browser.get(archive.base + "/?lang=zh");
    }

    @Test
    void arrowKeysStepThroughPagesAndTheSkipLinkLeadsToTheText() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(archive.base + "/jiefangjunbao/2025-06-19/1");
        new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/2025-06-19/3"));
        new Actions(browser).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.switchTo().activeElement();
        assertThat(focused.getAttribute("href")).endsWith("#main");
        assertThat(focused.isDisplayed()).isTrue();
    }

    @Test
    void onAPhoneThePageFitsTheScreenWidth() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        for (String path : List.of("/jiefangjunbao/2025-06-19/1", "/jiefangjunbao/2025-06-19",
                "/search?q=%E4%B8%AD%E4%BA%9A")) {
            browser.get(archive.base + path);
            Number overflow = (Number) js("return document.documentElement.scrollWidth - window.innerWidth");
            assertThat(overflow.intValue()).as(path).isLessThanOrEqualTo(0);
        }
        shoot("10-phone-search");
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    @Test
    void everyImageAndFormFieldIsLabelled() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        for (String path : List.of("/", "/jiefangjunbao/2025-06-19/1", "/search?q=%E4%B8%AD%E4%BA%9A")) {
            browser.get(archive.base + path);
            Number unlabelled = (Number) js("return [...document.querySelectorAll('input, select')]"
                    + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).length");
            assertThat(unlabelled.intValue()).as(path).isZero();
            Number unnamedImages = (Number) js("return [...document.querySelectorAll('img, [role=img]')]"
                    + ".filter(e => !(e.getAttribute('alt') || e.getAttribute('aria-label'))).length");
            assertThat(unnamedImages.intValue()).as(path).isZero();
            assertThat(browser.findElements(By.tagName("h1"))).as(path).hasSize(1);
        }
    }

    private static double fontSize(WebElement element) {
        return Double.parseDouble(element.getCssValue("font-size").replace("px", ""));
    }
}
