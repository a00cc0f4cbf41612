package org.masthead.archive;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.masthead.model.Edition;
import org.masthead.model.Page;
import org.masthead.parse.EditionParser;
import org.masthead.parse.Formats;
import org.masthead.parse.ItemIds;
import org.masthead.parse.Source;
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

    /** A page scan larger than this is not kept (a 600 dpi uncompressed broadsheet TIFF is ~350 MB). */
    static final long MAX_SCAN_BYTES = 512L * 1024 * 1024;

    private final Archive archive;
    private final Recorder recorder;
    /** Editions recorded in this run before the database's statistics are brought up to date, then twice as many. */
    private int analyseAt = 64;
    private final EditionParser parser = new EditionParser();
    private String title;
    private LocalDate earliest = LocalDate.of(1800, 1, 1);
    private LocalDate latest = LocalDate.now(java.time.ZoneOffset.UTC).plusYears(1).withMonth(12).withDayOfMonth(31);
    private Listener listener = (done, total, pages) -> { };
    private PageImages images;
    // A parser per core: where the writer is the slower stage (Markdown) the parsers fill their window and wait;
    // where parsing is (METS/ALTO), one parser fewer than cores left the writer waiting on it.
    private int threads = Runtime.getRuntime().availableProcessors();

    public Ingest(Archive archive) {
        this.archive = archive;
        this.recorder = new Recorder(archive);
    }

    /** The newspaper title for pages whose masthead does not name it (and overriding it where it does). */
    public Ingest title(String name) {
        if (name != null && name.length() > Titles.MAX_NAME) {
            throw new IllegalArgumentException("a newspaper title of " + name.length() + " characters; at most "
                    + Titles.MAX_NAME);
        }
        this.title = name;
        return this;
    }

    public Ingest listener(Listener listener) {
        this.listener = listener;
        return this;
    }

    /**
     * The dates an edition may have; a page dated outside them is rejected (a misread or hostile date would
     * otherwise stretch every calendar, trend and facet to it). Default: 1800 to the end of next year.
     */
    public Ingest dates(LocalDate earliest, LocalDate latest) {
        if (earliest.isAfter(latest)) {
            throw new IllegalArgumentException("the earliest date " + earliest + " is after the latest " + latest);
        }
        this.earliest = earliest;
        this.latest = latest;
        return this;
    }

    /** Renders the page images of the PDFs recorded, in the background (they wait in {@link PageImages#await}). */
    public Ingest pageImages(PageImages images) {
        this.images = images;
        return this;
    }

    public Ingest threads(int threads) {
        this.threads = Math.max(1, threads);
        return this;
    }

    /**
     * The page files under these paths, in a stable order; hidden files are passed over. A folder or file
     * that cannot be listed is a rejection of its own, and the walk goes on.
     */
    static List<Path> files(List<Path> paths, List<IngestSummary.Rejection> unreadable) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            List<Path> found = new ArrayList<>();
            try {
                Files.walkFileTree(path, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (Files.isRegularFile(file) && !file.getFileName().toString().startsWith(".")) {
                            found.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        unreadable.add(new IngestSummary.Rejection(file.toString(), "cannot be read ("
                                + e.getClass().getSimpleName() + ")"));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                        if (e != null) {
                            unreadable.add(new IngestSummary.Rejection(dir.toString(), "cannot be listed ("
                                    + e.getClass().getSimpleName() + ")"));
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                unreadable.add(new IngestSummary.Rejection(path.toString(), "cannot be listed (" + e.getMessage() + ")"));
            }
            found.sort(null);
            files.addAll(found);
        }
        return files;
    }

    /** Ingests everything under these paths. */
    public IngestSummary run(List<Path> paths) {
        long start = System.nanoTime();
        Tally tally = new Tally();
        List<Path> files = files(paths, tally.rejected);
        // Files of one edition (same name but for the page part, same folder) are parsed together.
        Map<List<String>, List<Path>> groups = new LinkedHashMap<>();
        for (Path file : files) {
            Path parent = file.toAbsolutePath().getParent();
            groups.computeIfAbsent(List.of(String.valueOf(parent), PageFileName.of(file).key()), k -> new ArrayList<>())
                    .add(file);
        }
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "masthead-ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            // A bounded window of editions in flight keeps memory flat however many files there are.
            Deque<Future<List<Prepared>>> window = new ArrayDeque<>();
            Iterator<List<Path>> pending = groups.values().iterator();
            int done = 0;
            while (pending.hasNext() || !window.isEmpty()) {
                while (pending.hasNext() && window.size() < threads * 2) {
                    List<Path> group = pending.next();
                    window.add(workers.submit(() -> prepare(group)));
                }
                List<Prepared> group = await(window.poll());
                record(group, tally);
                if (tally.editions.size() >= analyseAt) {
                    // A bulk load: the database's statistics are brought up to date each time it has doubled.
                    archive.analyze();
                    analyseAt *= 2;
                }
                for (int i = 0; i < group.size(); i++) {
                    listener.progress(++done, files.size(), tally.added + tally.revised);
                }
            }
        } finally {
            workers.shutdownNow();
        }
        readLonePagesAgain(tally);
        return new IngestSummary(files.size(), tally.added, tally.unchanged, tally.revised, tally.rejected,
                List.copyOf(tally.editions), Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * One file's outcome before recording: unchanged (edition null), rejected (rejection set), or the
     * edition holding just this file's page(s).
     */
    private record Prepared(Path file, PageFileName name, PageSource source, String sha256, Title title,
            Edition edition, boolean readAlone, String rejection) {
        static Prepared rejected(Path file, String reason) {
            return new Prepared(file, null, null, null, null, null, false, reason);
        }

        Prepared reject(String reason) {
            return rejected(file, reason);
        }

        Prepared with(Title title, Edition edition, boolean readAlone) {
            return new Prepared(file, name, source, sha256, title, edition, readAlone, null);
        }
    }

    /** Reads, hashes and (unless every file is already recorded) parses the files of one edition. */
    private List<Prepared> prepare(List<Path> group) {
        List<Prepared> read = new ArrayList<>();
        List<PageSource> context = new ArrayList<>();
        Set<String> known = new HashSet<>();
        Set<String> recorded = null; // the files of a group share their key (run), so it is looked up once
        for (Path file : group) {
            if (!Files.exists(file)) {
                read.add(Prepared.rejected(file, "no such file"));
                continue;
            }
            try {
                PageSource source = PageFiles.read(file);
                String sha256 = Originals.sha256(source.bytes());
                PageFileName name = PageFileName.of(file);
                if (recorded == null) {
                    recorded = recorder.recorded(name.key());
                }
                if (recorded.contains(sha256) && !lostScans(source, sha256, name.key())) {
                    known.add(sha256); // recorded bytes were detected when they were first taken
                    archive.originals().store(sha256, source.bytes()); // one look, unless the original was lost
                } else {
                    Formats.detect(new Source(source)); // a file of no installed format is rejected before parsing
                }
                read.add(new Prepared(file, name, source, sha256, null, null, false, null));
                context.add(source);
            } catch (UnusableInputException e) {
                read.add(Prepared.rejected(file, e.reason()));
            }
        }
        if (read.stream().allMatch(p -> p.rejection() != null || known.contains(p.sha256()))) {
            return read; // the fast path: every readable file is recorded already, nothing is parsed
        }
        EditionParser.Reading reading = null;
        String failure = null;
        try {
            reading = parser.read(context, new ParseOptions(null, title));
            if (!reading.edition().masthead().isFrontPage()) {
                // No front page among them: the archive's, if it holds the edition's, gives title and date.
                String key = PageFileName.of(group.get(0)).key();
                byte[] front = recorder.frontPage(key).orElse(null);
                if (front != null) {
                    context.add(0, new PageSource(key + " (front page from the archive)", front));
                    reading = parser.read(context, new ParseOptions(null, title));
                }
            }
        } catch (UnusableInputException e) {
            failure = e.reason();
        } catch (RuntimeException | StackOverflowError e) {
            failure = "cannot be parsed (" + e + ")";
        }
        List<Prepared> out = new ArrayList<>();
        for (Prepared p : read) {
            if (p.rejection() != null || known.contains(p.sha256())) {
                out.add(p);
            } else if (reading != null) {
                out.add(pages(p, reading, context.indexOf(p.source())));
            } else if (context.size() == 1) {
                out.add(p.reject(failure));
            } else {
                out.add(alone(p, context));
            }
        }
        return out;
    }

    /**
     * Whether recorded bytes name page scans the originals store has lost: then the file is read again, which
     * keeps its scans anew (the record, unchanged, is not touched). Only METS and ALTO name scans, and they
     * are XML: other files are not looked up.
     */
    private boolean lostScans(PageSource source, String sha256, String key) {
        return new Source(source).opening() == '<'
                && recorder.scans(sha256, key).stream().anyMatch(scan -> archive.originals().size(scan) < 0);
    }

    /** Parses one file of a group that failed as a whole, with only a front page as context. */
    private Prepared alone(Prepared p, List<PageSource> context) {
        List<PageSource> sources = new ArrayList<>();
        for (PageSource other : context) {
            if (other != p.source() && isFront(other)) {
                sources.add(other);
                break;
            }
        }
        sources.add(p.source());
        try {
            return pages(p, parser.read(sources, new ParseOptions(null, title)), sources.size() - 1);
        } catch (UnusableInputException e) {
            return p.reject(e.reason());
        } catch (RuntimeException | StackOverflowError e) {
            return p.reject("cannot be parsed (" + e + ")");
        }
    }

    /** Whether the parser, reading it alone, takes this file for a front page. */
    private boolean isFront(PageSource source) {
        try {
            return parser.read(List.of(source), new ParseOptions(null, title)).edition().masthead().isFrontPage();
        } catch (UnusableInputException | RuntimeException e) {
            return false;
        }
    }

    /** This file's page(s) of the parsed edition (the parser says which), with title and date checked. */
    private Prepared pages(Prepared p, EditionParser.Reading reading, int index) {
        Edition edition = reading.edition();
        List<Integer> numbers = reading.pagesBySource().get(index);
        List<Page> pages = keepScans(p.file(), printedOn(p.source(), p.sha256(), numbers, edition.pages().stream()
                .filter(page -> numbers.contains(page.number())).toList()));
        if (pages.isEmpty()) {
            return p.reject("no page found");
        }
        String name = title != null ? title : edition.title();
        if (name == null) {
            String prefix = p.name().titlePart();
            name = recorder.titleNamedBy(prefix).or(() -> Titles.byInitials(prefix).map(Title::name)).orElse(null);
        }
        if (name == null || name.isBlank()) {
            return p.reject("no newspaper title: no masthead in it, nor its edition's front page in this run or the "
                    + "archive (give --title)");
        }
        LocalDate date = edition.date() != null ? edition.date() : p.name().date().orElse(null);
        if (date == null) {
            return p.reject("no edition date: no masthead in it, nor a date in its name");
        }
        if (date.isBefore(earliest) || date.isAfter(latest)) {
            return p.reject("dated " + date + ", outside the plausible dates " + earliest + " to " + latest);
        }
        if (name.length() > Titles.MAX_NAME) {
            return p.reject("a newspaper title of " + name.length() + " characters; at most " + Titles.MAX_NAME);
        }
        try {
            // Written here, by the workers, rather than by the one writer; the writer only checks it is there.
            archive.originals().store(p.sha256(), p.source().bytes());
            // No date from the parser means no masthead was in reach: the page is read again with its front page.
            if (!name.equals(edition.title()) || !date.equals(edition.date())) {
                pages = provisionalIds(pages, name, date);
            }
            return p.with(Titles.of(name), only(edition, name, date, pages), edition.date() == null);
        } catch (IllegalArgumentException e) {
            return p.reject(e.getMessage());
        }
    }

    /** The pages of a PDF, each naming its original and its place in it ({@code numbers}: in file order). */
    private static List<Page> printedOn(PageSource source, String sha256, List<Integer> numbers, List<Page> pages) {
        if (!PageImages.isPdf(source)) {
            return pages;
        }
        return pages.stream().map(page -> PageImages.printedOn(page, sha256, numbers.indexOf(page.number()) + 1))
                .toList();
    }

    /**
     * The pages with the scans they name as files ({@code file:} URIs, as a library batch's METS names a page's
     * JPEG 2000 or TIFF) kept as originals of their own and named by hash, so the page images can always be
     * made again from what the archive holds. Only files in the source file's folder or below are taken; a
     * scan that cannot be read, or is over {@link #MAX_SCAN_BYTES}, leaves its page without an image.
     */
    private List<Page> keepScans(Path source, List<Page> pages) {
        Path folder = source.toAbsolutePath().normalize().getParent();
        List<Page> kept = new ArrayList<>();
        for (Page page : pages) {
            String image = page.image();
            if (image == null || !image.startsWith("file:")) {
                kept.add(page);
                continue;
            }
            String scan = null;
            try {
                Path file = Path.of(java.net.URI.create(image)).normalize();
                if (folder != null && file.startsWith(folder) && Files.isRegularFile(file)
                        && Files.size(file) <= MAX_SCAN_BYTES) {
                    scan = PageImages.scanReference(archive.originals().store(file));
                }
            } catch (IOException | IllegalArgumentException e) {
                // unreadable: the page is kept without its image
            }
            kept.add(page.withGeometry(page.size(), scan));
        }
        return kept;
    }

    /**
     * The items' provisional ids as the parser gives them when it knows the title and date, which the archive
     * found here: a page read before its front page then offers the ids it would have had with it.
     */
    private static List<Page> provisionalIds(List<Page> pages, String name, LocalDate date) {
        return pages.stream().map(page -> {
            List<org.masthead.model.Item> items = new ArrayList<>();
            for (org.masthead.model.Item item : page.items()) {
                items.add(item.withId(ItemIds.of(name, date, page.number(), items.size(), item.headline())));
            }
            return page.withItems(items);
        }).toList();
    }

    /** The edition's masthead data with just these pages, under this name and date. */
    private static Edition only(Edition edition, String name, LocalDate date, List<Page> pages) {
        return edition.withMasthead(edition.masthead().toBuilder().title(name).date(date).build()).withPages(pages);
    }

    /**
     * Once every file is recorded, the pages of an edition that were read without its front page (they
     * arrived first) are read again with it wherever it is recorded now, and stored as new revisions of the
     * same originals, so an edition ends up read the same whichever order its pages came in. This looks at
     * the whole record, not at this run's files: a run that died after recording a front page is repaired by
     * the next, even one that finds every file unchanged.
     */
    private void readLonePagesAgain(Tally tally) {
        for (Recorder.Front front : recorder.frontsWithLonePages()) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(archive.original(front.sha256()).orElseThrow(java.io.FileNotFoundException::new));
            } catch (IOException e) {
                continue; // a lost original is verify's finding; its pages stay as they were read
            }
            int reread = reread(front.editionId(), new PageSource(front.source(), bytes), front.title());
            if (reread > 0) {
                tally.revised += reread;
                tally.editions.add(new EditionKey(front.title().slug(), front.date()));
            }
        }
    }

    /** Reads the edition's lone pages again with its front page; returns the pages re-read. */
    private int reread(long editionId, PageSource front, Title known) {
        List<Recorder.LonePage> lone = recorder.lonePages(editionId);
        if (lone.isEmpty()) {
            return 0;
        }
        List<PageSource> sources = new ArrayList<>(List.of(front));
        for (Recorder.LonePage page : lone) {
            Path original = archive.original(page.sha256()).orElse(null);
            if (original == null) {
                return 0; // a lost original is verify's finding; the page stays as it was read
            }
            try {
                sources.add(new PageSource(page.source(), Files.readAllBytes(original)));
            } catch (IOException e) {
                return 0;
            }
        }
        EditionParser.Reading reading;
        try {
            reading = parser.read(sources, new ParseOptions(null, title));
        } catch (UnusableInputException | RuntimeException | StackOverflowError e) {
            return 0; // it was readable alone; if it is not with the front page, keep the first reading
        }
        Edition edition = reading.edition();
        if (edition.date() == null) {
            return 0;
        }
        List<Recorder.File> files = new ArrayList<>();
        for (int i = 0; i < lone.size(); i++) {
            Recorder.LonePage page = lone.get(i);
            List<Page> pages = keepScans(Path.of(page.source()), printedOn(sources.get(i + 1), page.sha256(),
                    reading.pagesBySource().get(i + 1), edition.pages().stream().filter(p -> p.number() == page.page())
                    .toList()));
            if (!pages.isEmpty()) {
                files.add(new Recorder.File(page.source(), page.sourceKey(), sources.get(i + 1).bytes(), page.sha256(),
                        known, only(edition, known.name(), edition.date(), pages), false, true));
            }
        }
        return files.isEmpty() ? 0 : recorder.record(files).size();
    }

    /** Records one edition's files in one transaction and counts what happened to each. */
    private void record(List<Prepared> group, Tally tally) {
        List<Recorder.File> fresh = new ArrayList<>();
        for (Prepared p : group) {
            if (p.rejection() != null) {
                tally.rejected.add(new IngestSummary.Rejection(p.file().toString(), p.rejection()));
            } else if (p.edition() == null) {
                tally.unchanged++;
            } else {
                fresh.add(new Recorder.File(p.file().toString(), p.name().key(), p.source().bytes(), p.sha256(),
                        p.title(), p.edition(), p.readAlone(), false));
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        List<Recorder.Result> results = recorder.record(fresh);
        if (images != null) {
            for (Recorder.File file : fresh) { // the record is written: now draw
                images.submit(file.sha256(), file.source());
                file.edition().pages().stream().map(PageImages::scanOf).filter(java.util.Objects::nonNull)
                        .forEach(scan -> images.submit(scan, file.source()));
            }
        }
        for (int i = 0; i < results.size(); i++) {
            Recorder.Result result = results.get(i);
            if (result.edition() == null) {
                tally.unchanged++; // the same bytes came twice in this run
                continue;
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
    }

    private static <T> T await(Future<T> future) {
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
        final Set<EditionKey> editions = new LinkedHashSet<>();
    }
}
