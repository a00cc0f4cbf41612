package org.masthead.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.masthead.alto.MetsImport;
import org.masthead.archive.Archive;
import org.masthead.archive.IngestSummary;
import org.masthead.archive.PageImages;
import org.masthead.iiif.IiifLinks;
import org.masthead.iiif.Manifests;
import org.masthead.iiif.Presentation;
import org.masthead.model.Edition;
import org.masthead.model.Page;
import org.masthead.model.Region;
import org.masthead.model.TextLine;

/**
 * NDNP batch ingest in pages/s, and the time to build a 24-page edition's IIIF manifest.
 *
 * <pre>java -cp … org.masthead.bench.NdnpBench --work DIR [--issues N] [--samples DIR] [--scans DPI]</pre>
 *
 * Builds a batch of N eight-page issues of Der Nordstern from the real NDNP sample (its issue METS with the
 * date moved a day per issue; pages 1 and 7's real ALTO, 486 and 441 KB, copied onto all eight), then
 * times: reading every issue into editions (METS + ALTO, no archive), and a first ingest of the batch into
 * a fresh H2 archive. With {@code --scans DPI}, every page also gets a JPEG 2000 scan beside its ALTO as NDNP
 * has them (8-bit grey at DPI, OpenJPEG's encoder, 7 resolutions, 8:1; one encoding, each page's copy made
 * distinct by a trailing XML box so none is deduplicated), and the ingest is timed again into a second archive
 * with its page images: until the last reader image and thumbnail is drawn. Then builds the manifest of a 24-page edition made of the sample's pages, 200 times
 * after 50 warm-up runs, and prints the median and p95.
 */
public final class NdnpBench {
    private NdnpBench() {
    }

    public static void main(String[] args) throws Exception {
        Path work = null;
        int issues = 100;
        Path samples = Path.of("masthead-alto/src/test/resources/ndnp");
        int scanDpi = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--work" -> work = Path.of(args[++i]);
                case "--issues" -> issues = Integer.parseInt(args[++i]);
                case "--samples" -> samples = Path.of(args[++i]);
                case "--scans" -> scanDpi = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (work == null) {
            throw new IllegalArgumentException("--work DIR is required");
        }
        Path batch = batch(samples.resolve("batch_mnhi_german_ver01/data/sn83045350/00295876384/1878010301"),
                work.resolve("batch"), issues);
        List<Path> mets = MetsImport.packages(List.of(batch)).paths();
        int pages = 0;
        long start = System.nanoTime();
        for (Path issue : mets) {
            pages += MetsImport.issue(issue).pages().size();
        }
        double read = seconds(start);
        System.out.printf(Locale.ROOT, "read %d issues, %d pages (METS + ALTO -> editions): %.1f s, %.0f pages/s%n",
                mets.size(), pages, read, pages / read);
        try (Archive archive = Archive.open(work.resolve("archive-" + System.nanoTime()))) {
            start = System.nanoTime();
            IngestSummary summary = archive.ingest().run(mets);
            double took = seconds(start);
            System.out.printf(Locale.ROOT, "ingest into H2: %d pages added, %d rejected, %.1f s, %.0f pages/s%n",
                    summary.pagesAdded(), summary.rejected().size(), took, summary.pagesAdded() / took);
        }
        if (scanDpi > 0) {
            scans(MetsImport.issue(mets.get(0)), mets, scanDpi, work);
            try (Archive archive = Archive.open(work.resolve("archive-" + System.nanoTime()));
                 PageImages images = new PageImages(archive)) {
                start = System.nanoTime();
                IngestSummary summary = archive.ingest().pageImages(images).run(mets);
                double recorded = seconds(start);
                PageImages.Tally tally = images.await();
                double took = seconds(start);
                System.out.printf(Locale.ROOT, "ingest into H2 with %d dpi scans: %d pages added, recorded in %.1f s, "
                        + "%d page images drawn (%d failed) by %.1f s: %.1f pages/s%n", scanDpi, summary.pagesAdded(),
                        recorded, tally.pages(), tally.failures().size(), took, summary.pagesAdded() / took);
            }
        }
        manifest(MetsImport.issue(mets.get(0)));
    }

