package org.masthead.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Box;
import org.masthead.model.Item;
import org.masthead.model.Page;

/** The truth of a print: each item's region from its article box in the layout beside the PDF, in points. */
class PrintedPagesTest {

    @Test
    void itemsTakeTheirArticleBoxInPointsAndThePdfIsThePageFile(@TempDir Path dir) throws Exception {
        CorpusSpec spec = new CorpusSpec(Title.of("解放军报"), LocalDate.parse("2025-06-19"), LocalDate.parse("2025-06-19"),
                1, 2, 2, Converter.MUTOOL, Damage.NONE);
        GeneratedEdition typeset = new EditionGenerator(spec).generate(LocalDate.parse("2025-06-19"));
        List<Path> pdfs = new ArrayList<>();
        for (int p = 0; p < typeset.files().size(); p++) {
            Page page = typeset.truth().pages().get(p);
            String stem = typeset.files().get(p).name().replaceFirst("\\.html$", "");
            StringBuilder boxes = new StringBuilder();
            for (int i = 0; i < page.items().size(); i++) {
                String id = page.items().get(i).id();
                // The item's headline box must not stand for the item: only its article box does.
                boxes.append(String.format(java.util.Locale.ROOT, "%s{\"item\":\"%s\",\"role\":\"headline\",\"x\":0,\"y\":0,"
                        + "\"w\":8,\"h\":8},{\"item\":\"%s\",\"role\":\"item\",\"x\":%d,\"y\":100,\"w\":400,\"h\":%d}",
                        i == 0 ? "" : ",", id, id, 40 + i * 420, 200 + i));
            }
            Files.writeString(dir.resolve(stem + ".layout.json"), "{\"width\":1300,\"height\":2000,\"boxes\":["
                    + "{\"item\":null,\"role\":\"masthead\",\"x\":30,\"y\":30,\"w\":1240,\"h\":140}," + boxes + "]}");
            Path pdf = dir.resolve(stem + ".pdf");
            Files.write(pdf, ("%PDF-1.4 page " + p).getBytes(StandardCharsets.US_ASCII));
            pdfs.add(pdf);
        }

        GeneratedEdition printed = PrintedPages.of(typeset, pdfs);

        assertThat(printed.files()).extracting(GeneratedEdition.PageFile::name)
                .containsExactly("jfjb-2025-06-19-p01.pdf", "jfjb-2025-06-19-p02.pdf");
        assertThat(new String(printed.files().get(1).bytes(), StandardCharsets.US_ASCII)).isEqualTo("%PDF-1.4 page 1");
        Page second = printed.truth().pages().get(1);
        assertThat(second.size().width()).isEqualTo(975);
        assertThat(second.size().height()).isEqualTo(1500);
        Item first = second.items().get(0);
        assertThat(first.regions()).singleElement().satisfies(region -> {
            assertThat(region.page()).isEqualTo(2);
            assertThat(region.box()).isEqualTo(new Box(30, 75, 300, 150));
        });
        // Text, headline and kind are the typeset truth's.
        assertThat(first.toBuilder().regions(List.of()).build())
                .isEqualTo(typeset.truth().pages().get(1).items().get(0));
    }
}
