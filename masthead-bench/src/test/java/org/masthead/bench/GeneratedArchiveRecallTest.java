package org.masthead.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.archive.Archive;
import org.masthead.archive.ArticleFilter;
import org.masthead.bench.corpus.Converter;
import org.masthead.bench.corpus.CorpusSpec;
import org.masthead.bench.corpus.CorpusWriter;
import org.masthead.bench.corpus.Damage;
import org.masthead.bench.corpus.Title;
import org.masthead.model.Article;
import org.masthead.search.Normalization;
import org.masthead.search.SearchIndex;
import org.masthead.search.SearchRequest;

/**
 * Issue 5's recall proof end to end: a generated corpus goes through the real parser into the real archive,
 * the index is fed from the record, and for 1,000 random substrings of 1–8 characters of stored article
 * text the hits are exactly the articles a brute-force scan of the record finds.
 */
class GeneratedArchiveRecallTest {

    @TempDir
    Path work;

    /** An article's searchable units, normalised: kicker, headline, subtitle, authors and each line of its text. */
    private static List<String> units(Article article) {
        return SearchIndex.searchableUnits(article).stream().map(Normalization::normalize).toList();
    }

    @Test
    void everySubstringOfTheArchiveFindsExactlyTheArticlesThatContainIt() throws Exception {
        Path corpus = work.resolve("corpus");
        CorpusWriter.write(new CorpusSpec(Title.of("解放军报"), LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 4), 7,
                8, 12, Converter.named("markdown"), Damage.named("typical")), corpus);
        List<Article> articles;
        try (Archive archive = Archive.open(work.resolve("data"))) {
            List<Path> pages;
            try (Stream<Path> walk = java.nio.file.Files.walk(corpus)) {
                pages = walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
            }
            assertThat(archive.ingest().run(pages).rejected()).isEmpty();
            try (Stream<Article> all = archive.articles(ArticleFilter.ALL)) {
                articles = all.toList();
            }
        }
        List<List<String>> normalized = articles.stream().map(GeneratedArchiveRecallTest::units).toList();
        assertThat(articles).hasSizeGreaterThan(200);

        try (SearchIndex index = SearchIndex.embedded(work.resolve("solr"))) {
            index.replaceAll(articles.stream());
            Random random = new Random(5);
            int checked = 0;
            int longer = 0;
            while (checked < 1000) {
                int pick = random.nextInt(articles.size());
                List<String> own = normalized.get(pick);
                String unit = own.get(random.nextInt(own.size()));
                int length = 1 + random.nextInt(8);
                if (unit.length() < length) {
                    continue;
                }
                int from = random.nextInt(unit.length() - length + 1);
                String phrase = unit.substring(from, from + length);
                if (!Normalization.hasCjk(phrase) || Character.isLowSurrogate(phrase.charAt(0))) {
                    continue;
                }
                Set<String> expected = new TreeSet<>();
                for (int i = 0; i < articles.size(); i++) {
                    if (normalized.get(i).stream().anyMatch(u -> u.contains(phrase))) {
                        expected.add(articles.get(i).id());
                    }
                }
                assertThat(expected).contains(articles.get(pick).id());
                Set<String> found = new TreeSet<>(index.ids(SearchRequest.of("\"" + phrase + "\"")));
                assertThat(found).as("hits for %s", phrase).isEqualTo(expected);
                checked++;
                if (length >= 3) {
                    longer++;
                }
            }
            // Drawn at random offsets, most longer phrases cut across word boundaries, as the issue asks.
            assertThat(longer).isGreaterThan(500);
        }
    }
}
