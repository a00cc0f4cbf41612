package org.masthead.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.masthead.bench.corpus.Converter;
import org.masthead.bench.corpus.CorpusSpec;
import org.masthead.bench.corpus.Damage;
import org.masthead.bench.corpus.EditionGenerator;
import org.masthead.bench.corpus.GeneratedEdition;
import org.masthead.bench.corpus.Title;
import org.masthead.model.Edition;
import org.masthead.model.ItemKind;
import org.masthead.model.Json;
import org.masthead.parse.EditionParser;
import org.masthead.parse.PageFiles;
import org.masthead.parse.PageSource;
import org.masthead.parse.ParseOptions;
import org.masthead.parse.UnusableInputException;

/**
 * The reconstruction-quality report: for each damage level, generates a corpus (in memory, one edition
 * at a time) or reads one written by {@code masthead generate}, parses every edition's page files with
 * the real parser and scores the result against the ground truth ({@link Reconstruction} defines the
 * figures). The level {@code none} is the baseline the others are read against.
 *
 * <pre>
 * java -cp masthead-cli/target/masthead.jar org.masthead.bench.QualityReport \
 *     [--from 2024-01-01] [--to 2024-12-31] [--seed 1] [--levels none,light,typical,heavy]
 *     [--converter markdown|plain] [--title 解放军报] [--examples 2 (per reason)]
 * java -cp … org.masthead.bench.QualityReport --corpus DIR     (a corpus written by masthead generate)
 * </pre>
 */
