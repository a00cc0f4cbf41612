package org.masthead.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.core.CoreContainer;
import org.masthead.model.Article;
import org.masthead.model.ItemKind;
import org.masthead.model.Section;
import org.masthead.search.Normalization;
import org.masthead.search.SearchIndex;
import org.masthead.search.SearchRequest;

/**
 * Search benchmark: Masthead's embedded index against a plain Solr core with Solr's stock CJK analysis
 * (bigrams), same articles, same queries, same run. Prints a Markdown table for docs/BENCHMARKS.md.
 *
 * <pre>java -cp masthead-cli/target/masthead.jar org.masthead.bench.SearchBench ARTICLES WORKDIR</pre>
 */
public final class SearchBench {

    private static final String SAMPLE = "masthead-cli/src/main/resources/samples/jfjb-2025-06-19-p01.md";

    private final List<String> sentences;
    private final int articles;

    private SearchBench(List<String> sentences, int articles) {
        this.sentences = sentences;
        this.articles = articles;
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        Path work = Path.of(args.length > 1 ? args[1] : "target/search-bench");
        if (Files.exists(work)) {
            try (Stream<Path> old = Files.walk(work)) {
                old.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
        new SearchBench(sentences(Files.readString(Path.of(SAMPLE), StandardCharsets.UTF_8)), n).run(work);
    }

    static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("[^。！？!?\\n]+[。！？!?”]*").matcher(text);
        while (m.find()) {
            String s = m.group().replaceAll("[#\\s<>]+", "").strip();
            if (s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() >= 4) {
                out.add(s);
            }
        }
        return out;
    }

    /** The i-th article, the same on every run: 2–8 paragraphs of recombined sample sentences. */
    Article article(int i) {
        Random r = new Random(i * 7919L + 17);
        List<String> paragraphs = new ArrayList<>();
        for (int p = 2 + r.nextInt(7); p > 0; p--) {
            StringBuilder paragraph = new StringBuilder();
            for (int s = 1 + r.nextInt(4); s > 0; s--) {
                paragraph.append(sentences.get(r.nextInt(sentences.size())));
            }
            paragraphs.add(paragraph.toString());
        }
        String first = sentences.get(r.nextInt(sentences.size()));
        LocalDate date = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(9000));
        String id = String.format(Locale.ROOT, "a%08d", i);
        return new Article(id, i % 3 == 0 ? "renminribao" : "jiefangjunbao", i % 3 == 0 ? "人民日报" : "解放军报", date,
                List.of(1 + r.nextInt(12)), List.of(id), ItemKind.values()[r.nextInt(3)], null,
                first.substring(0, Math.min(first.length(), 6 + r.nextInt(12))), null,
                List.of("记者" + (char) ('甲' + r.nextInt(10))), null, List.of(new Section(null, paragraphs)), null, null);
    }

    Stream<Article> corpus() {
        return Stream.iterate(0, i -> i < articles, i -> i + 1).map(this::article);
    }

    /** One benchmark query in both forms. */
    record Query(String group, SearchRequest masthead, SolrQuery baseline) {
    }

