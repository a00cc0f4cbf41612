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
import org.masthead.bench.corpus.CorpusWriter;
import org.masthead.bench.corpus.Printer;
import org.masthead.bench.corpus.PrintedPages;
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
 * java -cp … org.masthead.bench.QualityReport --routes clean,damaged,pdftotext,pdftotext-layout,mutool,pdf
 *     [--from …] [--to …] [--seed 1] [--title 解放军报] [--pages-per-day 8-12]
 *     [--work DIR (PDFs, kept for the next run)] [--browsers N]
 * </pre>
 *
 * <p>With {@code --routes}, every input route is scored on the same days side by side, the parser
 * beside a {@link NaiveBaseline}: clean Markdown (damage none), damaged Markdown (typical), and the
 * pages typeset as HTML, printed to PDF by Chromium and converted by each real converter, or read as
 * born-digital PDFs through the PDF source format ({@code pdf}: scored with region overlap too, against
 * the boxes Chromium laid the items out in, {@link PrintedPages}).
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
        if (options.containsKey("routes")) {
            routes(options, out, examples);
            return;
        }
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

    /** One input route: how its page files are made. */
    private record Route(String name, Converter converter, Damage damage) {
        /** Whether the route reads what Chromium printed: a converter's text of it, or the PDF itself. */
        boolean printed() {
            return converter.printed() || converter == Converter.PDF;
        }

        static Route named(String name) {
            return switch (name) {
                case "clean" -> new Route("clean Markdown", Converter.MARKDOWN, Damage.NONE);
                case "damaged" -> new Route("damaged Markdown (typical)", Converter.MARKDOWN, Damage.TYPICAL);
                // Clean Markdown in other converters' marks.
                case "markdown-flat" -> new Route("Markdown, one heading level", Converter.MARKDOWN_FLAT, Damage.NONE);
                case "markdown-formulas" -> new Route("Markdown, figures as formulas", Converter.MARKDOWN_FORMULAS,
                        Damage.NONE);
                case "markdown-html" -> new Route("Markdown with HTML anchors", Converter.MARKDOWN_HTML, Damage.NONE);
                case "markdown-bold" -> new Route("Markdown, bold headings", Converter.MARKDOWN_BOLD, Damage.NONE);
                case "markdown-lines" -> new Route("Markdown, a paragraph a line", Converter.MARKDOWN_LINES, Damage.NONE);
                // Chromium's print read through the PDF source format: another typesetter's born-digital pages.
                case "pdf" -> new Route("Chromium's PDF", Converter.PDF, Damage.NONE);
                default -> {
                    Converter converter = Converter.named(name);
                    if (converter == null || !converter.printed()) {
                        throw new IllegalArgumentException("unknown route " + name
                                + " (clean, damaged, markdown-flat, markdown-formulas, markdown-html, markdown-bold, markdown-lines, pdftotext, pdftotext-layout, mutool, pdf)");
                    }
                    yield new Route(converter == Converter.PDFTOTEXT_LAYOUT ? "pdftotext -layout"
                            : converter == Converter.MUTOOL ? "mutool draw -F txt" : "pdftotext", converter, Damage.NONE);
                }
            };
        }
    }

    /** Scores of one route: the parser's and the naive baseline's, and the parser's time. */
    private static final class RouteScore {
        final Reconstruction parser;
        final Reconstruction baseline = new Reconstruction(0);
        long pages;
        long nanos;

        RouteScore(int examples) {
            parser = new Reconstruction(examples);
        }

        synchronized void add(GeneratedEdition edition, boolean withBaseline) {
            pages += edition.files().size();
            nanos += parseAndScore(edition, parser);
            if (!withBaseline) {
                return;
            }
            List<PageSource> sources = edition.files().stream().map(f -> new PageSource(f.name(), f.bytes())).toList();
            try {
                baseline.add(edition.truth(), NaiveBaseline.parse(sources, edition.truth().date()));
            } catch (UnusableInputException e) {
                baseline.failed(edition.truth(), e.getMessage());
            }
        }
    }

    private static void routes(Map<String, String> options, PrintStream out, int examples) throws IOException {
        LocalDate from = LocalDate.parse(options.getOrDefault("from", "2024-01-01"));
        LocalDate to = LocalDate.parse(options.getOrDefault("to", "2024-12-31"));
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        Title title = Title.of(options.getOrDefault("title", "解放军报"));
        int browsers = Integer.parseInt(options.getOrDefault("browsers",
                Integer.toString(Runtime.getRuntime().availableProcessors())));
        String[] perDay = options.getOrDefault("pages-per-day", "8-12").split("-");
        int minPages = Integer.parseInt(perDay[0]);
        int maxPages = Integer.parseInt(perDay[perDay.length - 1]);
        List<Route> routes = java.util.Arrays.stream(options.get("routes").split(",")).map(String::strip).map(Route::named).toList();
        Path work = Path.of(options.getOrDefault("work", Path.of(System.getProperty("java.io.tmpdir"),
                "masthead-quality", title.slug() + "-seed" + seed).toString()));
        List<Converter> printed = routes.stream().map(Route::converter).filter(Converter::printed).toList();
        boolean anyPrinted = routes.stream().anyMatch(Route::printed);
        Map<Route, RouteScore> scores = new java.util.LinkedHashMap<>();
        routes.forEach(route -> scores.put(route, new RouteScore(examples)));
        long start = System.nanoTime();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(browsers);
        // Generators are not thread-safe: one per thread and route; an edition depends on seed and date alone.
        ThreadLocal<Map<Route, EditionGenerator>> generators = ThreadLocal.withInitial(java.util.HashMap::new);
        ThreadLocal<EditionGenerator> typesetters = ThreadLocal.withInitial(() -> new EditionGenerator(new CorpusSpec(
                title, from, to, seed, minPages, maxPages, Converter.MUTOOL, Damage.NONE)));
        List<java.util.concurrent.Future<?>> days = new ArrayList<>();
        try (Printer printer = new Printer(browsers)) {
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                LocalDate date = day;
                days.add(pool.submit(() -> {
                    Map<Route, EditionGenerator> mine = generators.get();
                    for (Route route : routes) {
                        if (!route.printed()) {
                            scores.get(route).add(mine.computeIfAbsent(route, r -> new EditionGenerator(new CorpusSpec(
                                    title, from, to, seed, minPages, maxPages, r.converter(), r.damage()))).generate(date), true);
                        }
                    }
                    if (!anyPrinted) {
                        return null;
                    }
                    // Every printed route reads the same HTML pages (the typesetter's random is its own).
                    GeneratedEdition typeset = typesetters.get().generate(date);
                    Path folder = CorpusWriter.folder(work, date);
                    List<Path> pdfs = printer.print(typeset, folder);
                    Map<Converter, GeneratedEdition> converted = printer.convert(typeset, pdfs, printed);
                    for (Route route : routes) {
                        if (route.converter() == Converter.PDF) {
                            scores.get(route).add(PrintedPages.of(typeset, pdfs), false);
                        } else if (route.printed()) {
                            scores.get(route).add(converted.get(route.converter()), true);
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> day : days) {
                day.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("Reconstruction quality by input route: %s %s..%s, seed %d, %,d pages per route, %.0f s in all%n",
                    title.name(), from, to, seed, scores.values().iterator().next().pages, seconds);
            if (anyPrinted) {
                out.printf("Printed routes: %,d pages printed by Chromium (%d at once), %,d already printed, in %s%n",
                        printer.printed(), browsers, printer.reused(), work);
            }
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        out.println();
        out.println("| route | reader | items | exact | exact, paragraph breaks aside | char precision | char recall"
                + " | jumps stitched | mastheads exact | pages/s parsed |");
        out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        scores.forEach((route, score) -> {
            row(out, route.name(), "Masthead parser", score.parser.result(), String.format(Locale.ROOT, "%,.0f",
                    score.pages / (score.nanos / 1e9)));
            if (score.baseline.result().items() > 0) {
                row(out, route.name(), "naive baseline", score.baseline.result(), "–");
            }
        });
        scores.forEach((route, score) -> regions(out, route.name(), score.parser.result()));
        scores.forEach((route, score) -> misses(out, route.name(), score.parser.result()));
    }

    private static void row(PrintStream out, String route, String reader, Reconstruction.Result r, String rate) {
        out.printf(Locale.ROOT, "| %s | %s | %,d | %s | %s | %s | %s | %,d of %,d | %s | %s |%n", route, reader, r.items(),
                r.percent(r.exact()), r.percent(r.flatExact()), r.percent(r.precision()), r.percent(r.recall()),
                r.jumpsStitched(), r.jumps(), reader.startsWith("naive") ? "–" : r.percent(r.mastheads()), rate);
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
                + " | jumps stitched | mastheads exact | article | commentary | photo | teaser | brief"
                + " | pages/s parsed |");
        out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (int i = 0; i < results.size(); i++) {
            Reconstruction.Result r = results.get(i);
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT,
                    "| %s | %,d (%,d) | %,d | %s | %s | %s | %s | %,d of %,d | %s",
                    levels.get(i) + (i == 0 && levels.get(i).equals("none") ? " (baseline)" : ""), r.editions(),
                    r.failedEditions(), r.items(), r.percent(r.exact()), r.percent(r.textExact()),
                    r.percent(r.precision()), r.percent(r.recall()), r.jumpsStitched(), r.jumps(),
                    r.percent(r.mastheads())));
            for (ItemKind kind : ItemKind.values()) {
                row.append(" | ").append(r.percent(r.exactByKind().getOrDefault(kind, Double.NaN)));
            }
            row.append(String.format(Locale.ROOT, " | %,.0f |", rates.get(i)));
            out.println(row);
        }
        for (int i = 0; i < results.size(); i++) {
            regions(out, levels.get(i), results.get(i));
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
            misses(out, levels.get(i), results.get(i));
        }
    }

    /** Region overlap and exact share by kind, where the truth has regions (page PDFs). */
    private static void regions(PrintStream out, String label, Reconstruction.Result r) {
        if (r.regionItems() == 0) {
            return;
        }
        StringBuilder kinds = new StringBuilder();
        r.exactByKind().forEach((kind, share) -> kinds.append(", ").append(kind.json()).append(' ').append(r.percent(share)));
        StringBuilder overlapping = new StringBuilder();
        r.regionsByKind().forEach((kind, share) -> overlapping.append(", ").append(kind.json()).append(' ')
                .append(r.percent(share)));
        out.printf(Locale.ROOT, "%nRegions at %s: %,d items with regions, %s with IoU ≥ %.1f (by kind%s), mean IoU %.3f;"
                + " exact by kind%s%n", label, r.regionItems(), r.percent(r.regionsOverlapping()), Reconstruction.GOOD_IOU,
                overlapping.substring(1), r.meanIou(), kinds.substring(1));
    }

    private static void misses(PrintStream out, String label, Reconstruction.Result r) {
        if (r.misses().isEmpty()) {
            return;
        }
        out.printf("%nMisses at %s (items not exact, by reason, with the first examples):%n", label);
        r.misses().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> {
                    out.printf("  %,8d  %s%n", e.getValue(), e.getKey());
                    r.examples().getOrDefault(e.getKey(), List.of()).forEach(line -> out.println("            " + line));
                });
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
