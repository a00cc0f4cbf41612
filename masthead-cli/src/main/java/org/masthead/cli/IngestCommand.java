package org.masthead.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.masthead.web.SearchLevel;
import org.masthead.alto.MetsImport;
import org.masthead.archive.Archive;
import org.masthead.archive.Ingest;
import org.masthead.archive.IngestSummary;
import org.masthead.archive.PageImages;
import org.masthead.search.SearchException;
import org.masthead.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest page files and folders (recursively) into the archive. Re-running changes nothing; "
                + "a changed file for a page already held becomes its new revision; bad files are reported and skipped.")
final class IngestCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Mixin
    SearchOptions search;

    @Option(names = "--title", paramLabel = "NAME",
            description = "Newspaper title of the pages, when their masthead does not name it.")
    String title;

    @Option(names = "--threads", paramLabel = "N", description = "Parser threads (default: one per core).")
    Integer threads;

    @Option(names = "--years", paramLabel = "FROM..TO",
            description = "Years an edition may be dated in; a page dated outside them is rejected "
                    + "(default: 1800 to next year).")
    String years;

    @Option(names = "--no-images", description = "Record and index only, for a bulk load: the page images of PDFs "
            + "and scans are drawn later, by rebuild-images --missing.")
    boolean noImages;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Page files or folders holding them.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        IngestSummary summary;
        PageImages.Tally imageTally = null;
        long start = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        // Library packages (NDNP batches, bags, issue folders) are read through their METS.
        MetsImport.Packages packages = MetsImport.packages(paths);
        packages.refused().forEach(e -> err.println(e.getMessage()));
        Optional<RunningServer> server = search.solr == null ? RunningServer.find(archive.data) : Optional.empty();
        if (server.isPresent()) {
            // The running server owns the writers: it ingests, indexes and shows the pages at once.
            err.println("masthead: ingesting through the server of this archive at " + server.get().url());
            if (years != null) {
                err.println("masthead: --years is not passed to the running server; its own limits apply");
            }
            summary = server.get().ingest(packages.paths(), title);
        } else {
            try (Archive opened = archive.open();
                 PageImages images = noImages ? null : RebuildImagesCommand.images(opened, 1, err)) {
                // An embedded index whose last commit is level with the record is started only if this run
                // records something: starting Solr was most of a re-ingest of unchanged files.
                long clock = opened.recordClock();
                boolean wasLevel = search.solr == null
                        && SearchIndex.embeddedMark(archive.data).equals(OptionalLong.of(clock));
                SearchIndex index = wasLevel ? null : openIndex(err);
                try {
                    // Level before recording too: an index ahead of the record (which lost its last commits to a
                    // crash) is seen as such only until new commits reuse the record clock's values. Level after:
                    // the editions this run changed are sent again whole (a bulk load as one rebuild), one commit.
                    level(opened, index, err);
                    summary = run(opened, packages.paths(), title, threads, years, images, err);
                    if (wasLevel && opened.recordClock() != clock) {
                        index = openIndex(err);
                    }
                    level(opened, index, err);
                } finally {
                    if (index != null) {
                        index.close();
                    }
                }
                // Rendered behind the recording (one low-priority thread); what is left is finished here.
                imageTally = images == null ? null : images.await();
            }
        }
        print(summary, spec.commandLine().getOut(), err);
        if (imageTally != null && (imageTally.pages() > 0 || !imageTally.failures().isEmpty())) {
            RebuildImagesCommand.print(imageTally, start, spec.commandLine().getOut());
        }
        boolean drawn = imageTally == null || imageTally.failures().isEmpty();
        return summary.rejected().isEmpty() && packages.refused().isEmpty() && drawn ? 0 : 2;
    }

    /** The index, or null when it cannot be opened now (a server holds it): the record goes on regardless. */
    private SearchIndex openIndex(PrintWriter err) {
        try {
            return search.open(archive.data, err);
        } catch (UserError e) {
            err.println("masthead: search not updated by this run (" + e.getMessage() + "); the server holding the "
                    + "index, or the next ingest or start, brings it level with the record");
            return null;
        }
    }

    private static void level(Archive archive, SearchIndex index, PrintWriter err) {
        if (index == null) {
            return;
        }
        try {
            SearchLevel.level(archive, index);
        } catch (SearchException e) {
            err.println("masthead: search not updated by this run (" + e.getMessage() + "); the next ingest or start "
                    + "brings it level with the record");
        }
    }

    private static final Pattern YEARS = Pattern.compile("(\\d{1,4})\\.\\.(\\d{1,4})");

    /** Ingests with a progress display on stderr: a bar on a terminal, a line every few seconds otherwise. */
    static IngestSummary run(Archive archive, List<Path> paths, String title, Integer threads, String years,
                             PageImages images, PrintWriter err) {
        Ingest ingest = archive.ingest().listener(new Progress(err, System.console() != null)).pageImages(images);
        try {
            ingest.title(title);
        } catch (IllegalArgumentException e) {
            throw new UserError("--title: " + e.getMessage());
        }
        if (years != null) {
            Matcher range = YEARS.matcher(years);
            if (!range.matches()) {
                throw new UserError("--years must be FROM..TO, as 1800..2030, not " + years);
            }
            try {
                ingest.dates(LocalDate.of(Integer.parseInt(range.group(1)), 1, 1),
                        LocalDate.of(Integer.parseInt(range.group(2)), 12, 31));
            } catch (IllegalArgumentException e) {
                throw new UserError("--years: " + e.getMessage());
            }
        }
        if (threads != null) {
            ingest.threads(threads);
        }
        return ingest.run(paths);
    }

    static void print(IngestSummary s, PrintWriter out, PrintWriter err) {
        for (IngestSummary.Rejection r : s.rejected()) {
            err.println("masthead: " + UserError.oneLine(r.file() + ": " + r.reason()));
        }
        double seconds = s.elapsed().toMillis() / 1000.0;
        out.printf(java.util.Locale.ROOT,
                "files seen %d, pages added %d, unchanged %d, revised %d, rejected %d, editions touched %d, %.1f s%n",
                s.filesSeen(), s.pagesAdded(), s.unchanged(), s.revised(), s.rejected().size(), s.editionsTouched(),
                seconds);
        out.flush();
        err.flush();
    }
}
