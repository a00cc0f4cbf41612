package org.masthead.bench.corpus;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Typesets one generated page as a born-digital page PDF, the way dailies lay pages out: a grid of 4–8
 * columns filled band by band; headlines spanning the columns of their article; bodies flowing down the
 * columns (so an article's last column is often shorter: a stepped area); a photo set into the corner of a
 * wide article (an L-shaped area); boxed commentary and teasers; a lead story across the top and the
 * masthead on page 1; a running header, rules and the editors' line. Body size, leading, column count and
 * justification vary per page. The regions each item's text and image cover are kept as ground truth.
 *
 * <p>Coordinates of regions are PDF points from the page's top-left corner.
 */
final class PdfTypesetter {
    static final float WIDTH = 842;
    static final float HEIGHT = 1191;
    private static final float MARGIN = 40;
    /** The top of a glyph box above its baseline and its height, in em: the convention the parser uses too. */
    static final float ASCENT = 0.88f;
    private static final Path FONT_FILE = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    private static TrueTypeFont font;
    private static final String NO_LINE_START = "，。、；：？！”’）》」』…—,.;:?!)";

    /** A rectangle from the page's top-left corner, in points. */
    record Rect(float x, float y, float width, float height) {
    }

    /** One typeset page: the PDF and each item's regions. */
    record Typeset(byte[] bytes, float width, float height, Map<Draft, List<Rect>> regions) {
    }

    private final SplittableRandom random;
    private final ChineseNumbers numbers;
    private final Map<Character, Float> widths = new java.util.HashMap<>();

    // The page's style, drawn per page.
    private int columns;
    private float body;
    private float leading;
    private boolean justified;
    private float gutter;
    private float height;

    private final List<Run> runs = new ArrayList<>();
    private final List<float[]> rules = new ArrayList<>();
    private final List<Rect> boxes = new ArrayList<>();
    private final List<Rect> images = new ArrayList<>();
    /** What the runs being set belong to: an item, and its head, caption or a column of its body. */
    private static final int HEAD = -1;
    private static final int CAPTION = -2;
    private Draft owner;
    private int group;
    /** Per item, per part: the bounds of the text set for it; pictures and frames as they are drawn. */
    private final Map<Draft, Map<Integer, Rect>> texts = new IdentityHashMap<>();
    private final Map<Draft, Rect> pictures = new IdentityHashMap<>();
    private final Map<Draft, Rect> frames = new IdentityHashMap<>();
    /** The block each item was set in (its columns from its top to its end), where no inset shares it. */
    private final Map<Draft, Rect> modules = new IdentityHashMap<>();
    private PDType0Font pdfFont;

    /** A line of text to draw: at (x, baseline) from the top-left, with extra space after each glyph. */
    private record Run(String text, float x, float baseline, float size, boolean bold, float spacing) {
    }

    PdfTypesetter(SplittableRandom random, ChineseNumbers numbers) {
        this.random = random;
        this.numbers = numbers;
    }

    static synchronized TrueTypeFont font() {
        if (font == null) {
            try {
                TrueTypeFont[] found = new TrueTypeFont[1];
                // The collection stays open: the font reads its tables lazily while subsetting.
                TrueTypeCollection collection = new TrueTypeCollection(Files.newInputStream(FONT_FILE));
                collection.processAllFonts(ttf -> {
                    if (found[0] == null) {
                        found[0] = ttf;
                    }
                });
                font = found[0];
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the CJK font " + FONT_FILE + " (Debian fonts-wqy-microhei)",
                        e);
            }
        }
        return font;
    }

    Typeset typeset(Masthead masthead, PageDraft page) {
        try (PDDocument document = new PDDocument()) {
            synchronized (PdfTypesetter.class) {
                pdfFont = PDType0Font.load(document, font(), true);
            }
            style(0);
            for (int attempt = 0; !layout(masthead, page, attempt); attempt++) {
                style(attempt + 1);
            }
            PDPage pdfPage = new PDPage(new PDRectangle(WIDTH, height));
            document.addPage(pdfPage);
            draw(document, pdfPage);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            synchronized (PdfTypesetter.class) {
                document.save(out);
            }
            return new Typeset(out.toByteArray(), WIDTH, height, regions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws a page style; later attempts (the items did not fit) set denser type. */
    private void style(int attempt) {
        columns = 4 + random.nextInt(5) + Math.min(attempt, 2);
        columns = Math.min(columns, 8);
        body = Math.max(7.5f, 9 + random.nextInt(4) * 0.5f - attempt * 0.5f);
        leading = body * (1.4f + random.nextInt(4) * 0.08f);
        justified = random.nextInt(4) != 0;
        gutter = body * (1.2f + random.nextFloat() * 0.6f);
        height = attempt >= 4 ? HEIGHT * (1 + 0.25f * (attempt - 3)) : HEIGHT;
    }

    private float columnWidth() {
        return (WIDTH - 2 * MARGIN - (columns - 1) * gutter) / columns;
    }

    private float columnX(int column) {
        return MARGIN + column * (columnWidth() + gutter);
    }

    private float spanWidth(int span) {
        return span * columnWidth() + (span - 1) * gutter;
    }

    /** Lays the page out; false when the items do not fit its height. */
    private boolean layout(Masthead masthead, PageDraft page, int attempt) {
        runs.clear();
        rules.clear();
        boxes.clear();
        images.clear();
        texts.clear();
        pictures.clear();
        frames.clear();
        modules.clear();
        owner = null;
        float y = page.number == 1 ? masthead(masthead) : header(masthead, page);
        List<Draft> queue = new ArrayList<>(page.items);
        boolean first = true;
        float bottom = height - MARGIN - 2 * body;
        while (!queue.isEmpty()) {
            List<Draft> band = new ArrayList<>();
            if (first && page.number == 1) {
                band.add(queue.remove(0)); // the lead story across the top
            } else {
                int count = 1 + random.nextInt(Math.min(3, Math.max(1, columns / 2)));
                while (band.size() < count && !queue.isEmpty()) {
                    band.add(queue.remove(0));
                }
            }
            first = false;
            int[] spans = spans(band);
            float bandHeight = 0;
            int column = 0;
            for (int i = 0; i < band.size(); i++) {
                Draft item = band.get(i);
                Draft inset = null;
                if (item.kind == org.masthead.model.ItemKind.ARTICLE && spans[i] >= 3 && random.nextInt(3) == 0) {
                    inset = takePhoto(queue);
                }
                float height = item(item, inset, column, spans[i], y);
                if (inset == null) {
                    modules.put(item, new Rect(columnX(column), y, spanWidth(spans[i]), height));
                }
                bandHeight = Math.max(bandHeight, height);
                if (i > 0 && random.nextBoolean()) {
                    float x = columnX(column) - gutter / 2;
                    rules.add(new float[] {x, y, x, y + bandHeight});
                }
                column += spans[i];
            }
            y += bandHeight + leading;
            if (!queue.isEmpty() && random.nextBoolean()) {
                rules.add(new float[] {MARGIN, y - leading / 2, WIDTH - MARGIN, y - leading / 2});
            }
        }
        if (y > bottom && attempt < 8) {
            return false;
        }
        editors(page, Math.max(y, bottom));
        return true;
    }

    /** The next photo waiting for a later band, taken to be set into an article's corner; null if none. */
    private static Draft takePhoto(List<Draft> queue) {
        for (int i = 0; i < queue.size(); i++) {
            if (queue.get(i).kind == org.masthead.model.ItemKind.PHOTO) {
                return queue.remove(i);
            }
        }
        return null;
    }

    /** Columns for each item of a band: in proportion to their length, at least one each. */
    private int[] spans(List<Draft> band) {
        int[] spans = new int[band.size()];
        if (band.size() > columns) {
            throw new IllegalStateException("more items than columns");
        }
        double[] weight = new double[band.size()];
        double total = 0;
        for (int i = 0; i < band.size(); i++) {
            weight[i] = Math.max(200, length(band.get(i)));
            total += weight[i];
        }
        int left = columns;
        for (int i = 0; i < band.size(); i++) {
            int remaining = band.size() - i - 1;
            spans[i] = i == band.size() - 1 ? left
                    : Math.max(1, Math.min(left - remaining, (int) Math.round(columns * weight[i] / total)));
            left -= spans[i];
        }
        return spans;
    }

    private static int length(Draft item) {
        int length = item.caption != null ? 300 : 0;
        for (List<String> section : item.paragraphs) {
            for (String paragraph : section) {
                length += paragraph.length();
            }
        }
        return length;
    }

    private float masthead(Masthead masthead) {
        float titleSize = 44 + random.nextInt(12);
        float y = MARGIN + titleSize * ASCENT;
        run(masthead.title().name(), MARGIN, y, titleSize, true, titleSize * 0.1f);
        float size = 9.5f;
        float lineY = MARGIN + size;
        float x = MARGIN + textWidth(masthead.title().name(), titleSize)
                + titleSize * 0.1f * masthead.title().name().length() + 24;
        for (String line : masthead.lines(false)) {
            run(line, x, lineY, size, false, 0);
            lineY += size * 1.8f;
        }
        y = Math.max(y + titleSize * 0.3f, lineY) + 4;
        rules.add(new float[] {MARGIN, y, WIDTH - MARGIN, y});
        rules.add(new float[] {MARGIN, y + 2, WIDTH - MARGIN, y + 2});
        return y + leading;
    }

    private float header(Masthead masthead, PageDraft page) {
        float size = 10;
        float baseline = MARGIN + size * ASCENT;
        String left = "第" + numbers.of(page.number) + "版 " + page.name;
        String right = masthead.title().name() + " " + masthead.date().getYear() + "年" + masthead.date().getMonthValue()
                + "月" + masthead.date().getDayOfMonth() + "日 " + masthead.weekday();
        boolean mirrored = page.number % 2 == 1;
        run(mirrored ? right : left, MARGIN, baseline, size, !mirrored, 0);
        String other = mirrored ? left : right;
        run(other, WIDTH - MARGIN - textWidth(other, size), baseline, size, mirrored, 0);
        float y = baseline + size * 0.5f;
        rules.add(new float[] {MARGIN, y, WIDTH - MARGIN, y});
        return y + leading;
    }

    private void editors(PageDraft page, float y) {
        float size = 8;
        rules.add(new float[] {MARGIN, y, WIDTH - MARGIN, y});
        String line = page.editorsLabel + "：" + String.join(" ", page.editors);
        run(line, WIDTH - MARGIN - textWidth(line, size), y + size * 1.5f, size, false, 0);
    }

    /** Sets one item at the columns given from {@code top}; returns the height it took. */
    private float item(Draft item, Draft inset, int column, int span, float top) {
        float x = columnX(column);
        float width = spanWidth(span);
        owner = item;
        group = HEAD;
        boolean boxed = item.kind == org.masthead.model.ItemKind.COMMENTARY
                || item.kind == org.masthead.model.ItemKind.TEASER;
        float pad = boxed ? body * 0.8f : 0;
        float y = top + pad;
        float innerX = x + pad;
        float innerWidth = width - 2 * pad;
        if (item.kind == org.masthead.model.ItemKind.PHOTO) {
            float bottom = photo(item, innerX, y, innerWidth);
            return bottom - top;
        }
        float headStart = y;
        if (item.kicker != null) {
            y = centred(item.kicker, innerX, y, innerWidth, headline(span) * 0.5f, false);
        }
        if (item.headline != null) {
            float size = item.kind == org.masthead.model.ItemKind.TEASER ? body * 1.3f : headline(span);
            String text = item.headline;
            float spacing = text.length() <= 8 && span >= 2 && random.nextInt(3) == 0 ? size * 0.6f : 0;
            y = centred(text, innerX, y, innerWidth, size, true, spacing);
        }
        if (item.subtitle != null) {
            y = centred("——" + item.subtitle, innerX, y, innerWidth, headline(span) * 0.55f, false);
        }
        if (item.byline != null) {
            y = centred(item.byline, innerX, y, innerWidth, body, false);
        }
        if (y > headStart) {
            // The head stands over the whole block: its area is the band across it, not its lines' ink alone.
            texts.get(item).computeIfPresent(HEAD, (group, head) -> new Rect(innerX, head.y(), innerWidth, head.height()));
            y += leading * 0.4f;
        }
        if (item.refersText != null) {
            y = paragraphLines(item.refersText, innerX, y, innerWidth, false);
        }
        float bodyTop = y;
        // A box sets its body in columns of its own inside the frame.
        float columnWidth = boxed ? (innerWidth - (span - 1) * gutter) / span : columnWidth();
        float bottom = columnsOf(item, inset, span, innerX, columnWidth, bodyTop);
        if (boxed) {
            Rect box = new Rect(x, top, width, bottom + pad - top);
            boxes.add(box);
            frames.put(item, box);
            return box.height();
        }
        return bottom - top;
    }

    private float headline(int span) {
        return Math.min(34, body * 1.5f + span * 2.2f);
    }

    /** A photo: the image, its caption below, the credit closing it; returns its bottom. */
    private float photo(Draft item, float x, float y, float width) {
        Draft article = owner;
        owner = item;
        group = CAPTION;
        float imageHeight = width * (0.55f + random.nextFloat() * 0.2f);
        Rect image = new Rect(x, y, width, imageHeight);
        images.add(image);
        pictures.put(item, image);
        float captionTop = y + imageHeight + body * 0.5f;
        float size = body - 0.5f;
        float end;
        if (random.nextBoolean()) {
            end = lines(item.caption + " " + item.creditText, x, captionTop, width, size, false, 0);
        } else {
            end = lines(item.caption, x, captionTop, width, size, false, 0);
            float baseline = end + size * ASCENT;
            run(item.creditText, x + width - textWidth(item.creditText, size), baseline, size, false, 0, size * 1.4f);
            end += size * 1.4f;
        }
        owner = article;
        return end;
    }

    /** The item's body set down {@code span} columns, as short as it can be; returns the bottom. */
    private float columnsOf(Draft item, Draft inset, int span, float x0, float columnWidth, float top) {
        List<Line> lines = new ArrayList<>();
        boolean firstParagraph = true;
        for (int s = 0; s < item.headings.size(); s++) {
            if (item.headings.get(s) != null) {
                List<String> parts = wrap(item.headings.get(s), columnWidth, body * 1.1f, 0);
                for (int i = 0; i < parts.size(); i++) {
                    lines.add(new Line(parts.get(i), body * 1.1f, true, 0, leading * (i == 0 ? 1.5f : 1.1f), true));
                }
            }
            List<String> paragraphs = item.paragraphs.get(s);
            for (int p = 0; p < paragraphs.size(); p++) {
                String text = paragraphs.get(p);
                if (firstParagraph) {
                    text = (item.continuedFrom != null ? "（上接第" + numbers.of(item.continuedFrom) + "版）"
                            : item.datelineText != null ? item.datelineText + " " : "") + text;
                    firstParagraph = false;
                }
                if (s == item.headings.size() - 1 && p == paragraphs.size() - 1 && item.continuedOn != null) {
                    text = text + "（下转第" + numbers.of(item.continuedOn) + "版）";
                }
                breakParagraph(text, columnWidth, lines);
            }
        }
        // The inset photo takes the top of the last one or two columns.
        int insetColumns = inset == null ? 0 : Math.min(2, span - 1);
        float insetHeight = 0;
        float insetX = x0 + (span - insetColumns) * (columnWidth + gutter);
        float insetWidth = insetColumns * columnWidth + (insetColumns - 1) * gutter;
        if (inset != null) {
            float bottom = photo(inset, insetX, top, insetWidth);
            insetHeight = bottom - top + leading;
        }
        float total = 0;
        for (Line line : lines) {
            total += line.advance;
        }
        float capacity = Math.max(leading, total / span - leading);
        while (!fits(lines, span, insetColumns, insetHeight, capacity)) {
            capacity += leading;
        }
        capacity = Math.max(capacity, insetHeight + leading);
        int column = 0;
        float y = columnStart(column, span, insetColumns, insetHeight, top);
        float columnTop = y;
        float bottom = top;
        for (Line line : lines) {
            if (y + line.advance > top + capacity + 0.01f && y > columnTop) {
                bottom = Math.max(bottom, y);
                column++;
                y = columnStart(column, span, insetColumns, insetHeight, top);
                columnTop = y;
            }
            float x = x0 + column * (columnWidth + gutter);
            group = column;
            float baseline = y + line.advance - leading + body * ASCENT + (line.heading ? leading * 0.5f : 0);
            float size = line.heading ? body * 1.1f : body;
            float natural = textWidth(line.text, size) + line.indent;
            if (line.heading) {
                run(line.text, x + (columnWidth - natural) / 2, baseline, size, true, 0, leading);
            } else {
                float spacing = justified && line.full && line.text.length() > 1
                        ? (columnWidth - natural) / (line.text.length() - 1) : 0;
                run(line.text, x + line.indent, baseline, size, false, spacing, leading);
            }
            y += line.advance;
        }
        return Math.max(bottom, Math.max(y, top + insetHeight));
    }

    private float columnStart(int column, int span, int insetColumns, float insetHeight, float top) {
        return column >= span - insetColumns ? top + insetHeight : top;
    }

    private boolean fits(List<Line> lines, int span, int insetColumns, float insetHeight, float capacity) {
        int column = 0;
        float used = column >= span - insetColumns ? insetHeight : 0;
        boolean empty = true;
        for (Line line : lines) {
            if (used + line.advance > capacity + 0.01f && !empty) {
                column++;
                if (column >= span) {
                    return false;
                }
                used = column >= span - insetColumns ? insetHeight : 0;
            }
            used += line.advance;
            empty = false;
        }
        return true;
    }

    /** One body line: its text, the space it takes down the column, whether it is full (justified). */
    private record Line(String text, float size, boolean heading, float indent, float advance, boolean full) {
    }

    /** Breaks a paragraph into column lines: an indent of two characters, no closing mark at a line start. */
    private void breakParagraph(String text, float width, List<Line> lines) {
        float indent = 2 * body;
        int start = 0;
        while (start < text.length()) {
            float room = width - (start == 0 ? indent : 0);
            int end = start;
            float used = 0;
            while (end < text.length() && used + charWidth(text.charAt(end), body) <= room + 0.01f) {
                used += charWidth(text.charAt(end), body);
                end++;
            }
            if (end < text.length() && end > start + 1 && NO_LINE_START.indexOf(text.charAt(end)) >= 0) {
                end--; // the closing mark is not set at the start of the next line: take a character down with it
            }
            boolean last = end >= text.length();
            lines.add(new Line(text.substring(start, end), body, false, start == 0 ? indent : 0, leading, !last));
            start = end;
        }
    }

    /** Centred lines (headlines, kickers, bylines); returns the y below them. */
    private float centred(String text, float x, float y, float width, float size, boolean bold) {
        return centred(text, x, y, width, size, bold, 0);
    }

    private float centred(String text, float x, float y, float width, float size, boolean bold, float spacing) {
        List<String> parts = wrap(text, width, size, spacing);
        for (String part : parts) {
            float natural = textWidth(part, size) + spacing * (part.length() - 1);
            run(part, x + Math.max(0, (width - natural) / 2), y + size * ASCENT + size * 0.15f, size, bold, spacing,
                    size * 1.35f);
            y += size * 1.35f;
        }
        return y + size * 0.15f;
    }

    /** Left-aligned lines in a given size; returns the y below them. */
    private float lines(String text, float x, float y, float width, float size, boolean bold, float spacing) {
        for (String part : wrap(text, width, size, spacing)) {
            run(part, x, y + size * ASCENT, size, bold, spacing, size * 1.4f);
            y += size * 1.4f;
        }
        return y;
    }

    private float paragraphLines(String text, float x, float y, float width, boolean bold) {
        return lines(text, x, y, width, body, bold, 0) + leading * 0.3f;
    }

    private List<String> wrap(String text, float width, float size, float spacing) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start;
            float used = 0;
            while (end < text.length() && used + charWidth(text.charAt(end), size) <= width + 0.01f) {
                used += charWidth(text.charAt(end), size) + spacing;
                end++;
            }
            end = Math.max(end, start + 1);
            if (end < text.length() && end > start + 1 && NO_LINE_START.indexOf(text.charAt(end)) >= 0) {
                end--;
            }
            parts.add(text.substring(start, end));
            start = end;
        }
        return parts;
    }

    private void run(String text, float x, float baseline, float size, boolean bold, float spacing) {
        run(text, x, baseline, size, bold, spacing, size);
    }

    /**
     * A run of text on a line {@code pitch} below the one before: an item's run counts in the item's area as
     * set, its leading shared out above and below it, as a layout program's text frame holds it.
     */
    private void run(String text, float x, float baseline, float size, boolean bold, float spacing, float pitch) {
        runs.add(new Run(text, x, baseline, size, bold, spacing));
        if (owner != null) {
            float half = Math.max(0, pitch - size) / 2;
            Rect box = new Rect(x, baseline - ASCENT * size - half, textWidth(text, size) + spacing * (text.length() - 1),
                    size + 2 * half);
            texts.computeIfAbsent(owner, d -> new java.util.TreeMap<>()).merge(group, box, PdfTypesetter::union);
        }
    }

    /**
     * Each item's area, as a reader would outline it: the block it was set in (its frame when it is boxed),
     * the white under a short column included, as a page's article boxes are drawn; an item with a photo
     * inset in its columns, whose block is not its own, has its picture and the bounds of its head, its
     * caption and each column of its body.
     */
    private Map<Draft, List<Rect>> regions() {
        Map<Draft, List<Rect>> regions = new IdentityHashMap<>();
        texts.forEach((item, parts) -> regions.put(item, new ArrayList<>(parts.values())));
        pictures.forEach((item, picture) -> regions.computeIfAbsent(item, d -> new ArrayList<>()).add(0, picture));
        modules.forEach((item, module) -> regions.put(item, new ArrayList<>(List.of(module))));
        frames.forEach((item, frame) -> regions.put(item, new ArrayList<>(List.of(frame))));
        return regions;
    }

    private static Rect union(Rect a, Rect b) {
        float x = Math.min(a.x(), b.x());
        float y = Math.min(a.y(), b.y());
        return new Rect(x, y, Math.max(a.x() + a.width(), b.x() + b.width()) - x,
                Math.max(a.y() + a.height(), b.y() + b.height()) - y);
    }

    private float textWidth(String text, float size) {
        float width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += charWidth(text.charAt(i), size);
        }
        return width;
    }

    private float charWidth(char c, float size) {
        Float units = widths.get(c);
        if (units == null) {
            try {
                units = pdfFont.getStringWidth(String.valueOf(c));
            } catch (IOException | IllegalArgumentException e) {
                units = 1000f;
            }
            widths.put(c, units);
        }
        return units / 1000 * size;
    }

    private void draw(PDDocument document, PDPage page) throws IOException {
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.setLineWidth(0.6f);
            for (float[] rule : rules) {
                content.moveTo(rule[0], height - rule[1]);
                content.lineTo(rule[2], height - rule[3]);
                content.stroke();
            }
            for (Rect box : boxes) {
                content.addRect(box.x(), height - box.y() - box.height(), box.width(), box.height());
                content.stroke();
            }
            if (!images.isEmpty()) {
                PDImageXObject picture = LosslessFactory.createFromImage(document, picture());
                for (Rect image : images) {
                    content.drawImage(picture, image.x(), height - image.y() - image.height(), image.width(),
                            image.height());
                }
            }
            for (Run run : runs) {
                content.beginText();
                content.setFont(pdfFont, run.size());
                content.setRenderingMode(run.bold() ? RenderingMode.FILL_STROKE : RenderingMode.FILL);
                if (run.bold()) {
                    content.setLineWidth(run.size() * 0.03f);
                }
                content.setCharacterSpacing(run.spacing());
                content.newLineAtOffset(run.x(), height - run.baseline());
                content.showText(run.text());
                content.endText();
            }
        }
    }

    /** A small grey-toned picture: the image's content does not matter, its place does. */
    private BufferedImage picture() {
        BufferedImage image = new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB);
        int tone = 80 + random.nextInt(120);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 48; x++) {
                int v = Math.min(255, tone + (x * 2 + y * 3) % 60);
                image.setRGB(x, y, v << 16 | v << 8 | v);
            }
        }
        return image;
    }
}
