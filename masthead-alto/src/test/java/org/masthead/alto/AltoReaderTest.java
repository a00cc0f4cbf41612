package org.masthead.alto;

import org.masthead.model.Box;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every word and box read from real ALTO equals what the file says, checked against an independent scan of
 * the raw XML for its String elements.
 */
class AltoReaderTest {
    private static final Pattern STRING = Pattern.compile("<String\\b([^>]*)/?>");

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String s) {
        Matcher numeric = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(s);
        s = numeric.replaceAll(r -> Matcher.quoteReplacement(Character.toString(
                Integer.parseInt(r.group(2), r.group(1).isEmpty() ? 10 : 16))));
        return s.replace("&quot;", "\"").replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    /** (content, box) of every non-blank String in the raw file, in order, found by regex. */
    private static List<AltoPage.Word> rawWords(Path file) throws Exception {
        List<AltoPage.Word> words = new ArrayList<>();
        Matcher m = STRING.matcher(Files.readString(file));
        while (m.find()) {
            String a = m.group(1);
            String content = unescape(attribute(a, "CONTENT"));
            if (!content.isBlank()) {
                words.add(new AltoPage.Word(content, new Box(Double.parseDouble(attribute(a, "HPOS")),
                        Double.parseDouble(attribute(a, "VPOS")), Double.parseDouble(attribute(a, "WIDTH")),
                        Double.parseDouble(attribute(a, "HEIGHT")))));
            }
        }
        return words;
    }

    private static List<AltoPage.Word> readWords(AltoPage page) {
        return page.blocks().stream().flatMap(b -> b.lines().stream()).flatMap(l -> l.words().stream()).toList();
    }

    @Test
    void altoV2FromNdnpInInch1200() throws Exception {
        Path file = Samples.eveningStarBatch().resolveSibling("sn83045462/00280654255/1865100201/0007.xml");
        AltoPage page = AltoReader.read(file);
        assertThat(page.version()).isEqualTo(2);
        assertThat(page.unit()).isEqualTo(MeasurementUnit.INCH1200);
        assertThat(page.width()).isEqualTo(18585);
        assertThat(page.height()).isEqualTo(27738);
        List<AltoPage.Word> expected = rawWords(file);
        assertThat(expected).hasSizeGreaterThan(5_000);
        assertThat(readWords(page)).containsExactlyElementsOf(expected);
        AltoPage.Block masthead = page.blocks().stream().filter(b -> "BLOCK2".equals(b.id())).findFirst().orElseThrow();
        assertThat(masthead.text()).startsWith("THE EVENING STAR");
        assertThat(masthead.box()).isEqualTo(new Box(258, 450, 2815, 1855));
    }

    @Test
    void altoV2WithEmojiAndGermanText() throws Exception {
        Path file = Samples.nordsternBatch().resolveSibling("sn83045350/00295876384/1878010301/0011.xml");
        AltoPage page = AltoReader.read(file);
        List<AltoPage.Word> expected = rawWords(file);
        assertThat(readWords(page)).containsExactlyElementsOf(expected);
        String all = String.join("\n", page.blocks().stream().map(AltoPage.Block::text).toList());
        assertThat(all).contains("Nordstern");
        assertThat(all.codePoints().anyMatch(c -> c > 0xFFFF)).as("the sample's emoji survive").isTrue();
    }

    @Test
    void altoV3FromTesseractInPixels() throws Exception {
        Path file = Samples.altoV3();
        AltoPage page = AltoReader.read(file);
        assertThat(page.version()).isEqualTo(3);
        assertThat(page.unit()).isEqualTo(MeasurementUnit.PIXEL);
        assertThat(page.width()).isEqualTo(900);
        assertThat(readWords(page)).containsExactlyElementsOf(rawWords(file));
        assertThat(page.blocks()).anyMatch(b -> b.kind() == AltoPage.BlockKind.ILLUSTRATION);
        assertThat(page.blocks().stream().filter(b -> b.kind() == AltoPage.BlockKind.TEXT).findFirst().orElseThrow()
                .text()).startsWith("THE EVENING STAR");
    }

    @Test
    void hyphenatedWordsAreRejoined() throws Exception {
        String xml = "<alto xmlns=\"http://www.loc.gov/standards/alto/ns-v4#\"><Description><MeasurementUnit>mm10"
                + "</MeasurementUnit></Description><Layout><Page WIDTH=\"100\" HEIGHT=\"200\"><PrintSpace>"
                + "<TextBlock ID=\"b\" HPOS=\"1\" VPOS=\"2\" WIDTH=\"3\" HEIGHT=\"4\">"
                + "<TextLine><String CONTENT=\"news\"/><SP/><String CONTENT=\"pa\" SUBS_TYPE=\"HypPart1\"/><HYP CONTENT=\"-\"/>"
                + "</TextLine><TextLine><String CONTENT=\"per\" SUBS_TYPE=\"HypPart2\"/><SP/><String CONTENT=\"archive\"/>"
                + "</TextLine><TextLine><String CONTENT=\"ends\"/></TextLine></TextBlock></PrintSpace></Page></Layout></alto>";
        AltoPage page = AltoReader.read(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "h.xml");
        assertThat(page.version()).isEqualTo(4);
        assertThat(page.unit()).isEqualTo(MeasurementUnit.MM10);
        assertThat(page.blocks().get(0).text()).isEqualTo("news paper archive\nends");
    }
}
