package org.masthead.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.archive.Archive;
import org.masthead.archive.ArticleFilter;
import org.masthead.archive.Slugs;
import org.masthead.model.Article;
import org.masthead.search.SearchIndex;

/** A paper named like a path of the reader ("Search") gets a slug the reader accepts, and its pages are served. */
class ReservedTitleTest {
    @TempDir
    Path data;

    @Test
    void aPaperNamedSearchIsIngestedAndRead() throws Exception {
        Path page = Files.copy(Path.of("src/test/resources/pages/jfjb-2025-06-19-p03.md"),
                Files.createDirectories(data.resolve("in")).resolve("search-2025-06-19-p03.md"));
        try (Archive archive = Archive.open(data)) {
            assertThat(archive.ingest().title("Search").run(List.of(page)).pagesAdded()).isEqualTo(1);
            String slug = archive.title("Search").orElseThrow().slug();
            assertThat(slug).isEqualTo(Slugs.of("Search")).isEqualTo("search-paper");
            assertThat(Urls.isSlug(slug)).isTrue();
            try (SearchIndex index = SearchIndex.open(data, null)) {
                try (Stream<Article> articles = archive.articles(ArticleFilter.ALL)) {
                    index.index(articles);
                }
                try (WebServer server = WebServer.start(new ArchiveNewsstand(archive, index), "127.0.0.1", 0)) {
                    HttpClient http = HttpClient.newHttpClient();
                    for (String path : List.of(Urls.title(slug), Urls.page(slug, java.time.LocalDate.of(2025, 6, 19), 3),
                            "/api/titles/" + slug + "/editions")) {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        assertThat(response.statusCode()).as(path).isEqualTo(200);
                    }
                }
            }
        }
    }
}
