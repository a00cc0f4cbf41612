package org.masthead.alto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.parse.UnusableInputException;

/** Issue METS and batch.xml from real NDNP batches. */
class MetsReaderTest {
    @TempDir
    Path dir;

    @Test
    void englishBatchToIssueToPages() throws Exception {
        List<Path> issues = NdnpBatch.issues(Samples.eveningStarBatch());
        assertThat(issues).hasSize(1);
        MetsIssue issue = MetsReader.read(issues.get(0));
        assertThat(issue.title()).isEqualTo("The Evening star");
        assertThat(issue.lccn()).isEqualTo("sn83045462");
        assertThat(issue.date()).isEqualTo(LocalDate.of(1865, 10, 2));
        assertThat(issue.edition()).isEqualTo(1);
        assertThat(issue.volume()).isEqualTo("26");
        assertThat(issue.issueNumber()).isEqualTo("3,925");
        assertThat(issue.pages()).hasSize(1);
        MetsIssue.PageFiles page = issue.pages().get(0);
        assertThat(page.number()).isEqualTo(1);
        assertThat(page.alto().getFileName()).hasToString("0007.xml");
        assertThat(page.alto()).exists();
        assertThat(page.image().getFileName()).hasToString("0007.jp2");
        assertThat(page.pdf().getFileName()).hasToString("0007.pdf");
        assertThat(issue.articles()).isEmpty();
    }

    @Test
    void germanIssueWithEightPages() throws Exception {
        MetsIssue issue = MetsReader.read(NdnpBatch.issues(Samples.nordsternBatch()).get(0));
        assertThat(issue.title()).isEqualTo("Der Nordstern (St. Cloud, Minn.)");
        assertThat(issue.date()).isEqualTo(LocalDate.of(1878, 1, 3));
        assertThat(issue.pages()).extracting(MetsIssue.PageFiles::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(issue.pages().stream().filter(p -> Files.exists(p.alto()))).hasSize(2);
    }

    @Test
    void referencesOutsideTheIssueFolderAreRefused() throws Exception {
        Path mets = dir.resolve("issue/mets.xml");
        Files.createDirectories(mets.getParent());
        Files.writeString(mets, "<mets xmlns=\"http://www.loc.gov/METS/\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                + "<fileSec><fileGrp><file ID=\"f\" USE=\"ocr\"><FLocat xlink:href=\"../../etc/passwd\"/></file></fileGrp>"
                + "</fileSec><structMap><div TYPE=\"np:issue\"><div TYPE=\"np:page\"><fptr FILEID=\"f\"/></div></div>"
                + "</structMap></mets>");
        assertThatThrownBy(() -> MetsReader.read(mets)).isInstanceOf(UnusableInputException.class)
                .hasMessageContaining("file reference outside the issue folder: ../../etc/passwd");
    }
}
