package org.masthead.alto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Box;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.Page;
import org.masthead.model.Region;
import org.masthead.model.TextLine;
import org.masthead.model.Unit;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Real NDNP issues read into editions, written out as a METS/ALTO bag, and read back the same. */
class AltoEditionsTest {
    @TempDir
    Path dir;

    private static Edition eveningStar() throws Exception {
        return MetsImport.issue(NdnpBatch.issues(Samples.eveningStarBatch()).get(0));
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    @Test
    void ndnpIssueBecomesAnEditionWithItsTextAndCoordinates() throws Exception {
        Edition edition = eveningStar();
        assertThat(edition.title()).isEqualTo("The Evening star");
        assertThat(edition.date()).isEqualTo(LocalDate.of(1865, 10, 2));
        assertThat(edition.masthead().issueNumber()).isEqualTo(3925);
        Page page = edition.pages().get(0);
        assertThat(page.number()).isEqualTo(1);
        // 18585 × 27738 inch1200 is 1115.1 × 1664.28 pt, the size of the same page's NDNP PDF (1115.52 × 1664.64).
        assertThat(page.size().unit()).isEqualTo(Unit.POINT);
        assertThat(page.size().width()).isCloseTo(1115.52, within(1.0));
        assertThat(page.size().height()).isCloseTo(1664.64, within(1.0));
        // Every word of the ALTO is in exactly one item, in the same order.
        AltoPage alto = AltoReader.read(Samples.eveningStarBatch()
                .resolveSibling("sn83045462/00280654255/1865100201/0007.xml"));
        String altoWords = alto.blocks().stream().flatMap(b -> b.lines().stream()).flatMap(l -> l.words().stream())
                .map(AltoPage.Word::content).collect(Collectors.joining(" "));
        String itemWords = page.items().stream().map(i -> (i.headline() == null ? "" : i.headline() + " ")
                + String.join(" ", i.paragraphs())).collect(Collectors.joining(" "));
        // (a word hyphenated across lines is one word in the item)
        assertThat(itemWords.replaceAll("\\s+", "")).isEqualTo(altoWords.replaceAll("\\s+", ""));
        // Each line's box is the ALTO line's box in points, and its range selects that line's words.
        AltoPage.Line first = alto.blocks().stream().filter(b -> !b.lines().isEmpty()).findFirst().orElseThrow()
                .lines().get(0);
        TextLine line = page.items().get(0).lines().get(0);
        assertThat(line.box().x()).isCloseTo(first.box().x() * 0.06, within(0.005));
        assertThat(line.box().y()).isCloseTo(first.box().y() * 0.06, within(0.005));
        assertThat(line.box().width()).isCloseTo(first.box().width() * 0.06, within(0.005));
        assertThat(line.box().height()).isCloseTo(first.box().height() * 0.06, within(0.005));
        assertThat(line.text().of(page.items().get(0))).isEqualTo(first.text());
        assertThat(page.items()).allSatisfy(item -> assertThat(item.regions()).isNotEmpty()
                .allSatisfy(r -> assertThat(r.page()).isEqualTo(1)));
    }

    @Test
    void missingPagesAreWarnedAndTheRestRead() throws Exception {
        Edition edition = MetsImport.issue(NdnpBatch.issues(Samples.nordsternBatch()).get(0));
        assertThat(edition.pages()).hasSize(8);
        assertThat(edition.pages().stream().filter(p -> !p.items().isEmpty())).extracting(Page::number)
                .containsExactly(1, 7);
        assertThat(edition.warnings()).hasSize(6).allSatisfy(w -> assertThat(w.code()).isEqualTo("page-text-missing"));
    }

    @Test
    void exportedBagValidatesAndReadsBackTheSameEdition() throws Exception {
        Edition original = eveningStar();
        Path bag = dir.resolve("bag");
        MetsExport.write(original, "eveningstar/1865-10-02", bag);
        BagIt.verify(bag);
        assertThat(Xsd.problems(Xsd.load("xsd/mets.xsd"), Files.readAllBytes(bag.resolve("data/mets.xml")))).isEmpty();
        assertThat(Xsd.problems(Xsd.load("xsd/alto-4-4.xsd"), Files.readAllBytes(bag.resolve("data/alto/0001.xml"))))
                .isEmpty();
        List<Path> issues = MetsImport.issues(bag);
        Edition back = MetsImport.issue(issues.get(0));
        assertSame(original, back);
    }

    static void assertSame(Edition original, Edition back) {
        assertThat(back.title()).isEqualTo(original.title());
        assertThat(back.date()).isEqualTo(original.date());
        assertThat(back.pages()).extracting(Page::number)
                .containsExactlyElementsOf(original.pages().stream().map(Page::number).toList());
        for (int p = 0; p < original.pages().size(); p++) {
            Page a = original.pages().get(p);
            Page b = back.pages().get(p);
            assertThat(b.size()).isEqualTo(a.size());
            assertThat(b.items()).hasSameSizeAs(a.items());
            for (int i = 0; i < a.items().size(); i++) {
                Item x = a.items().get(i);
                Item y = b.items().get(i);
                assertThat(y.headline()).isEqualTo(x.headline());
                assertThat(y.paragraphs().stream().map(AltoEditionsTest::words).toList())
                        .containsExactlyElementsOf(x.paragraphs().stream().map(AltoEditionsTest::words).toList());
                assertThat(y.regions()).extracting(Region::box)
                        .containsExactlyElementsOf(x.regions().stream().map(Region::box).toList());
                assertThat(y.lines()).extracting(TextLine::box)
                        .containsExactlyElementsOf(x.lines().stream().map(TextLine::box).toList());
                assertThat(y.continuedOn()).isEqualTo(x.continuedOn());
                assertThat(y.continuedFrom()).isEqualTo(x.continuedFrom());
            }
        }
    }

    /** A Chinese page with layout and an article jumping from page 1 to page 2. */
    static Edition chinese() {
        String p1 = "中亚峰会在阿斯塔纳举行，各方同意深化合作。";
        Item front = Item.builder().id("a1").kind(org.masthead.model.ItemKind.ARTICLE).headline("合作之路越走越宽广")
                .sections(List.of(new org.masthead.model.Section(null, List.of(p1)))).continuedOn(2)
                .regions(List.of(new Region(1, new Box(40, 60, 200, 120), List.of())))
                .lines(List.of(
                        new TextLine(1, new Box(40, 60, 200, 30), new org.masthead.model.TextRange(
                                org.masthead.model.TextRange.Part.HEADLINE, 0, 0, 9)),
                        new TextLine(1, new Box(40, 100, 200, 20), new org.masthead.model.TextRange(
                                org.masthead.model.TextRange.Part.PARAGRAPH, 0, 0, 10)),
                        new TextLine(1, new Box(40, 124, 200, 20), new org.masthead.model.TextRange(
                                org.masthead.model.TextRange.Part.PARAGRAPH, 0, 10, p1.length()))))
                .build();
        String p2 = "（上接第一版）会议通过了联合声明。";
        Item jump = Item.builder().id("b1").kind(org.masthead.model.ItemKind.ARTICLE).headline("合作之路越走越宽广")
                .sections(List.of(new org.masthead.model.Section(null, List.of(p2)))).continuedFrom(1)
                .regions(List.of(new Region(2, new Box(300, 400, 150, 60), List.of())))
                .lines(List.of(new TextLine(2, new Box(300, 420, 150, 20), new org.masthead.model.TextRange(
                        org.masthead.model.TextRange.Part.PARAGRAPH, 0, 0, p2.length()))))
                .build();
        org.masthead.model.PageSize a3 = new org.masthead.model.PageSize(842, 1191, Unit.POINT);
        return new Edition(org.masthead.model.Masthead.builder().title("解放军报").date(LocalDate.of(2025, 6, 19))
                .build(), List.of(), List.of(new Page(1, null, List.of(), List.of(front)).withGeometry(a3, null),
                new Page(2, null, List.of(), List.of(jump)).withGeometry(a3, null)));
    }

    /** A page scan of 600 × 850 pixels written by the JDK in this format (png, tif). */
    private Path scan(String name, String format) throws Exception {
        BufferedImage page = new BufferedImage(600, 850, BufferedImage.TYPE_BYTE_GRAY);
        Path file = dir.resolve(name);
        assertThat(ImageIO.write(page, format, file.toFile())).as(format).isTrue();
        return file;
    }

    private static Document dom(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
    }

    private static List<Element> elements(Node in, String ns, String name) {
        NodeList nodes = in instanceof Document d ? d.getElementsByTagNameNS(ns, name)
                : ((Element) in).getElementsByTagNameNS(ns, name);
        return IntStream.range(0, nodes.getLength()).mapToObj(i -> (Element) nodes.item(i)).toList();
    }

    @Test
    void bagWithScansValidatesAndNamesEachScanInTheMetsAndItsPagesAlto() throws Exception {
        Edition edition = chinese();
        // Library batches bring scans in more than one format: a PNG for page 1, a TIFF for page 2.
        List<MetsExport.Image> scans = List.of(new MetsExport.Image(scan("p1.png", "png"), "png"),
                new MetsExport.Image(scan("p2.tif", "tif"), "tif"));
        Path bag = dir.resolve("bag");
        MetsExport.write(edition, "jiefangjunbao/2025-06-19", bag, scans::get);
        BagIt.verify(bag);

        byte[] mets = Files.readAllBytes(bag.resolve("data/mets.xml"));
        assertThat(Xsd.problems(Xsd.load("xsd/mets.xsd"), mets)).isEmpty();
        Document metsDom = dom(mets);
        Element images = elements(metsDom, MetsWriter.NS, "fileGrp").stream()
                .filter(group -> group.getAttribute("USE").equals("image")).findFirst().orElseThrow();
        List<Element> files = elements(images, MetsWriter.NS, "file");
        assertThat(files).extracting(file -> file.getAttribute("MIMETYPE")).containsExactly("image/png", "image/tiff");
        List<String> hrefs = List.of("images/0001.png", "images/0002.tif");
        assertThat(files).extracting(file -> elements(file, MetsWriter.NS, "FLocat").get(0)
                .getAttributeNS("http://www.w3.org/1999/xlink", "href")).containsExactlyElementsOf(hrefs);
        List<Element> pages = elements(metsDom, MetsWriter.NS, "div").stream()
                .filter(div -> div.getAttribute("TYPE").equals("page")).toList();
        assertThat(pages).hasSize(2);

        Schema alto = Xsd.load("xsd/alto-4-4.xsd");
        for (int i = 0; i < pages.size(); i++) {
            String imageId = files.get(i).getAttribute("ID");
            assertThat(elements(pages.get(i), MetsWriter.NS, "fptr")).as("page %d points at its scan", i + 1)
                    .anySatisfy(fptr -> assertThat(fptr.getAttribute("FILEID")).isEqualTo(imageId));
            byte[] page = Files.readAllBytes(bag.resolve("data").resolve(MetsExport.altoName(i)));
            assertThat(Xsd.problems(alto, page)).as(MetsExport.altoName(i)).isEmpty();
            List<Element> source = elements(dom(page), AltoWriter.NS, "sourceImageInformation");
            assertThat(source).as(MetsExport.altoName(i)).hasSize(1);
            assertThat(elements(source.get(0), AltoWriter.NS, "fileName")).extracting(Node::getTextContent)
                    .containsExactly("../" + hrefs.get(i));
            // The scan travels byte for byte.
            assertThat(bag.resolve("data").resolve(hrefs.get(i))).hasSameBinaryContentAs(scans.get(i).file());
        }
    }

    @Test
    void chineseJumpRoundTripsWithOneStringPerCharacter() throws Exception {
        Edition original = chinese();
        Path bag = dir.resolve("zh");
        MetsExport.write(original, "jiefangjunbao/2025-06-19", bag);
        String alto = Files.readString(bag.resolve("data/alto/0001.xml"));
        assertThat(Xsd.problems(Xsd.load("xsd/alto-4-4.xsd"), alto.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(alto).contains("CONTENT=\"中\"", "CONTENT=\"亚\"", "CONTENT=\"，\"").doesNotContain("CONTENT=\"中亚");
        String mets = Files.readString(bag.resolve("data/mets.xml"));
        assertThat(mets).containsOnlyOnce("TYPE=\"article\"").contains("_ALTO_1\"", "_ALTO_2\"");
        Edition back = MetsImport.issue(MetsImport.issues(bag).get(0));
        assertSame(original, back);
        assertThat(back.pages().get(0).items().get(0).paragraphs()).containsExactly(
                original.pages().get(0).items().get(0).paragraphs().get(0));
    }
}
