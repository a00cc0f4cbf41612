package org.masthead.alto;

import org.masthead.model.Box;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.ItemKind;
import org.masthead.model.Masthead;
import org.masthead.model.Page;
import org.masthead.model.PageSize;
import org.masthead.model.Region;
import org.masthead.model.Section;
import org.masthead.model.TextLine;
import org.masthead.model.TextRange;
import org.masthead.model.Unit;
import org.masthead.model.Warning;

/**
 * Between library METS/ALTO and the {@link Edition} model, both ways. Reading: the METS's logical articles
 * when it has them (an article on several pages becomes one item per page, linked as a jump, as the
 * archive stitches them), else items from {@link BlockGrouping}. Writing: per page an ALTO with one
 * ComposedBlock per item region holding a TextBlock for the heading and one per paragraph, and a METS
 * whose logical articles point at those regions, across pages for jumped articles.
 *
 * <p>Coordinates: ALTO in pixels stays in pixels; inch1200 and mm10 become PDF points; points are
 * written back as inch1200, so nothing is lost but rounding to 1/100 of a unit.
 */
public final class AltoEditions {
    private static final double POINTS_PER_INCH = 72;

    private AltoEditions() {
    }

    // ---------------------------------------------------------------- reading

    /** The edition an issue METS and its pages' ALTO (null where a page has none) describe. */
    public static Edition read(MetsIssue issue, List<AltoPage> altos) {
        List<Warning> warnings = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        Map<Integer, List<Item>> itemsByPage = new LinkedHashMap<>();
        for (int i = 0; i < issue.pages().size(); i++) {
            itemsByPage.put(i, new ArrayList<>());
        }
        if (!issue.articles().isEmpty()) {
            readArticles(issue, altos, itemsByPage);
        } else {
            for (int i = 0; i < altos.size(); i++) {
                if (altos.get(i) != null) {
                    itemsByPage.get(i).addAll(grouped(issue.pages().get(i).number(), altos.get(i)));
                }
            }
        }
        for (int i = 0; i < issue.pages().size(); i++) {
            MetsIssue.PageFiles files = issue.pages().get(i);
            AltoPage alto = altos.get(i);
            Page page = new Page(files.number(), null, List.of(), itemsByPage.get(i));
            if (alto == null) {
                warnings.add(new Warning("page-text-missing", "page " + files.number() + ": the METS names no "
                        + "readable ALTO" + (files.alto() == null ? "" : " (" + files.alto().getFileName() + ")")));
            } else {
                page = sized(page, alto);
                if (page.size() != null && files.image() != null && Files.isRegularFile(files.image())) {
                    // The scan, named as a file: ingest keeps it as an original and names it by its hash.
                    page = page.withGeometry(page.size(), files.image().toUri().toString());
                }
            }
            pages.add(page);
        }
        Masthead masthead = Masthead.builder().title(issue.title()).date(issue.date())
                .issueNumber(number(issue.issueNumber())).pageCount(issue.pages().size()).build();
        return new Edition(masthead, warnings, pages);
    }

    /** One ALTO page read on its own (no METS): its items from {@link BlockGrouping}. */
    public static Page page(int number, AltoPage alto) {
        return sized(new Page(number, null, List.of(), grouped(number, alto)), alto);
    }

    private static Page sized(Page page, AltoPage alto) {
        if (alto.width() <= 0 || alto.height() <= 0) {
            return page;
        }
        Scale scale = Scale.of(alto.unit());
        Box size = scale.box(new Box(0, 0, alto.width(), alto.height()));
        return page.withGeometry(new PageSize(size.width(), size.height(), scale.unit), null);
    }

    private static Integer number(String printed) {
        if (printed == null) {
            return null;
        }
        String digits = printed.replaceAll("[^0-9]", "");
        return digits.isEmpty() || digits.length() > 9 ? null : Integer.valueOf(digits);
    }

    /** ALTO units as model units: pixels stay pixels, physical units become points. */
    private record Scale(double factor, Unit unit) {
        static Scale of(MeasurementUnit unit) {
            return switch (unit) {
                case PIXEL -> new Scale(1, Unit.PIXEL);
                case INCH1200 -> new Scale(POINTS_PER_INCH / 1200, Unit.POINT);
                case MM10 -> new Scale(POINTS_PER_INCH / 254, Unit.POINT);
            };
        }

        Box box(Box box) {
            return Boxes.scaled(box, factor);
        }
    }

