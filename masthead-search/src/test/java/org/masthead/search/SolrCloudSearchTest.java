package org.masthead.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Article;

/**
 * A real SolrCloud: two Solr nodes and an embedded ZooKeeper from Solr's test framework. The collection is
 * made the way {@code masthead solr-setup} makes it (configset upload, 2 shards × 2 replicas); the same
 * queries must give the same results as the embedded core, also with one node stopped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrCloudSearchTest {

    @TempDir
    static Path dir;
    MiniSolrCloudCluster cluster;
    SearchIndex cloud;
    SearchIndex embedded;
    List<String> queries = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        cluster = new MiniSolrCloudCluster.Builder(2, Files.createDirectories(dir.resolve("cloud"))).build();
        cloud = SearchIndex.remote(cluster.getZkServer().getZkAddress());
        assertThat(cloud.setUp(2, 2)).contains("created with 2 shard(s) x 2 replica(s)");
        cluster.waitForActiveCollection(SearchIndex.COLLECTION, 60, TimeUnit.SECONDS, 2, 4);
        embedded = SearchIndex.embedded(dir.resolve("embedded"));

        List<Article> corpus = TestCorpus.articles(1500, 7L);
        assertThat(cloud.index(corpus)).isEqualTo(corpus.size());
        embedded.index(corpus);

        Random random = new Random(11);
        while (queries.size() < 150) {
            Article a = corpus.get(random.nextInt(corpus.size()));
            List<String> units = TestCorpus.units(a);
            String unit = units.get(random.nextInt(units.size()));
            int length = 1 + random.nextInt(8);
            if (unit.length() >= length) {
                int from = random.nextInt(unit.length() - length + 1);
                String phrase = unit.substring(from, from + length);
                if (Normalization.hasCjk(phrase) && !phrase.contains("\"")) {
                    queries.add(UserQuery.quote(phrase));
                }
            }
        }
        queries.addAll(List.of("中亚 王毅", "中亚 OR 王毅", "中亚 -王毅", "headline:习近平", "author:董建华",
                "date:2025-06", "kind:photo 合作", "archive", "解放軍", ""));
    }

    @AfterAll
    void stop() throws Exception {
        if (cloud != null) {
            cloud.close();
        }
        if (embedded != null) {
            embedded.close();
        }
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    void assertSameAsEmbedded() {
        for (String query : queries) {
            SearchRequest request = SearchRequest.of(query);
            assertThat(new TreeSet<>(cloud.ids(request))).as(query).isEqualTo(new TreeSet<>(embedded.ids(request)));
            SearchRequest byDate = request.withSort(SearchRequest.Sort.DATE).withPage(0, 20);
            SearchResult c = cloud.search(byDate);
            SearchResult e = embedded.search(byDate);
            assertThat(c.total()).as(query).isEqualTo(e.total());
            assertThat(c.hits()).as(query).isEqualTo(e.hits());
            assertThat(c.facets()).as(query).isEqualTo(e.facets());
        }
        assertThat(cloud.trend(SearchRequest.of("中亚"), Trend.Period.MONTH))
                .isEqualTo(embedded.trend(SearchRequest.of("中亚"), Trend.Period.MONTH));
    }

    @Test
    void sameResultsAsTheEmbeddedCoreAlsoWithOneNodeDown() throws Exception {
        assertSameAsEmbedded();
        JettySolrRunner stopped = cluster.stopJettySolrRunner(1);
        cluster.waitForJettyToStop(stopped);
        assertThat(cluster.getJettySolrRunners().stream().filter(JettySolrRunner::isRunning)).hasSize(1);
        assertSameAsEmbedded();
    }
}
