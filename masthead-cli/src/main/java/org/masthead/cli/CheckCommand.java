package org.masthead.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.masthead.web.SearchLevel;
import org.masthead.archive.Archive;
import org.masthead.archive.Finding;
import org.masthead.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "List consistency findings: unmatched jumps, issue numbers out of sequence for a daily, "
                + "pages missing against 今日N版, masthead warnings, scans the originals store lost (exit 1); and any "
                + "difference between the search index and the record (exit 1).")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Option(names = "--title", paramLabel = "T", description = "Only this title (slug or name).")
    String title;

    @Spec
    CommandSpec spec;

    @Mixin
    SearchOptions search;

    @Override
    public Integer call() {
        List<Finding> findings;
        List<String> index;
        try (Archive opened = archive.openExisting()) {
            String slug = title == null ? null : ArchiveOptions.slug(opened, title);
            findings = opened.checkFindings().stream().filter(f -> slug == null || f.title().equals(slug)).toList();
            var server = search.solr == null ? RunningServer.find(archive.data) : java.util.Optional.<RunningServer>empty();
            if (server.isPresent()) {
                index = server.get().indexDifferences(); // the server holds the index: it compares
            } else {
                try (SearchIndex searchIndex = search.open(archive.data, spec.commandLine().getErr())) {
                    index = SearchLevel.differences(opened, searchIndex);
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Finding f : findings) {
            out.printf("%s %s%s  %s  %s%n", f.title(), f.date(), f.page() == null ? "" : " p" + f.page(), f.code(),
                    f.message());
        }
        index.forEach(out::println);
        out.printf("%d finding%s%n", findings.size(), findings.size() == 1 ? "" : "s");
        out.printf(index.isEmpty() ? "search index level with the record%n" : "search index differs from the record%n");
        out.flush();
        // Findings describe the newspaper (exit 0); a lost scan or an index that disagrees with the record is
        // damage (exit 1).
        return index.isEmpty() && findings.stream().noneMatch(Finding::damage) ? 0 : 1;
    }
}
