package org.masthead.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.masthead.archive.Archive;
import org.masthead.archive.PageImages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rebuild-images", mixinStandardHelpOptions = true,
        description = "Render the page images (reader size and thumbnail) of every page read from a PDF again from "
                + "its original. They are derived files: the originals and the record are never touched. Exit 2 when "
                + "a file could not be rendered (one line each).")
final class RebuildImagesCommand implements Callable<Integer> {
    /** A progress line per this many pages rendered. */
    private static final int EVERY = 50;

    @Mixin
    ArchiveOptions archive;

    @Option(names = "--missing", description = "Only the images not made yet (what reindex and ingest do).")
    boolean missing;

    @Option(names = "--threads", paramLabel = "N", description = "Rendering threads (default: the cores).")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        PageImages.Tally tally;
        try (Archive opened = archive.openExisting();
             PageImages images = images(opened, threads == null ? Runtime.getRuntime().availableProcessors() : threads,
                     err)) {
            images.rebuild(!missing);
            tally = images.await();
        }
        print(tally, start, spec.commandLine().getOut());
        return tally.failures().isEmpty() ? 0 : 2;
    }

    /** Page images of the archive rendering in the background, with a progress line per {@value EVERY} pages. */
    static PageImages images(Archive archive, int threads, PrintWriter err) {
        return new PageImages(archive, threads).listener(new PageImages.Listener() {
            @Override
            public void rendered(int total) {
                if (total % EVERY == 0) {
                    err.println("page images: " + total + " pages rendered");
                    err.flush();
                }
            }

            @Override
            public void failed(String line) {
                err.println("masthead: " + UserError.oneLine(line));
                err.flush();
            }
        });
    }

    /** The summary line of a run's page images. */
    static void print(PageImages.Tally tally, long startNanos, PrintWriter out) {
        out.printf(Locale.ROOT, "page images: %d page(s) rendered, %d file(s) failed, %.1f s%n", tally.pages(),
                tally.failures().size(), (System.nanoTime() - startNanos) / 1e9);
        out.flush();
    }
}
