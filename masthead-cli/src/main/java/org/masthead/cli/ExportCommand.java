package org.masthead.cli;

import org.masthead.alto.MetsExport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.masthead.archive.Archive;
import org.masthead.archive.ArticleExport;
import org.masthead.archive.ArticleFilter;
import org.masthead.archive.PageImages;
import org.masthead.model.EditionWriter;
import org.masthead.model.Page;
import org.masthead.model.StitchedEdition;
import org.masthead.model.ItemKind;
import org.masthead.search.SearchException;
import org.masthead.search.SearchIndex;
import org.masthead.search.SearchRequest;
import org.masthead.search.Trend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Stream logical articles (title, date, pages, kind, headline, authors, text) as JSON Lines "
                + "or CSV, in title, date and reading order; or, with --trend, a phrase's trend series as CSV.")
final class ExportCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Option(names = "--format", required = true, paramLabel = "NAME",
            description = "An output format: jsonl or csv (one record per article), json or markdown (per edition), "
                    + "mets (a BagIt bag of METS + ALTO per edition, into the -o folder).")
    String format;

    @Option(names = "--title", paramLabel = "T", description = "Only this title (slug or name).")
    String title;

    @Option(names = "--from", paramLabel = "D", description = "First edition date, inclusive (2025-06-01).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "D", description = "Last edition date, inclusive.")
    LocalDate to;

    @Option(names = "--kinds", split = ",", paramLabel = "KIND",
            description = "Kinds to export: article, commentary, brief, photo, teaser (default: article,commentary,brief).")
    List<String> kinds;

    @Mixin
    SearchOptions search;

    @Option(names = "--trend", paramLabel = "QUERY",
            description = "Instead of articles: matching articles per period for this query, with all articles "
                    + "and the per-1,000 ratio (CSV: period,count,articles,per_thousand).")
    String trend;

    @Option(names = "--interval", paramLabel = "day|month|year", defaultValue = "month",
            description = "Period of the --trend series (default: ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (format.equals("mets")) {
            return bags();
        }
        EditionWriter chosen = Main.writer(format);
        Set<ItemKind> wanted = new HashSet<>(ArticleExport.TEXT_KINDS);
        if (kinds != null) {
            wanted.clear();
            for (String kind : kinds) {
                try {
                    wanted.add(ItemKind.of(kind.strip()));
                } catch (IllegalArgumentException e) {
                    throw new UserError("--kinds: no kind " + kind + " (article, commentary, brief, photo, teaser)");
                }
            }
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new UserError("--from " + from + " is after --to " + to);
        }
        if (trend != null) {
            if (!chosen.name().equals("csv")) {
                throw new UserError("--trend writes CSV: use --format csv");
            }
            writeTo(trendCsv());
            return 0;
        }
        try (Archive opened = archive.openExisting();
             Stream<StitchedEdition> all = opened.editions(
                     new ArticleFilter(title == null ? null : ArchiveOptions.slug(opened, title), from, to))) {
            Iterator<StitchedEdition> editions = all.map(e -> new StitchedEdition(e.slug(), e.edition(),
                    e.articles().stream().filter(a -> wanted.contains(a.kind())).toList())).iterator();
            if (output == null) {
                // UTF-8 whatever the platform's default; stdout itself stays open.
                Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
                chosen.write(editions, out);
            } else {
                try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                    chosen.write(editions, out);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UserError("cannot write the export: " + (e.getCause() != null ? e.getCause() : e).getMessage());
        }
        return 0;
    }

    /**
     * {@code --format mets}: each edition as a BagIt bag of METS and ALTO under the output folder, at
     * {@code slug/date/}, so it can be ingested again or handed to a library; pages whose image is a library's
     * scan carry it, as it came.
     */
    private int bags() {
        if (output == null) {
            throw new UserError("--format mets writes a folder of bags: give -o FOLDER");
        }
        if (trend != null) {
            throw new UserError("--trend writes CSV: use --format csv");
        }
        int written = 0;
        int lostScans = 0;
        java.io.PrintWriter err = spec.commandLine().getErr();
        try (Archive opened = archive.open();
             Stream<StitchedEdition> all = opened.editions(
                     new ArticleFilter(title == null ? null : ArchiveOptions.slug(opened, title), from, to))) {
            for (StitchedEdition edition : (Iterable<StitchedEdition>) all::iterator) {
                Path bag = output.resolve(edition.slug()).resolve(edition.edition().date().toString());
                if (Files.exists(bag)) {
                    throw new UserError(bag + " exists already: export into a new folder");
                }
                // The bag goes out without a scan it cannot carry, and the run says so: `ingest` of the batch
                // keeps a lost scan anew.
                List<MetsExport.Image> images = new ArrayList<>();
                for (Page page : edition.edition().pages()) {
                    PageImages.ScanFile scan = PageImages.scanFile(opened, page).orElse(null);
                    if (scan != null && scan.problem() != null) {
                        err.println("export: " + edition.slug() + "/" + edition.edition().date() + " p" + page.number()
                                + ": " + scan.trouble());
                        lostScans++;
                    }
                    images.add(scan == null || scan.problem() != null ? null
                            : new MetsExport.Image(scan.file(), scan.extension()));
                }
                MetsExport.write(edition.edition(), edition.slug() + "/" + edition.edition().date(), bag, images::get);
                written++;
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UserError("cannot write the export: " + (e.getCause() != null ? e.getCause() : e).getMessage());
        }
        err.println(written + " editions written as METS/ALTO bags under " + output);
        err.flush();
        return lostScans == 0 ? 0 : 1;
    }

    /** The trend series of --trend, filtered like the articles would be. */
    private String trendCsv() {
        Trend.Period period = switch (interval) {
            case "day" -> Trend.Period.DAY;
            case "month" -> Trend.Period.MONTH;
            case "year" -> Trend.Period.YEAR;
            default -> throw new UserError("--interval must be day, month or year, not " + interval);
        };
        SearchRequest request = SearchRequest.of(trend).withDates(from, to).withFacets(false);
        if (title != null) {
            try (Archive opened = archive.openExisting()) {
                request = request.withTitles(List.of(ArchiveOptions.slug(opened, title)));
            }
        }
        java.util.Optional<RunningServer> server = search.solr == null ? RunningServer.find(archive.data)
                : java.util.Optional.empty();
        if (server.isPresent()) {
            return server.get().trend(request, period).csv(); // the server holds the index open
        }
        try (Archive opened = archive.openExisting();
             SearchIndex index = search.openLevel(opened, spec.commandLine().getErr())) {
            return index.trend(request, period).csv();
        } catch (SearchException e) {
            throw new UserError(e.getMessage());
        }
    }

    private void writeTo(String text) {
        try {
            if (output == null) {
                Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
                out.write(text);
                out.flush();
            } else {
                Files.writeString(output, text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UserError("cannot write the export: " + e.getMessage());
        }
    }
}
