package org.masthead.alto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Article-structured METS, as Masthead writes it, validates against the official METS schema and reads
 * back the same: pages, files, MODS and articles whose areas span pages (no openly licensed
 * article-structured sample was found, see PROVENANCE.md).
 */
class MetsWriterTest {
    @TempDir
    Path dir;

    @Test
    void writtenMetsValidatesAndReadsBack() throws Exception {
        MetsIssue real = MetsReader.read(NdnpBatch.issues(Samples.nordsternBatch()).get(0));
        Path folder = Files.createDirectories(dir.resolve("edition"));
        List<MetsIssue.PageFiles> pages = real.pages().stream().map(p -> new MetsIssue.PageFiles(p.number(),
                null, null, folder.resolve("alto/" + p.number() + ".xml"), folder.resolve("image/" + p.number()
                + ".jp2"), null)).toList();
        MetsIssue.Article jump = new MetsIssue.Article("a1", "Aus dem Staate", List.of(
                new MetsIssue.Area(0, "P1_B3"), new MetsIssue.Area(0, "P1_B4"), new MetsIssue.Area(6, "P7_B1")));
        MetsIssue.Article brief = new MetsIssue.Article("a2", "Lokales & Vermischtes <kurz>", List.of(
                new MetsIssue.Area(1, "P2_B9")));
        MetsIssue issue = new MetsIssue(null, real.title(), real.lccn(), real.date(), real.edition(), real.volume(),
                real.issueNumber(), pages, List.of(jump, brief));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MetsWriter.write(issue, "nordstern/1878-01-03", folder, out);
        Schema mets = Xsd.load("xsd/mets.xsd");
        assertThat(Xsd.problems(mets, out.toByteArray())).isEmpty();

        Path file = folder.resolve("mets.xml");
        Files.write(file, out.toByteArray());
        MetsIssue back = MetsReader.read(file);
        assertThat(back.title()).isEqualTo("Der Nordstern (St. Cloud, Minn.)");
        assertThat(back.date()).isEqualTo(real.date());
        assertThat(back.edition()).isEqualTo(real.edition());
        assertThat(back.issueNumber()).isEqualTo(real.issueNumber());
        assertThat(back.pages()).hasSize(8);
        for (int i = 0; i < 8; i++) {
            assertThat(back.pages().get(i).number()).isEqualTo(pages.get(i).number());
            assertThat(back.pages().get(i).alto()).isEqualTo(pages.get(i).alto());
            assertThat(back.pages().get(i).image()).isEqualTo(pages.get(i).image());
        }
        assertThat(back.articles()).containsExactly(jump, brief);
    }

    @Test
    void schemaCatchesBrokenMets() throws Exception {
        byte[] broken = ("<mets xmlns=\"" + MetsWriter.NS + "\"><structMap><area/></structMap></mets>").getBytes();
        assertThat(Xsd.problems(Xsd.load("xsd/mets.xsd"), broken)).isNotEmpty();
    }
}
