package org.masthead.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.cli.Run.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.Json;
import org.masthead.model.TextLine;

/** Born-digital page PDFs through the verbs: generate writes them, parse and ingest take them as they take text. */
class PdfCommandsTest {
    /** One generated edition for all the tests (typesetting is the slow part). */
    @TempDir
    static Path corpus;
    private static List<Path> pages;

    @TempDir
    Path dir;

    private static synchronized List<Path> generate() throws IOException {
        if (pages == null) {
            Run generate = run("generate", "--format", "pdf", "--out", corpus.toString(), "--from", "2025-06-19",
                    "--to", "2025-06-19", "--pages-per-day", "3");
            assertThat(generate.exit()).as(generate.err()).isZero();
            try (Stream<Path> files = Files.list(corpus.resolve("2025/06"))) {
                pages = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
            }
        }
        return pages;
    }

    @Test
    void generatedPdfPagesParseIntoItemsWithRegionsAndLines() throws IOException {
        List<Path> pages = generate();
        assertThat(pages).hasSize(3);
        assertThat(new String(Files.readAllBytes(pages.get(0)), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        Edition truth = Json.readEdition(Files.readString(corpus.resolve("2025/06/jfjb-2025-06-19.json")));
        assertThat(truth.pages().get(0).size()).isNotNull();
        assertThat(truth.pages().get(0).items()).allSatisfy(item -> assertThat(item.regions()).isNotEmpty());

        Run parse = run("parse", "--format", "json", pages.get(0).toString());
        assertThat(parse.exit()).as(parse.err()).isZero();
        Edition parsed = Json.readEdition(parse.out());
        assertThat(parsed.masthead().title()).isEqualTo("解放军报");
        assertThat(parsed.masthead().issueNumber()).isEqualTo(truth.masthead().issueNumber());
        assertThat(parsed.pages().get(0).size().width()).isEqualTo(truth.pages().get(0).size().width());
        List<Item> items = parsed.pages().get(0).items();
        assertThat(items).hasSizeGreaterThan(4);
        // Every line of a paragraph carries its box and exactly the characters the paragraph holds there.
        for (Item item : items) {
            assertThat(item.regions()).isNotEmpty();
            for (TextLine line : item.lines()) {
                assertThat(line.box().width()).isPositive();
                assertThat(line.text().of(item)).isNotEmpty();
            }
        }
        Item lead = items.get(0);
        assertThat(lead.headline()).isEqualTo(truth.pages().get(0).items().get(0).headline());
        StringBuilder joined = new StringBuilder();
        lead.lines().stream().filter(l -> l.text().part() == org.masthead.model.TextRange.Part.PARAGRAPH
                && l.text().index() == 0).forEach(l -> joined.append(l.text().of(lead)));
        assertThat(joined.toString().replace(" ", "")).isEqualTo(lead.paragraphs().get(0).replace(" ", ""));
    }

    @Test
    void ingestTakesPdfPagesAndRefusesABrokenOneWithOneLine() throws IOException {
        List<Path> pages = generate();
        Path broken = dir.resolve("jfjb-2025-06-19-p09.pdf");
        byte[] bytes = Files.readAllBytes(pages.get(1));
        Files.write(broken, Arrays.copyOf(bytes, bytes.length / 3));
        String data = dir.resolve("data").toString();
        Run ingest = run("ingest", "--data", data, pages.get(0).toString(), pages.get(1).toString(),
                pages.get(2).toString(), broken.toString());
        assertThat(ingest.exit()).isEqualTo(2);
        assertThat(ingest.err().lines().filter(l -> l.startsWith("masthead: ")).toList()).singleElement()
                .satisfies(line -> assertThat(line).contains("p09.pdf", "truncated"));
        assertThat(ingest.out()).contains("pages added 3").contains("rejected 1");
        Run again = run("ingest", "--data", data, pages.get(0).toString(), pages.get(1).toString(),
                pages.get(2).toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("pages added 0, unchanged 3");
    }

    @Test
    void aBulkLoadDrawsItsPageImagesLater() throws IOException {
        List<Path> pages = generate();
        String data = dir.resolve("data").toString();
        Run ingest = run("ingest", "--data", data, "--no-images", pages.get(0).toString());
        assertThat(ingest.exit()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("pages added 1").doesNotContain("page images");
        assertThat(readerImages(data)).isEmpty();
        Run later = run("rebuild-images", "--data", data, "--missing");
        assertThat(later.exit()).as(later.err()).isZero();
        assertThat(readerImages(data)).hasSize(1);
    }

    private static List<Path> readerImages(String data) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(data, "originals"))) {
            return files.filter(f -> f.getFileName().toString().endsWith("-reader.jpg")).toList();
        }
    }

    @Test
    void aScannedPageSaysOcrIsNotSupported() throws IOException {
        Path scan = dir.resolve("scan.pdf");
        try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var page = new org.apache.pdfbox.pdmodel.PDPage();
            document.addPage(page);
            var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(document,
                    new java.awt.image.BufferedImage(50, 50, java.awt.image.BufferedImage.TYPE_INT_RGB));
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page)) {
                content.drawImage(image, 10, 10, 500, 700);
            }
            document.save(scan.toFile());
        }
        Run parse = run("parse", scan.toString());
        assertThat(parse.exit()).isEqualTo(2);
        assertThat(parse.err().strip()).startsWith("masthead: " + scan).contains("OCR is not supported yet")
                .doesNotContain("\n");
    }
}
