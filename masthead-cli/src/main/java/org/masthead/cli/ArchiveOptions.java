package org.masthead.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.masthead.archive.Archive;
import org.masthead.archive.ArchiveException;
import picocli.CommandLine.Option;

/**
 * Where the archive lives: the options every verb that reads or writes the archive shares
 * ({@code @Mixin ArchiveOptions archive;}), so they are declared once and mean the same everywhere.
 */
final class ArchiveOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:MASTHEAD_DATA:-masthead-data}",
            description = "Data folder: originals, the default H2 database, the embedded search index "
                    + "(default: $MASTHEAD_DATA or ./masthead-data).")
    Path data;

    @Option(names = "--db", paramLabel = "URL",
            description = "JDBC URL of the database of record, e.g. jdbc:postgresql://host/db "
                    + "(default: an H2 file database under --data).")
    String db;

    /** Opens the archive these options name; a database that cannot be opened is a one-line user error. */
    Archive open() {
        try {
            return Archive.open(data, db);
        } catch (ArchiveException e) {
            throw new UserError(e.getMessage());
        }
    }

    /**
     * Opens an archive that must exist already (the verbs that only read, and serve): a data folder without
     * one is a user error, not a reason to create an empty archive there.
     */
    Archive openExisting() {
        requireArchive(data, db);
        return open();
    }

    /** A user error unless {@code data} holds an archive (with --db, the database holds it; the folder may be new). */
    static void requireArchive(Path data, String db) {
        if (db == null && !Files.isRegularFile(Archive.h2File(data))) {
            throw new UserError("no archive in " + data.toAbsolutePath().normalize()
                    + " (masthead ingest PATH... --data " + data + " creates one)");
        }
    }

    /** The slug of a title the archive holds, named by slug or printed name; any other is a user error. */
    static String slug(Archive archive, String title) {
        return archive.title(title).map(org.masthead.archive.Title::slug)
                .orElseThrow(() -> new UserError("no title " + title + " in the archive"));
    }
}
