package org.masthead.archive;

import java.nio.file.Path;
import java.util.List;

/** A bare ingest process for the kill test: {@code IngestMain DATA URL|h2 PATH...}. */
public final class IngestMain {
    private IngestMain() {
    }

    public static void main(String[] args) {
        String url = args[1].equals("h2") ? null : args[1];
        try (Archive archive = Archive.open(Path.of(args[0]), url)) {
            List<Path> paths = List.of(args).subList(2, args.length).stream().map(Path::of).toList();
            IngestSummary summary = archive.ingest()
                    .listener((done, total, pages) -> System.out.println("progress " + done + "/" + total))
                    .run(paths);
            System.out.println("done " + summary);
        }
    }
}
