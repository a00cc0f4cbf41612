package org.masthead.alto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ALTO 4.4 written from real pages validates against the official schema and reads back the same. */
class AltoWriterTest {
    private static Schema alto;

    @BeforeAll
    static void schema() throws Exception {
        alto = Xsd.load("xsd/alto-4-4.xsd");
    }

    private static List<AltoPage.Word> words(AltoPage page) {
        return page.blocks().stream().flatMap(b -> b.lines().stream()).flatMap(l -> l.words().stream()).toList();
    }

    private static void roundTrip(Path source) throws Exception {
        AltoPage page = AltoReader.read(source);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AltoWriter.write(page, "P1", 1, "0007.jp2", out);
        assertThat(Xsd.problems(alto, out.toByteArray())).isEmpty();
        AltoPage back = AltoReader.read(new ByteArrayInputStream(out.toByteArray()), "written.xml");
        assertThat(back.version()).isEqualTo(4);
        assertThat(back.unit()).isEqualTo(page.unit());
        assertThat(back.width()).isEqualTo(page.width());
        assertThat(words(back)).containsExactlyElementsOf(words(page));
        assertThat(back.blocks()).containsExactlyElementsOf(page.blocks());
    }

    @Test
    void ndnpPageRoundTrips() throws Exception {
        roundTrip(Samples.eveningStarBatch().resolveSibling("sn83045462/00280654255/1865100201/0007.xml"));
    }

    @Test
    void tesseractPageRoundTrips() throws Exception {
        roundTrip(Samples.altoV3());
    }

    @Test
    void schemaCatchesABrokenPage() throws Exception {
        byte[] broken = ("<alto xmlns=\"" + AltoWriter.NS + "\"><Layout><Page ID=\"P1\"/></Layout></alto>").getBytes();
        assertThat(Xsd.problems(alto, broken)).isNotEmpty();
    }
}
