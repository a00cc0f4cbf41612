package org.masthead.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.masthead.archive.Archive;
import org.masthead.archive.IngestSummary;
import org.masthead.bench.corpus.Converter;
import org.masthead.bench.corpus.CorpusSpec;
import org.masthead.bench.corpus.CorpusWriter;
import org.masthead.bench.corpus.Damage;
import org.masthead.bench.corpus.Title;
import org.masthead.parse.EditionParser;
import org.masthead.parse.PageFiles;
import org.masthead.parse.PageSource;
import org.masthead.parse.ParseOptions;

/**
 * Ingest throughput into the archive, next to a baseline that only reads and parses the same files.
 *
 * <pre>java -Xmx1g -cp … org.masthead.bench.IngestBench --work DIR [--from D --to D] [--db URL] [--quick]</pre>
 *
 * Generates a corpus of 解放军报 (typical damage, 8–12 pages a day) under {@code DIR/corpus} unless one is
 * there, then: the baseline (read + parse every edition's files, as many threads as ingest uses, nothing
 * stored), a first ingest into a fresh H2 archive, a re-ingest of the unchanged files, and, with
 * {@code --db}, a first ingest into that database. Prints pages/s, the ratios, and peak heap and RSS.
 */
public final class IngestBench {
    private IngestBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = null;
        LocalDate from = LocalDate.of(1998, 1, 1);
        LocalDate to = LocalDate.of(2025, 5, 31);
        String db = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--work" -> work = Path.of(args[++i]);
                case "--from" -> from = LocalDate.parse(args[++i]);
                case "--to" -> to = LocalDate.parse(args[++i]);
                case "--db" -> db = args[++i];
                case "--quick" -> {
                    from = LocalDate.of(2024, 1, 1);
                    to = LocalDate.of(2024, 1, 31);
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (work == null) {
            throw new IllegalArgumentException("--work DIR is required");
        }
        Path corpus = work.resolve("corpus");
        if (!Files.isDirectory(corpus)) {
            long t = System.nanoTime();
            CorpusWriter.Summary written = CorpusWriter.write(new CorpusSpec(Title.of("解放军报"), from, to, 1, 8, 12,
                    Converter.MARKDOWN, Damage.TYPICAL), corpus);
            System.out.println(written.line(corpus) + String.format(Locale.ROOT, " (%.0f s)", (System.nanoTime() - t) / 1e9));
        }
        System.out.printf(Locale.ROOT, "IngestBench: corpus %s; java %s, %d cores, max heap %d MiB%n", corpus,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        resetPeaks();
        long t0 = System.nanoTime();
        long parsed = baseline(corpus);
        double baselineSeconds = (System.nanoTime() - t0) / 1e9;
        row("baseline: read + parse, nothing stored", parsed, baselineSeconds, 0);

        Path h2 = work.resolve("archive-h2");
        deleteTree(h2);
        IngestSummary first = ingest(h2, null, corpus);
        double firstSeconds = seconds(first);
        row("first ingest into H2", first.pagesAdded(), firstSeconds, first.rejected().size());
        IngestSummary again = ingest(h2, null, corpus);
        row("re-ingest, unchanged files", again.unchanged(), seconds(again), again.rejected().size());
        System.out.printf(Locale.ROOT, "  ingest into H2 runs at %.0f%% of the baseline's pages/s; re-ingest is %.1fx "
                + "faster than the first ingest%n", 100 * (first.pagesAdded() / firstSeconds) / (parsed / baselineSeconds),
                firstSeconds / seconds(again));
        if (db != null) {
            Path pg = work.resolve("archive-pg");
            deleteTree(pg);
            IngestSummary intoPg = ingest(pg, db, corpus);
            row("first ingest into PostgreSQL", intoPg.pagesAdded(), seconds(intoPg), intoPg.rejected().size());
        }
    }

    private static IngestSummary ingest(Path data, String db, Path corpus) {
        resetPeaks();
        long[] shown = {System.nanoTime()};
        try (Archive archive = Archive.open(data, db)) {
            return archive.ingest().listener((done, total, pages) -> {
                if (System.nanoTime() - shown[0] > 60_000_000_000L) { // a line a minute, to follow long runs
                    shown[0] = System.nanoTime();
                    System.out.printf(Locale.ROOT, "    … %d/%d files, %d pages stored%n", done, total, pages);
                }
            }).run(List.of(corpus));
        }
    }

    /** Reads and parses each edition's page files together, on as many threads as ingest uses. */
    private static long baseline(Path corpus) throws Exception {
        List<List<Path>> editions = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            String key = null;
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String k = file.getParent() + "/" + file.getFileName().toString().replaceFirst("-p\\d+\\.md$", "");
                if (!k.equals(key)) {
                    editions.add(new ArrayList<>());
                    key = k;
                }
                editions.get(editions.size() - 1).add(file);
            }
        }
        EditionParser parser = new EditionParser();
        int threads = Runtime.getRuntime().availableProcessors();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            List<java.util.concurrent.Future<Integer>> pages = new ArrayList<>();
            for (List<Path> edition : editions) {
                pages.add(pool.submit(() -> {
                    List<PageSource> sources = new ArrayList<>();
                    for (Path file : edition) {
                        sources.add(PageFiles.read(file));
                    }
                    return parser.parse(sources, ParseOptions.DEFAULTS).pages().size();
                }));
            }
            long total = 0;
            for (var n : pages) {
                total += n.get();
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    private static double seconds(IngestSummary summary) {
        return summary.elapsed().toNanos() / 1e9;
    }

    private static void row(String what, long pages, double seconds, int rejected) throws IOException {
        System.out.printf(Locale.ROOT, "  %-40s %9d pages %8.1f s %8.0f pages/s   peak heap %5d MiB, peak RSS %5d MiB%s%n",
                what, pages, seconds, pages / seconds, peakHeap() >> 20, peakRss() >> 20,
                rejected == 0 ? "" : ", " + rejected + " non-page files skipped");
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** The process's peak resident set size (VmHWM), over the whole run so far. */
    private static long peakRss() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
            }
        }
        return 0;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
