package org.masthead.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.masthead.model.Json;
import org.w3c.dom.Document;

/** Every API endpoint against a started server over the test archive, good and bad parameters. */
class ApiTest {
    private static ServedArchive archive;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        archive = ServedArchive.start();
    }

    @AfterAll
    static void stop() {
        archive.close();
    }

    static HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(archive.base + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(String path) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return Json.mapper().readTree(response.body());
    }

    /** A bad request: the status, a JSON {error, message} naming the problem, never a stack trace. */
    static JsonNode error(String path, int status) throws Exception {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as(path + " → " + response.body()).isEqualTo(status);
        JsonNode body = Json.mapper().readTree(response.body());
        assertThat(body.get("error").asText()).isNotBlank();
        assertThat(body.get("message").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return body;
    }

    static String latest() throws Exception {
        return json("/api/titles").get("titles").get(0).get("latest").asText();
    }

    /** The first stitched article of the latest edition: id, pages. */
    static JsonNode stitched() throws Exception {
        for (JsonNode article : json("/api/editions/" + ServedArchive.SLUG + "/" + latest()).get("articles")) {
            if (article.get("stitched").asBoolean()) {
                return article;
            }
        }
        throw new AssertionError("the test archive holds no stitched article");
    }

    @Test
    void titlesListsTheTitleHeldWithItsLatestEdition() throws Exception {
        JsonNode titles = json("/api/titles").get("titles");
        assertThat(titles).hasSize(1);
        assertThat(titles.get(0).get("slug").asText()).isEqualTo(ServedArchive.SLUG);
        assertThat(titles.get(0).get("name").asText()).isEqualTo("解放军报");
        assertThat(titles.get(0).get("latest").asText()).isEqualTo("2025-06-19");
        assertThat(titles.get(0).get("editions").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void editionsOfAMonthAreListedByDate() throws Exception {
        JsonNode body = json("/api/titles/" + ServedArchive.SLUG + "/editions?year=2025&month=6");
        List<String> dates = new ArrayList<>();
        body.get("editions").forEach(e -> dates.add(e.get("date").asText()));
        assertThat(dates).contains("2025-06-19").isSorted();
        assertThat(json("/api/titles/" + ServedArchive.SLUG + "/editions").get("editions").size())
                .isEqualTo(json("/api/titles").get("titles").get(0).get("editions").asInt());
        assertThat(json("/api/titles/" + ServedArchive.SLUG + "/editions?year=2024").get("editions")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "/api/titles/nosuchpaper/editions, 404",
        "/api/titles/api/editions, 404",
        "/api/titles/jiefangjunbao/editions?year=2025&month=13, 400",
        "/api/titles/jiefangjunbao/editions?month=6, 400",
        "/api/titles/jiefangjunbao/editions?year=twenty, 400",
        "/api/editions/jiefangjunbao/2025-13-45, 400",
        "/api/editions/jiefangjunbao/yesterday, 400",
        "/api/editions/jiefangjunbao/1990-01-01, 404",
        "/api/editions/nosuchpaper/2025-06-19, 404",
        "/api/editions/jiefangjunbao/2025-06-19/pages/99, 404",
        "/api/editions/jiefangjunbao/2025-06-19/pages/one, 400",
        "/api/editions/jiefangjunbao/2025-06-19/pages/0, 400",
        "/api/articles/no-such-article, 404",
        "/api/search, 400",
        "/api/search?q=%20%20, 400",
        "/api/search?q=中亚&rows=1000000, 400",
        "/api/search?q=中亚&rows=0, 400",
        "/api/search?q=中亚&rows=99999999999999999999, 400",
        "/api/search?q=中亚&start=-1, 400",
        "/api/search?q=中亚&sort=sideways, 400",
        "/api/search?q=中亚&kind=poem, 400",
        "/api/search?q=中亚&from=2025-07-01&to=2025-06-01, 400",
        "/api/search?q=中亚&from=June, 400",
        "/api/search?q=中亚&title=Not%20A%20Slug, 400",
        "/api/trends?q=中亚&interval=week, 400",
        "/api/search?q=%28中亚, 400",
        "/api/search?q=中亚%20OR, 400",
        "/api/search?q=date:2025-13, 400",
        "/api/trends?q=%22中亚, 400",
        "/api/trends, 400",
        "/api/nothing-here, 404",
    })
    void badParametersGiveAJsonErrorNamingTheProblem(String path, int status) throws Exception {
        error(path.replace("中亚", "%E4%B8%AD%E4%BA%9A"), status);
    }

    @Test
    void anOverlongQueryIsRefused() throws Exception {
        assertThat(error("/api/search?q=" + "a".repeat(300), 400).get("message").asText()).contains("q");
    }

    @Test
    void editionIsTheEditionJsonWithStitchedArticlesMarked() throws Exception {
        JsonNode edition = json("/api/editions/" + ServedArchive.SLUG + "/2025-06-19");
        assertThat(edition.get("schema").asText()).isEqualTo("masthead.edition/2");
        assertThat(edition.at("/masthead/title").asText()).isEqualTo("解放军报");
        assertThat(edition.at("/masthead/issueNumber").asInt()).isEqualTo(24632);
        assertThat(edition.at("/masthead/lunarDate").asText()).isEqualTo("乙巳年五月廿四");
        JsonNode stitched = stitched();
        assertThat(stitched.get("pages")).hasSize(2);
        assertThat(stitched.get("pages").get(0).asInt()).isEqualTo(1);
        assertThat(stitched.get("pages").get(1).asInt()).isEqualTo(3);
        // Every item names its article; the parts of the stitched one name it with their part numbers.
        List<String> partsSeen = new ArrayList<>();
        for (JsonNode page : edition.get("pages")) {
            for (JsonNode item : page.get("items")) {
                assertThat(item.has("articleId")).as(item.get("id").asText()).isTrue();
                if (item.get("articleId").asText().equals(stitched.get("id").asText())) {
                    partsSeen.add(item.get("id").asText() + "#" + item.get("part").asInt() + "/" + item.get("parts").asInt());
                }
            }
        }
        assertThat(partsSeen).hasSize(2);
        assertThat(partsSeen.get(0)).endsWith("#1/2");
        assertThat(partsSeen.get(1)).endsWith("#2/2");
    }

    @Test
    void pageThreeHoldsTheContinuationsOfFrontPageArticles() throws Exception {
        JsonNode page = json("/api/editions/" + ServedArchive.SLUG + "/2025-06-19/pages/3");
        assertThat(page.get("number").asInt()).isEqualTo(3);
        assertThat(page.get("date").asText()).isEqualTo("2025-06-19");
        int continuations = 0;
        for (JsonNode item : page.get("items")) {
            if (item.path("continuedFrom").asInt() == 1) {
                continuations++;
                JsonNode article = json("/api/articles/" + item.get("articleId").asText());
                assertThat(article.get("pages").toString()).isEqualTo("[1,3]");
                assertThat(item.get("part").asInt()).isEqualTo(2);
            }
        }
        assertThat(continuations).as("items continued from page 1").isEqualTo(2);
    }

    @Test
    void articleIsTheLogicalArticleReadAcrossTheJump() throws Exception {
        JsonNode ref = stitched();
        JsonNode article = json("/api/articles/" + ref.get("id").asText());
        assertThat(article.get("stitched").asBoolean()).isTrue();
        assertThat(article.get("partIds")).hasSize(2);
        assertThat(article.get("headline").asText()).isEqualTo(ref.get("headline").asText());
        assertThat(article.get("date").asText()).isEqualTo("2025-06-19");
        // The body holds the text of both parts: what stood on page 1 and what stood on page 3.
        JsonNode page3 = json("/api/editions/" + ServedArchive.SLUG + "/2025-06-19/pages/3");
        String continuation = null;
        for (JsonNode item : page3.get("items")) {
            if (item.path("articleId").asText().equals(ref.get("id").asText()) && item.path("continuedFrom").asInt() == 1) {
                continuation = item.get("sections").get(0).get("paragraphs").get(0).asText();
            }
        }
        assertThat(continuation).isNotBlank();
        assertThat(article.get("sections").toString()).contains(continuation);
    }

    @Test
    void searchFindsAChinesePhraseWithHighlightsAndFacets() throws Exception {
        JsonNode result = json("/api/search?q=%E4%B8%AD%E4%BA%9A&rows=2");
        assertThat(result.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(result.get("hits")).hasSizeLessThanOrEqualTo(2);
        JsonNode hit = result.get("hits").get(0);
        assertThat(hit.get("snippet").asText()).as(result.toString()).contains("<mark>中亚</mark>");
        assertThat(hit.get("title").asText()).isEqualTo(ServedArchive.SLUG);
        assertThat(result.get("facets").get("title").get(0).get("value").asText()).isEqualTo(ServedArchive.SLUG);
        assertThat(result.get("facets").get("title").get(0).get("count").asLong()).isEqualTo(result.get("total").asLong());
        // Paging: the second page starts where the first ended and repeats none of its hits.
        JsonNode second = json("/api/search?q=%E4%B8%AD%E4%BA%9A&rows=2&start=2");
        assertThat(second.get("start").asInt()).isEqualTo(2);
        if (second.get("hits").size() > 0) {
            assertThat(second.get("hits").get(0).get("id").asText()).isNotIn(
                    result.get("hits").get(0).get("id").asText(), result.get("hits").get(1).get("id").asText());
        }
    }

    @Test
    void searchFiltersNarrowTheHits() throws Exception {
        long all = json("/api/search?q=%E4%B8%AD%E4%BA%9A").get("total").asLong();
        assertThat(json("/api/search?q=%E4%B8%AD%E4%BA%9A&from=2030-01-01").get("total").asLong()).isZero();
        assertThat(json("/api/search?q=%E4%B8%AD%E4%BA%9A&title=otherpaper").get("total").asLong()).isZero();
        long onPage3 = json("/api/search?q=%E4%B8%AD%E4%BA%9A&page=3").get("total").asLong();
        assertThat(onPage3).isBetween(1L, all);
        assertThat(json("/api/search?q=%E4%B8%AD%E4%BA%9A&kind=photo").get("total").asLong()).isLessThan(all);
        assertThat(json("/api/search?q=zzzzqqqq").get("total").asLong()).isZero();
    }

    @Test
    void trendsCountMatchesPerPeriod() throws Exception {
        JsonNode month = json("/api/trends?q=%E4%B8%AD%E4%BA%9A&interval=month");
        assertThat(month.get("interval").asText()).isEqualTo("month");
        long total = json("/api/search?q=%E4%B8%AD%E4%BA%9A").get("total").asLong();
        long sum = 0;
        for (JsonNode bucket : month.get("buckets")) {
            assertThat(bucket.get("period").asText()).matches("\\d{4}-\\d{2}");
            sum += bucket.get("count").asLong();
        }
        assertThat(sum).isEqualTo(total);
        JsonNode year = json("/api/trends?q=%E4%B8%AD%E4%BA%9A&interval=year");
        assertThat(year.get("buckets").get(0).get("period").asText()).isEqualTo("2025");
        JsonNode day = json("/api/trends?q=%E4%B8%AD%E4%BA%9A&interval=day");
        assertThat(day.get("interval").asText()).isEqualTo("day");
        long daySum = 0;
        for (JsonNode bucket : day.get("buckets")) {
            assertThat(bucket.get("period").asText()).matches("2025-06-\\d{2}");
            daySum += bucket.get("count").asLong();
        }
        assertThat(daySum).isEqualTo(total);
    }

    @Test
    void aSearchsCountsAreTheSameWhetherCountedWithItsHitsOrOnTheirOwn() {
        // A newsstand of its own: nothing counted yet, so the first trend is counted on its own.
        ArchiveNewsstand newsstand = new ArchiveNewsstand(archive.archive, archive.index);
        SearchQuery query = new SearchQuery("中亚", null, null, null, null, null, SearchQuery.Sort.RELEVANCE, 0, 2);
        Trend months = newsstand.trend(query, Trend.Interval.MONTH);
        Trend years = newsstand.trend(query, Trend.Interval.YEAR);
        SearchResults first = newsstand.search(query);
        assertThat(newsstand.trend(query, Trend.Interval.MONTH)).isEqualTo(months);
        assertThat(newsstand.trend(query, Trend.Interval.YEAR)).isEqualTo(years);
        assertThat(months.buckets().stream().mapToLong(Trend.Bucket::count).sum()).isEqualTo(first.total());
        SearchResults next = newsstand.search(query.withStart(2));
        assertThat(next.facets()).isEqualTo(first.facets());
        assertThat(next.total()).isEqualTo(first.total());
        assertThat(next.hits()).doesNotContainAnyElementsOf(first.hits());
    }

    @Test
    void openApiDocumentDescribesEveryEndpoint() throws Exception {
        JsonNode doc = json("/api/openapi.json");
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("paths").has("/api/titles")).isTrue();
        for (String path : List.of("/api/titles/{slug}/editions", "/api/editions/{slug}/{date}",
                "/api/editions/{slug}/{date}/pages/{n}", "/api/articles/{id}", "/api/search", "/api/trends",
                "/{slug}/feed.atom")) {
            assertThat(doc.get("paths").has(path)).as(path).isTrue();
        }
    }

    @Test
    void atomFeedListsTheLatestArticles() throws Exception {
        HttpResponse<String> response = get("/" + ServedArchive.SLUG + "/feed.atom");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes("UTF-8")));
        assertThat(feed.getDocumentElement().getLocalName()).isEqualTo("feed");
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength()).isPositive();
        assertThat(response.body()).contains(stitched().get("headline").asText());
        assertThat(get("/nosuchpaper/feed.atom").statusCode()).isEqualTo(404);
    }

    @Test
    void contentCarriesValidatorsAndRevalidatesWithNotModified() throws Exception {
        String path = "/api/editions/" + ServedArchive.SLUG + "/2025-06-19";
        HttpResponse<String> first = get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElse("")).contains("max-age");
        HttpResponse<String> again = get(path, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(get(path, "If-None-Match", "\"something-else\"").statusCode()).isEqualTo(200);
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(get(path, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(get(path, "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT").statusCode()).isEqualTo(200);
        assertThat(get(path, "If-Modified-Since", "not a date").statusCode()).isEqualTo(200);
        HttpResponse<String> page = get("/" + ServedArchive.SLUG + "/2025-06-19");
        assertThat(get("/" + ServedArchive.SLUG + "/2025-06-19", "If-None-Match",
                page.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(304);
    }

    @Test
    void readerPagesAnswerBadUrlsWithAnHtmlErrorNotAStackTrace() throws Exception {
        for (String path : List.of("/nosuchpaper/", "/jiefangjunbao/2025-02-30", "/jiefangjunbao/2025-06-19/77",
                "/articles/nope", "/jiefangjunbao/2025/13", "/search?q=x&rows=5000", "/search?q=%28x",
                "/static/nothing.css")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.body()).as(path).doesNotContain("Exception").doesNotContain("\tat ");
            if (!path.startsWith("/static")) {
                assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
            }
        }
    }

    @Test
    void whatTheReaderTypesIsEscapedNeverRun() throws Exception {
        String script = "%3Cscript%3Ealert(1)%3C/script%3E";
        for (String path : List.of("/search?q=" + script, "/articles/" + stitched().get("id").asText() + "?hl=" + script,
                "/articles/%3Cscript%3E", "/search?q=x&rows=" + script)) {
            HttpResponse<String> response = get(path);
            assertThat(response.body()).as(path).doesNotContain("<script>alert").doesNotContain("<script>");
        }
    }

    @Test
    void interfaceLanguageFollowsAcceptLanguageAndTheSwitch() throws Exception {
        HttpResponse<String> english = get("/", "Accept-Language", "en-GB,en;q=0.9");
        assertThat(english.body()).contains("<html lang=\"en\">").contains("Newspapers held");
        HttpResponse<String> chinese = get("/", "Accept-Language", "zh-CN,zh;q=0.9");
        assertThat(chinese.body()).contains("<html lang=\"zh-Hans\">").contains("馆藏报纸");
        HttpResponse<String> switched = get("/?lang=en", "Accept-Language", "zh-CN");
        assertThat(switched.body()).contains("<html lang=\"en\">");
        String cookie = switched.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("lang=en");
        assertThat(get("/", "Accept-Language", "zh-CN", "Cookie", "lang=en").body()).contains("<html lang=\"en\">");
    }
}
