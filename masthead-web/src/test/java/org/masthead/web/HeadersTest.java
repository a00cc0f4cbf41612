package org.masthead.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 16 finding 9: every route and status carries the security headers and a charset; HEAD answers as GET
 * does without a body; a wrong method is 405; links use the configured address, never the Host header; error
 * bodies name no server paths.
 */
class HeadersTest {
    private static ServedArchive archive;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Every route, with the status it answers here. */
    private static List<Object[]> routes() {
        String article = archive.newsstand.articles(ServedArchive.SLUG, java.time.LocalDate.of(2025, 6, 19)).get(0).id();
        return List.of(
                new Object[] {"/", 200},
                new Object[] {"/search?q=" + URLEncoder.encode("军", StandardCharsets.UTF_8), 200},
                new Object[] {"/search?q=" + URLEncoder.encode("(军", StandardCharsets.UTF_8), 400},
                new Object[] {"/jiefangjunbao", 200},
                new Object[] {"/jiefangjunbao/2025/06", 200},
                new Object[] {"/jiefangjunbao/9999/12", 200},
                new Object[] {"/jiefangjunbao/2025-06-19", 200},
                new Object[] {"/jiefangjunbao/2025-06-19/3", 200},
                new Object[] {"/jiefangjunbao/feed.atom", 200},
                new Object[] {"/articles/" + article, 200},
                new Object[] {"/articles/" + article + "?hl=" + URLEncoder.encode("İ", StandardCharsets.UTF_8), 200},
                new Object[] {"/articles/nope", 404},
                new Object[] {"/static/masthead.css", 200},
                new Object[] {"/static/masthead.js", 200},
                new Object[] {"/static/nope.css", 404},
                new Object[] {"/nope/nope/nope/nope", 404},
                new Object[] {"/api/openapi.json", 200},
                new Object[] {"/api/titles", 200},
                new Object[] {"/api/titles/jiefangjunbao/editions", 200},
                new Object[] {"/api/editions/jiefangjunbao/2025-06-19", 200},
                new Object[] {"/api/editions/jiefangjunbao/2025-06-19/pages/1", 200},
                new Object[] {"/api/articles/" + article, 200},
                new Object[] {"/api/search?q=" + URLEncoder.encode("军", StandardCharsets.UTF_8), 200},
                new Object[] {"/api/search", 400},
                new Object[] {"/api/trends?q=" + URLEncoder.encode("军", StandardCharsets.UTF_8), 200},
                new Object[] {"/api/nope", 404});
    }

    @BeforeAll
    static void start() {
        archive = ServedArchive.start();
    }

    @AfterAll
    static void stop() {
        archive.close();
    }

    private static HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(archive.base + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyRouteAndStatusCarriesTheSecurityHeadersAndACharset() throws Exception {
        for (Object[] route : routes()) {
            String path = (String) route[0];
            HttpResponse<String> get = send("GET", path);
            assertThat(get.statusCode()).as("GET " + path).isEqualTo(route[1]);
            WebServer.SECURITY_HEADERS.forEach((name, value) ->
                    assertThat(get.headers().firstValue(name)).as(name + " on GET " + path).hasValue(value));
            String csp = get.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
            String type = get.headers().firstValue("Content-Type").orElse("");
            if (type.startsWith("text/") || type.contains("json") || type.contains("xml")) {
                assertThat(type).as("Content-Type of GET " + path).containsIgnoringCase("charset=utf-8");
            }
            assertThat(get.body()).as("body of GET " + path).doesNotContain(archive.data.toString())
                    .doesNotContain("solr").doesNotContain("<script>").doesNotContain(" style=\"");

            HttpResponse<String> head = send("HEAD", path);
            assertThat(head.statusCode()).as("HEAD " + path).isEqualTo(route[1]);
            assertThat(head.body()).as("HEAD " + path).isEmpty();
            assertThat(head.headers().firstValue("Content-Security-Policy")).as("HEAD " + path).isPresent();
        }
    }

    @Test
    void aWrongMethodIs405() throws Exception {
        for (String path : List.of("/", "/jiefangjunbao/2025-06-19", "/api/titles", "/api/search?q=a")) {
            for (String method : List.of("POST", "PUT", "DELETE")) {
                HttpResponse<String> answer = send(method, path);
                assertThat(answer.statusCode()).as(method + " " + path).isEqualTo(405);
                assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            }
        }
    }

    @Test
    void linksUseTheServersAddressNotTheHostHeader() throws Exception {
        String article = archive.newsstand.articles(ServedArchive.SLUG, java.time.LocalDate.of(2025, 6, 19)).get(0).id();
        assertThat(withHost("/jiefangjunbao/feed.atom", "evil.example")).contains("<id>" + archive.base)
                .doesNotContain("evil.example");
        assertThat(withHost("/articles/" + article, "evil.example")).contains(archive.base + "/articles/")
                .doesNotContain("evil.example");
    }

    /** A raw HTTP/1.1 GET with a Host header of our choosing (java.net.http will not send one). */
    private static String withHost(String path, String host) throws Exception {
        URI base = URI.create(archive.base);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
