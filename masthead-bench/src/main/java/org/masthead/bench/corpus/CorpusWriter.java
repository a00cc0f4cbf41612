package org.masthead.bench.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
    public record Summary(long editions, long pages, long items, long articles, long bytes, long nanos) {
        /** The one summary line the generate command prints. */
        public String line(Path out) {
            return String.format(Locale.ROOT, "generated %,d editions, %,d pages, %,d items (%,d articles), %,d MB in %.1f s → %s",
                    editions, pages, items, articles, bytes >> 20, nanos / 1e9, out);
        }
    }

    private CorpusWriter() {
    }

    /** Generates and writes the spec's corpus under {@code out}. */
    public static Summary write(CorpusSpec spec, Path out) throws IOException {
        long start = System.nanoTime();
        long[] counts = new long[5];
        var editions = new EditionGenerator(spec).editions().iterator();
        while (editions.hasNext()) {
            GeneratedEdition edition = editions.next();
            counts[4] += write(edition, spec.title(), out);
            counts[0]++;
            for (Page page : edition.truth().pages()) {
                counts[1]++;
                counts[2] += page.items().size();
                counts[3] += page.items().stream().filter(item -> item.kind() == ItemKind.ARTICLE).count();
            }
        }
        return new Summary(counts[0], counts[1], counts[2], counts[3], counts[4], System.nanoTime() - start);
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
