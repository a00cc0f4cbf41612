package org.masthead.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.masthead.parse.LaidOutPage;
import org.masthead.parse.PageSource;
import org.masthead.parse.UnusableInputException;

class PdfPagesTest {
    private static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

    /** Writes a document with the given pages drawn by {@code draw}. */
    interface Drawing {
        void draw(PDDocument document, PDPageContentStream content, PDType0Font font) throws IOException;
    }

    static byte[] pdf(int pages, Drawing drawing, StandardProtectionPolicy protection) throws IOException {
        try (PDDocument document = new PDDocument();
                TrueTypeCollection collection = new TrueTypeCollection(Files.newInputStream(FONT))) {
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(ttf -> first[0] = first[0] == null ? ttf : first[0]);
            PDType0Font font = PDType0Font.load(document, first[0], true);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A3);
                document.addPage(page);
                if (drawing != null) {
                    try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                        drawing.draw(document, content, font);
                    }
                }
            }
            if (protection != null) {
                document.protect(protection);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Shows the text at {@code x}, its baseline {@code top} points from the top of the A3 page. */
    static void text(PDPageContentStream content, PDType0Font font, float size, float x, float top,
            float spacing, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.setCharacterSpacing(spacing);
        content.newLineAtOffset(x, PDRectangle.A3.getHeight() - top);
        content.showText(text);
        content.endText();
    }

    private static String reason(byte[] bytes) {
        try {
            PdfPages.read(new PageSource("page.pdf", bytes));
        } catch (UnusableInputException e) {
            return e.getMessage();
        }
        return null;
    }

    @Test
    void readsAHeadlineOverTwoColumnsAsOneArticleWithRegionsAndLines() throws IOException, UnusableInputException {
        byte[] bytes = pdf(1, (document, content, font) -> {
            text(content, font, 24, 120, 80, 0, "海军某部开展训练");
            String[] left = {"　　本报北京6月18日电 海军某部", "日前组织实兵对抗演练，检验部", "队实战能力。"};
            String[] right = {"　　演练中，官兵闻令而动，快速", "机动，圆满完成各项任务。", ""};
            for (int i = 0; i < 3; i++) {
                text(content, font, 10, 60, 120 + i * 15, 0, left[i]);
                if (!right[i].isEmpty()) {
                    text(content, font, 10, 240, 120 + i * 15, 0, right[i]);
                }
            }
        }, null);
        List<LaidOutPage> pages = PdfPages.read(new PageSource("p01.pdf", bytes));
        assertThat(pages).hasSize(1);
        LaidOutPage page = pages.get(0);
        assertThat(page.size().width()).isEqualTo(PDRectangle.A3.getWidth(), org.assertj.core.data.Offset.offset(0.5));
        assertThat(page.areas()).hasSize(1);
        LaidOutPage.Area area = page.areas().get(0);
        assertThat(area.pieces().get(0).role()).isEqualTo(LaidOutPage.Role.HEADLINE);
        assertThat(area.pieces().stream().map(p -> String.join("", p.lines().stream().map(LaidOutPage.Line::text)
                .toList())).toList()).containsExactly("海军某部开展训练",
                "本报北京6月18日电 海军某部日前组织实兵对抗演练，检验部队实战能力。",
                "演练中，官兵闻令而动，快速机动，圆满完成各项任务。");
        // The head and one box per column.
        assertThat(area.region()).hasSize(3);
        assertThat(area.region().get(1).x()).isLessThan(area.region().get(2).x());
    }

    @Test
    void closesUpJustificationButKeepsWordSpaces() throws IOException, UnusableInputException {
        byte[] bytes = pdf(1, (document, content, font) -> {
            text(content, font, 10, 60, 100, 8, "新华社电");
            text(content, font, 10, 60, 130, 0, "本报记者 张三 李四");
        }, null);
        List<String> texts = PdfPages.read(new PageSource("p.pdf", bytes)).get(0).areas().stream()
                .flatMap(a -> a.pieces().stream()).flatMap(p -> p.lines().stream()).map(LaidOutPage.Line::text)
                .toList();
        assertThat(texts).contains("新华社电", "本报记者 张三 李四");
    }

    @Test
    void kangxiRadicalsAndCompatibilityFormsBecomeOrdinaryCharacters() {
        // As Chromium's Type 3 fonts report 人民 (mutool shows the same).
        assertThat(Characters.ordinary("\u2F08\u2EA0日报")).isEqualTo("人民日报");
        assertThat(Characters.ordinary("\uF900")).isEqualTo("豈");
        assertThat(Characters.ordinary("种粮大\u2F3E")).as("the simplified fonts draw ⼾ as 户").isEqualTo("种粮大户");
        assertThat(Characters.ordinary("军报")).isEqualTo("军报");
    }

    @Test
    void refusesWhatIsNoNewspaperPageWithOneReason() throws IOException {
        byte[] good = pdf(1, (document, content, font) -> text(content, font, 10, 60, 100, 0, "正文"), null);
        assertThat(reason(good)).isNull();
        assertThat(reason("plain text".getBytes())).contains("page.pdf", "not a PDF");
        assertThat(reason(Arrays.copyOf(good, good.length / 2))).contains("truncated");
        StandardProtectionPolicy lock = new StandardProtectionPolicy("owner", "secret", new AccessPermission());
        assertThat(reason(pdf(1, (document, content, font) -> text(content, font, 10, 60, 100, 0, "正文"), lock)))
                .contains("encrypted");
        assertThat(reason(pdf(500, null, null))).contains("500 pages");
        byte[] scan = pdf(1, (document, content, font) -> {
            PDImageXObject image = LosslessFactory.createFromImage(document,
                    new java.awt.image.BufferedImage(40, 40, java.awt.image.BufferedImage.TYPE_INT_RGB));
            content.drawImage(image, 20, 20, 700, 1000);
        }, null);
        assertThat(reason(scan)).contains("no text layer", "OCR is not supported");
        byte[] bomb = pdf(1, (document, content, font) -> {
            // A picture that says it is 100,000 × 100,000 pixels: refused before a byte of it is decoded.
            COSStream stream = document.getDocument().createCOSStream();
            stream.setItem(COSName.TYPE, COSName.XOBJECT);
            stream.setItem(COSName.SUBTYPE, COSName.IMAGE);
            stream.setInt(COSName.WIDTH, 100_000);
            stream.setInt(COSName.HEIGHT, 100_000);
            stream.setInt(COSName.BITS_PER_COMPONENT, 8);
            stream.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
            content.drawImage(new PDImageXObject(new org.apache.pdfbox.pdmodel.common.PDStream(stream), null),
                    20, 20, 700, 1000);
            text(content, font, 10, 60, 100, 0, "正文");
        }, null);
        assertThat(reason(bomb)).contains("100000 × 100000 pixels");
    }
}
