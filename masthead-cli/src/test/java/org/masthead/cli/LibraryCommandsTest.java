package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.cli.Run.run;

import java.awt.image.BufferedImage;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.alto.BagIt;
import org.masthead.archive.Archive;
import org.masthead.archive.ArticleFilter;
import org.masthead.archive.Finding;
import org.masthead.archive.PageImages;
import org.masthead.archive.ScanFiles;
import org.masthead.model.Item;
import org.masthead.model.Page;
import org.masthead.model.Region;
import org.masthead.model.StitchedEdition;

/**
 * NDNP batches in, METS/ALTO bags out and in again: a fresh archive fed with the export holds the same
 * editions, articles and regions. Hostile XML is refused in one line with exit 2.
 */
class LibraryCommandsTest {
    static final Path NDNP = Path.of("").toAbsolutePath().getParent().resolve("masthead-alto/src/test/resources/ndnp");

    @TempDir
    Path dir;

    private static List<StitchedEdition> editions(Path data) {
        try (Archive archive = Archive.open(data);
             Stream<StitchedEdition> all = archive.editions(new ArticleFilter(null, null, null))) {
            return all.sorted(Comparator.comparing((StitchedEdition e) -> e.slug())
                    .thenComparing(e -> e.edition().date())).toList();
        }
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    void ndnpBatchesExportAsBagsAndIngestAgainTheSame() throws Exception {
        String first = dir.resolve("first").toString();
        Run ingest = run("ingest", "--data", first, NDNP.resolve("batch_dlc_manyyears_ver01").toString(),
                NDNP.resolve("batch_mnhi_german_ver01/data/batch.xml").toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        List<StitchedEdition> before = editions(Path.of(first));
        assertThat(before).extracting(e -> e.edition().title()).containsExactlyInAnyOrder("Der Nordstern (St. Cloud, Minn.)",
                "The Evening star");
        assertThat(before).allSatisfy(e -> assertThat(e.articles()).isNotEmpty());

        Path bags = dir.resolve("bags");
        Run export = run("export", "--data", first, "--format", "mets", "-o", bags.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(bags.resolve(before.get(0).slug()).resolve(before.get(0).edition().date().toString())
                .resolve("manifest-sha256.txt")).exists();

        String second = dir.resolve("second").toString();
        Run again = run("ingest", "--data", second, bags.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        List<StitchedEdition> after = editions(Path.of(second));
        assertThat(after).hasSameSizeAs(before);
        for (int e = 0; e < before.size(); e++) {
            StitchedEdition a = before.get(e);
            StitchedEdition b = after.get(e);
            assertThat(b.slug()).isEqualTo(a.slug());
            assertThat(b.edition().date()).isEqualTo(a.edition().date());
            assertThat(b.articles()).extracting(x -> x.headline())
                    .containsExactlyElementsOf(a.articles().stream().map(x -> x.headline()).toList());
            assertThat(b.edition().pages()).extracting(Page::number)
                    .containsExactlyElementsOf(a.edition().pages().stream().map(Page::number).toList());
            for (int p = 0; p < a.edition().pages().size(); p++) {
                List<Item> x = a.edition().pages().get(p).items();
                List<Item> y = b.edition().pages().get(p).items();
                assertThat(y).hasSameSizeAs(x);
                for (int i = 0; i < x.size(); i++) {
                    assertThat(y.get(i).paragraphs().stream().map(LibraryCommandsTest::words).toList())
                            .containsExactlyElementsOf(x.get(i).paragraphs().stream().map(LibraryCommandsTest::words).toList());
                    assertThat(y.get(i).regions()).extracting(Region::box)
                            .containsExactlyElementsOf(x.get(i).regions().stream().map(Region::box).toList());
                }
            }
        }
        // Once more changes nothing.
        Run twice = run("ingest", "--data", second, bags.toString());
        assertThat(twice.exit()).as(twice.err()).isZero();
    }

    /**
     * The Evening Star batch copied to {@code batch} with the scan of its page; the scan's bytes. Its METS names
     * ./0007.jp2 beside the page's ALTO, as NDNP batches have it; the batch in test resources leaves it out.
     */
    private static byte[] batchWithScan(Path batch) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(ScanFiles.openJpeg(), "OpenJPEG is not installed");
        Path source = NDNP.resolve("batch_dlc_manyyears_ver01");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path copy = batch.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        Path issue = batch.resolve("data/sn83045462/00280654255/1865100201");
        return Files.readAllBytes(ScanFiles.jpeg2000(ScanFiles.page(), issue.resolve("0007.jp2")));
    }

    /** The batch with a scan ingested (no page images) into a fresh data folder; that folder. */
    private String ingestedBatchWithScan() throws Exception {
        Path batch = dir.resolve("batch");
        batchWithScan(batch);
        String data = dir.resolve("data").toString();
        Run ingest = run("ingest", "--data", data, "--no-images", batch.toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        return data;
    }

    /** The hash of the one scan the archive's pages name. */
    private static String storedScan(String data) throws Exception {
        return editions(Path.of(data)).stream().flatMap(e -> e.edition().pages().stream())
                .map(PageImages::scanOf).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
    }

    /** Deletes from the originals store the one scan the archive's pages name; its hash. */
    private static String loseScan(String data) throws Exception {
        String sha256 = storedScan(data);
        try (Archive archive = Archive.open(Path.of(data))) {
            Files.delete(archive.original(sha256).orElseThrow());
        }
        return sha256;
    }

    @Test
    void aBatchPagesScanBecomesItsPageImagesAndAFixityCheckedOriginal() throws Exception {
        Path batch = dir.resolve("batch");
        byte[] scan = batchWithScan(batch);
        String data = dir.resolve("data").toString();
        Run ingest = run("ingest", "--data", data, batch.toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();

        Path stored;
        try (Archive archive = Archive.open(Path.of(data));
             PageImages images = new PageImages(archive)) {
            StitchedEdition edition = editions(Path.of(data)).get(0);
            Page page = edition.edition().pages().get(0);
            String sha256 = PageImages.scanOf(page);
            assertThat(sha256).as(page.image()).isNotNull();
            stored = archive.original(sha256).orElseThrow();
            assertThat(Files.readAllBytes(stored)).isEqualTo(scan);
            // Its reader image and thumbnail, drawn from the scan: the black block where the scan has it.
            Path reader = images.file(edition.slug(), edition.edition().date(), page.number(), PageImages.Size.READER)
                    .orElseThrow();
            BufferedImage drawn = ImageIO.read(reader.toFile());
            assertThat(drawn.getWidth()).isEqualTo(PageImages.Size.READER.width());
            assertThat(ScanFiles.dark(drawn, 300, 250)).isTrue();
            assertThat(ScanFiles.dark(drawn, 800, 1200)).isFalse();
            assertThat(images.file(edition.slug(), edition.edition().date(), page.number(), PageImages.Size.THUMBNAIL))
                    .isPresent();
            assertThat(images.pdf(images.printed(edition.slug(), edition.edition().date(), page.number()).orElseThrow()))
                    .as("a scan is no PDF to download").isEmpty();
            // Made again when missing.
            Files.delete(reader);
        }
        Run rebuilt = run("rebuild-images", "--data", data, "--missing");
        assertThat(rebuilt.exit()).as(rebuilt.err()).isZero();
        try (Archive archive = Archive.open(Path.of(data));
             PageImages images = new PageImages(archive)) {
            StitchedEdition edition = editions(Path.of(data)).get(0);
            assertThat(images.file(edition.slug(), edition.edition().date(), 1, PageImages.Size.READER)).isPresent();
        }
        // The scan is an original like the METS: verify checks it.
        assertThat(run("verify", "--data", data).exit()).isZero();
        Files.delete(stored);
        Run verify = run("verify", "--data", data);
        assertThat(verify.exit()).isEqualTo(1);
        assertThat(verify.out()).contains(stored.getFileName().toString());
        // The unchanged batch ingested again keeps the lost scan anew, and changes nothing in the record.
        Run again = run("ingest", "--data", data, batch.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out() + again.err()).contains("pages added 0,", "revised 0,");
        assertThat(Files.readAllBytes(stored)).isEqualTo(scan);
        assertThat(run("verify", "--data", data).exit()).isZero();

        // Exported as a bag, the page carries its scan byte for byte, listed in the manifest and named by the
        // METS; ingested into a fresh archive, the page names the same scan.
        Path bags = dir.resolve("bags");
        Run export = run("export", "--data", data, "--format", "mets", "-o", bags.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        StitchedEdition edition = editions(Path.of(data)).get(0);
        Path bag = bags.resolve(edition.slug()).resolve(edition.edition().date().toString());
        assertThat(Files.readAllBytes(bag.resolve("data/images/0001.jp2"))).isEqualTo(scan);
        assertThat(Files.readString(bag.resolve("manifest-sha256.txt")))
                .contains(PageImages.scanOf(edition.edition().pages().get(0)) + "  data/images/0001.jp2");
        assertThat(Files.readString(bag.resolve("data/mets.xml"))).contains("images/0001.jp2", "image/jp2");
        String fresh = dir.resolve("fresh").toString();
        Run ingestBag = run("ingest", "--data", fresh, bags.toString());
        assertThat(ingestBag.exit()).as(ingestBag.err()).isZero();
        Page read = editions(Path.of(fresh)).get(0).edition().pages().get(0);
        assertThat(PageImages.scanOf(read)).isEqualTo(PageImages.scanOf(edition.edition().pages().get(0)));
        try (Archive archive = Archive.open(Path.of(fresh))) {
            assertThat(Files.readAllBytes(archive.original(PageImages.scanOf(read)).orElseThrow())).isEqualTo(scan);
        }
    }

    @Test
    void checkNamesEachPageWhoseScanTheStoreLostAndExitsOne() throws Exception {
        String data = ingestedBatchWithScan();
        Run intact = run("check", "--data", data);
        assertThat(intact.exit()).as(intact.out() + intact.err()).isZero();
        assertThat(intact.out()).doesNotContain(Finding.SCAN_MISSING);

        String sha256 = loseScan(data);
        StitchedEdition edition = editions(Path.of(data)).get(0);
        Run lost = run("check", "--data", data);
        assertThat(lost.exit()).as(lost.out() + lost.err()).isEqualTo(1);
        assertThat(lost.out().lines().filter(line -> line.contains(Finding.SCAN_MISSING))).containsExactly(
                edition.slug() + " " + edition.edition().date() + " p1  scan-missing  scan sha256:" + sha256
                        + " missing from the originals store");
        // The unchanged batch ingested again keeps the scan anew: nothing to find.
        assertThat(run("ingest", "--data", data, "--no-images", dir.resolve("batch").toString()).exit()).isZero();
        assertThat(run("check", "--data", data).exit()).isZero();
    }

    @Test
    void exportWritesEveryBagAndNamesAScanTheStoreLostInOneLine() throws Exception {
        Path batch = dir.resolve("batch");
        batchWithScan(batch);
        String data = dir.resolve("data").toString();
        Run ingest = run("ingest", "--data", data, "--no-images", batch.toString(),
                NDNP.resolve("batch_mnhi_german_ver01/data/batch.xml").toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        String sha256 = loseScan(data);

        Path bags = dir.resolve("bags");
        Run export = run("export", "--data", data, "--format", "mets", "-o", bags.toString());
        assertThat(export.exit()).as(export.err()).isEqualTo(1);
        assertThat(export.err()).doesNotContain("Exception");
        List<StitchedEdition> editions = editions(Path.of(data));
        StitchedEdition lost = editions.stream().filter(e -> PageImages.scanOf(e.edition().pages().get(0)) != null)
                .findFirst().orElseThrow();
        assertThat(export.err().lines().filter(line -> line.startsWith("export:"))).containsExactly("export: " + lost.slug()
                + "/" + lost.edition().date() + " p1: scan sha256:" + sha256 + " missing from the originals store");
        // That bag goes out without the scan; the other edition's bag is written whole; both are sound bags.
        assertThat(editions).hasSize(2);
        for (StitchedEdition e : editions) {
            Path bag = bags.resolve(e.slug()).resolve(e.edition().date().toString());
            BagIt.verify(bag);
            assertThat(bag.resolve("data/mets.xml")).exists();
        }
        Path without = bags.resolve(lost.slug()).resolve(lost.edition().date().toString());
        assertThat(without.resolve("data/images")).doesNotExist();
        assertThat(Files.readString(without.resolve("data/mets.xml"))).doesNotContain("images/0001.jp2");
    }

    @Test
    void aScanTheStoreHoldsAsNoImageIsNamedByCheckAndExport() throws Exception {
        String data = ingestedBatchWithScan();
        String sha256 = storedScan(data);
        try (Archive archive = Archive.open(Path.of(data))) {
            Path file = archive.original(sha256).orElseThrow();
            file.toFile().setWritable(true);
            Files.write(file, new byte[] {0, 1, 2, 3}); // the store's file spoilt: no image format opens so
        }
        StitchedEdition edition = editions(Path.of(data)).get(0);
        String where = edition.slug() + " " + edition.edition().date() + " p1  ";
        Run check = run("check", "--data", data);
        assertThat(check.exit()).as(check.out() + check.err()).isEqualTo(1);
        assertThat(check.out().lines().filter(line -> line.contains(Finding.SCAN_UNREADABLE))).containsExactly(
                where + "scan-unreadable  scan sha256:" + sha256 + " in the originals store is no JPEG 2000, TIFF, JPEG or PNG image");

        Path bags = dir.resolve("bags");
        Run export = run("export", "--data", data, "--format", "mets", "-o", bags.toString());
        assertThat(export.exit()).as(export.err()).isEqualTo(1);
        assertThat(export.err().lines().filter(line -> line.startsWith("export:"))).containsExactly("export: " + edition.slug()
                + "/" + edition.edition().date() + " p1: scan sha256:" + sha256
                + " in the originals store is no JPEG 2000, TIFF, JPEG or PNG image");
        Path bag = bags.resolve(edition.slug()).resolve(edition.edition().date().toString());
        BagIt.verify(bag);
        assertThat(bag.resolve("data/images")).doesNotExist();
    }

    @Test
    void hostileXmlIsRefusedInOneLine() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
        Path xxe = Files.writeString(dir.resolve("xxe.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE mets [<!ENTITY s SYSTEM \""
                + secret.toUri() + "\">]>\n<mets xmlns=\"http://www.loc.gov/METS/\"><metsHdr>&s;</metsHdr></mets>");
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE alto [<!ENTITY a \"lol\">");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        Path bomb = Files.writeString(dir.resolve("laughs.xml"), laughs + "]>\n<alto>&a9;</alto>");
        Path huge = dir.resolve("huge.xml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.write("<mets><metsHdr>".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            file.setLength(2L << 30); // sparse: 2 GB on paper, nothing on disk
        }
        for (Path hostile : List.of(xxe, bomb, huge)) {
            Run run = run("ingest", "--data", dir.resolve("data").toString(), hostile.toString());
            assertThat(run.exit()).isEqualTo(2);
            List<String> lines = run.err().lines().filter(l -> l.contains(hostile.getFileName().toString())).toList();
            assertThat(lines).as(run.err()).hasSize(1);
            assertThat(run.err()).doesNotContain("TOP-SECRET").doesNotContain("Exception");
        }
        assertThat(run("ingest", "--data", dir.resolve("data").toString(), xxe.toString()).err())
                .contains("DOCTYPE not allowed");
    }
}
