package org.masthead.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.index.IndexWriter;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.embedded.EmbeddedSolrServer;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.util.ContentStreamBase;
import org.apache.solr.core.CoreContainer;
import org.apache.solr.core.SolrCore;
import org.apache.solr.util.RefCounted;
import org.masthead.model.Article;
import org.masthead.model.Section;
import org.masthead.search.SearchRequest.Facet;

/**
 * The search index of logical articles: an embedded Solr core under the data folder by default, or a
 * SolrCloud collection / Solr server. Same configset, same queries. Thread-safe; close it when done
 * (that shuts an embedded core down).
 */
public final class SearchIndex implements AutoCloseable {

    /** The core's (and the SolrCloud collection's) name. */
    public static final String COLLECTION = "masthead";
    private static final int BATCH = 500;
    /** Threads that analyse and index batches while the caller reads the next ones. */
    private static final int SENDERS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final String HIT_FIELDS = "id,title,titleName,date,pages,kind,headline,label,body";
    /** About how many chars of the body a hit shows around its first match. */
    private static final int SNIPPET_LENGTH = 100;
    /** Values shown per facet (months excepted: a trend needs every one). */
    private static final int FACET_LIMIT = 20;
    /**
     * How long the count of all articles per period under some filters (a trend's denominator) is reused. It
     * does not depend on the query, so every search over the same filters shares it; this process's own
     * writes drop it at once, other processes' writes show within this time.
     */
    private static final Duration TOTALS_FRESH = Duration.ofMinutes(1);
    /** The longest span a daily trend may cover; longer series read better (and count faster) by month. */
    public static final int MAX_TREND_DAYS = 731;

    /** Solr's v2 API (Jersey) warns through java.util.logging about optional providers; held so it stays set. */
    private static final java.util.logging.Logger JERSEY = java.util.logging.Logger.getLogger("org.glassfish.jersey");

    private static final String NO_V2_API = "disable.v2.api";

    private final SolrClient client;
    private final CoreContainer container;
    private final String where;
    /** Set by this process's first commit: only then can the embedded core have merges running at close. */
    private volatile boolean committed;
    private final Cache<TotalsKey, Map<String, Long>> totals = Caffeine.newBuilder().maximumSize(256)
            .expireAfterWrite(TOTALS_FRESH).build();

    private record TotalsKey(SearchRequest filters, Trend.Period period) {
    }

    private SearchIndex(SolrClient client, CoreContainer container, String where) {
        this.client = client;
        this.container = container;
        this.where = where;
    }

    /**
     * Opens the index: {@code solr} null or blank = the embedded core under {@code <data>/solr};
     * {@code http(s)://host:port/solr} = a Solr server's collection {@value #COLLECTION};
     * otherwise a ZooKeeper address {@code host:port[,host:port][/chroot]} of a SolrCloud cluster.
     */
    public static SearchIndex open(Path data, String solr) {
        if (solr == null || solr.isBlank()) {
            return embedded(data.resolve("solr"));
        }
        return remote(solr);
    }

