package org.masthead.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.masthead.archive.Archive;
import org.masthead.archive.ArticleFilter;
import org.masthead.archive.IngestSummary;
import org.masthead.model.Article;
import org.masthead.search.SearchIndex;

/**
 * A real archive in a temporary data folder, holding the shipped front page of 2025-06-19 and hand-written
 * pages (that edition's page 3, where two front-page articles continue, and the front page of the day
 * before), indexed in an embedded Solr core and served by a started server. One per test class.
 */
final class ServedArchive implements AutoCloseable {
    static final String SLUG = "jiefangjunbao";

    final Path data;
    final Archive archive;
    final SearchIndex index;
    final Newsstand newsstand;
    final WebServer server;
    final String base;

    private ServedArchive(Path data) {
        this.data = data;
        this.archive = Archive.open(data);
        IngestSummary summary = archive.ingest().run(List.of(pagesIn(data.resolve("pages"))));
        if (!summary.rejected().isEmpty() || summary.pagesAdded() != 3) {
            throw new IllegalStateException("test pages did not ingest: " + summary);
        }
        this.index = SearchIndex.open(data, null);
        try (Stream<Article> articles = archive.articles(ArticleFilter.ALL)) {
            index.index(articles);
        }
        this.newsstand = new ArchiveNewsstand(archive, index);
        this.server = WebServer.start(newsstand, "127.0.0.1", 0);
        this.base = "http://127.0.0.1:" + server.port();
    }

    static ServedArchive start() {
        try {
            return new ServedArchive(Files.createTempDirectory("masthead-web-test"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the test pages into one folder: an edition's pages are read together from where they lie. */
    private static Path pagesIn(Path folder) {
        try {
            Files.createDirectories(folder);
            for (Path page : pages()) {
                Files.copy(page, folder.resolve(page.getFileName().toString()));
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> pages() {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isDirectory(root.resolve("masthead-cli"))) {
            root = root.getParent();
        }
        if (root == null) {
            throw new IllegalStateException("cannot find the repository root from " + Path.of("").toAbsolutePath());
        }
        List<Path> pages = new ArrayList<>();
        pages.add(root.resolve("masthead-cli/src/main/resources/samples/jfjb-2025-06-19-p01.md"));
        try (Stream<Path> written = Files.list(root.resolve("masthead-web/src/test/resources/pages"))) {
            written.sorted().forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    @Override
    public void close() {
        server.close();
        index.close();
        archive.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
