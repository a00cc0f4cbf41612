package org.masthead.bench.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.masthead.model.Edition;
import org.masthead.model.ItemKind;
import org.masthead.model.Json;
import org.masthead.model.Page;

/**
 * Writes a generated corpus to disk, one edition at a time: per edition, in a folder per year and
 * month, its page files and beside them the ground-truth Edition JSON ({@code <slug>-<date>.json}).
 */
public final class CorpusWriter {

    /** What was written. */
    public record Summary(long editions, long pages, long items, long articles, long bytes, long nanos, int printed,
            int reused) {
        /** The one summary line the generate command prints; printed routes add what Chromium printed. */
        public String line(Path out) {
            return String.format(Locale.ROOT, "generated %,d editions, %,d pages, %,d items (%,d articles), %,d MB in %.1f s → %s",
                    editions, pages, items, articles, bytes >> 20, nanos / 1e9, out)
                    + (printed + reused > 0 ? String.format(Locale.ROOT, " (%,d pages printed to PDF, %,d already printed)",
                            printed, reused) : "");
        }
    }

    private CorpusWriter() {
    }

    /** Generates and writes the spec's corpus under {@code out}; printed routes use one Chromium per core. */
    public static Summary write(CorpusSpec spec, Path out) throws IOException {
        return write(spec, out, Runtime.getRuntime().availableProcessors());
    }

    /**
     * Generates and writes the spec's corpus under {@code out}. On a printed route, up to {@code browsers}
     * editions are printed and converted at once, each by its own Chromium (editions are still generated
     * one by one: the generator is not thread-safe, and it is not where the time goes).
     */
    public static Summary write(CorpusSpec spec, Path out, int browsers) throws IOException {
        long start = System.nanoTime();
        long[] counts = new long[5];
        var editions = new EditionGenerator(spec).editions().iterator();
        if (!spec.converter().printed()) {
            while (editions.hasNext()) {
                GeneratedEdition edition = editions.next();
                count(edition, write(edition, spec.title(), out), counts);
            }
            return new Summary(counts[0], counts[1], counts[2], counts[3], counts[4], System.nanoTime() - start, 0, 0);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, browsers));
        Semaphore inFlight = new Semaphore(2 * Math.max(1, browsers));
        List<Future<?>> pending = new ArrayList<>();
        try (Printer printer = new Printer(browsers)) {
            while (editions.hasNext()) {
                GeneratedEdition typeset = editions.next();
                inFlight.acquireUninterruptibly();
                pending.add(pool.submit(() -> {
                    try {
                        Path folder = Files.createDirectories(folder(out, typeset.truth().date()));
                        GeneratedEdition text = printer.convert(typeset, folder, List.of(spec.converter())).get(spec.converter());
                        long bytes = write(text, spec.title(), out);
                        synchronized (counts) {
                            count(text, bytes, counts);
                        }
                        return null;
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            for (Future<?> task : pending) {
                task.get();
            }
            return new Summary(counts[0], counts[1], counts[2], counts[3], counts[4], System.nanoTime() - start,
                    printer.printed(), printer.reused());
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void count(GeneratedEdition edition, long bytes, long[] counts) {
        counts[4] += bytes;
        counts[0]++;
        for (Page page : edition.truth().pages()) {
            counts[1]++;
            counts[2] += page.items().size();
            counts[3] += page.items().stream().filter(item -> item.kind() == ItemKind.ARTICLE).count();
        }
    }

    /** The folder of one day's files under the corpus root. */
    public static Path folder(Path out, java.time.LocalDate date) {
        return out.resolve(String.format(Locale.ROOT, "%04d", date.getYear()))
                .resolve(String.format(Locale.ROOT, "%02d", date.getMonthValue()));
    }

    /** The ground-truth file of one edition. */
    public static Path truthFile(Path out, Title title, java.time.LocalDate date) {
        return folder(out, date).resolve(title.slug() + "-" + date + ".json");
    }

    private static long write(GeneratedEdition edition, Title title, Path out) throws IOException {
        Edition truth = edition.truth();
        Path folder = Files.createDirectories(folder(out, truth.date()));
        long bytes = 0;
        for (GeneratedEdition.PageFile file : edition.files()) {
            Files.write(folder.resolve(file.name()), file.bytes());
            bytes += file.bytes().length;
        }
        Path json = truthFile(out, title, truth.date());
        try (OutputStream stream = Files.newOutputStream(json)) {
            Json.mapper().writerWithDefaultPrettyPrinter().writeValue(stream, truth);
        }
        return bytes + Files.size(json);
    }
}
