package org.masthead.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.masthead.model.Edition;
import org.masthead.parse.EditionParser;
import org.masthead.parse.PageFiles;
import org.masthead.parse.PageSource;
import org.masthead.parse.ParseOptions;
import org.masthead.parse.UnusableInputException;

/**
 * Ingests page files and folders (recursively) into an archive.
 *
 * <p>Files are read, hashed and parsed by a few worker threads; a file whose bytes are already recorded is
 * not parsed at all (the fast path that makes re-runs cheap). One writer records the results in file
 * order, one transaction per file. A bad file is reported and skipped; a database failure stops the run.
 */
public final class Ingest {

    /** Told after every file; called from the ingesting thread. */
    public interface Listener {
        void progress(int filesDone, int filesTotal, int pagesStored);
    }

    private final Archive archive;
    private final Recorder recorder;
    private final EditionParser parser = new EditionParser();
    private String title;
    private Listener listener = (done, total, pages) -> { };
    private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

    public Ingest(Archive archive) {
        this.archive = archive;
        this.recorder = new Recorder(archive);
    }

    /** The newspaper title for pages whose masthead does not name it (and overriding it where it does). */
    public Ingest title(String name) {
        this.title = name;
        return this;
    }

    public Ingest listener(Listener listener) {
        this.listener = listener;
        return this;
    }

    public Ingest threads(int threads) {
        this.threads = Math.max(1, threads);
        return this;
    }

    /** The page files under these paths, in a stable order; hidden files are passed over. */
    public static List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** Ingests everything under these paths. */
    public IngestSummary run(List<Path> paths) {
        long start = System.nanoTime();
        List<Path> files = files(paths);
        Tally tally = new Tally();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "masthead-ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            // A bounded window of files in flight keeps memory flat however many files there are.
            Deque<Future<Prepared>> window = new ArrayDeque<>();
            int submitted = 0;
            int done = 0;
            while (done < files.size()) {
                while (submitted < files.size() && window.size() < threads * 4) {
                    Path file = files.get(submitted++);
                    window.add(workers.submit(() -> prepare(file)));
                }
                record(await(window.poll()), tally);
                listener.progress(++done, files.size(), tally.added + tally.revised);
            }
        } finally {
            workers.shutdownNow();
        }
        return new IngestSummary(files.size(), tally.added, tally.unchanged, tally.revised, tally.rejected,
                tally.editions.size(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** A file read, hashed and (unless already recorded) parsed; or why it cannot be ingested. */
    private record Prepared(Path file, PageSource source, String sha256, Title title, Edition edition, String rejection) {
        static Prepared rejected(Path file, String reason) {
            return new Prepared(file, null, null, null, null, reason);
        }
    }

    private Prepared prepare(Path file) {
        PageSource source;
        try {
            source = PageFiles.read(file);
        } catch (UnusableInputException e) {
            return Prepared.rejected(file, e.reason());
        }
        String sha256 = Originals.sha256(source.bytes());
        if (recorder.known(sha256)) {
            return new Prepared(file, source, sha256, null, null, null);
        }
        Edition edition;
        try {
            edition = parser.parse(List.of(source), new ParseOptions(null, title));
        } catch (UnusableInputException e) {
            return Prepared.rejected(file, e.reason());
        } catch (RuntimeException e) {
            return Prepared.rejected(file, "cannot be parsed (" + e + ")");
        }
        String name = title != null ? title : edition.title();
        if (name == null || name.isBlank()) {
            return Prepared.rejected(file, "no newspaper title in the masthead (give --title)");
        }
        if (edition.date() == null) {
            return Prepared.rejected(file, "no edition date found");
        }
        if (edition.pages().isEmpty()) {
            return Prepared.rejected(file, "no page found");
        }
        Title known;
        try {
            known = Titles.of(name);
        } catch (IllegalArgumentException e) {
            return Prepared.rejected(file, e.getMessage());
        }
        return new Prepared(file, source, sha256, known, edition, null);
    }

    private void record(Prepared prepared, Tally tally) {
        if (prepared.rejection() != null) {
            tally.rejected.add(new IngestSummary.Rejection(prepared.file().toString(), prepared.rejection()));
            return;
        }
        if (prepared.edition() == null) {
            tally.unchanged++;
            return;
        }
        Recorder.Result result = recorder.record(prepared.file().toString(), prepared.source().bytes(),
                prepared.sha256(), prepared.title(), prepared.edition());
        if (result.edition() == null) {
            tally.unchanged++; // the same bytes came twice in this run
            return;
        }
        tally.editions.add(result.edition());
        for (Recorder.Outcome outcome : result.pages()) {
            switch (outcome) {
                case ADDED -> tally.added++;
                case REVISED -> tally.revised++;
                case UNCHANGED -> tally.unchanged++;
            }
        }
    }

    private static Prepared await(Future<Prepared> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArchiveException("ingest interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ArchiveException("ingest failed: " + e.getCause(), e.getCause());
        }
    }

    private static final class Tally {
        int added;
        int unchanged;
        int revised;
        final List<IngestSummary.Rejection> rejected = new ArrayList<>();
        final Set<String> editions = new HashSet<>();
    }
}
