package org.masthead.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.masthead.archive.Archive;
import org.masthead.archive.ArchiveException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = "Rewrite the embedded H2 database to its live data: after large ingests the file holds "
                + "several times what it needs. Run it while no server or other verb has the archive open; "
                + "PostgreSQL reclaims its own space (VACUUM).")
final class CompactCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (archive.db != null) {
            throw new UserError("compact works on the embedded H2 database; PostgreSQL reclaims space itself (VACUUM)");
        }
        ArchiveOptions.requireArchive(archive.data, null);
        RunningServer.find(archive.data).ifPresent(server -> {
            throw new UserError("a server (process " + server.pid() + ") has the archive in " + archive.data
                    + " open: stop it, then compact");
        });
        long started = System.nanoTime();
        Archive.Compacted compacted;
        try {
            compacted = Archive.compact(archive.data);
        } catch (ArchiveException e) {
            throw new UserError(e.getMessage());
        }
        spec.commandLine().getOut().printf(Locale.ROOT, "compacted the database in %s: %.1f MB -> %.1f MB in %.1f s%n",
                archive.data, compacted.before() / 1e6, compacted.after() / 1e6, (System.nanoTime() - started) / 1e9);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