    /** Collects an item's text, lines and regions on one page. */
    private static final class ItemText {
        final int page;
        final Scale scale;
        String headline;
        final List<String> paragraphs = new ArrayList<>();
        final List<TextLine> lines = new ArrayList<>();
        final List<Region> regions = new ArrayList<>();
        /** Whether the last line added ends in a word hyphenated onto the next. */
        boolean carriedHyphen;

        ItemText(int page, Scale scale) {
            this.page = page;
            this.scale = scale;
        }

        void region(Box box) {
            if (box != null) {
                regions.add(new Region(page, scale.box(box), List.of()));
            }
        }

        void headline(List<AltoPage.Line> heading) {
            Lines.Joined joined = Lines.join(heading);
            headline = joined.text();
            add(heading, joined, TextRange.Part.HEADLINE, 0);
        }

        /** Adds lines as a new paragraph, or to the last one when {@code carryOn}. */
        void paragraph(List<AltoPage.Line> text, boolean carryOn) {
            Lines.Joined joined = Lines.join(text);
            if (carryOn && !paragraphs.isEmpty()) {
                int last = paragraphs.size() - 1;
                String before = paragraphs.get(last);
                String glue = before.isEmpty() || joined.text().isEmpty() || carriedHyphen ? "" : " ";
                paragraphs.set(last, before + glue + joined.text());
                int shift = before.length() + glue.length();
                List<int[]> shifted = joined.ranges().stream().map(r -> new int[] {r[0] + shift, r[1] + shift}).toList();
                add(text, new Lines.Joined(joined.text(), shifted), TextRange.Part.PARAGRAPH, last);
            } else {
                paragraphs.add(joined.text());
                add(text, joined, TextRange.Part.PARAGRAPH, paragraphs.size() - 1);
            }
        }

        private void add(List<AltoPage.Line> text, Lines.Joined joined, TextRange.Part part, int index) {
            carriedHyphen = !text.isEmpty() && text.get(text.size() - 1).hyphenated();
            for (int i = 0; i < text.size(); i++) {
                Box box = text.get(i).box();
                if (box != null) {
                    int[] range = joined.ranges().get(i);
                    lines.add(new TextLine(page, scale.box(box), new TextRange(part, index, range[0], range[1])));
                }
            }
        }

        Item.Builder item() {
            return Item.builder().kind(ItemKind.ARTICLE).headline(headline)
                    .sections(paragraphs.isEmpty() ? List.of() : List.of(new Section(null, paragraphs)))
                    .regions(regions).lines(lines);
        }
    }

    private static List<Item> grouped(int pageNumber, AltoPage alto) {
        Scale scale = Scale.of(alto.unit());
        List<Item> items = new ArrayList<>();
        for (BlockGrouping.Group group : BlockGrouping.group(alto)) {
            ItemText text = new ItemText(pageNumber, scale);
            if (!group.heading().isEmpty()) {
                text.headline(group.heading());
                text.region(union(group.heading()));
            }
            for (BlockGrouping.Part part : group.body()) {
                text.paragraph(part.lines(), false);
                text.region(part.box());
            }
            items.add(text.item().build());
        }
        return items;
    }

    private static void readArticles(MetsIssue issue, List<AltoPage> altos, Map<Integer, List<Item>> itemsByPage) {
        for (MetsIssue.Article article : issue.articles()) {
            Map<Integer, List<String>> areasByPage = new LinkedHashMap<>();
            for (MetsIssue.Area area : article.areas()) {
                areasByPage.computeIfAbsent(area.page(), p -> new ArrayList<>()).add(area.blockId());
            }
            List<Integer> pageIndexes = new ArrayList<>(areasByPage.keySet());
            for (int part = 0; part < pageIndexes.size(); part++) {
                int index = pageIndexes.get(part);
                AltoPage alto = altos.get(index);
                if (alto == null) {
                    continue;
                }
                int number = issue.pages().get(index).number();
                ItemText text = new ItemText(number, Scale.of(alto.unit()));
                text.headline = article.title();
                String carried = null;
                for (String id : areasByPage.get(index)) {
                    AltoPage.Block area = block(alto, id);
                    if (area == null) {
                        continue;
                    }
                    text.region(area.box());
                    List<AltoPage.Block> blocks = area.kind() == AltoPage.BlockKind.COMPOSED
                            ? alto.blocks().stream().filter(b -> id.equals(b.parent())
                                    && b.kind() == AltoPage.BlockKind.TEXT).toList()
                            : List.of(area);
                    for (AltoPage.Block block : blocks) {
                        if (block.lines().isEmpty()) {
                            continue;
                        }
                        if (article.title() != null && text.paragraphs.isEmpty() && text.lines.isEmpty()
                                && same(Lines.join(block.lines()).text(), article.title())) {
                            text.headline(block.lines());
                            text.headline = article.title();
                        } else {
                            text.paragraph(block.lines(), block.id() != null && block.id().equals(carried));
                        }
                        carried = block.next();
                    }
                }
                Item.Builder item = text.item();
                if (part > 0) {
                    item.continuedFrom(issue.pages().get(pageIndexes.get(part - 1)).number());
                }
                if (part + 1 < pageIndexes.size()) {
                    item.continuedOn(issue.pages().get(pageIndexes.get(part + 1)).number());
                }
                itemsByPage.get(index).add(item.build());
            }
        }
    }

