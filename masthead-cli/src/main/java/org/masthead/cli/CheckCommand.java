package org.masthead.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.masthead.archive.Archive;
import org.masthead.archive.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "List consistency findings: unmatched jumps, issue numbers out of sequence for a daily, "
                + "pages missing against 今日N版, masthead warnings.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Option(names = "--title", paramLabel = "T", description = "Only this title (slug or name).")
    String title;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Finding> findings;
        try (Archive opened = archive.openExisting()) {
            String slug = title == null ? null : ArchiveOptions.slug(opened, title);
            findings = opened.checkFindings().stream().filter(f -> slug == null || f.title().equals(slug)).toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Finding f : findings) {
            out.printf("%s %s%s  %s  %s%n", f.title(), f.date(), f.page() == null ? "" : " p" + f.page(), f.code(),
                    f.message());
        }
        out.printf("%d finding%s%n", findings.size(), findings.size() == 1 ? "" : "s");
        out.flush();
        return 0;
    }
}
