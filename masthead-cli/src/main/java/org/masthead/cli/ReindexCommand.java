package org.masthead.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.masthead.web.SearchLevel;
import org.masthead.archive.Archive;
import org.masthead.archive.PageImages;
import org.masthead.search.SearchException;
import org.masthead.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the archive's record (the index is never the only copy). "
                + "The old index answers searches until the rebuild is done. Page images not made yet are rendered "
                + "too (see rebuild-images).")
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Mixin
    SearchOptions search;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        long count;
        int failures = 0;
        Optional<RunningServer> server = search.solr == null ? RunningServer.find(archive.data) : Optional.empty();
        if (server.isPresent()) {
            count = server.get().reindex(); // the server owns the index: it rebuilds, and keeps answering meanwhile
        } else {
            try (Archive opened = archive.openExisting();
                 SearchIndex index = search.open(archive.data, spec.commandLine().getErr());
                 PageImages images = RebuildImagesCommand.images(opened, 1, spec.commandLine().getErr())) {
                images.rebuild(false); // the page images not made yet, beside the index
                count = rebuild(opened, index);
                failures = images.await().failures().size();
            }
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "indexed %d article(s) in %.1f s%n", count,
                (System.nanoTime() - start) / 1e9);
        spec.commandLine().getOut().flush();
        return failures == 0 ? 0 : 2;
    }

    /** Makes the index hold exactly the archive's logical articles, marked level with the record. */
    static long rebuild(Archive archive, SearchIndex index) {
        try {
            return SearchLevel.rebuild(archive, index).articles();
        } catch (SearchException e) {
            throw new UserError(e.getMessage());
        }
    }
}