    /**
     * Writes a JPEG 2000 scan beside every page's ALTO, where the METS names it: grey type-like strokes on
     * every text line of the sample's first page, at {@code dpi}, encoded once by OpenJPEG's encoder as NDNP
     * encodes its scans, each copy followed by an XML box of its own so that every page's bytes differ.
     */
    private static void scans(Edition sample, List<Path> mets, int dpi, Path work) throws Exception {
        Page page = sample.pages().stream().filter(p -> p.size() != null).findFirst().orElseThrow();
        double scale = dpi / 72.0; // the sample's ALTO is in inch1200, read as points
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage((int) (page.size().width() * scale),
                (int) (page.size().height() * scale), java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(new java.awt.Color(236, 232, 224));
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        java.util.Random random = new java.util.Random(1);
        for (var item : page.items()) {
            for (TextLine line : item.lines()) {
                double x = line.box().x() * scale;
                double end = x + line.box().width() * scale;
                int h = (int) Math.max(1, line.box().height() * scale * 0.7);
                while (x < end) { // letters as strokes of varying width and tone
                    int w = 2 + random.nextInt(Math.max(3, h / 2));
                    int tone = 20 + random.nextInt(60);
                    g.setColor(new java.awt.Color(tone, tone, tone));
                    g.fillRect((int) x, (int) (line.box().y() * scale), w, h);
                    x += w + 1 + random.nextInt(Math.max(2, h / 3));
                }
            }
        }
        g.dispose();
        Path bmp = work.resolve("scan.bmp");
        Path jp2 = work.resolve("scan.jp2");
        if (!Files.exists(jp2)) {
            javax.imageio.ImageIO.write(image, "bmp", bmp.toFile());
            Process encoder = new ProcessBuilder("opj_compress", "-i", bmp.toString(), "-o", jp2.toString(), "-n", "7",
                    "-r", "8").inheritIO().start();
            if (encoder.waitFor() != 0) {
                throw new IllegalStateException("opj_compress failed");
            }
            Files.delete(bmp);
        }
        byte[] scan = Files.readAllBytes(jp2);
        System.out.printf(Locale.ROOT, "scan: %d × %d px, %d KB JPEG 2000%n", image.getWidth(), image.getHeight(),
                scan.length / 1024);
        int n = 0;
        for (Path issue : mets) {
            List<Path> altos;
            try (var files = Files.list(issue.getParent())) {
                altos = files.filter(f -> f.getFileName().toString().matches("[0-9]{4}\\.xml")).sorted().toList();
            }
            for (Path alto : altos) { // the METS names ./00NN.jp2 beside ./00NN.xml
                byte[] box = ("<bench page=\"" + n++ + "\"/>").getBytes(StandardCharsets.UTF_8);
                java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate(8 + box.length).putInt(8 + box.length)
                        .put("xml ".getBytes(StandardCharsets.US_ASCII)).put(box);
                try (var out = Files.newOutputStream(alto.resolveSibling(alto.getFileName().toString()
                        .replace(".xml", ".jp2")))) {
                    out.write(scan);
                    out.write(tail.array());
                }
            }
        }
    }

    /** A batch of {@code issues} copies of the sample issue, a day apart, every page with real ALTO. */
    private static Path batch(Path sample, Path batch, int issues) throws Exception {
        if (Files.exists(batch.resolve("batch.xml"))) {
            return batch;
        }
        String mets = Files.readString(sample.resolve("1878010301.xml"));
        byte[] odd = Files.readAllBytes(sample.resolve("0011.xml"));
        byte[] even = Files.readAllBytes(sample.resolve("0017.xml"));
        StringBuilder list = new StringBuilder("<batch xmlns=\"http://www.loc.gov/ndnp\" name=\"bench\">\n");
        LocalDate date = LocalDate.of(1878, 1, 3);
        for (int i = 0; i < issues; i++, date = date.plusDays(1)) {
            Path folder = Files.createDirectories(batch.resolve("issue" + i));
            Files.writeString(folder.resolve("mets.xml"), mets.replace("1878-01-03", date.toString()),
                    StandardCharsets.UTF_8);
            for (int page = 11; page <= 18; page++) {
                Files.write(folder.resolve(String.format(Locale.ROOT, "%04d.xml", page)), page % 2 == 1 ? odd : even);
            }
            list.append("<issue>./issue").append(i).append("/mets.xml</issue>\n");
        }
        Files.writeString(batch.resolve("batch.xml"), list.append("</batch>\n"), StandardCharsets.UTF_8);
        return batch;
    }

    private static void manifest(Edition issue) {
        List<Page> pages = new ArrayList<>();
        List<Page> real = issue.pages().stream().filter(p -> !p.items().isEmpty()).toList();
        for (int n = 1; n <= 24; n++) {
            int number = n;
            Page page = real.get(n % real.size());
            pages.add(page.withNumber(n).withItems(page.items().stream().map(item -> item.toBuilder()
                    .regions(item.regions().stream().map(r -> new Region(number, r.box(), r.polygon())).toList())
                    .lines(item.lines().stream().map(l -> new TextLine(number, l.box(), l.text())).toList())
                    .build()).toList()));
        }
        Edition edition = issue.withPages(pages);
        Manifests manifests = new Manifests(IiifLinks.of("http://127.0.0.1:8080"));
        long[] times = new long[200];
        int bytes = 0;
        for (int i = -50; i < times.length; i++) {
            long start = System.nanoTime();
            bytes = Presentation.json(manifests.manifest("nordstern", edition, List.of())).length();
            if (i >= 0) {
                times[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(times);
        int items = pages.stream().mapToInt(p -> p.items().size()).sum();
        System.out.printf(Locale.ROOT, "manifest of a 24-page edition (%d items, %d KB): median %.2f ms, p95 %.2f ms%n",
                items, bytes / 1024, times[100] / 1e6, times[190] / 1e6);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
