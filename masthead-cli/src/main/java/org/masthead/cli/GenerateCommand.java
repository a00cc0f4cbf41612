package org.masthead.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.masthead.bench.corpus.Converter;
import org.masthead.bench.corpus.CorpusSpec;
import org.masthead.bench.corpus.CorpusWriter;
import org.masthead.bench.corpus.Damage;
import org.masthead.bench.corpus.Title;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a realistic test corpus: per day, the page files as a converter left them "
                + "and beside them the ground-truth Edition JSON.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write into (YYYY/MM/ below it); required.")
    Path out;

    @Option(names = "--title", defaultValue = "解放军报", paramLabel = "NAME", description = "The paper's name (default: ${DEFAULT-VALUE}).")
    String title;

    @Option(names = "--from", paramLabel = "DATE", description = "First day, YYYY-MM-DD; required.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day, YYYY-MM-DD (included); required.")
    String to;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed; the same seed gives the same bytes (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--pages-per-day", defaultValue = "8-12", paramLabel = "MIN-MAX|N", description = "Pages a day (default: ${DEFAULT-VALUE}).")
    String pagesPerDay;

    @Option(names = {"--converter", "--format"}, defaultValue = "markdown",
            paramLabel = "markdown|markdown-flat|markdown-formulas|markdown-html|markdown-bold|markdown-lines|plain|pdftotext|pdftotext-layout|mutool|pdf",
            description = "Converter imitated (markdown; markdown-flat: every heading #; markdown-formulas: every heading # and figures as "
                    + "inline TeX formulas, as MinerU writes them; markdown-html: HTML anchors before "
                    + "headings; markdown-bold: headings as bold lines; markdown-lines: a paragraph a printed line; plain), or the real one run on pages typeset as HTML and printed "
                    + "to PDF by headless Chromium, or pdf: born-digital page PDFs typeset with PDFBox and an embedded"
                    + " CJK font (default: ${DEFAULT-VALUE}).")
    String converter;

    @Option(names = "--damage", paramLabel = "none|light|typical|heavy",
            description = "Imitated damage (default: typical; the printed routes take none: their converter does the damage).")
    String damage;

    @Option(names = "--browsers", paramLabel = "N", description = "Chromiums printing at once on the printed routes (default: the number of cores).")
    Integer browsers;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // Checked here rather than by picocli, so a missing option is one line like every other user error.
        String missing = (out == null ? " --out" : "") + (from == null ? " --from" : "") + (to == null ? " --to" : "");
        if (!missing.isEmpty()) {
            throw new UserError("generate needs" + missing);
        }
        Converter kind = Converter.named(converter);
        if (kind == null) {
            throw new UserError("--converter: '" + converter + "' is not one of markdown, markdown-flat, markdown-formulas, markdown-html, markdown-bold, markdown-lines, plain, "
                    + "pdftotext, pdftotext-layout, mutool, pdf");
        }
        String levelName = damage != null ? damage : kind.printed() || kind == Converter.PDF ? "none" : "typical";
        Damage level = Damage.named(levelName);
        if (level == null) {
            throw new UserError("--damage: '" + damage + "' is not one of none, light, typical, heavy");
        }
        if (browsers != null && browsers < 1) {
            throw new UserError("--browsers: must be at least 1, not " + browsers);
        }
        if (title.isBlank()) {
            throw new UserError("--title: the paper's name is empty");
        }
        int[] pages = pages(pagesPerDay);
        CorpusSpec corpus;
        try {
            corpus = new CorpusSpec(Title.of(title.strip()), date("--from", from), date("--to", to), seed, pages[0],
                    pages[1], kind, level);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        try {
            CorpusWriter.Summary summary = CorpusWriter.write(corpus, out,
                    browsers != null ? browsers : Runtime.getRuntime().availableProcessors());
            PrintWriter writer = spec.commandLine().getOut();
            writer.println(summary.line(out));
            writer.flush();
            return 0;
        } catch (IOException | UncheckedIOException e) {
            throw new UserError(out + ": cannot write the corpus (" + e.getMessage() + ")");
        }
    }

    private static LocalDate date(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UserError(option + ": '" + value + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static int[] pages(String value) {
        String[] parts = value.split("-", -1);
        try {
            if (parts.length == 1) {
                int n = Integer.parseInt(parts[0].strip());
                return new int[] {n, n};
            }
            if (parts.length == 2) {
                return new int[] {Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip())};
            }
        } catch (NumberFormatException e) {
            // falls through to the one message below
        }
        throw new UserError("--pages-per-day: '" + value + "' is not N or MIN-MAX (e.g. 8-12)");
    }
}