    /** Starts (creating if needed) the embedded core in this Solr home folder. */
    public static SearchIndex embedded(Path solrHome) {
        try {
            Path core = solrHome.resolve(COLLECTION);
            Configset.copyTo(core.resolve("conf"));
            // No metrics: an in-process core has no one to report them to, and they cost start-up time.
            Files.writeString(solrHome.resolve("solr.xml"), "<solr>\n  <metrics enabled=\"false\"/>\n</solr>\n",
                    StandardCharsets.UTF_8);
            // Switches off the request handlers only a Solr server needs (admin, replication, streaming; see
            // solrconfig.xml): building them was a fair part of the core's start-up. No update log: what was not
            // committed (with its mark) is lost with the process, never replayed.
            Files.writeString(core.resolve("core.properties"), "name=" + COLLECTION
                    + "\nmasthead.server.handlers=false\nmasthead.updateLog=false\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SearchException("cannot prepare the search index in " + solrHome + ": " + e.getMessage(), e);
        }
        JERSEY.setLevel(java.util.logging.Level.SEVERE);
        // The v2 API (Jersey) is only reached over HTTP, which an embedded core never is; building its
        // resource model took about half of the core's start-up (seen in thread dumps).
        if (System.getProperty(NO_V2_API) == null) {
            System.setProperty(NO_V2_API, "true");
        }
        CoreContainer container = CoreContainer.createAndLoad(solrHome.toAbsolutePath());
        Map<String, CoreContainer.CoreLoadFailure> failures = container.getCoreInitFailures();
        if (failures.isEmpty()) {
            return new SearchIndex(new EmbeddedSolrServer(container, COLLECTION), container, solrHome.toString());
        }
        container.shutdown();
        Throwable cause = failures.values().iterator().next().exception;
        if (!damaged(cause)) {
            throw new SearchException("cannot open the search index in " + solrHome + ": " + rootMessage(cause), cause);
        }
        // The index is never the only copy: a damaged one is set aside (for whoever wants to look at it) and a
        // new one started, which the caller fills from the record (it has no "indexed up to" mark).
        Path data = solrHome.resolve(COLLECTION).resolve("data");
        Path aside = solrHome.resolve(COLLECTION).resolve("data.damaged-" + System.currentTimeMillis());
        try {
            Files.move(data, aside);
        } catch (IOException e) {
            throw new SearchException("the search index in " + data + " is damaged (" + rootMessage(cause)
                    + ") and cannot be set aside (" + e.getMessage() + "): delete it, and it is rebuilt", e);
        }
        SearchIndex fresh = embedded(solrHome);
        fresh.repair = "the search index in " + data + " was damaged (" + rootMessage(cause) + "); set aside as "
                + aside.getFileName() + ", a new one is built from the record";
        return fresh;
    }

    /** True when opening failed on the index files themselves (missing or corrupt), not on a lock or a setting. */
    private static boolean damaged(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.apache.lucene.store.LockObtainFailedException) {
                return false; // another process holds it: in use, not damaged
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.apache.lucene.index.CorruptIndexException
                    || t instanceof org.apache.lucene.index.IndexFormatTooOldException
                    || t instanceof org.apache.lucene.index.IndexFormatTooNewException
                    || t instanceof java.nio.file.NoSuchFileException || t instanceof java.io.FileNotFoundException
                    || t instanceof java.io.EOFException) {
                return true;
            }
        }
        return false;
    }

    private volatile String repair;

    /** What opening had to repair (a damaged index set aside and started anew), for the operator; else empty. */
    public Optional<String> repaired() {
        return Optional.ofNullable(repair);
    }

    /** Connects to a SolrCloud cluster (ZooKeeper address) or a Solr server (http URL). */
    public static SearchIndex remote(String solr) {
        if (solr.startsWith("http://") || solr.startsWith("https://")) {
            String base = solr.replaceAll("/+$", "");
            return new SearchIndex(new Http2SolrClient.Builder(base).withDefaultCollection(COLLECTION).build(), null,
                    base);
        }
        int slash = solr.indexOf('/');
        List<String> hosts = List.of((slash < 0 ? solr : solr.substring(0, slash)).split(","));
        Optional<String> chroot = slash < 0 ? Optional.empty() : Optional.of(solr.substring(slash));
        CloudSolrClient cloud = new CloudSolrClient.Builder(hosts, chroot).withDefaultCollection(COLLECTION).build();
        return new SearchIndex(cloud, null, solr);
    }

    /**
     * Uploads the configset to a SolrCloud cluster (replacing an older upload) and creates the collection
     * with these shards and replicas per shard, or reloads it when it exists. Returns what was done.
     */
    public String setUp(int shards, int replicas) {
        if (container != null) {
            throw new SearchException("solr-setup needs a SolrCloud address (--solr); the embedded index sets "
                    + "itself up when opened");
        }
        ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload().setConfigSetName(Configset.NAME)
                .setOverwrite(true).setCleanup(true)
                .setUploadStream(new ContentStreamBase.ByteArrayStream(Configset.zip(), "masthead.zip",
                        "application/zip"));
        call(() -> upload.process(client));
        if (call(() -> CollectionAdminRequest.listCollections(client)).contains(COLLECTION)) {
            call(() -> CollectionAdminRequest.reloadCollection(COLLECTION).process(client));
            return "configset " + Configset.NAME + " uploaded, collection " + COLLECTION + " reloaded";
        }
        call(() -> CollectionAdminRequest.createCollection(COLLECTION, Configset.NAME, shards, replicas)
                .process(client));
        return "configset " + Configset.NAME + " uploaded, collection " + COLLECTION + " created with " + shards
                + " shard(s) x " + replicas + " replica(s)";
    }

    /** The Solr client, for setup and tests. */
    SolrClient client() {
        return client;
    }

    /**
     * The id of the one document that is no article: it holds the record's clock value the index was last
     * brought level with, so the mark commits (and is lost) together with the articles it speaks for.
     */
    private static final String MARK_ID = "masthead:indexed-up-to";
    /** Every query's filter: articles only, never the mark. */
    private static final String ARTICLES_ONLY = "-id:" + UserQuery.quote(MARK_ID);

    /**
     * The record's clock value this index holds everything up to (see {@link #commitUpTo}), or empty when it
     * has none: a new index, or one written before marks were kept.
     */
    public OptionalLong indexedUpTo() {
        SolrQuery solr = new SolrQuery("id:" + UserQuery.quote(MARK_ID)).setFields("upTo").setRows(1);
        SolrDocumentList found = call(() -> client.query(solr)).getResults();
        return found.isEmpty() ? OptionalLong.empty() : OptionalLong.of((Long) found.get(0).getFirstValue("upTo"));
    }

    /**
     * The embedded index's mark (see {@link #indexedUpTo}) read from its last Lucene commit without starting
     * Solr, which costs seconds: an ingest that finds the index level and records nothing need not start it.
     * Empty when there is no such index or it cannot be read (then the index is opened as usual, and repaired).
     */
    public static OptionalLong embeddedMark(Path data) {
        Path index = data.resolve("solr").resolve(COLLECTION).resolve("data").resolve("index");
        if (!Files.isDirectory(index)) {
            return OptionalLong.empty();
        }
        try (org.apache.lucene.store.Directory directory = org.apache.lucene.store.FSDirectory.open(index);
             org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(directory)) {
            org.apache.lucene.search.IndexSearcher searcher = new org.apache.lucene.search.IndexSearcher(reader);
            org.apache.lucene.search.TopDocs found = searcher.search(new org.apache.lucene.search.TermQuery(
                    new org.apache.lucene.index.Term("id", MARK_ID)), 1);
            if (found.scoreDocs.length == 0) {
                return OptionalLong.empty();
            }
            org.apache.lucene.index.IndexableField upTo =
                    searcher.storedFields().document(found.scoreDocs[0].doc).getField("upTo");
            return upTo == null || upTo.numericValue() == null ? OptionalLong.empty()
                    : OptionalLong.of(upTo.numericValue().longValue());
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Commits everything sent so far together with the mark that the index now holds the record up to this
     * clock value: one Lucene commit, so a process killed at any instant leaves mark and articles agreeing.
     */
    public void commitUpTo(long recordClock) {
        SolrInputDocument mark = new SolrInputDocument();
        mark.addField("id", MARK_ID);
        mark.addField("indexed", Long.MAX_VALUE); // never dropped by a rebuild's sweep
        mark.addField("upTo", recordClock);
        call(() -> client.add(mark));
        commit();
    }

    /** Adds or replaces articles (by id) and commits; returns how many were sent. */
    public long index(Stream<Article> articles) {
        return index(articles::iterator);
    }

    /** Adds or replaces articles (by id) and commits; returns how many were sent. */
    public long index(Iterable<Article> articles) {
        long count = send(articles, System.currentTimeMillis());
        commit();
        return count;
    }

    /**
     * Makes the index hold exactly these articles: adds or replaces them, then drops every article not
     * sent in this run (e.g. parts that stitching has since joined to another article). The old index
     * keeps answering until the final commit, so a rebuild never shows an empty archive.
     */
    public long replaceAll(Stream<Article> articles) {
        long count = sendAll(articles);
        commit();
        return count;
    }

    /** {@link #replaceAll}, committed with the mark that the index holds the record up to this clock value. */
    public long replaceAll(Stream<Article> articles, long recordClock) {
        long count = sendAll(articles);
        commitUpTo(recordClock);
        return count;
    }

    private long sendAll(Stream<Article> articles) {
        long run = System.currentTimeMillis();
        long count = send(articles::iterator, run);
        call(() -> client.deleteByQuery("*:* -indexed:[" + run + " TO *]"));
        return count;
    }

    /**
     * Makes the index hold exactly these articles for one edition (title slug and date): articles of that
     * edition not sent again are dropped. No commit: many editions are brought level in one
     * ({@link #commit}, {@link #commitUpTo}).
     */
    public long sendEdition(String title, LocalDate date, Stream<Article> articles) {
        long run = System.currentTimeMillis();
        long count = send(articles::iterator, run);
        call(() -> client.deleteByQuery("+title:" + UserQuery.quote(title) + " +date:[" + date + "T00:00:00Z TO "
                + date + "T00:00:00Z] -indexed:[" + run + " TO *]"));
        return count;
    }

    /**
     * Sends the articles stamped with this run, without committing: each caller commits once, at its end.
     * The calling thread reads the articles (for a rebuild: the record, parsed and stitched) while
     * {@link #SENDERS} threads turn batches into documents and index them (analysis is the costly part), so
     * reading and indexing overlap instead of taking turns.
     */
    private long send(Iterable<Article> articles, long run) {
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS, r -> {
            Thread t = new Thread(r, "masthead-index-send");
            t.setDaemon(true);
            return t;
        });
        Semaphore queued = new Semaphore(SENDERS * 2); // bounds the batches held in memory
        List<Future<Integer>> sent = new ArrayList<>();
        try {
            List<Article> batch = new ArrayList<>(BATCH);
            Iterator<Article> it = articles.iterator();
            while (it.hasNext()) {
                batch.add(it.next());
                if (batch.size() == BATCH || !it.hasNext()) {
                    List<Article> full = batch;
                    batch = new ArrayList<>(BATCH);
                    queued.acquireUninterruptibly();
                    sent.add(senders.submit(() -> {
                        try {
                            return sendBatch(full, run);
                        } finally {
                            queued.release();
                        }
                    }));
                    failFast(sent);
                }
            }
            long count = 0;
            for (Future<Integer> f : sent) {
                count += result(f);
            }
            return count;
        } finally {
            senders.shutdownNow();
        }
    }

    /** Stops reading as soon as a batch has failed (Solr unreachable, a bad document) instead of at the end. */
    private static void failFast(List<Future<Integer>> sent) {
        for (int i = Math.max(0, sent.size() - SENDERS * 3); i < sent.size(); i++) {
            if (sent.get(i).isDone()) {
                result(sent.get(i));
            }
        }
    }

    private static int result(Future<Integer> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchException("interrupted while indexing", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new SearchException(rootMessage(e), e);
        }
    }

    private int sendBatch(List<Article> articles, long run) {
        List<SolrInputDocument> docs = new ArrayList<>(articles.size());
        for (Article article : articles) {
            SolrInputDocument doc = document(article);
            doc.addField("indexed", run);
            docs.add(doc);
        }
        if (!docs.isEmpty()) {
            call(() -> client.add(docs));
        }
        return docs.size();
    }

    /** Removes articles by id (e.g. of an edition that is re-ingested) and commits. */
    public void delete(Collection<String> ids) {
        if (!ids.isEmpty()) {
            call(() -> client.deleteById(List.copyOf(ids)));
            commit();
        }
    }

    /** Empties the index (before a reindex). */
    public void clear() {
        call(() -> client.deleteByQuery("*:*"));
        commit();
    }

    /** Makes everything sent so far searchable and durable. */
    public void commit() {
        call(client::commit);
        committed = true;
        totals.invalidateAll();
    }

    /** How many articles the index holds. */
    public long count() {
        return call(() -> client.query(new SolrQuery("*:*").addFilterQuery(ARTICLES_ONLY).setRows(0))).getResults()
                .getNumFound();
    }

    /** Runs a search. Bad query syntax is a {@link SearchException}. */
    public SearchResult search(SearchRequest request) {
        UserQuery query = UserQuery.parse(request.query());
        SolrQuery solr = base(query, request, true);
        solr.setStart(request.start()).setRows(request.rows());
        solr.setFields(HIT_FIELDS);
        switch (request.sort()) {
            case RELEVANCE -> solr.addSort("score", SolrQuery.ORDER.desc).addSort("date", SolrQuery.ORDER.desc);
            case DATE -> solr.addSort("date", SolrQuery.ORDER.desc);
            case DATE_ASC -> solr.addSort("date", SolrQuery.ORDER.asc);
        }
        solr.addSort("id", SolrQuery.ORDER.asc);
        facetsFor(solr, request.facets());
        QueryResponse response = call(() -> client.query(solr));
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (SolrDocument doc : response.getResults()) {
            String id = (String) doc.getFirstValue("id");
            // The passage is cut here, not by Solr's highlighter: that analysed each hit's body again (most of what a
            // search met again costs, its counts kept), and Marks finds the same ranges from the stored lines.
            Collection<Object> body = doc.getFieldValues("body");
            String snippet = body == null ? null
                    : Marks.passage(body.stream().map(String::valueOf).toList(), request.query(), SNIPPET_LENGTH, "em");
            hits.add(new SearchResult.Hit(id, (String) doc.getFirstValue("title"),
                    (String) doc.getFirstValue("titleName"), day((Date) doc.getFirstValue("date")),
                    doc.getFieldValues("pages") == null ? List.of()
                            : doc.getFieldValues("pages").stream().map(p -> (Integer) p).toList(),
                    (String) doc.getFirstValue("kind"), (String) doc.getFirstValue("headline"),
                    // Indexes written before labels were stored fall back to the headline.
                    (String) (doc.getFirstValue("label") != null ? doc.getFirstValue("label") : doc.getFirstValue("headline")),
                    snippet));
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (Facet facet : request.facets()) {
            facets.put(facet.key(), facet == Facet.YEAR ? byYear(counts(response, Facet.MONTH))
                    : counts(response, facet));
        }
        return new SearchResult(response.getResults().getNumFound(), hits, facets);
    }

    /**
     * Asks for the facets wanted. Years are summed from months, which are counted in full anyway when either
     * is wanted: one pass over the hits serves both, and the trend too.
     */
    private static void facetsFor(SolrQuery solr, Set<Facet> facets) {
        if (facets.isEmpty()) {
            return;
        }
        solr.setFacet(true).setFacetMinCount(1).setFacetLimit(FACET_LIMIT);
        for (Facet facet : facets) {
            if (facet != Facet.YEAR && facet != Facet.MONTH) {
                solr.addFacetField("{!key=" + facet.key() + "}" + field(facet));
            }
        }
        if (facets.contains(Facet.YEAR) || facets.contains(Facet.MONTH)) {
            solr.addFacetField(field(Facet.MONTH));
            solr.set("f.month.facet.limit", -1);
            solr.set("f.month.facet.sort", "index");
        }
    }

    private static String field(Facet facet) {
        return switch (facet) {
            case TITLE -> "title";
            case YEAR -> "year";
            case MONTH -> "month";
            case PAGE -> "pages";
            case KIND -> "kind";
            case AUTHOR -> "authors";
        };
    }

    private static Map<String, Long> counts(QueryResponse response, Facet facet) {
        FacetField field = response.getFacetField(facet.key());
        Map<String, Long> counts = new LinkedHashMap<>();
        if (field != null) {
            field.getValues().forEach(c -> counts.put(c.getName(), c.getCount()));
        }
        return counts;
    }

    /** Month counts summed per year, largest first (ties: earlier year first), as Solr orders a facet. */
    private static Map<String, Long> byYear(Map<String, Long> months) {
        Map<String, Long> years = new LinkedHashMap<>();
        months.forEach((month, count) -> years.merge(month.substring(0, 4), count, Long::sum));
        return years.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(FACET_LIMIT)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** The ids of every article that matches the request's query and filters (tests and exports). */
    public List<String> ids(SearchRequest request) {
        SolrQuery solr = base(UserQuery.parse(request.query()), request, false);
        solr.setFields("id").setRows(1000).setSort("id", SolrQuery.ORDER.asc);
        // A cursor, not one huge page: works the same on one core and across shards, memory stays flat.
        List<String> ids = new ArrayList<>();
        String cursor = CursorMarkParams.CURSOR_MARK_START;
        while (true) {
            solr.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
            QueryResponse response = call(() -> client.query(solr));
            response.getResults().forEach(d -> ids.add((String) d.getFirstValue("id")));
            if (cursor.equals(response.getNextCursorMark())) {
                return ids;
            }
            cursor = response.getNextCursorMark();
        }
    }

    /**
     * How many articles match the query per month or year, next to all articles in that period (same
     * filters), from the first to the last period that has articles.
     */
    public Trend trend(SearchRequest request, Trend.Period period) {
        UserQuery query = UserQuery.parse(request.query());
        if (period == Trend.Period.DAY) {
            checkDailySpan(request);
        }
        return trend(query.text(), periodCounts(base(query, request, false), period), totals(request, period), period);
    }

    /** A daily series over decades would be tens of thousands of points: refused, with the way out. */
    private void checkDailySpan(SearchRequest request) {
        Map<String, Long> months = totals(request, Trend.Period.MONTH);
        if (months.isEmpty()) {
            return;
        }
        LocalDate first = YearMonth.parse(months.keySet().stream().min(String::compareTo).orElseThrow()).atDay(1);
        LocalDate last = YearMonth.parse(months.keySet().stream().max(String::compareTo).orElseThrow()).atEndOfMonth();
        long days = java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
        if (days > MAX_TREND_DAYS) {
            throw new SearchException("a daily trend covers at most " + MAX_TREND_DAYS + " days, and these articles "
                    + "span " + days + " (" + first + " to " + last + "): narrow the dates, or count by month");
        }
    }

    /**
     * The trend of a search already run with the {@link Facet#MONTH month} facet: its month counts are the
     * matching side, so the hits are not counted a second time.
     */
    public Trend trend(SearchRequest request, SearchResult result, Trend.Period period) {
        if (period == Trend.Period.DAY) {
            return trend(request, period); // a result counts months, not days
        }
        Map<String, Long> months = result.facets().get(Facet.MONTH.key());
        if (months == null) {
            throw new IllegalArgumentException("the search was run without the month facet");
        }
        Trend monthly = trend(UserQuery.parse(request.query()).text(), months, totals(request, Trend.Period.MONTH),
                Trend.Period.MONTH);
        return period == Trend.Period.YEAR ? monthly.byYear() : monthly;
    }

    /** The series from the first to the last period that has articles, gaps as zeros. */
    private static Trend trend(String query, Map<String, Long> matching, Map<String, Long> all, Trend.Period period) {
        List<Trend.Point> points = new ArrayList<>();
        if (!all.isEmpty()) {
            String first = all.keySet().stream().min(String::compareTo).orElseThrow();
            String last = all.keySet().stream().max(String::compareTo).orElseThrow();
            for (String p = first; p.compareTo(last) <= 0; p = next(p, period)) {
                points.add(Trend.Point.of(p, matching.getOrDefault(p, 0L), all.getOrDefault(p, 0L)));
            }
        }
        return new Trend(query, period, points);
    }

    /** All articles per period under the request's filters (not its query): shared by every query, kept a while. */
    private Map<String, Long> totals(SearchRequest request, Trend.Period period) {
        SearchRequest filters = request.filters();
        return totals.get(new TotalsKey(filters, period),
                key -> Map.copyOf(periodCounts(base(UserQuery.parse(""), filters, false), period)));
    }

    private Map<String, Long> periodCounts(SolrQuery solr, Trend.Period period) {
        solr.setRows(0).setFacet(true).setFacetMinCount(1).setFacetLimit(-1).setFacetSort("index");
        String field = switch (period) {
            case DAY -> "date";
            case MONTH -> "month";
            case YEAR -> "year";
        };
        solr.addFacetField(field);
        QueryResponse response = call(() -> client.query(solr));
        // Days come as instants (2025-06-19T00:00:00Z): the date is their first ten characters.
        return response.getFacetField(field).getValues().stream().collect(Collectors.toMap(
                c -> period == Trend.Period.DAY ? c.getName().substring(0, 10) : c.getName(), FacetField.Count::getCount));
    }

    private static String next(String period, Trend.Period unit) {
        return switch (unit) {
            case DAY -> LocalDate.parse(period).plusDays(1).toString();
            case MONTH -> YearMonth.parse(period).plusMonths(1).toString();
            case YEAR -> String.valueOf(Integer.parseInt(period) + 1);
        };
    }

    /** The query and the request's filters, without paging, sort or highlighting. */
    private static SolrQuery base(UserQuery query, SearchRequest request, boolean rank) {
        String q = query.lucene();
        if (rank && query.ranking() != null) {
            q = "+" + q + " (" + query.ranking() + ")^0.3";
        }
        SolrQuery solr = new SolrQuery(q);
        solr.set("q.op", "OR");
        solr.addFilterQuery(ARTICLES_ONLY);
        if (request.from() != null || request.to() != null) {
            solr.addFilterQuery("date:[" + (request.from() == null ? "*" : request.from() + "T00:00:00Z") + " TO "
                    + (request.to() == null ? "*" : request.to() + "T00:00:00Z") + "]");
        }
        if (!request.titles().isEmpty()) {
            String any = request.titles().stream().map(UserQuery::quote).collect(Collectors.joining(" OR "));
            solr.addFilterQuery("title:(" + any + ") OR titleName:(" + any + ")");
        }
        anyOf(solr, "kind", request.kinds().stream().map(k -> k.toLowerCase(Locale.ROOT)).toList());
        anyOf(solr, "pages", request.pages().stream().map(String::valueOf).toList());
        anyOf(solr, "authors", request.authors());
        return solr;
    }

    private static void anyOf(SolrQuery solr, String field, List<String> values) {
        if (!values.isEmpty()) {
            solr.addFilterQuery(field + ":(" + values.stream().map(UserQuery::quote)
                    .collect(Collectors.joining(" OR ")) + ")");
        }
    }

    /** The Solr document of a logical article: display fields, facet fields, one body value per line. */
    static SolrInputDocument document(Article article) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.addField("id", article.id());
        doc.addField("title", article.title());
        doc.addField("titleName", article.titleName());
        if (article.date() != null) {
            doc.addField("date", Date.from(article.date().atStartOfDay(ZoneOffset.UTC).toInstant()));
            doc.addField("year", article.date().getYear());
            doc.addField("month", YearMonth.from(article.date()).toString());
        }
        article.pages().forEach(p -> doc.addField("pages", p));
        if (article.kind() != null) {
            doc.addField("kind", article.kind().json());
        }
        article.authors().forEach(a -> doc.addField("authors", a));
        doc.addField("kicker", article.kicker());
        doc.addField("headline", article.headline());
        doc.addField("label", article.label());
        doc.addField("subtitle", article.subtitle());
        for (String line : searchableLines(article)) {
            doc.addField("body", line);
        }
        return doc;
    }

    /**
     * Everything a plain search looks in, one unit per indexed value (a phrase never spans two): kicker,
     * headline, subtitle, each author, then the {@link #searchableLines body lines}.
     */
    public static List<String> searchableUnits(Article article) {
        List<String> units = new ArrayList<>();
        for (String unit : new String[] {article.kicker(), article.headline(), article.subtitle()}) {
            if (unit != null) {
                units.add(unit);
            }
        }
        units.addAll(article.authors());
        units.addAll(searchableLines(article));
        return units;
    }

    /**
     * The body as the index holds it: one value per paragraph or section heading (phrases never run from
     * one into the next); for photos, the caption.
     */
    public static List<String> searchableLines(Article article) {
        List<String> lines = new ArrayList<>();
        for (String line : article.text().split("\n")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static LocalDate day(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private interface SolrCall<T> {
        T run() throws SolrServerException, IOException;
    }

    private <T> T call(SolrCall<T> call) {
        try {
            return call.run();
        } catch (SolrServerException | SolrException e) {
            throw new SearchException.IndexFailure("search index " + where + ": " + rootMessage(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException("search index " + where + ": " + e.getMessage(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    /** Closes the client and shuts an embedded core down. */
    @Override
    public void close() {
        try {
            if (container != null && committed) {
                finishMerges();
            }
            client.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (container != null && !container.isShutDown()) {
                container.shutdown();
            }
        }
    }

    /**
     * Waits for the embedded core's merges to run out before Solr closes it. Solr gives a closing core 60 s and
     * then interrupts it: after a bulk load of a million articles that cut the merges short, rolled back the
     * closing commit and printed a stack trace (the articles and their mark were committed before).
     */
    private void finishMerges() {
        try (SolrCore core = container.getCore(COLLECTION)) {
            if (core == null) {
                return;
            }
            RefCounted<IndexWriter> writer = core.getSolrCoreState().getIndexWriter(core);
            try {
                IndexWriter w = writer.get();
                while (w.hasPendingMerges() || !w.getMergingSegments().isEmpty()) {
                    Thread.sleep(100);
                }
            } finally {
                writer.decref();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed at once, as Solr would
        }
    }
}
