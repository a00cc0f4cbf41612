package org.masthead.bench.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masthead.model.Box;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.Page;
import org.masthead.model.PageSize;
import org.masthead.model.Region;
import org.masthead.model.Unit;

/**
 * Chromium's prints read as born-digital page PDFs: the edition whose page files are the PDFs {@link Printer}
 * kept, and whose truth carries each item's region from the {@code .layout.json} beside each PDF. That
 * region is the box of the item's {@code <article>} element (its whole area: head, every body column, the
 * frame of a boxed note, a photo and its caption), in PDF points (the sheet is printed at 96 CSS pixels to
 * the inch, so 1 px is 0.75 pt) from the page's top left.
 */
public final class PrintedPages {
    /** PDF points per CSS pixel. */
    static final double PT_PER_PX = 72.0 / 96;
    private static final ObjectMapper JSON = new ObjectMapper();

    private PrintedPages() {
    }

    /** The typeset edition read from its prints: {@code pdfs} in page order, as {@link Printer#print} gave them. */
    public static GeneratedEdition of(GeneratedEdition typeset, List<Path> pdfs) throws IOException {
        Edition truth = typeset.truth();
        if (pdfs.size() != truth.pages().size()) {
            throw new IllegalArgumentException(pdfs.size() + " prints for " + truth.pages().size() + " pages");
        }
        List<GeneratedEdition.PageFile> files = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        for (int p = 0; p < pdfs.size(); p++) {
            Path pdf = pdfs.get(p);
            Page page = truth.pages().get(p);
            JsonNode layout = JSON.readTree(pdf.resolveSibling(
                    pdf.getFileName().toString().replaceFirst("\\.pdf$", ".layout.json")).toFile());
            Map<String, Box> areas = new HashMap<>();
            for (JsonNode box : layout.path("boxes")) {
                if (box.path("role").asText().equals("item") && box.hasNonNull("item")) {
                    areas.put(box.get("item").asText(), new Box(pt(box.path("x")), pt(box.path("y")),
                            pt(box.path("w")), pt(box.path("h"))));
                }
            }
            List<Item> items = new ArrayList<>();
            for (Item item : page.items()) {
                Box area = areas.get(item.id());
                items.add(area == null ? item
                        : item.toBuilder().regions(List.of(new Region(page.number(), area, List.of()))).build());
            }
            pages.add(new Page(page.number(), page.name(), page.editors(), items).withGeometry(new PageSize(
                    pt(layout.path("width")), pt(layout.path("height")), Unit.POINT), null));
            files.add(new GeneratedEdition.PageFile(pdf.getFileName().toString(), "PDF", Files.readAllBytes(pdf)));
        }
        return new GeneratedEdition(new Edition(truth.masthead(), truth.warnings(), pages), files);
    }

    private static double pt(JsonNode px) {
        return Math.round(px.asDouble() * PT_PER_PX * 10) / 10.0;
    }
}