    private static boolean same(String a, String b) {
        return a.replaceAll("\\s+", "").equals(b.replaceAll("\\s+", ""));
    }

    private static AltoPage.Block block(AltoPage alto, String id) {
        return alto.blocks().stream().filter(b -> id.equals(b.id())).findFirst().orElse(null);
    }

    // ---------------------------------------------------------------- writing

    /** An edition as ALTO pages (in the edition's page order) and METS articles pointing into them. */
    public record Written(List<AltoPage> pages, List<MetsIssue.Article> articles) {
    }

    /** The edition as ALTO 4 pages and logical articles, jumped articles as one article across pages. */
    public static Written write(Edition edition) {
        List<AltoPage> altos = new ArrayList<>();
        Map<Item, List<MetsIssue.Area>> areas = new java.util.IdentityHashMap<>();
        for (int p = 0; p < edition.pages().size(); p++) {
            Page page = edition.pages().get(p);
            boolean sized = page.size() != null;
            double factor = sized && page.size().unit() == Unit.POINT ? 1200 / POINTS_PER_INCH : 1;
            MeasurementUnit unit = sized && page.size().unit() == Unit.POINT ? MeasurementUnit.INCH1200
                    : MeasurementUnit.PIXEL;
            List<AltoPage.Block> blocks = new ArrayList<>();
            for (int k = 0; k < page.items().size(); k++) {
                Item item = page.items().get(k);
                List<String> ids = itemBlocks(item, page.number(), "P" + page.number() + "_I" + (k + 1), factor,
                        blocks);
                List<MetsIssue.Area> itemAreas = new ArrayList<>();
                for (String id : ids) {
                    itemAreas.add(new MetsIssue.Area(p, id));
                }
                areas.put(item, itemAreas);
            }
            altos.add(new AltoPage(4, unit, sized ? page.size().width() * factor : 0,
                    sized ? page.size().height() * factor : 0, blocks));
        }
        return new Written(altos, articles(edition, areas));
    }