    List<Query> queries() {
        Random r = new Random(2025);
        List<Query> out = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        while (phrases.size() < 160) {
            String s = sentences.get(r.nextInt(sentences.size()));
            int len = 1 + r.nextInt(8);
            if (s.length() >= len) {
                int from = r.nextInt(s.length() - len + 1);
                String p = s.substring(from, from + len);
                if (Normalization.hasCjk(p) && !p.contains("\"") && Normalization.normalize(p).length() == len) {
                    phrases.add(p);
                }
            }
        }
        for (int i = 0; i < 100; i++) {
            String p = phrases.get(i);
            out.add(new Query("phrase " + p.length(), request("\"" + p + "\"", false), baseline(phrase(p), false)));
        }
        for (int i = 100; i < 130; i += 3) {
            String a = phrases.get(i);
            String b = phrases.get(i + 1);
            out.add(new Query("boolean", request("\"" + a + "\" \"" + b + "\"", false),
                    baseline("+" + phrase(a) + " +" + phrase(b), false)));
            out.add(new Query("boolean", request("\"" + a + "\" OR \"" + b + "\"", false),
                    baseline(phrase(a) + " OR " + phrase(b), false)));
            out.add(new Query("boolean", request("\"" + a + "\" -\"" + b + "\"", false),
                    baseline("+" + phrase(a) + " -" + phrase(b), false)));
        }
        for (int i = 130; i < 145; i++) {
            YearMonth month = YearMonth.of(2000 + r.nextInt(24), 1 + r.nextInt(12));
            LocalDate from = month.atDay(1);
            LocalDate to = month.plusMonths(6).atEndOfMonth();
            SolrQuery q = baseline(phrase(phrases.get(i)), false);
            q.addFilterQuery("date:[" + from + "T00:00:00Z TO " + to + "T00:00:00Z]");
            out.add(new Query("date-filtered", request("\"" + phrases.get(i) + "\"", false).withDates(from, to), q));
        }
        for (int i = 145; i < 160; i++) {
            out.add(new Query("faceted", request("\"" + phrases.get(i) + "\"", true), baseline(phrase(phrases.get(i)), true)));
        }
        return out;
    }

    private static String phrase(String p) {
        return "text:\"" + p + "\"";
    }

    private static SearchRequest request(String q, boolean facets) {
        return SearchRequest.of(q).withFacets(facets);
    }

    private static SolrQuery baseline(String q, boolean facets) {
        SolrQuery solr = new SolrQuery(q).setRows(10);
        solr.set("q.op", "OR");
        solr.setHighlight(true);
        solr.set("hl.method", "unified");
        solr.set("hl.fl", "body");
        if (facets) {
            solr.setFacet(true).setFacetMinCount(1).setFacetLimit(20);
            solr.addFacetField("title", "year", "month", "pages", "kind", "authors");
        }
        return solr;
    }