public final class QualityReport {

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int examples = Integer.parseInt(options.getOrDefault("examples", "2"));
        List<String> levels = new ArrayList<>();
        List<Reconstruction.Result> results = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        long pages = 0;
        if (options.containsKey("corpus")) {
            Path corpus = Path.of(options.get("corpus"));
            Reconstruction score = new Reconstruction(examples);
            double[] rate = new double[1];
            pages = scoreCorpus(corpus, score, rate);
            levels.add(corpus.toString());
            results.add(score.result());
            rates.add(rate[0]);
            out.printf("Reconstruction quality of the corpus in %s%n", corpus);
        } else {
            LocalDate from = LocalDate.parse(options.getOrDefault("from", "2024-01-01"));
            LocalDate to = LocalDate.parse(options.getOrDefault("to", "2024-12-31"));
            long seed = Long.parseLong(options.getOrDefault("seed", "1"));
            Converter converter = Converter.named(options.getOrDefault("converter", "markdown"));
            Title title = Title.of(options.getOrDefault("title", "解放军报"));
            for (String level : options.getOrDefault("levels", "none,light,typical,heavy").split(",")) {
                CorpusSpec spec = new CorpusSpec(title, from, to, seed, 8, 12, converter, Damage.named(level));
                Reconstruction score = new Reconstruction(examples);
                long[] counted = new long[2];
                new EditionGenerator(spec).editions().forEach(edition -> {
                    counted[0] += edition.files().size();
                    counted[1] += parseAndScore(edition, score);
                });
                pages = counted[0];
                levels.add(level);
                results.add(score.result());
                rates.add(counted[0] / (counted[1] / 1e9));
            }
            out.printf("Reconstruction quality: %s %s..%s, seed %d, %s converter, %,d pages per level%n",
                    title.name(), from, to, seed, converter.name().toLowerCase(Locale.ROOT), pages);
            // Editions depend on seed and date alone, so any example below can be looked at on its own.
            out.printf("An example's edition: masthead generate --out DIR --title %s --from DAY --to DAY --seed %d"
                    + " --converter %s --damage LEVEL, then masthead parse --json DIR/YYYY/MM/*-DAY-p*%n",
                    title.name(), seed, converter.name().toLowerCase(Locale.ROOT));
        }
        print(out, levels, results, rates);
    }

    /** Parses one generated edition from its page-file bytes; returns the nanoseconds parsing took. */
    private static long parseAndScore(GeneratedEdition edition, Reconstruction score) {
        List<PageSource> sources = edition.files().stream().map(f -> new PageSource(f.name(), f.bytes())).toList();
        long start = System.nanoTime();
        Edition parsed;
        try {
            parsed = new EditionParser().parse(sources, ParseOptions.DEFAULTS);
        } catch (UnusableInputException | RuntimeException e) {
            score.failed(edition.truth(), e.toString());
            return System.nanoTime() - start;
        }
        long took = System.nanoTime() - start;
        score.add(edition.truth(), parsed);
        return took;
    }

    /** Scores every edition of a written corpus: each truth JSON with the page files beside it. */
    private static long scoreCorpus(Path corpus, Reconstruction score, double[] rate) throws IOException {
        List<Path> truths;
        try (Stream<Path> files = Files.walk(corpus)) {
            truths = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        long pages = 0;
        long nanos = 0;
        for (Path truthFile : truths) {
            Edition truth = Json.readEdition(Files.readString(truthFile));
            String stem = truthFile.getFileName().toString().replaceFirst("\\.json$", "");
            List<Path> pageFiles;
            try (Stream<Path> files = Files.list(truthFile.getParent())) {
                pageFiles = files.filter(p -> p.getFileName().toString().startsWith(stem + "-p")).sorted().toList();
            }
            pages += pageFiles.size();
            long start = System.nanoTime();
            try {
                List<PageSource> sources = new ArrayList<>();
                for (Path file : pageFiles) {
                    sources.add(PageFiles.read(file));
                }
                Edition parsed = new EditionParser().parse(sources, ParseOptions.DEFAULTS);
                nanos += System.nanoTime() - start;
                score.add(truth, parsed);
            } catch (UnusableInputException | RuntimeException e) {
                nanos += System.nanoTime() - start;
                score.failed(truth, e.toString());
            }
        }
        rate[0] = pages / (nanos / 1e9);
        return pages;
    }

    private static void print(PrintStream out, List<String> levels, List<Reconstruction.Result> results,
            List<Double> rates) {
        out.println();
        out.println("| damage | editions (failed) | items | exact | headline+text exact | char precision | char recall"
                + " | mastheads exact | article | commentary | photo | teaser | brief | pages/s parsed |");
        out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (int i = 0; i < results.size(); i++) {
            Reconstruction.Result r = results.get(i);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %,d (%,d) | %,d | %s | %s | %s | %s | %s",
                    levels.get(i) + (i == 0 && levels.get(i).equals("none") ? " (baseline)" : ""), r.editions(),
                    r.failedEditions(), r.items(), r.percent(r.exact()), r.percent(r.textExact()),
                    r.percent(r.precision()), r.percent(r.recall()), r.percent(r.mastheads())));
            for (ItemKind kind : ItemKind.values()) {
                row.append(" | ").append(r.percent(r.exactByKind().getOrDefault(kind, Double.NaN)));
            }
            row.append(String.format(Locale.ROOT, " | %,.0f |", rates.get(i)));
            out.println(row);
        }
        for (int i = 0; i < results.size(); i++) {
            Reconstruction.Result r = results.get(i);
            if (r.regionItems() > 0) {
                out.printf(Locale.ROOT, "%nRegions at %s: %,d items with regions, %s with IoU ≥ %.1f, mean IoU %.3f%n",
                        levels.get(i), r.regionItems(), r.percent(r.regionsOverlapping()), Reconstruction.GOOD_IOU,
                        r.meanIou());
            }
        }
        out.println();
        for (int i = 0; i < results.size(); i++) {
            Reconstruction.Result r = results.get(i);
            StringBuilder line = new StringBuilder("Damaged items exact at " + levels.get(i) + ":");
            r.exactByFlag().forEach((flag, counts) -> line.append(String.format(Locale.ROOT, " %s %s of %,d;",
                    flag.json(), r.percent((double) counts[1] / counts[0]), counts[0])));
            out.println(r.exactByFlag().isEmpty() ? line + " none damaged" : line.substring(0, line.length() - 1));
        }
        for (int i = 0; i < results.size(); i++) {
            Reconstruction.Result r = results.get(i);
            if (r.misses().isEmpty()) {
                continue;
            }
            out.printf("%nMisses at %s (items not exact, by reason, with the first examples):%n", levels.get(i));
            r.misses().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                    .forEach(e -> {
                        out.printf("  %,8d  %s%n", e.getValue(), e.getKey());
                        r.examples().getOrDefault(e.getKey(), List.of()).forEach(line -> out.println("            " + line));
                    });
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("usage: QualityReport [--option value]…; bad argument " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
