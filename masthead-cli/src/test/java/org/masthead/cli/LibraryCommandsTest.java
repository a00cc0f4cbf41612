package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.cli.Run.run;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.archive.Archive;
import org.masthead.archive.ArticleFilter;
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