    void run(Path work) throws Exception {
        long textBytes = corpus().mapToLong(a -> (a.headline() + a.text()).getBytes(StandardCharsets.UTF_8).length).sum();
        List<Query> queries = queries();

        // Masthead: index, reopen (start-up), query.
        long t0 = System.nanoTime();
        try (SearchIndex index = SearchIndex.embedded(work.resolve("masthead"))) {
            System.err.printf(Locale.ROOT, "masthead: cold start %.2f s%n", (System.nanoTime() - t0) / 1e9);
            t0 = System.nanoTime();
            index.index(corpus());
        }
        double mastheadIndexing = (System.nanoTime() - t0) / 1e9;
        long mastheadSize = size(work.resolve("masthead/masthead/data"));
        t0 = System.nanoTime();
        long[] mastheadTotals = new long[queries.size()];
        List<Long> mastheadLatency = new ArrayList<>();
        double startSeconds;
        try (SearchIndex index = SearchIndex.embedded(work.resolve("masthead"))) {
            startSeconds = (System.nanoTime() - t0) / 1e9;
            for (int round = 0; round < 4; round++) {
                for (int i = 0; i < queries.size(); i++) {
                    long s = System.nanoTime();
                    mastheadTotals[i] = index.search(queries.get(i).masthead()).total();
                    if (round > 0) {
                        mastheadLatency.add(System.nanoTime() - s);
                    }
                }
            }
        }

        // Baseline: a stock text_cjk core in the same JVM.
        Path home = work.resolve("baseline");
        Path conf = Files.createDirectories(home.resolve("baseline/conf"));
        for (String f : List.of("managed-schema.xml", "solrconfig.xml")) {
            try (InputStream in = SearchBench.class.getResourceAsStream("baseline/" + f)) {
                Files.copy(in, conf.resolve(f));
            }
        }
        Files.writeString(home.resolve("solr.xml"), "<solr/>\n");
        Files.writeString(home.resolve("baseline/core.properties"), "name=baseline\n");
        long[] baselineTotals = new long[queries.size()];
        List<Long> baselineLatency = new ArrayList<>();
        double baselineIndexing;
        CoreContainer container = CoreContainer.createAndLoad(home.toAbsolutePath());
        // The server does not own the container: shut it down too, or its threads keep the JVM alive.
        try {
            try (EmbeddedSolrServer server = new EmbeddedSolrServer(container, "baseline")) {
                t0 = System.nanoTime();
                List<SolrInputDocument> batch = new ArrayList<>();
                for (Article a : (Iterable<Article>) corpus()::iterator) {
                    batch.add(baselineDocument(a));
                    if (batch.size() == 500) {
                        server.add(batch);
                        batch.clear();
                    }
                }
                if (!batch.isEmpty()) {
                    server.add(batch);
                }
                server.commit();
                baselineIndexing = (System.nanoTime() - t0) / 1e9;
                for (int round = 0; round < 4; round++) {
                    for (int i = 0; i < queries.size(); i++) {
                        long s = System.nanoTime();
                        baselineTotals[i] = server.query(queries.get(i).baseline()).getResults().getNumFound();
                        if (round > 0) {
                            baselineLatency.add(System.nanoTime() - s);
                        }
                    }
                }
            }
        } finally {
            container.shutdown();
        }
        long baselineSize = size(home.resolve("baseline/data"));

        int missQueries = 0;
        long missed = 0;
        int extraQueries = 0;
        for (int i = 0; i < queries.size(); i++) {
            if (baselineTotals[i] < mastheadTotals[i]) {
                missQueries++;
                missed += mastheadTotals[i] - baselineTotals[i];
            } else if (baselineTotals[i] > mastheadTotals[i]) {
                extraQueries++;
            }
        }
        System.out.printf(Locale.ROOT, "articles %d, text %.1f MB (UTF-8), %d queries (%s)%n%n", articles,
                textBytes / 1e6, queries.size(), "100 phrases of 1–8 chars, 30 boolean, 15 date-filtered, 15 faceted");
        System.out.println("| measure | Masthead (unigram+bigram positions) | baseline (stock text_cjk bigrams) | ratio |");
        System.out.println("| --- | --- | --- | --- |");
        row("indexing, articles/s", articles / mastheadIndexing, articles / baselineIndexing, "%.0f");
        row("index size, MB", mastheadSize / 1e6, baselineSize / 1e6, "%.1f");
        row("index size / text size", (double) mastheadSize / textBytes, (double) baselineSize / textBytes, "%.2f");
        row("query p50, ms", percentile(mastheadLatency, 50), percentile(baselineLatency, 50), "%.1f");
        row("query p99, ms", percentile(mastheadLatency, 99), percentile(baselineLatency, 99), "%.1f");
        System.out.printf(Locale.ROOT, "| queries with missed articles | 0 (exact by construction, see tests) | %d of %d "
                + "(%d articles missed; %d queries with more hits than exist) | |%n", missQueries, queries.size(), missed,
                extraQueries);
        System.out.printf(Locale.ROOT, "%nembedded core re-opened on the built index (warm JVM): %.2f s%n",
                startSeconds);
    }

    private static void row(String name, double masthead, double baseline, String format) {
        System.out.printf(Locale.ROOT, "| %s | " + format + " | " + format + " | %.2f |%n", name, masthead, baseline,
                masthead / baseline);
    }

    private static double percentile(List<Long> nanos, int p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static SolrInputDocument baselineDocument(Article a) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField("id", a.id());
        doc.addField("title", a.title());
        doc.addField("date", Date.from(a.date().atStartOfDay(ZoneOffset.UTC).toInstant()));
        doc.addField("year", a.date().getYear());
        doc.addField("month", YearMonth.from(a.date()).toString());
        a.pages().forEach(p -> doc.addField("pages", p));
        doc.addField("kind", a.kind().json());
        a.authors().forEach(x -> doc.addField("authors", x));
        doc.addField("headline", a.headline());
        Arrays.stream(a.text().split("\n")).filter(l -> !l.isBlank()).forEach(l -> doc.addField("body", l));
        return doc;
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            // The index files only: the update log (tlog) is a recovery aid, not the index.
            return files.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/tlog/")).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
