package org.masthead.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.masthead.archive.Archive;
import org.masthead.archive.PageRevision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List the stored revisions of an edition's pages, oldest first; * marks the current one.")
final class HistoryCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Parameters(index = "0", paramLabel = "TITLE", description = "Title slug or name (jiefangjunbao, 解放军报).")
    String title;

    @Parameters(index = "1", paramLabel = "DATE", description = "Edition date, e.g. 2025-06-19.")
    LocalDate date;

    @Parameters(index = "2", arity = "0..1", paramLabel = "PAGE", description = "Page number (default: all pages).")
    Integer page;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<PageRevision> revisions;
        try (Archive opened = archive.openExisting()) {
            String slug = ArchiveOptions.slug(opened, title);
            revisions = opened.history(slug, date, page);
        }
        if (revisions.isEmpty()) {
            throw new UserError("the archive holds no " + (page == null ? "page" : "page " + page) + " of " + title
                    + " of " + date);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (PageRevision r : revisions) {
            out.printf("page %d  revision %d%s  %s  %d items  sha256 %s  from %s%n", r.page(), r.revision(),
                    r.current() ? "*" : " ", r.ingestedAt(), r.items(), r.sha256(), r.source());
        }
        out.flush();
        return 0;
    }
}
