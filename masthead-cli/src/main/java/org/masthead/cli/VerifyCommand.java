package org.masthead.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.masthead.archive.Archive;
import org.masthead.archive.FixityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Fixity check: re-hash every original the archive holds; exit 1 if any is missing or altered.")
final class VerifyCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        FixityReport report;
        try (Archive opened = archive.openExisting()) {
            report = opened.verify();
        }
        PrintWriter out = spec.commandLine().getOut();
        report.missing().forEach(sha -> out.println("missing  " + sha));
        report.altered().forEach(sha -> out.println("altered  " + sha));
        out.printf("%d originals checked: %d missing, %d altered%s%n", report.checked(), report.missing().size(),
                report.altered().size(), report.unreferenced().isEmpty() ? ""
                        : "; " + report.unreferenced().size() + " stored files not yet recorded (left by an "
                                + "interrupted ingest; rerun it)");
        out.flush();
        return report.intact() ? 0 : 1;
    }
}
