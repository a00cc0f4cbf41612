package org.masthead.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.masthead.archive.IngestSummary;

/**
 * A watched folder ({@code serve --watch DIR}): page files dropped into it, or changed in it, are ingested
 * through the {@link Desk} and so indexed and served without a restart.
 *
 * <p>A file is taken only when complete: its size and modification time must have stayed the same for
 * {@link #QUIET} (a copy still being written keeps changing them). It is looked at again only when its size
 * or time change. A file ingest rejects is moved to {@code rejected/} beside a {@code NAME.reason.txt}
 * saying why; accepted files stay where they are (re-ingesting unchanged bytes does nothing). Every step is
 * logged as one line.
 */
public final class HotFolder implements AutoCloseable {
    /** How long a file must stay unchanged before it is taken as complete. */
    public static final Duration QUIET = Duration.ofSeconds(1);
    /** How often the folder is looked at. */
    private static final Duration SCAN = Duration.ofMillis(250);
    /** Where rejected files go, inside the watched folder (never itself watched). */
    static final String REJECTED = "rejected";

    private final Path folder;
    private final Desk desk;
    private final Consumer<String> log;
    private final ScheduledExecutorService scanner;
    /** What each file looked like when last seen, and since when. */
    private final Map<Path, Seen> seen = new HashMap<>();

    private record Seen(long size, Instant modified, Instant since, boolean taken) {
    }

    private HotFolder(Path folder, Desk desk, Consumer<String> log) {
        this.folder = folder;
        this.desk = desk;
        this.log = log;
        this.scanner = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "masthead-hot-folder");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts watching {@code folder} (created if missing); files already in it are taken like new ones. */
    public static HotFolder watch(Path folder, Desk desk, Consumer<String> log) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + folder + ": " + e.getMessage(), e);
        }
        HotFolder hot = new HotFolder(folder.toAbsolutePath().normalize(), desk, log);
        hot.scanner.scheduleWithFixedDelay(hot::scanSafely, 0, SCAN.toMillis(), TimeUnit.MILLISECONDS);
        return hot;
    }

    private void scanSafely() {
        try {
            scan(Instant.now());
        } catch (RuntimeException e) {
            // One bad round (a folder vanished, the database busy) must not stop the watch: say so, go on.
            log.accept("hot folder " + folder + ": " + oneLine(e));
        }
    }

    /** One look at the folder: notes changes, and ingests the files that have been quiet long enough. */
    void scan(Instant now) {
        List<Path> ready = new ArrayList<>();
        Map<Path, Seen> present = new HashMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) walk::iterator) {
                if (file.equals(folder) || hiddenOrRejected(file)) {
                    continue;
                }
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(file, BasicFileAttributes.class);
                } catch (IOException vanished) {
                    continue;
                }
                if (!attributes.isRegularFile()) {
                    continue;
                }
                Instant modified = attributes.lastModifiedTime().toInstant();
                Seen before = seen.get(file);
                Seen current = before != null && before.size() == attributes.size() && before.modified().equals(modified)
                        ? before : new Seen(attributes.size(), modified, now, false);
                if (!current.taken() && !current.since().plus(QUIET).isAfter(now)) {
                    ready.add(file);
                }
                present.put(file, current);
            }
        } catch (IOException | UncheckedIOException e) {
            log.accept("hot folder " + folder + ": cannot read it (" + oneLine(e) + ")");
            return;
        }
        seen.keySet().retainAll(present.keySet());
        seen.putAll(present);
        if (!ready.isEmpty()) {
            // Taken only once ingest has run: a run that failed (the database busy) is tried again a little later.
            boolean done = false;
            try {
                take(ready.stream().sorted().toList());
                done = true;
            } finally {
                boolean taken = done;
                for (Path file : ready) {
                    seen.computeIfPresent(file, (f, s) -> new Seen(s.size(), s.modified(), taken ? s.since() : now, taken));
                }
            }
        }
    }

    private boolean hiddenOrRejected(Path file) {
        Path relative = folder.relativize(file);
        if (relative.getName(0).toString().equals(REJECTED)) {
            return true;
        }
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void take(List<Path> files) {
        IngestSummary summary = desk.ingest(files, null);
        for (IngestSummary.Rejection rejection : summary.rejected()) {
            setAside(Path.of(rejection.file()), rejection.reason());
        }
        if (summary.pagesAdded() + summary.revised() > 0 || !summary.rejected().isEmpty()) {
            log.accept(String.format(java.util.Locale.ROOT,
                    "hot folder: took %d file(s): pages added %d, revised %d, unchanged %d, rejected %d, "
                            + "editions %s", files.size(), summary.pagesAdded(), summary.revised(), summary.unchanged(),
                    summary.rejected().size(), summary.editions().stream()
                            .map(e -> e.slug() + "/" + e.date()).toList()));
        }
    }

    /** Moves a rejected file to rejected/ with the reason beside it, so the folder shows what went wrong. */
    private void setAside(Path file, String reason) {
        Path absolute = file.isAbsolute() ? file : file.toAbsolutePath();
        try {
            Path target = folder.resolve(REJECTED).resolve(folder.relativize(absolute));
            Files.createDirectories(target.getParent());
            Files.move(absolute, target, StandardCopyOption.REPLACE_EXISTING);
            Files.writeString(target.resolveSibling(target.getFileName() + ".reason.txt"), reason + "\n",
                    StandardCharsets.UTF_8);
            seen.remove(absolute);
            log.accept("hot folder: rejected " + folder.relativize(absolute) + ": " + reason + " (moved to "
                    + REJECTED + "/)");
        } catch (IOException | IllegalArgumentException e) {
            log.accept("hot folder: rejected " + absolute + ": " + reason + " (could not move it: " + oneLine(e) + ")");
        }
    }

    private static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    @Override
    public void close() {
        scanner.shutdownNow();
        try {
            scanner.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
