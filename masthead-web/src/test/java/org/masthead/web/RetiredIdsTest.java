package org.masthead.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.model.Item;
import org.masthead.model.Json;

/** An id whose item a later revision dropped still resolves: to its page with a note, never a bare 404. */
class RetiredIdsTest {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private static HttpResponse<String> get(ServedArchive served, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(served.base + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anIdARevisionDroppedLeadsToItsPageWithANote() throws Exception {
        try (ServedArchive served = ServedArchive.start()) {
            LocalDate day = LocalDate.of(2025, 6, 19);
            List<Item> items = served.archive.page(ServedArchive.SLUG, day, 3).orElseThrow().items();
            String dropped = items.get(items.size() - 1).id();
            String kept = items.get(0).id();

            Path page = served.data.resolve("pages/jfjb-2025-06-19-p03.md");
            String text = Files.readString(page);
            Files.writeString(page, text.substring(0, text.indexOf("## 边防官兵巡逻在帕米尔高原")));
            assertThat(served.archive.ingest().run(List.of(page)).revised()).isEqualTo(1);
            assertThat(served.archive.page(ServedArchive.SLUG, day, 3).orElseThrow().items()).extracting(Item::id)
                    .doesNotContain(dropped).contains(kept);

            HttpResponse<String> article = get(served, "/articles/" + dropped);
            assertThat(article.statusCode()).isEqualTo(302);
            String location = article.headers().firstValue("Location").orElseThrow();
            assertThat(location).isEqualTo("/" + ServedArchive.SLUG + "/2025-06-19/3?retired=" + dropped);
            HttpResponse<String> noted = get(served, location);
            assertThat(noted.statusCode()).isEqualTo(200);
            assertThat(noted.body()).contains("class=\"note retired\"").contains(dropped);

            HttpResponse<String> api = get(served, "/api/articles/" + dropped);
            assertThat(api.statusCode()).isEqualTo(410);
            JsonNode gone = Json.mapper().readTree(api.body());
            assertThat(gone.get("revision").asInt()).isEqualTo(1);
            assertThat(gone.get("page").asInt()).isEqualTo(3);
            assertThat(get(served, "/articles/ffffffffffffffff").statusCode()).as("never handed out").isEqualTo(404);
        }
    }
}
