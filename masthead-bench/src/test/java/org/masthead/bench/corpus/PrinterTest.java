package org.masthead.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Item;

/** The printed route on real Chromium and real converters: two pages of one edition, printed once. */
class PrinterTest {

    @Test
    void typesetPagesArePrintedOnceAndEveryConverterReadsThem(@TempDir Path dir) throws Exception {
        assumeTrue(Chromium.available() || System.getenv("CI") != null, "chromium is not installed");
        CorpusSpec spec = new CorpusSpec(Title.of("解放军报"), LocalDate.parse("2025-06-19"), LocalDate.parse("2025-06-19"),
                1, 2, 2, Converter.PDFTOTEXT, Damage.NONE);
        GeneratedEdition typeset = new EditionGenerator(spec).generate(LocalDate.parse("2025-06-19"));
        String front = new String(typeset.files().get(0).bytes(), StandardCharsets.UTF_8);
        assertThat(typeset.files().get(0).name()).isEqualTo("jfjb-2025-06-19-p01.html");
        assertThat(front).contains("JIEFANGJUN BAO", "农历乙巳年五月廿四", "第24632号", "CN 81-0001/(J)", "column-count");

        Map<Converter, GeneratedEdition> converted;
        try (Printer printer = new Printer(1)) {
            converted = printer.convert(typeset, dir, List.of(Converter.PDFTOTEXT, Converter.PDFTOTEXT_LAYOUT, Converter.MUTOOL));
            assertThat(printer.printed()).isEqualTo(2);
            // Unchanged HTML with its PDF on disk is not printed again.
            printer.convert(typeset, dir, List.of(Converter.MUTOOL));
            assertThat(printer.printed()).isEqualTo(2);
            assertThat(printer.reused()).isEqualTo(2);
        }
        assertThat(dir.resolve("jfjb-2025-06-19-p01.pdf")).exists();
        assertThat(Files.readAllBytes(dir.resolve("jfjb-2025-06-19-p02.pdf"))).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));

        // The layout names every item's box, inside the sheet.
        JsonNode layout = new ObjectMapper().readTree(dir.resolve("jfjb-2025-06-19-p01.layout.json").toFile());
        List<Item> items = typeset.truth().pages().get(0).items();
        for (Item item : items) {
            assertThat(layout.get("boxes")).anySatisfy(box -> {
                assertThat(box.get("item").asText()).isEqualTo(item.id());
                assertThat(box.get("role").asText()).isEqualTo("item");
                assertThat(box.get("x").asDouble() + box.get("w").asDouble()).isLessThanOrEqualTo(layout.get("width").asDouble() + 1);
                assertThat(box.get("h").asDouble()).isPositive();
            });
        }
        for (Converter converter : converted.keySet()) {
            String text = new String(converted.get(converter).files().get(0).bytes(), StandardCharsets.UTF_8);
            assertThat(converted.get(converter).files().get(0).name()).isEqualTo("jfjb-2025-06-19-p01.txt");
            // Spaced justification and Kangxi radicals aside, the masthead's figures come through every converter.
            assertThat(text).as(converter.label).contains("24632", "81-0001");
            assertThat(text.replaceAll("\\s", "")).as(converter.label).contains("JIEFANGJUNBAO");
        }
    }
}
