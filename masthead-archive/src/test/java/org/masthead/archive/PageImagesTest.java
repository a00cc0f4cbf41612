package org.masthead.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page images of an edition PDF of three pages ingested through the real PDF format: rendered in the
 * background once the record is written, found by edition and page, each the page of the file it was read
 * from, left out of fixity, made again from the original, and never lost to a failed rendering.
 */
class PageImagesTest {
    private static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static final LocalDate DATE = LocalDate.of(2025, 6, 19);

    @TempDir
    Path data;

    @TempDir
    Path files;

    /** Three A3 pages, each with an article and a black bar whose height says which page it is. */
    static byte[] edition() throws IOException {
        try (PDDocument document = new PDDocument();
                TrueTypeCollection collection = new TrueTypeCollection(Files.newInputStream(FONT))) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(ttf -> first[0] = first[0] == null ? ttf : first[0]);
            PDType0Font font = PDType0Font.load(document, first[0], true);
            float height = PDRectangle.A3.getHeight();
            for (int i = 1; i <= 3; i++) {
                PDPage page = new PDPage(PDRectangle.A3);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(font, 24);
                    content.newLineAtOffset(120, height - 200);
                    content.showText("第" + i + "篇文章的标题");
                    content.setFont(font, 10);
                    content.newLineAtOffset(-60, -40);
                    content.showText("　　本报北京6月18日电 海军某部日前组织实兵对抗演练。");
                    content.endText();
                    content.addRect(700, height - 1000, 60, 100 * i); // from 1000 pt down the page, upwards
                    content.fill();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void rendersEachPageOfAnIngestedPdfBesideTheOriginalAndMakesThemAgain() throws IOException {
        Path pdf = Files.write(files.resolve("ceshibao-2025-06-19.pdf"), edition());
        try (Archive archive = Archive.open(data); PageImages images = new PageImages(archive)) {
            List<Integer> told = new ArrayList<>();
            images.listener(new PageImages.Listener() {
                @Override
                public void rendered(int total) {
                    told.add(total);
                }

                @Override
                public void failed(String line) {
                }
            });
            IngestSummary summary = archive.ingest().title("测试报").pageImages(images).run(List.of(pdf));
            assertThat(summary.rejected()).isEmpty();
            assertThat(summary.pagesAdded()).isEqualTo(3);
            PageImages.Tally tally = images.await();
            assertThat(tally.failures()).isEmpty();
            assertThat(tally.pages()).isEqualTo(3);
            assertThat(told).containsExactly(1, 2, 3);

            String slug = archive.titles().get(0).slug();
            String sha256 = Originals.sha256(Files.readAllBytes(pdf));
            for (int n = 1; n <= 3; n++) {
                PageImages.Printed printed = images.printed(slug, DATE, n).orElseThrow();
                assertThat(printed).isEqualTo(new PageImages.Printed(sha256, n, printed.size(), false));
                assertThat(archive.page(slug, DATE, n).orElseThrow().image()).isEqualTo("sha256:" + sha256 + "#page=" + n);
                BufferedImage reader = ImageIO.read(images.file(slug, DATE, n, PageImages.Size.READER).orElseThrow().toFile());
                assertThat(reader.getWidth()).isEqualTo(1600);
                assertThat(reader.getHeight()).isCloseTo((int) Math.round(1600 * printed.size().height()
                        / printed.size().width()), org.assertj.core.data.Offset.offset(2));
                // The bar reaches 1000 − 100·n points from the top: dark at page n's height, light above it.
                double scale = 1600 / printed.size().width();
                int x = (int) (730 * scale);
                assertThat(dark(reader, x, (int) ((1000 - 100 * n + 20) * scale))).isTrue();
                assertThat(dark(reader, x, (int) ((1000 - 100 * n - 20) * scale))).isFalse();
                BufferedImage thumbnail = ImageIO.read(images.file(slug, DATE, n, PageImages.Size.THUMBNAIL)
                        .orElseThrow().toFile());
                assertThat(thumbnail.getWidth()).isEqualTo(200);
            }
            assertThat(images.pdf(images.printed(slug, DATE, 2).orElseThrow())).contains(archive.original(sha256).orElseThrow());

            // Derived files are not originals: fixity checks the one original and nothing else.
            FixityReport fixity = archive.verify();
            assertThat(fixity.checked()).isEqualTo(1);
            assertThat(fixity.intact()).isTrue();
            assertThat(fixity.unreferenced()).isEmpty();

            // Lost images are made again from the original.
            Path reader2 = images.file(slug, DATE, 2, PageImages.Size.READER).orElseThrow();
            Files.delete(reader2);
            assertThat(images.file(slug, DATE, 2, PageImages.Size.READER)).isEmpty();
            images.rebuild(false);
            assertThat(images.await().pages()).isEqualTo(4);
            assertThat(reader2).isRegularFile();

            // A rendering that fails says which file in one line and leaves what was stored.
            Path original = archive.original(sha256).orElseThrow();
            byte[] kept = Files.readAllBytes(original);
            long before = Files.size(reader2);
            Files.write(original, "%PDF-1.7 no longer a document %%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            images.rebuild(true);
            PageImages.Tally failed = images.await();
            assertThat(failed.failures()).hasSize(1);
            assertThat(failed.failures().get(0)).contains("ceshibao-2025-06-19.pdf", "page images not made");
            assertThat(reader2).isRegularFile().hasSize(before);
            assertThat(archive.page(slug, DATE, 2)).isPresent();
            Files.write(original, kept);
        }
    }

    @Test
    void aPageReadFromTextHasNoPageImage() throws IOException {
        try (Archive archive = Archive.open(data); PageImages images = new PageImages(archive)) {
            archive.ingest().pageImages(images).run(List.of(Corpus.sample()));
            assertThat(images.await()).isEqualTo(new PageImages.Tally(0, List.of()));
            assertThat(images.printed(IngestTest.JFJB, DATE, 1)).isEmpty();
            assertThat(images.file(IngestTest.JFJB, DATE, 1, PageImages.Size.READER)).isEmpty();
        }
    }

    private static boolean dark(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return ((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3 < 100;
    }
}
