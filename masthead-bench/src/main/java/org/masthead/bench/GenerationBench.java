package org.masthead.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Locale;
import org.masthead.bench.corpus.Converter;
import org.masthead.bench.corpus.CorpusSpec;
import org.masthead.bench.corpus.Damage;
import org.masthead.bench.corpus.EditionGenerator;
import org.masthead.bench.corpus.GeneratedEdition;
import org.masthead.bench.corpus.Title;
import org.masthead.model.ItemKind;
import org.masthead.model.Page;

/**
 * Shows that generation streams: makes the editions of a date range in memory (no disk, so only the
 * generator is measured) and, every {@code --every} editions, prints the live heap after a full
 * collection. A flat memory profile keeps that figure level however many articles have been made.
 *
 * <pre>java -Xmx256m -cp masthead-cli/target/masthead.jar org.masthead.bench.GenerationBench \
 *     [--from 1970-01-01] [--to 2025-12-31] [--every 2000]</pre>
 */
public final class GenerationBench {

    public static void main(String[] args) throws IOException {
        LocalDate from = LocalDate.parse(option(args, "--from", "1970-01-01"));
        LocalDate to = LocalDate.parse(option(args, "--to", "2025-12-31"));
        int every = Integer.parseInt(option(args, "--every", "2000"));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        CorpusSpec spec = new CorpusSpec(Title.of("解放军报"), from, to, 1, 8, 12, Converter.MARKDOWN, Damage.TYPICAL);
        out.printf("%12s %14s %14s %16s%n", "editions", "articles", "seconds", "live heap MB");
        out.printf("%12d %14d %14.1f %16.1f%n", 0, 0, 0.0, liveHeap(memory));
        long start = System.nanoTime();
        long editions = 0;
        long articles = 0;
        long bytes = 0;
        Iterator<GeneratedEdition> stream = new EditionGenerator(spec).editions().iterator();
        while (stream.hasNext()) {
            GeneratedEdition edition = stream.next();
            editions++;
            for (Page page : edition.truth().pages()) {
                articles += page.items().stream().filter(item -> item.kind() == ItemKind.ARTICLE).count();
            }
            bytes += edition.files().stream().mapToLong(file -> file.bytes().length).sum();
            if (editions % every == 0 || !stream.hasNext()) {
                out.printf("%12d %14d %14.1f %16.1f%n", editions, articles, (System.nanoTime() - start) / 1e9,
                        liveHeap(memory));
            }
        }
        out.printf(Locale.ROOT, "%,d articles, %,d MB of page text generated; peak RSS of this process: %s%n", articles,
                bytes >> 20, peakRss());
    }

    /** Heap in use after a full collection: the live set. */
    private static double liveHeap(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    private static String peakRss() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return "unknown (no /proc)";
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:"))
                .map(line -> line.substring(6).strip()).findFirst().orElse("unknown");
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
