package org.masthead.archive;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.masthead.model.Page;
import org.masthead.model.PageSize;
import org.masthead.parse.Formats;
import org.masthead.parse.PageSource;
import org.masthead.parse.Source;
import org.masthead.parse.UnusableInputException;

/**
 * Page images: every page of a PDF original rendered once (PDFBox's {@link PDFRenderer}), and every page scan
 * a library batch brought ({@link Scans}: JPEG 2000, TIFF…), to a reader image and a thumbnail, kept as
 * <em>derived</em> files beside the original, {@code <data>/originals/ab/<sha256>.pages/
 * p<N>-reader.jpg} and {@code p<N>-thumbnail.jpg} (N: the page's place in the PDF file, from 1). They are not
 * originals: the record does not refer to them, {@code verify} does not check them, and they can always be
 * made again from the original ({@link #rebuild}). A failed rendering leaves whatever was there.
 *
 * <p>Ingest does not wait for them: {@link #submit} renders in the background, {@link #await} waits at the
 * end. Thread-safe; one instance per archive, closed when done.
 */
public final class PageImages implements AutoCloseable {

    /** The stored renderings: a reader image and a thumbnail, by width in pixels. */
    public enum Size {
        READER(1600), THUMBNAIL(200);

        private final int width;

        Size(int width) {
            this.width = width;
        }

        /** Width in pixels; the height keeps the page's proportions. */
        public int width() {
            return width;
        }
    }

    /**
     * Where a page of an edition is printed: an original PDF the archive holds and the page's place in it, or
     * the page's scan.
     *
     * @param sha256 the original's hash
     * @param index  the page's place in that file, from 1 (1 for a scan)
     * @param size   the page's size, in the unit of its regions and lines
     * @param scan   true for a scan (an image file), false for a page of a PDF
     */
    public record Printed(String sha256, int index, PageSize size, boolean scan) {
    }

    /** Told as the background renders. */
    public interface Listener {
        /** After each page rendered; {@code total} counts every page rendered by this instance so far. */
        void rendered(int total);

        /** One line naming the file whose pages could not be rendered, and why. */
        void failed(String line);
    }

    /** What a run of renderings did: pages rendered, and a line per file that failed. */
    public record Tally(int pages, List<String> failures) {
    }

    private static final String IMAGE_PREFIX = "sha256:";
    /** A SQL LIKE pattern for page JSON that names a scan as its image. */
    static final String SCAN_IN_JSON = "%\"image\":\"" + IMAGE_PREFIX + "%";
    private static final String PAGE_FRAGMENT = "#page=";
    private static final float JPEG_QUALITY = 0.85f;

    private final Archive archive;
    private final ExecutorService background;
    private final Set<String> queued = ConcurrentHashMap.newKeySet();
    private final AtomicInteger rendered = new AtomicInteger();
    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile Listener listener = new Listener() {
        @Override
        public void rendered(int total) {
        }

        @Override
        public void failed(String line) {
        }
    };

