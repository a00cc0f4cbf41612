package org.masthead.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.masthead.archive.Archive;
import org.masthead.archive.FixityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Fixity check: re-hash every original the archive holds, naming the pages and source files of "
                + "any missing or altered; read back every current page of the record; list stored originals the "
                + "record lost. Exit 1 if anything is wrong.")
final class VerifyCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        FixityReport report;
        List<String> record;
        try (Archive opened = archive.openExisting()) {
            report = opened.verify();
            // Each lost or altered original named with the pages and source files it was read from.
            report.missing().forEach(sha -> out.println("missing  " + sha + uses(opened, sha)));
            report.altered().forEach(sha -> out.println("altered  " + sha + uses(opened, sha)));
            record = opened.recordProblems();
        }
        record.forEach(problem -> out.println("record   " + problem));
        // Originals are stored before their record: ones in no record were recorded and lost (a damaged or
        // restored-from-old database), or an ingest was interrupted. Either way, ingesting their files again
        // records them.
        report.unreferenced().forEach(sha -> out.println("unrecorded  " + sha));
        out.printf("%d originals checked: %d missing, %d altered; %d stored file(s) in no record%s; %d record "
                        + "problem(s)%n", report.checked(), report.missing().size(), report.altered().size(),
                report.unreferenced().size(), report.unreferenced().isEmpty() ? ""
                        : " (the record lost them, or an ingest was interrupted: ingest their files again)",
                record.size());
        out.flush();
        return report.intact() && report.unreferenced().isEmpty() && record.isEmpty() ? 0 : 1;
    }

    private static String uses(Archive archive, String sha256) {
        List<Archive.OriginalUse> uses = archive.usesOf(sha256);
        return uses.isEmpty() ? "" : "  " + String.join("; ", uses.stream().map(Archive.OriginalUse::toString).toList());
    }
}
