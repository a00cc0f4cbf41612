package org.masthead.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.masthead.web.Desk;
import java.util.concurrent.Callable;
import org.masthead.archive.Archive;
import org.masthead.alto.MetsImport;
import org.masthead.archive.IngestSummary;
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

    @Option(names = "--threads", paramLabel = "N", description = "Parser threads (default: one fewer than cores, at least one).")
    Integer threads;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Page files or folders holding them.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        IngestSummary summary;
        // Library packages (NDNP batches, bags, issue folders) are read through their METS.
        MetsImport.Packages packages = MetsImport.packages(paths);
        packages.refused().forEach(e -> spec.commandLine().getErr().println(e.getMessage()));
        Optional<RunningServer> server = search.solr == null ? RunningServer.find(archive.data) : Optional.empty();
        if (server.isPresent()) {
            // The running server owns the writers: it ingests, indexes and shows the pages at once.
            spec.commandLine().getErr().println("masthead: ingesting through the server of this archive at "
                    + server.get().url());
            summary = server.get().ingest(packages.paths(), title);
        } else {
            try (Archive opened = archive.open()) {
                summary = run(opened, packages.paths(), title, threads, spec.commandLine().getErr());
                if (summary.editionsTouched() > 0) {
                    try (var index = search.open(archive.data)) {
                        Desk.refresh(opened, index, summary);
                    }
                }
            }
        }
        print(summary, spec.commandLine().getOut(), spec.commandLine().getErr());
        return summary.rejected().isEmpty() && packages.refused().isEmpty() ? 0 : 2;
    }

    /** Ingests with a progress display on stderr: a bar on a terminal, a line every few seconds otherwise. */
    static IngestSummary run(Archive archive, List<Path> paths, String title, Integer threads, PrintWriter err) {
        var ingest = archive.ingest().title(title).listener(new Progress(err, System.console() != null));
        if (threads != null) {
            ingest.threads(threads);
        }
        return ingest.run(paths);
    }

    static void print(IngestSummary s, PrintWriter out, PrintWriter err) {
        for (IngestSummary.Rejection r : s.rejected()) {
            err.println("masthead: " + r.file() + ": " + r.reason());
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