    /** Page images of this archive, rendering in the background on {@code threads} low-priority threads. */
    public PageImages(Archive archive, int threads) {
        this.archive = archive;
        this.background = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "masthead-page-images");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY); // the reader and ingest come first
            return t;
        });
    }

    /** Page images rendering on one background thread. */
    public PageImages(Archive archive) {
        this(archive, 1);
    }

    public PageImages listener(Listener listener) {
        this.listener = listener;
        return this;
    }

    // ---- where a page's images are -----------------------------------------------------------------------

    /**
     * The image reference ingest records in a page read from a PDF: {@code sha256:<hex>#page=<index>} (the
     * PDF fragment of RFC 8118), so the page says which original and which of its pages it was printed on.
     */
    static Page printedOn(Page page, String sha256, int index) {
        return page.size() == null || page.image() != null ? page
                : page.withGeometry(page.size(), IMAGE_PREFIX + sha256 + PAGE_FRAGMENT + index);
    }

    /**
     * The scan a page names as its image ({@code sha256:<hex>}, an original of its own that ingest kept beside
     * the page's source), or null.
     */
    public static String scanOf(Page page) {
        String image = page.image();
        return image != null && image.length() == IMAGE_PREFIX.length() + 64 && image.startsWith(IMAGE_PREFIX)
                && page.size() != null ? image.substring(IMAGE_PREFIX.length()) : null;
    }

    /**
     * The stored scan a page names as its image, with the file extension its format has (jp2, tif, jpg, png),
     * for handing it on (a library bag); or, when it cannot be handed on, why: the store lost it, it cannot be
     * read, or it is no image. Empty when the page names no scan. One look into the store.
     */
    public static Optional<ScanFile> scanFile(Archive archive, Page page) {
        String scan = scanOf(page);
        if (scan == null) {
            return Optional.empty();
        }
        Optional<Path> file = archive.original(scan);
        if (file.isEmpty()) {
            return Optional.of(new ScanFile(scan, null, null, ScanFile.MISSING));
        }
        try {
            String extension = Scans.extension(Scans.head(file.get()));
            return Optional.of(new ScanFile(scan, file.get(), extension,
                    extension == null ? "in the originals store is no JPEG 2000, TIFF, JPEG or PNG image" : null));
        } catch (IOException e) {
            return Optional.of(new ScanFile(scan, file.get(), null, "unreadable in the originals store: " + e.getMessage()));
        }
    }

    /**
     * A page's scan: its hash, its file in the originals store and the extension of its format (jp2, tif, jpg,
     * png), and, when it cannot be handed on, why ({@code problem}; null when it can).
     */
    public record ScanFile(String sha256, Path file, String extension, String problem) {
        static final String MISSING = "missing from the originals store";

        /** Whether the store lost the file (rather than holding one that cannot be used). */
        public boolean missing() {
            return MISSING.equals(problem);
        }

        /** What is wrong, for a line of its own: {@code scan sha256:… missing from the originals store}. */
        public String trouble() {
            return "scan sha256:" + sha256 + " " + problem;
        }
    }

    /** The image reference of a page whose scan is the original with this hash. */
    static String scanReference(String sha256) {
        return IMAGE_PREFIX + sha256;
    }

    /** Whether these bytes are a PDF, by the installed format that claims them. */
    static boolean isPdf(PageSource file) {
        try {
            return Formats.detect(new Source(file)).mediaTypes().contains("application/pdf");
        } catch (UnusableInputException e) {
            return false;
        }
    }

    /** Where the current page {@code page} of the edition is printed; empty for a page read from text. */
    public Optional<Printed> printed(String slug, LocalDate date, int page) {
        return archive.read(c -> {
            Optional<Object[]> row = Sql.one(c, """
                    SELECT r.original_sha256, r.page_json, p.edition_id FROM page p
                    JOIN page_revision r ON r.id = p.current_revision_id
                    JOIN edition e ON e.id = p.edition_id JOIN title t ON t.id = e.title_id
                    WHERE t.slug = ? AND e.edition_date = ? AND p.page_number = ?""",
                    rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)}, slug, date, page);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            Page stored = Archive.parse((String) row.get()[1], Page.class);
            if (stored.size() == null) {
                return Optional.empty(); // text input: nothing to render
            }
            String sha256 = (String) row.get()[0];
            String image = stored.image();
            if (image != null && image.startsWith(IMAGE_PREFIX + sha256 + PAGE_FRAGMENT)) {
                return Optional.of(new Printed(sha256, Integer.parseInt(image.substring(image.indexOf(PAGE_FRAGMENT)
                        + PAGE_FRAGMENT.length())), stored.size(), false));
            }
            String scan = scanOf(stored);
            if (scan != null) {
                return Optional.of(new Printed(scan, 1, stored.size(), true));
            }
            if (image != null) {
                return Optional.empty(); // an image elsewhere (a IIIF service, a file), not one the archive holds
            }
            // Recorded before ingest named the page's place: the edition's pages from one file are in its order.
            List<Integer> numbers = Sql.list(c, """
                    SELECT p.page_number FROM page p JOIN page_revision r ON r.id = p.current_revision_id
                    WHERE p.edition_id = ? AND r.original_sha256 = ? ORDER BY p.page_number""",
                    rs -> rs.getInt(1), row.get()[2], sha256);
            return Optional.of(new Printed(sha256, numbers.indexOf(page) + 1, stored.size(), false));
        });
    }

    /** The stored image of this size of the current page, when it has been rendered. */
    public Optional<Path> file(String slug, LocalDate date, int page, Size size) {
        return printed(slug, date, page).map(p -> path(p.sha256(), p.index(), size)).filter(Files::isRegularFile);
    }

    /** The stored image of this size of a printed page, when it has been rendered. */
    public Optional<Path> file(Printed page, Size size) {
        return Optional.of(path(page.sha256(), page.index(), size)).filter(Files::isRegularFile);
    }

    /** The original PDF a page was printed on, as stored (fixity-checked; serve it, never change it). */
    public Optional<Path> pdf(Printed page) {
        return page.scan() ? Optional.empty() : archive.original(page.sha256());
    }

    /**
     * Renders a printed page now at {@code width} pixels (height in proportion), not stored: for a
     * full-resolution image (e.g. width = points × 300 / 72 for 300 dpi) or a tile's source.
     */
    public BufferedImage render(Printed page, int width) throws IOException {
        Path original = archive.original(page.sha256())
                .orElseThrow(() -> new java.io.FileNotFoundException("original " + page.sha256()));
        if (page.scan()) {
            return scaled(Scans.decode(original, width), width);
        }
        try (PDDocument document = Loader.loadPDF(original.toFile())) {
            return render(document, page.index() - 1, width);
        }
    }

    private Path path(String sha256, int index, Size size) {
        return derived(new Printed(sha256, index, null, false), size.name().toLowerCase(java.util.Locale.ROOT) + ".jpg");
    }

    /**
     * Where another file derived from a printed page is kept, beside its images ({@code p<N>-<name>}): made
     * again from the original whenever missing, like them (the IIIF tile tree, {@code p<N>-tiles}).
     */
    public Path derived(Printed page, String name) {
        return archive.originals().path(page.sha256()).resolveSibling(page.sha256() + ".pages")
                .resolve("p" + page.index() + "-" + name);
    }

    // ---- making them -------------------------------------------------------------------------------------

    /**
     * Renders in the background the images of every page of this original that lacks them, if it is a PDF or a
     * scan; {@code name} (the file it was read from) names it in a failure's line.
     */
    public void submit(String sha256, String name) {
        enqueue(sha256, name, false);
    }

    private void enqueue(String sha256, String name, boolean again) {
        if (!queued.add(sha256)) {
            return; // already on its way: the same bytes make the same images
        }
        background.execute(() -> {
            try {
                make(sha256, name, again);
            } finally {
                synchronized (queued) {
                    queued.remove(sha256);
                    queued.notifyAll();
                }
            }
        });
    }

    /** Waits for the background renderings submitted so far; what this instance rendered and failed. */
    public Tally await() {
        synchronized (queued) {
            while (!queued.isEmpty()) {
                try {
                    queued.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return new Tally(rendered.get(), List.copyOf(failures));
    }

    /**
     * Renders the images of the originals of every current page (all again with {@code all}, else only those
     * missing), in the background; {@link #await} for the tally.
     */
    public void rebuild(boolean all) {
        // The current pages in their key's order, each page's revision looked up by its id: the record read
        // about in the order it was written. Paging by the originals' hashes read the revisions (page JSON and
        // all) in hash order, at random across the record: at a million articles, longer than the index rebuild.
        record Current(long edition, int page, String sha256, String name) {
        }
        Set<String> seen = new HashSet<>(); // bytes printed on several pages are drawn once
        long edition = 0;
        int page = 0;
        while (true) {
            long fromEdition = edition;
            int fromPage = page;
            List<Current> batch = archive.read(c -> Sql.list(c, """
                    SELECT p.edition_id, p.page_number, r.original_sha256, r.source_name FROM page p
                    JOIN page_revision r ON r.id = p.current_revision_id
                    WHERE p.edition_id >= ? AND (p.edition_id > ? OR p.page_number > ?)
                    ORDER BY p.edition_id, p.page_number FETCH FIRST 200 ROWS ONLY""",
                    rs -> new Current(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)),
                    fromEdition, fromEdition, fromPage));
            for (Current current : batch) {
                if (seen.add(current.sha256())) {
                    enqueue(current.sha256(), current.name(), all);
                }
            }
            if (batch.size() < 200) {
                break;
            }
            edition = batch.get(batch.size() - 1).edition();
            page = batch.get(batch.size() - 1).page();
        }
        rebuildScans(all);
    }

    /** {@link #rebuild} for the scans current pages name as their images. */
    private void rebuildScans(boolean all) {
        long after = 0;
        while (true) {
            long from = after;
            List<Object[]> batch = archive.read(c -> Sql.list(c, """
                    SELECT r.id, r.source_name, r.page_json FROM page p
                    JOIN page_revision r ON r.id = p.current_revision_id
                    WHERE r.id > ? AND r.page_json LIKE ? ORDER BY r.id FETCH FIRST 200 ROWS ONLY""",
                    rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}, from,
                    SCAN_IN_JSON));
            for (Object[] page : batch) {
                String scan = scanOf(Archive.parse((String) page[2], Page.class));
                if (scan != null) {
                    enqueue(scan, (String) page[1], all);
                }
            }
            if (batch.size() < 200) {
                return;
            }
            after = (Long) batch.get(batch.size() - 1)[0];
        }
    }

    /** Renders the missing (or, with {@code again}, all) images of one original's pages, if it is a PDF. */
    private void make(String sha256, String name, boolean again) {
        Path original = archive.original(sha256).orElse(null);
        if (original == null) {
            return; // a lost original is verify's finding
        }
        try {
            if (Scans.kind(original) != null) {
                Path reader = path(sha256, 1, Size.READER);
                Path thumbnail = path(sha256, 1, Size.THUMBNAIL);
                if (again || !Files.isRegularFile(reader) || !Files.isRegularFile(thumbnail)) {
                    draw(scaled(Scans.decode(original, Size.READER.width()), Size.READER.width()), reader, thumbnail);
                }
                return;
            }
            if (!isPdf(new PageSource(name, Files.readAllBytes(original)))) {
                return;
            }
            try (PDDocument document = Loader.loadPDF(original.toFile())) {
                for (int i = 1; i <= document.getNumberOfPages(); i++) {
                    Path reader = path(sha256, i, Size.READER);
                    Path thumbnail = path(sha256, i, Size.THUMBNAIL);
                    if (!again && Files.isRegularFile(reader) && Files.isRegularFile(thumbnail)) {
                        continue;
                    }
                    draw(render(document, i - 1, Size.READER.width()), reader, thumbnail);
                }
            }
        } catch (IOException | RuntimeException e) {
            String line = name + ": page images not made (" + e.getMessage() + ")";
            failures.add(line);
            listener.failed(line);
        }
    }

    /** Stores a page's reader image and its thumbnail, and tells the listener. */
    private void draw(BufferedImage image, Path reader, Path thumbnail) throws IOException {
        Files.createDirectories(reader.getParent());
        write(image, reader);
        write(scaled(image, Size.THUMBNAIL.width()), thumbnail);
        listener.rendered(rendered.incrementAndGet());
    }

    private static BufferedImage render(PDDocument document, int page, int width) throws IOException {
        float points = document.getPage(page).getCropBox().getWidth();
        return new PDFRenderer(document).renderImage(page, width / points, ImageType.RGB);
    }

    /** The image at this width, its height in proportion. */
    private static BufferedImage scaled(BufferedImage image, int width) {
        int height = Math.max(1, Math.round(image.getHeight() * (float) width / image.getWidth()));
        // Halving steps, then the last: one bilinear jump of 8× would drop most of the page's fine lines.
        BufferedImage current = image;
        while (current.getWidth() / 2 >= width) {
            current = resize(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return resize(current, width, height);
    }

    private static BufferedImage resize(BufferedImage image, int width, int height) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    /** Writes a JPEG under a temporary name and moves it into place: a name holds a whole image or none. */
    private static void write(BufferedImage image, Path target) throws IOException {
        // ImageIO's JPEG writer copies the bytes of a 3-byte BGR image row by row, but reads an int RGB one
        // (PDFBox's, the scaled ones) pixel by pixel: that took 40% of drawing a page. One blit converts it.
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            BufferedImage bytes = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = bytes.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
            image = bytes;
        }
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(temp.toFile())) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public void close() {
        background.shutdownNow();
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