    /** Writes one item's blocks on its page into {@code blocks}; returns the ids of its ComposedBlocks. */
    private static List<String> itemBlocks(Item item, int page, String base, double factor,
                                           List<AltoPage.Block> blocks) {
        List<Region> regions = item.regions().stream().filter(r -> r.page() == page).toList();
        List<TextLine> lines = item.lines().stream().filter(l -> l.page() == page).toList();
        List<String> composed = new ArrayList<>();
        int count = Math.max(1, regions.size());
        List<List<TextLine>> linesOf = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            linesOf.add(new ArrayList<>());
        }
        // Lines go to regions in reading order, never back to an earlier region, so overlapping region
        // boxes cannot shuffle a paragraph's lines.
        int region = 0;
        for (TextLine line : lines) {
            for (int r = region; r < regions.size(); r++) {
                if (contains(regions.get(r).box(), line.box())) {
                    region = r;
                    break;
                }
            }
            linesOf.get(region).add(line);
        }
        // Which block each paragraph was last written to, so a paragraph carried into the next region
        // names its continuation with IDNEXT.
        Map<Integer, Integer> lastBlockOf = new java.util.HashMap<>();
        for (int r = 0; r < count; r++) {
            String id = base + "_R" + (r + 1);
            composed.add(id);
            Box regionBox = regions.isEmpty() ? null : Boxes.scaled(regions.get(r).box(), factor);
            blocks.add(new AltoPage.Block(id, AltoPage.BlockKind.COMPOSED, regionBox, List.of(), null, null));
            if (lines.isEmpty()) {
                textOnly(item, id, blocks);
                continue;
            }
            Map<String, List<TextLine>> byPart = new LinkedHashMap<>();
            for (TextLine line : linesOf.get(r)) {
                TextRange range = line.text();
                String key = range.part() == TextRange.Part.PARAGRAPH ? "P" + range.index()
                        : range.part().name().substring(0, 1) + range.index();
                byPart.computeIfAbsent(key, x -> new ArrayList<>()).add(line);
            }
            for (Map.Entry<String, List<TextLine>> part : byPart.entrySet()) {
                List<AltoPage.Line> altoLines = new ArrayList<>();
                for (TextLine line : part.getValue()) {
                    Box box = Boxes.scaled(line.box(), factor);
                    String text = line.text().of(item);
                    altoLines.add(new AltoPage.Line(box, Lines.words(text, box), runsOn(item, line, lines), 0));
                }
                String blockId = id + "_" + part.getKey();
                if (part.getKey().startsWith("P")) {
                    int paragraph = Integer.parseInt(part.getKey().substring(1));
                    Integer previous = lastBlockOf.put(paragraph, blocks.size());
                    if (previous != null) {
                        AltoPage.Block before = blocks.get(previous);
                        blocks.set(previous, new AltoPage.Block(before.id(), before.kind(), before.box(),
                                before.lines(), before.parent(), blockId));
                    }
                }
                blocks.add(new AltoPage.Block(blockId, AltoPage.BlockKind.TEXT, union(altoLines), altoLines, id, null));
            }
        }
        return composed;
    }

    /**
     * Whether the text of {@code line} runs straight on into the next line of its paragraph with no space
     * between (a word hyphenated across lines), so the ALTO marks it as hyphenated. Between CJK
     * characters there is never a space, so that is no hyphenation.
     */
    private static boolean runsOn(Item item, TextLine line, List<TextLine> lines) {
        TextRange range = line.text();
        for (TextLine other : lines) {
            TextRange next = other.text();
            if (next.part() == range.part() && next.index() == range.index() && next.start() == range.end()
                    && range.end() > range.start()) {
                String text = range.of(item);
                String after = next.of(item);
                return !after.isEmpty() && !Lines.cjk(text.codePointBefore(text.length()))
                        && !Lines.cjk(after.codePointAt(0));
            }
        }
        return false;
    }

    /** An item without layout: its headline and paragraphs as blocks without positions. */
    private static void textOnly(Item item, String id, List<AltoPage.Block> blocks) {
        if (item.headline() != null) {
            blocks.add(new AltoPage.Block(id + "_H0", AltoPage.BlockKind.TEXT, null, List.of(
                    new AltoPage.Line(null, Lines.words(item.headline(), null), false, 0)), id, null));
        }
        List<String> paragraphs = item.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            blocks.add(new AltoPage.Block(id + "_P" + i, AltoPage.BlockKind.TEXT, null, List.of(
                    new AltoPage.Line(null, Lines.words(paragraphs.get(i), null), false, 0)), id, null));
        }
    }

    private static boolean contains(Box region, Box line) {
        double cx = line.x() + line.width() / 2;
        double cy = line.y() + line.height() / 2;
        return cx >= region.x() && cx <= region.x() + region.width() && cy >= region.y()
                && cy <= region.y() + region.height();
    }

    private static Box union(List<AltoPage.Line> lines) {
        Box box = null;
        for (AltoPage.Line line : lines) {
            box = Boxes.union(box, line.box());
        }
        return box;
    }

    /** Items linked by jumps become one article whose areas run across pages. */
    private static List<MetsIssue.Article> articles(Edition edition, Map<Item, List<MetsIssue.Area>> areas) {
        Map<Item, Integer> pageOf = new java.util.IdentityHashMap<>();
        for (Page page : edition.pages()) {
            page.items().forEach(item -> pageOf.put(item, page.number()));
        }
        java.util.Set<Item> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<MetsIssue.Article> articles = new ArrayList<>();
        for (Page page : edition.pages()) {
            for (Item item : page.items()) {
                if (taken.contains(item)) {
                    continue;
                }
                List<MetsIssue.Area> chain = new ArrayList<>(areas.get(item));
                taken.add(item);
                Item at = item;
                while (at.continuedOn() != null) {
                    Item from = at;
                    Item next = edition.pages().stream().filter(p -> p.number() == from.continuedOn())
                            .flatMap(p -> p.items().stream())
                            .filter(i -> !taken.contains(i) && i.continuedFrom() != null
                                    && i.continuedFrom() == pageOf.get(from))
                            .findFirst().orElse(null);
                    if (next == null) {
                        break;
                    }
                    taken.add(next);
                    chain.addAll(areas.get(next));
                    at = next;
                }
                articles.add(new MetsIssue.Article(item.id() != null ? "ARTICLE_" + item.id().replaceAll("[^A-Za-z0-9_.-]", "_")
                        : "ARTICLE_" + (articles.size() + 1), item.headline(), chain));
            }
        }
        return articles;
    }
}
