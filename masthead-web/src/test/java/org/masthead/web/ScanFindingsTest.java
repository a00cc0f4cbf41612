package org.masthead.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.archive.Archive;
import org.masthead.archive.ArticleFilter;
import org.masthead.archive.IngestSummary;
import org.masthead.archive.PageImages;
import org.masthead.model.Article;
import org.masthead.model.StitchedEdition;
import org.masthead.search.SearchIndex;

/**
 * A curator's findings page names a page whose scan the originals store lost, in the interface language,
 * and one whose stored scan is no image; readers' pages keep such findings apart.
 */
class ScanFindingsTest {
    private static final Path NDNP = Path.of("").toAbsolutePath().getParent()
            .resolve("masthead-alto/src/test/resources/ndnp/batch_dlc_manyyears_ver01");

    @TempDir
    Path dir;

    @Test
    void theFindingsPageNamesALostScanAndAnUnusableOne() throws Exception {
        Path batch = dir.resolve("batch");
        try (Stream<Path> files = Files.walk(NDNP)) {
            for (Path file : files.sorted().toList()) {
                Path copy = batch.resolve(NDNP.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        // The batch names its page's scan 0007.jp2; a PNG there is kept as the page's scan all the same.
        ImageIO.write(new BufferedImage(600, 900, BufferedImage.TYPE_BYTE_GRAY), "png",
                batch.resolve("data/sn83045462/00280654255/1865100201/0007.jp2").toFile());
        try (Archive archive = Archive.open(dir.resolve("data"))) {
            // The METS names its page's ALTO and scan.
            IngestSummary summary = archive.ingest().run(List.of(batch.resolve(
                    "data/sn83045462/00280654255/1865100201/1865100201.xml")));
            assertThat(summary.pagesAdded()).as(summary.toString()).isEqualTo(1);
            StitchedEdition edition;
            try (Stream<StitchedEdition> all = archive.editions(ArticleFilter.ALL)) {
                edition = all.findFirst().orElseThrow();
            }
            String sha256 = PageImages.scanOf(edition.edition().pages().get(0));
            Path scan = archive.original(sha256).orElseThrow();
            String path = "/" + edition.slug() + "/" + edition.edition().date() + "/findings";

            Files.delete(scan);
            assertThat(findings(archive, path + "?lang=en")).contains("Scan lost from the originals store",
                    "p1: scan sha256:" + sha256 + " missing from the originals store");
            Files.write(scan, new byte[] {0, 1, 2, 3});
            assertThat(findings(archive, path + "?lang=zh")).contains("原件库中扫描件无法读取",
                    "p1: scan sha256:" + sha256 + " in the originals store is no JPEG 2000, TIFF, JPEG or PNG image");
        }
    }

    /** The findings page of a server started over the archive as it stands. */
    private String findings(Archive archive, String path) throws Exception {
        Path indexHome = Files.createTempDirectory(dir, "index");
        try (SearchIndex index = SearchIndex.open(indexHome, null)) {
            try (Stream<Article> articles = archive.articles(ArticleFilter.ALL)) {
                index.index(articles);
            }
            try (WebServer server = WebServer.start(new ArchiveNewsstand(archive, index), "127.0.0.1", 0)) {
                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(200);
                return response.body();
            }
        }
    }
}
