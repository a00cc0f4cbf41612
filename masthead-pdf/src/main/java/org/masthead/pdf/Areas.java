package org.masthead.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fourth stage: blocks into the page's zones and its items' areas, from geometry alone.
 * <ol>
 * <li>The head is what stands above the first rule across the page near its top (masthead or running
 * header); the foot is what stands below the last such rule near its bottom (editors' line).</li>
 * <li>A picture with the blocks right under it, within its width, is a photo and its caption.</li>
 * <li>A frame (a stroked rectangle) holds one area: boxed commentary, a teaser box.</li>
 * <li>Headlines (type well above body size) anchor the other areas, with the kicker right above and the
 * subtitle right below. A headline's reach widens to the columns whose text starts right under it.</li>
 * <li>Every other block belongs to the nearest headline above that reaches over it with no rule between:
 * this follows L-shaped and stepped articles and headlines spanning several columns.</li>
 * <li>Inside an area, text is read column by column; a paragraph starts at an indented line, or after a
 * short line that ends a sentence; a short line of body size, bold or in another face than the running
 * text, is a section heading.</li>
 * </ol>
 */
final class Areas {
    /** Headlines are set in display type. */
    private static final float HEADLINE = Blocks.DISPLAY;
    /** Marks that end a clause: a byline or dateline holds none. */
    private static final java.util.regex.Pattern CLAUSE_MARK = java.util.regex.Pattern.compile("[，。；：、]");
    /** Rules this wide a share of the page divide head and foot from the body. */
    private static final float WIDE_RULE = 0.6f;

    private final PageMarks.Marks marks;
    private final float body;
    private final List<TextBlock> remaining;
    /** The blocks set as headlines. */
    private final java.util.Set<TextBlock> headlines = new java.util.HashSet<>();
    /** Line pitch over type size of the page's running text ({@link #set}). */
    private final float bodyPitch;

    private Areas(PageMarks.Marks marks, List<TextBlock> blocks, float body) {
        this.marks = marks;
        this.body = body;
        this.remaining = new ArrayList<>(blocks);
        this.bodyPitch = bodyPitch(blocks, body);
        for (TextBlock block : blocks) {
            if (setAsHeadline(block, blocks)) {
                headlines.add(block);
            }
        }
    }

    /**
     * Display type heads an item; title type does unless it stands in running text (a large section heading). A
     * brief's head may be set a little above body size: on a line or two at the top of its column, right under a
     * rule across it, or in bold level with a headline beside it (a row of items starts there). A subhead that
     * size stands in running text, or tops a column under its article's head.
     */
    private boolean setAsHeadline(TextBlock block, List<TextBlock> blocks) {
        return block.size() >= body * HEADLINE || block.size() >= body * Blocks.TITLE && !inRunningText(block, blocks)
                || block.size() >= body * Blocks.BRIEF_HEAD && block.lines().size() <= 2 && atColumnTop(block, blocks)
                        && (block.bold() && startsRow(block, blocks) || underRule(block));
    }

    /**
     * Whether smaller text of its column ends right above the block: title type inside running text (a large
     * section heading), not an item's headline, which stands under a rule, a gap, or another headline.
     */
    private boolean inRunningText(TextBlock block, List<TextBlock> blocks) {
        return above(block, blocks, 1.5f).anyMatch(other -> other.size() < body * Blocks.TITLE);
    }

    /** Whether no text of its column stands within three lines above the block. */
    private boolean atColumnTop(TextBlock block, List<TextBlock> blocks) {
        return above(block, blocks, 3).findAny().isEmpty();
    }

    /**
     * The blocks of the block's column that end within {@code lines} of its type size above it, no rule between
     * (a running head over its rule is not the column's text).
     */
    private java.util.stream.Stream<TextBlock> above(TextBlock block, List<TextBlock> blocks, float lines) {
        return blocks.stream().filter(other -> {
            float gap = block.box().y() - other.box().bottom();
            return other != block && gap > -1 && gap < block.size() * lines
                    && other.box().overlapX(block.box()) > 0.5f * Math.min(other.box().width(), block.box().width())
                    && !Blocks.ruleBetween(other.box(), block.box(), marks.rules());
        });
    }

    /** Whether a rule across the block stands right above it, within a few lines. */
    private boolean underRule(TextBlock block) {
        Box box = block.box();
        for (Box rule : marks.rules()) {
            if (rule.height() < rule.width() && rule.bottom() <= box.y() + 1 && rule.y() >= box.y() - body * 4
                    && rule.overlapX(box) > box.width() * 0.5f) {
                return true;
            }
        }
        return false;
    }

    /** Whether a headline, at the top of its own column, starts level with the block beside it. */
    private boolean startsRow(TextBlock block, List<TextBlock> blocks) {
        for (TextBlock other : blocks) {
            if (other != block && other.size() >= body * Blocks.TITLE && Math.abs(other.box().y() - block.box().y()) < body * 0.6f
                    && other.box().overlapX(block.box()) <= 0 && atColumnTop(other, blocks)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The block as set: its lines' boxes with their leading shared out above the first line and below the last,
     * as a layout program's text frame holds them. So an item's area takes in the leading round its text, and
     * the areas of items set one under another meet without a strip that is neither's. A block of one line
     * takes the running text's leading for its size.
     */
    private Box set(TextBlock block) {
        float pitch = block.lines().size() > 1 ? pitch(block) : block.size() * bodyPitch;
        // Leading wider than the type is a gap the block finder bridged, not leading: at most a type size counts.
        float half = Math.max(0, Math.min(pitch - block.size(), block.size())) / 2;
        Box box = block.box();
        return new Box(box.x(), box.y() - half, box.width(), box.height() + 2 * half);
    }

    /** How far apart a block of two lines or more sets its lines, baseline to baseline on average. */
    private static float pitch(TextBlock block) {
        List<TextLine> lines = block.lines();
        return (lines.get(lines.size() - 1).box().y() - lines.get(0).box().y()) / (lines.size() - 1);
    }

    /** The median line pitch over type size of the blocks of two lines or more set in body type. */
    private static float bodyPitch(List<TextBlock> blocks, float body) {
        List<Float> pitches = new ArrayList<>();
        for (TextBlock block : blocks) {
            if (block.lines().size() > 1 && Math.abs(block.size() - body) < body * 0.1f) {
                pitches.add(pitch(block) / block.size());
            }
        }
        if (pitches.isEmpty()) {
            return 1;
        }
        pitches.sort(null);
        return pitches.get(pitches.size() / 2);
    }

    private boolean isHeadline(TextBlock block) {
        return headlines.contains(block);
    }

    static PageLayout of(PageMarks.Marks marks, List<TextBlock> blocks, float body) {
        return new Areas(marks, blocks, body).layout();
    }

    private PageLayout layout() {
        List<TextBlock> head = zone(true);
        List<TextBlock> foot = zone(false);
        List<Area> areas = new ArrayList<>();
        List<Float> tops = new ArrayList<>();
        for (Box image : pictures()) {
            photo(image, areas, tops);
        }
        List<Box> photos = new ArrayList<>();
        for (Area area : areas) {
            photos.add(Box.around(area.region()));
        }
        List<Box> frames = new ArrayList<>(marks.frames());
        frames.sort(Comparator.comparingDouble((Box b) -> -b.width() * b.height()));
        for (Box frame : frames) {
            List<TextBlock> inside = take(b -> frame.contains(b.box(), 2));
            if (!inside.isEmpty()) {
                // A frame round most of the page is decoration, not a box; one round a vertical line alone is a
                // column's label beside its headline (besideText).
                if (inside.size() > 40 || inside.size() == 1 && isVertical(inside.get(0))) {
                    remaining.addAll(inside);
                    continue;
                }
                areas.add(framed(inside, frame));
                tops.add(frame.y());
            }
        }
        headed(areas, tops, photos);
        // Reading order: by rows a couple of lines high, then left to right.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < areas.size(); i++) {
            order.add(i);
        }
        float row = body * 2;
        order.sort(Comparator.comparingInt((Integer i) -> Math.round(tops.get(i) / row))
                .thenComparingDouble(i -> areas.get(i).region().get(0).x()));
        List<Area> ordered = new ArrayList<>(areas.size());
        for (int i : order) {
            ordered.add(areas.get(i));
        }
        return new PageLayout(marks.width(), marks.height(), body, head, ordered, foot);
    }

    /**
     * The head (above the first wide rule in the top quarter) or the foot (below the last in the bottom). A
     * rule with no text beyond it is the page's border, not the divider.
     */
    private List<TextBlock> zone(boolean top) {
        Box divider = null;
        for (Box rule : marks.rules()) {
            if (rule.width() < marks.width() * WIDE_RULE || rule.height() > rule.width()
                    || remaining.stream().noneMatch(b -> beyond(b, rule, top))) {
                continue;
            }
            if (top && rule.y() < marks.height() * 0.25f && (divider == null || rule.y() < divider.y())) {
                divider = rule;
            } else if (!top && rule.y() > marks.height() * 0.8f && (divider == null || rule.y() > divider.y())) {
                divider = rule;
            }
        }
        if (divider == null) {
            return List.of();
        }
        Box line = divider;
        List<TextBlock> zone = take(b -> beyond(b, line, top));
        zone.sort(Comparator.comparingDouble((TextBlock b) -> b.box().y()).thenComparingDouble(b -> b.box().x()));
        return zone;
    }

    private static boolean beyond(TextBlock block, Box rule, boolean top) {
        return top ? block.box().bottom() <= rule.y() + 1 : block.box().y() >= rule.bottom() - 1;
    }

    /** Images, and filled areas with no text on them (a picture drawn as a tone), but not the page's ground. */
    private List<Box> pictures() {
        List<Box> pictures = new ArrayList<>(marks.images());
        for (Box fill : marks.fills()) {
            // A tone under most of the page is its background; a band across it may be a front page's photo.
            boolean bare = fill.width() < marks.width() * 0.9f || fill.height() < marks.height() * 0.5f;
            for (TextBlock block : remaining) {
                bare &= fill.overlapX(block.box()) <= 0 || fill.overlapY(block.box()) <= 0;
            }
            if (bare) {
                pictures.add(fill);
            }
        }
        return pictures;
    }

    /** A picture and its caption (with the credit) right under it, within its width. */
    private void photo(Box image, List<Area> areas, List<Float> tops) {
        List<TextBlock> caption = new ArrayList<>();
        float bottom = image.bottom();
        boolean found = true;
        while (found) {
            found = false;
            for (TextBlock block : remaining) {
                Box box = block.box();
                float gap = box.y() - bottom;
                if (gap > -block.size() * 0.5f && gap < block.size() * (caption.isEmpty() ? 2f : 1.2f)
                        && box.x() >= image.x() - block.size() && box.right() <= image.right() + block.size()
                        && !isHeadline(block) && block.lines().size() <= 6) {
                    caption.add(block);
                    bottom = box.bottom();
                    found = true;
                    break;
                }
            }
            remaining.removeAll(caption);
        }
        List<Area.Part> parts = new ArrayList<>();
        List<Box> region = new ArrayList<>();
        region.add(image);
        for (TextBlock block : caption) {
            parts.add(new Area.Part(Area.Role.CAPTION, block.lines()));
            region.add(set(block));
        }
        areas.add(new Area(parts, region));
        tops.add(image.y());
    }

    /** The headlines' areas, and areas of their own for text under no headline. */
    private void headed(List<Area> areas, List<Float> tops, List<Box> photos) {
        List<TextBlock> headlines = take(this::isHeadline);
        // The largest first: a smaller display line right above or below one is its kicker or subtitle.
        headlines.sort(Comparator.comparingDouble((TextBlock b) -> -b.size()));
        List<Head> heads = new ArrayList<>();
        while (!headlines.isEmpty()) {
            heads.add(head(headlines.remove(0), headlines, remaining));
        }
        heads.sort(Comparator.comparingDouble(h -> h.box().y()));
        besideText(heads);
        widen(heads, photos);
        raiseVertical(heads);
        Map<Head, List<TextBlock>> members = new LinkedHashMap<>();
        for (Head head : heads) {
            members.put(head, new ArrayList<>());
        }
        List<TextBlock> orphans = new ArrayList<>();
        for (TextBlock block : remaining) {
            Head owner = null;
            for (Head head : heads) {
                if (head.bottom() <= block.box().y() + block.size() * 0.5f && head.reaches(block.box())
                        && (owner == null || head.bottom() > owner.bottom())
                        && !Blocks.ruleBetween(head.box(), block.box(), marks.rules())) {
                    owner = head;
                }
            }
            if (owner == null) {
                orphans.add(block);
            } else {
                members.get(owner).add(block);
            }
        }
        remaining.clear();
        for (Head head : heads) {
            List<Area.Part> parts = new ArrayList<>();
            List<Box> region = new ArrayList<>();
            Box headBox = null;
            if (head.label != null) {
                parts.add(new Area.Part(Area.Role.KICKER, head.label.lines()));
                region.add(set(head.label));
            }
            for (TextBlock block : head.parts.keySet()) {
                parts.add(new Area.Part(head.parts.get(block), block.lines()));
                headBox = headBox == null ? set(block) : headBox.union(set(block));
            }
            Area text = text(members.get(head), List.of());
            // A headline is centred over its item, a vertical one stands at its side.
            region.add(text.region().isEmpty() || head.top != null ? headBox
                    : centredOver(headBox, Box.around(text.region())));
            parts.addAll(text.parts());
            region.addAll(text.region());
            areas.add(new Area(parts, region));
            tops.add(headBox.y());
        }
        for (TextBlock orphan : orphans) {
            Area area = text(List.of(orphan), List.of());
            areas.add(area);
            tops.add(orphan.box().y());
        }
    }

    /** A headline with the kicker above it and the subtitle below, and how far its article reaches across. */
    private final class Head {
        final Map<TextBlock, Area.Role> parts = new LinkedHashMap<>();
        float left;
        float right;
        /** Set vertically (竖题) beside its text, which it heads from this height down (its own or its text's top). */
        Float top;
        /** A column's label set vertically beside the headline (its kicker), which takes no room above the text. */
        TextBlock label;

        /** The headline's type size. */
        float size() {
            for (Map.Entry<TextBlock, Area.Role> part : parts.entrySet()) {
                if (part.getValue() == Area.Role.HEADLINE) {
                    return part.getKey().size();
                }
            }
            return 0;
        }

        Box box() {
            Box box = null;
            for (TextBlock block : parts.keySet()) {
                box = box == null ? block.box() : box.union(block.box());
            }
            return box;
        }

        float bottom() {
            return top != null ? top : box().bottom();
        }

        boolean reaches(Box box) {
            float overlap = Math.min(right, box.right()) - Math.max(left, box.x());
            return overlap > Math.min(box.width(), right - left) * 0.5f;
        }
    }

    /** A framed area (boxed commentary, a teaser box): its head as {@link #head} finds it, then its text. */
    private Area framed(List<TextBlock> inside, Box frame) {
        TextBlock largest = null;
        for (TextBlock block : inside) {
            if (isHeadline(block) && (largest == null || block.size() > largest.size())) {
                largest = block;
            }
        }
        if (largest == null) {
            return text(inside, List.of(frame));
        }
        List<TextBlock> rest = new ArrayList<>(inside);
        rest.remove(largest);
        List<Area.Part> parts = new ArrayList<>();
        head(largest, rest, rest).parts.forEach((block, role) -> parts.add(new Area.Part(role, block.lines())));
        parts.addAll(text(rest, List.of(frame)).parts());
        return new Area(parts, List.of(frame));
    }

    /** The headline's head: kicker and subtitle from the smaller headlines, or else from the other blocks. */
    private Head head(TextBlock headline, List<TextBlock> smallerHeadlines, List<TextBlock> others) {
        Head head = new Head();
        TextBlock kicker = neighbour(headline, true, smallerHeadlines);
        if (kicker == null) {
            kicker = neighbour(headline, true, others);
        }
        if (kicker != null) {
            head.parts.put(kicker, Area.Role.KICKER);
        }
        head.parts.put(headline, Area.Role.HEADLINE);
        TextBlock subtitle = neighbour(headline, false, smallerHeadlines);
        if (subtitle == null) {
            subtitle = neighbour(headline, false, others);
        }
        if (subtitle != null) {
            head.parts.put(subtitle, Area.Role.SUBTITLE);
        }
        Box box = head.box();
        head.left = box.x();
        head.right = box.right();
        return head;
    }

    /**
     * The kicker right above a headline or the subtitle right below: one or two short lines, smaller than
     * it, centred on it or aligned with it, not a sentence; a subtitle may open with a dash.
     */
    private TextBlock neighbour(TextBlock headline, boolean above, List<TextBlock> pool) {
        for (TextBlock block : pool) {
            Box box = block.box();
            float gap = above ? headline.box().y() - box.bottom() : box.y() - headline.box().bottom();
            if (gap < -2 || gap > block.size() * 1.2f || block.lines().size() > 2 || block.size() >= headline.size()
                    || block.size() < body * 0.9f || box.overlapX(headline.box()) < 0.5f * Math.min(box.width(),
                    headline.box().width())) {
                continue;
            }
            boolean aligned = Math.abs(box.centreX() - headline.box().centreX()) < block.size() * 2
                    || Math.abs(box.x() - headline.box().x()) < block.size();
            String text = block.text();
            char last = text.charAt(text.length() - 1);
            boolean sentence = last == '。' || last == '”' && text.length() > 30;
            boolean dash = text.startsWith("—") || text.startsWith("--");
            // Above a headline 记者 names a column (记者手记, 记者观察); below it, the reporters of a byline.
            boolean byline = !above && text.contains("记者") || text.startsWith("■") || text.startsWith("□");
            if (aligned && !sentence && !byline && (above || dash || block.size() > body * 1.05f)) {
                pool.remove(block);
                return withCentredLine(block, pool);
            }
        }
        return null;
    }

    /** The block with a short line centred right under it, in its size, taken in (a subtitle's last line). */
    private static TextBlock withCentredLine(TextBlock block, List<TextBlock> pool) {
        for (TextBlock next : pool) {
            Box box = next.box();
            if (next.lines().size() == 1 && Math.abs(next.size() - block.size()) < block.size() * 0.05f
                    && box.y() - block.box().bottom() < block.size() * 0.8f && box.y() > block.box().y()
                    && Math.abs(box.centreX() - block.box().centreX()) < block.size() * 2
                    && box.width() < block.box().width()) {
                pool.remove(next);
                List<TextLine> lines = new ArrayList<>(block.lines());
                lines.add(next.lines().get(0));
                return new TextBlock(lines, block.box().union(box), block.size(), block.bold());
            }
        }
        return block;
    }

    /**
     * Headlines set vertically (竖题: a character a line, one under another) head the text beside them, not under
     * them: the nearest column whose text stands level with the headline, a gap away on either side, from the top
     * of the two down ({@link #raiseVertical} takes it higher). A vertical line beside a horizontal headline that
     * stands on that side, level with its top and set no smaller, is that headline's kicker (a column's label:
     * 军营观察 boxed beside the head).
     */
    private void besideText(List<Head> heads) {
        for (Head head : new ArrayList<>(heads)) {
            TextBlock headline = head.parts.size() == 1 ? head.parts.keySet().iterator().next() : null;
            if (headline == null || !isVertical(headline)) {
                continue;
            }
            Box box = headline.box();
            TextBlock beside = null;
            float nearest = body * 3;
            for (TextBlock block : remaining) {
                Box other = block.box();
                float gap = Math.max(other.x() - box.right(), box.x() - other.right());
                if (gap >= 0 && gap < nearest && other.y() < box.bottom() && other.bottom() > box.y()) {
                    beside = block;
                    nearest = gap;
                }
            }
            if (beside == null) {
                continue;
            }
            boolean right = beside.box().x() >= box.right();
            Head labelled = null;
            for (Head other : heads) {
                Box its = other.box();
                if (other != head && other.top == null && other.size() >= headline.size() && its.y() < box.bottom()
                        && its.bottom() > box.y() - body && (right ? its.x() >= box.right() : its.right() <= box.x())
                        && (labelled == null || Math.abs(its.x() - box.x()) < Math.abs(labelled.box().x() - box.x()))) {
                    labelled = other;
                }
            }
            if (labelled != null) {
                labelled.label = headline;
                heads.remove(head);
            } else {
                head.top = Math.min(box.y(), beside.box().y());
                head.left = beside.box().x();
                head.right = beside.box().right();
            }
        }
    }

    /**
     * A vertical headline's text starts where the text of the columns it reaches does: a signature or a byline set
     * over them, higher than the headline's first character, is the headline's too.
     */
    private void raiseVertical(List<Head> heads) {
        for (Head head : heads) {
            if (head.top == null) {
                continue;
            }
            Box band = new Box(head.left, 0, head.right - head.left, 0);
            for (boolean raised = true; raised; ) {
                raised = false;
                for (TextBlock block : remaining) {
                    Box box = block.box();
                    float gap = head.top - box.bottom();
                    if (box.y() < head.top && gap >= -1 && gap < body * 1.5f
                            && box.overlapX(band) > 0.5f * Math.min(box.width(), band.width())) {
                        head.top = box.y();
                        raised = true;
                    }
                }
            }
        }
    }

    /** A character a line, one under another: text set vertically. */
    private static boolean isVertical(TextBlock block) {
        if (block.lines().size() < 2) {
            return false;
        }
        for (TextLine line : block.lines()) {
            if (line.text().strip().length() != 1 || Math.abs(line.x() - block.box().x()) > block.size() * 0.5f) {
                return false;
            }
        }
        return true;
    }

    /**
     * Widens the headlines' reach: each block or set-in photo that starts right under headlines (within a
     * few lines) and stands beside a reach goes to the nearest reach across, nearest pairs first, and widens
     * it, so an article reaches every column its text starts in under its headline, even when a short headline
     * is centred over a wide article: its reach grows column by column before a neighbour's takes its last.
     */
    private void widen(List<Head> heads, List<Box> photos) {
        List<Box> starts = new ArrayList<>(photos);
        List<Box> columnText = new ArrayList<>(photos);
        // Blocks whose first line is indented: their column opens a paragraph, as no column carrying text on does.
        Set<Box> opening = new HashSet<>();
        for (TextBlock block : remaining) {
            starts.add(block.box());
            if (block.lines().size() >= 3) {
                columnText.add(block.box());
            }
            if (block.lines().get(0).x() > block.box().x() + body) {
                opening.add(block.box());
            }
        }
        // A brief's head, set a size or so above body and no wider than a column, heads that column only (a short
        // headline in display type may stand over two).
        float column = columnText.isEmpty() ? 0 : columnText.stream().map(Box::width).sorted().toList()
                .get(columnText.size() / 2);
        Map<Head, List<Box>> under = new LinkedHashMap<>();
        for (Head head : heads) {
            boolean brief = head.right - head.left < column * 1.2f && head.size() < body * 1.5f;
            List<Box> boxes = new ArrayList<>();
            for (Box box : starts) {
                float below = box.y() - head.bottom();
                if (below >= -body && below <= body * 7 && !textAbove(box, head.bottom(), columnText)) {
                    boxes.add(box);
                }
            }
            if (brief) {
                // Unless its text was balanced over the columns beside: they start and end level with its own
                // (a head centred over an odd number of columns stands over the middle one alone).
                List<Box> own = boxes.stream().filter(box -> across(head, box) == 0).toList();
                boxes.removeIf(box -> across(head, box) > 0
                        && own.stream().noneMatch(mine -> balanced(mine, box, body, opening)));
            }
            under.put(head, boxes);
        }
        // A box its head stands centred over is its own as if under its reach, before a neighbour's near it. (A
        // vertical headline stands beside its text, centred over nothing.)
        Map<Head, Set<Box>> centred = new HashMap<>();
        for (Map.Entry<Head, List<Box>> entry : under.entrySet()) {
            Set<Box> boxes = new HashSet<>();
            for (Box box : entry.getKey().top != null ? List.<Box>of() : entry.getValue()) {
                if (centredOver(entry.getKey(), box, entry.getValue(), columnText, heads, photos)) {
                    boxes.add(box);
                }
            }
            centred.put(entry.getKey(), boxes);
        }
        Map<Box, Head> taken = new HashMap<>();
        Map<Head, List<Box>> columns = new LinkedHashMap<>();
        while (true) {
            Head nearest = null;
            Box closest = null;
            float distance = Float.MAX_VALUE;
            for (Map.Entry<Head, List<Box>> entry : under.entrySet()) {
                for (Box box : entry.getValue()) {
                    float across = centred.get(entry.getKey()).contains(box) ? 0 : across(entry.getKey(), box);
                    // Between two reaches a gutter apart, the column goes with those whose text starts level with it,
                    // and then with those it ends level with (an article's columns balanced to one foot).
                    List<Box> mine = columns.getOrDefault(entry.getKey(), List.of());
                    boolean startsLevel = mine.stream().anyMatch(c -> Math.abs(c.y() - box.y()) < 2);
                    boolean endsLevel = mine.stream().anyMatch(c -> Math.abs(c.bottom() - box.bottom()) < 2);
                    float apart = across + (startsLevel ? 0 : body * 0.5f) + (endsLevel ? 0 : body * 0.25f);
                    if (across < body * 3 && apart < distance && !taken.containsKey(box)
                            && !underOthers(box, entry.getKey(), taken)) {
                        nearest = entry.getKey();
                        closest = box;
                        distance = apart;
                    }
                }
            }
            if (nearest == null) {
                return;
            }
            taken.put(closest, nearest);
            columns.computeIfAbsent(nearest, head -> new ArrayList<>()).add(closest);
            nearest.left = Math.min(nearest.left, closest.x());
            nearest.right = Math.max(nearest.right, closest.right());
        }
    }

    /**
     * Whether two columns side by side hold one text balanced over them: they start level and end level, but for
     * the one to the right, which balancing may leave short (the last line or two) as long as it carries the text
     * on rather than opening a paragraph ({@code opening}: an indented first line, 本报讯 …).
     */
    private static boolean balanced(Box one, Box other, float body, Set<Box> opening) {
        Box left = one.x() < other.x() ? one : other;
        Box right = left == one ? other : one;
        return Math.abs(left.y() - right.y()) < 2 && (Math.abs(left.bottom() - right.bottom()) < body
                || right.bottom() < left.bottom() && !opening.contains(right));
    }

    /**
     * Whether the box goes on a column another head has taken the top of, under this head's foot: a column's
     * text under a subhead is its article's, however near another headline stands.
     */
    private static boolean underOthers(Box box, Head head, Map<Box, Head> taken) {
        for (Map.Entry<Box, Head> top : taken.entrySet()) {
            Box above = top.getKey();
            if (top.getValue() != head && above.bottom() <= box.y() + 1 && above.y() >= head.bottom() - 1
                    && above.overlapX(box) > 0.5f * Math.min(above.width(), box.width())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the head stands centred over the box's column and as much again beyond it, with no other head or
     * photo in that band: a wide article's headline over its first column, its last standing as far the other
     * way; or a short headline with no column of text under it, centred over an item whose text keeps to one side
     * (a poem's lines, flush left in a wide box). A head over its own column that leaves the box's mirror empty
     * stands over that column alone.
     */
    private boolean centredOver(Head head, Box box, List<Box> under, List<Box> columnText, List<Head> heads,
            List<Box> photos) {
        float centre = head.box().centreX();
        float left = Math.min(box.x(), 2 * centre - box.right());
        float right = Math.max(box.right(), 2 * centre - box.x());
        if (left < 0 || right > marks.width()) {
            return false;
        }
        Box band = new Box(left, head.box().y(), right - left, box.bottom() - head.box().y());
        for (Head other : heads) {
            if (other != head && band.overlapX(other.box()) > 0 && other.box().y() < band.bottom()
                    && other.bottom() > band.y()) {
                return false;
            }
        }
        if (photos.stream().anyMatch(photo -> band.overlapX(photo) > 0 && photo.y() < band.bottom()
                && photo.bottom() > band.y())) {
            return false;
        }
        Box mirror = new Box(2 * centre - box.right(), box.y(), box.width(), box.height());
        boolean balanced = under.stream().anyMatch(other -> other != box
                && other.overlapX(mirror) > 0.5f * Math.min(other.width(), mirror.width()));
        return balanced || under.stream().noneMatch(other -> across(head, other) == 0 && columnText.contains(other));
    }

    /** How far the box stands beside the head's reach; 0 when they overlap across. */
    private static float across(Head head, Box box) {
        return Math.max(0, Math.max(head.left - box.right(), box.x() - head.right));
    }

    /**
     * The head's band across its item: a headline is centred over its item, so where its text stands to one side
     * of the headline's centre (a brief's lines in the first columns under a head centred over the row), the
     * item reaches as far to the other.
     */
    private static Box centredOver(Box head, Box text) {
        float centre = head.centreX();
        float left = Math.min(head.x(), Math.min(text.x(), 2 * centre - text.right()));
        float right = Math.max(head.right(), Math.max(text.right(), 2 * centre - text.x()));
        return new Box(left, head.y(), right - left, head.height());
    }

    /** Whether column text stands between a headline's foot and the box (a heading inside a column). */
    private boolean textAbove(Box box, float headBottom, List<Box> columnText) {
        for (Box other : columnText) {
            if (other != box && other.bottom() <= box.y() + 1 && other.bottom() > headBottom - body
                    && other.overlapX(box) > 0.5f * Math.min(other.width(), box.width())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parts of an area's text: blocks in reading order (full-width lines under the head first, then
     * column by column, top to bottom), cut into section headings and paragraphs.
     */
    private Area text(List<TextBlock> blocks, List<Box> fixedRegion) {
        String face = bodyFace(blocks);
        List<TextBlock> sorted = splitHeadLines(blocks, face);
        Map<TextBlock, Integer> columns = columns(sorted);
        // A single line above the first text of every other column (a byline under the head) is read first.
        Map<Integer, Float> columnTops = new LinkedHashMap<>();
        for (TextBlock block : sorted) {
            columnTops.merge(columns.get(block), block.box().y(), Math::min);
        }
        Set<TextBlock> overColumns = new HashSet<>();
        for (TextBlock block : sorted) {
            int column = columns.get(block);
            if (column == 0 || block.lines().size() > 1 || columnTops.size() < 2) {
                continue;
            }
            boolean above = true;
            int others = 0;
            for (Map.Entry<Integer, Float> top : columnTops.entrySet()) {
                if (top.getKey() != column && top.getKey() != 0) {
                    others++;
                    above &= block.box().bottom() <= top.getValue() + 1;
                }
            }
            if (above && others > 0) {
                columns.put(block, 0);
            }
        }
        // A single line over every column (a byline across them, or moved there above) is read on its own.
        float firstColumnTop = Float.MAX_VALUE;
        for (TextBlock block : sorted) {
            firstColumnTop = columns.get(block) == 0 ? firstColumnTop : Math.min(firstColumnTop, block.box().y());
        }
        for (TextBlock block : sorted) {
            if (columns.get(block) == 0 && block.lines().size() == 1 && block.box().bottom() <= firstColumnTop + 1) {
                overColumns.add(block);
            }
        }
        sorted.sort(Comparator.comparingInt((TextBlock b) -> columns.get(b))
                .thenComparingDouble(b -> b.box().y()));
        List<Area.Part> parts = new ArrayList<>();
        Map<Integer, Box> regionByColumn = new LinkedHashMap<>();
        boolean indents = indents(sorted, columns);
        // Each block's column edges, from the lines of its column set in about its size.
        Map<TextBlock, float[]> edges = new java.util.HashMap<>();
        for (TextBlock block : sorted) {
            float[] edge = {Float.MAX_VALUE, 0};
            for (TextBlock other : sorted) {
                if (columns.get(other).equals(columns.get(block)) && Math.abs(other.size() - block.size()) < block.size() * 0.1f) {
                    for (TextLine line : other.lines()) {
                        edge[0] = Math.min(edge[0], line.x());
                        edge[1] = Math.max(edge[1], line.box().right());
                    }
                }
            }
            edges.put(block, edge);
        }
        Map<TextLine, List<TextLine>> subheads = indents ? subheads(sorted, edges, face) : Map.of();
        List<TextLine> paragraph = new ArrayList<>();
        float previousRight = 0;
        for (int b = 0; b < sorted.size(); b++) {
            TextBlock block = sorted.get(b);
            int column = columns.get(block);
            regionByColumn.merge(column, set(block), Box::union);
            if (isHeadline(block) || isHeading(block, face)) {
                flush(paragraph, parts);
                parts.add(new Area.Part(isHeadline(block) ? Area.Role.HEADLINE : Area.Role.HEADING,
                        block.lines()));
                continue;
            }
            float left = edges.get(block)[0];
            float right = edges.get(block)[1];
            for (TextLine line : block.lines()) {
                boolean indented = line.x() - left > line.size() * 1.2f;
                TextLine previous = paragraph.isEmpty() ? null : paragraph.get(paragraph.size() - 1);
                List<TextLine> subhead = subheads.get(line);
                if (subhead != null) {
                    if (subhead.get(0) == line) {
                        flush(paragraph, parts);
                        parts.add(new Area.Part(Area.Role.HEADING, subhead));
                    }
                    continue;
                }
                // Papers that do not indent mark a paragraph's end by its short last line (short of its own column).
                boolean afterShort = !indents && previous != null
                        && previous.box().right() < previousRight - previous.size() * 1.5f
                        && endsSentence(previous.text());
                if (indented || afterShort) {
                    flush(paragraph, parts);
                }
                paragraph.add(line);
                previousRight = right;
            }
            TextLine only = block.lines().get(0);
            TextBlock next = b + 1 < sorted.size() && columns.get(sorted.get(b + 1)) == column ? sorted.get(b + 1) : null;
            TextBlock after = b + 1 < sorted.size() ? sorted.get(b + 1) : null;
            // A byline or dateline, not a paragraph's indented first line set over the columns: shorter than a
            // column's line by more than an indent, and no clause in it.
            boolean shortOverColumns = overColumns.contains(block) && after != null && !CLAUSE_MARK.matcher(only.text()).find()
                    && only.box().width() < edges.get(after)[1] - edges.get(after)[0] - only.size() * 3;
            // The line under it: the next block's in its column, or at a column's foot the first of the next.
            TextBlock under = next != null ? next : after != null && columns.get(after) == column + 1 ? after : null;
            if (shortOverColumns || block.lines().size() == 1 && only.box().right() < right - only.size() * 1.2f
                    && !(under != null && brokenBefore(only, under.lines().get(0), right))) {
                // A short line standing alone (byline, credit), over the columns too, is a paragraph of its own.
                flush(paragraph, parts);
            }
        }
        flush(paragraph, parts);
        List<Box> region = fixedRegion.isEmpty() ? new ArrayList<>(regionByColumn.values()) : fixedRegion;
        return new Area(parts, region);
    }

    /**
     * A first line above the first text of every other column is no column's first line: a byline across
     * the columns, set in the width of one. It becomes a block of its own.
     */
    private List<TextBlock> splitHeadLines(List<TextBlock> blocks, String face) {
        Map<TextBlock, Integer> columns = columns(blocks);
        Map<Integer, Float> tops = new LinkedHashMap<>();
        for (TextBlock block : blocks) {
            tops.merge(columns.get(block), block.box().y(), Math::min);
        }
        List<TextBlock> split = new ArrayList<>(blocks.size() + 1);
        for (TextBlock block : blocks) {
            int column = columns.get(block);
            TextLine first = block.lines().get(0);
            boolean above = column != 0 && block.lines().size() > 1 && tops.size() > 1 && !isHeading(block, face);
            int others = 0;
            for (Map.Entry<Integer, Float> top : tops.entrySet()) {
                if (top.getKey() != column && top.getKey() != 0) {
                    others++;
                    above &= first.box().bottom() <= top.getValue() + 1;
                }
            }
            if (above && others > 0) {
                List<TextLine> rest = block.lines().subList(1, block.lines().size());
                split.add(new TextBlock(List.of(first), first.box(), first.size(), first.bold()));
                split.add(new TextBlock(rest, Box.around(rest.stream().map(TextLine::box).toList()), block.size(),
                        block.bold()));
            } else {
                split.add(block);
            }
        }
        return split;
    }

    /**
     * Subheads set like the text around them (same face and weight, as far as the PDF tells), each of its lines
     * to the whole subhead: in text that indents its paragraphs, a line or two flush with the column, not ending
     * a sentence, between a paragraph's end and an indented first line (atop the next column, maybe). A
     * paragraph's short last line ends its sentence; a subhead (一、…, ●…, “…”) does not. A one-line subhead is
     * short of the column's edge or set a size up from the text around it; a two-line one is set a size up.
     */
    private Map<TextLine, List<TextLine>> subheads(List<TextBlock> sorted, Map<TextBlock, float[]> edges, String face) {
        List<TextLine> reading = new ArrayList<>();
        Map<TextLine, float[]> lineEdges = new java.util.HashMap<>();
        Map<TextLine, List<TextLine>> subheads = new java.util.HashMap<>();
        for (TextBlock block : sorted) {
            if (isHeadline(block) || isHeading(block, face)) {
                reading.add(null); // no subhead right after a heading
                continue;
            }
            for (TextLine line : block.lines()) {
                reading.add(line);
                lineEdges.put(line, edges.get(block));
            }
        }
        for (int i = 1; i < reading.size(); i++) {
            TextLine previous = reading.get(i - 1);
            for (int length = 1; length <= 2 && i + length < reading.size(); length++) {
                List<TextLine> run = reading.subList(i, i + length);
                TextLine next = reading.get(i + length);
                if (previous != null && !run.contains(null) && next != null
                        && isSubhead(run, previous, next, lineEdges.get(run.get(0)), lineEdges.get(next))) {
                    run.forEach(line -> subheads.put(line, List.copyOf(run)));
                    break;
                }
            }
        }
        return subheads;
    }

    private boolean isSubhead(List<TextLine> run, TextLine previous, TextLine next, float[] edges, float[] nextEdges) {
        TextLine first = run.get(0);
        TextLine last = run.get(run.size() - 1);
        float size = first.size();
        boolean sizeUp = true;
        int length = 0;
        for (TextLine line : run) {
            sizeUp &= Math.abs(line.size() - size) < size * 0.03f && size > previous.size() * 1.03f
                    && size > next.size() * 1.03f;
            length += line.text().length();
        }
        boolean below = next.box().y() > last.box().y() || next.x() > last.box().right();
        return endsSentence(previous.text()) && !endsSentence(last.text())
                && first.x() - edges[0] <= size * 0.5f && (sizeUp || run.size() == 1 && first.box().right() < edges[1] - size * 1.5f)
                && next.x() - nextEdges[0] > next.size() * 1.2f && below && length <= 40 && size >= body * 0.95f;
    }

    /** Whether the text marks paragraphs by indenting their first lines (as Chinese papers do). */
    private boolean indents(List<TextBlock> blocks, Map<TextBlock, Integer> columns) {
        for (TextBlock block : blocks) {
            if (block.lines().size() < 2 || columns.get(block) == 0) {
                continue;
            }
            float left = Float.MAX_VALUE;
            for (TextLine line : block.lines()) {
                left = Math.min(left, line.x());
            }
            for (TextLine line : block.lines()) {
                if (line.x() - left > line.size() * 1.2f) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the text ends a sentence: a full stop, or a bracket; a closing quote only after a full stop (Chinese
     * sets 。 inside the quote: “……任务。”), since a quoted phrase alone (“坚持问题导向”) is a subhead or a title.
     */
    private static boolean endsSentence(String text) {
        String end = text.strip();
        while (!end.isEmpty() && "”」』".indexOf(end.charAt(end.length() - 1)) >= 0) {
            end = end.substring(0, end.length() - 1);
        }
        char last = end.isEmpty() ? ' ' : end.charAt(end.length() - 1);
        return "。！？；…）)".indexOf(last) >= 0;
    }

    /**
     * A section heading: a short line (or two) of about body size, set bold or in another face than the
     * area's running text (黑体 subheads in 宋体 text).
     */
    private boolean isHeading(TextBlock block, String face) {
        return (block.bold() || !block.face().equals(face)) && block.lines().size() <= 2 && block.size() >= body * 0.95f
                && block.text().length() <= 40;
    }

    /** The face the area's running text is set in: that of most of its glyphs of about body size. */
    private String bodyFace(List<TextBlock> blocks) {
        List<Glyph> glyphs = new ArrayList<>();
        for (TextBlock block : blocks) {
            if (Math.abs(block.size() - body) <= body * 0.1f) {
                block.lines().forEach(line -> glyphs.addAll(line.glyphs()));
            }
        }
        return Lines.mostCommonFace(glyphs);
    }

    /**
     * Whether a short line stopped only because what opens the line under it would not fit after it: a figure
     * or Latin word, or a character, with the marks that may not open a line (…达到 / 67%，较…).
     */
    private static boolean brokenBefore(TextLine line, TextLine next, float right) {
        if (endsSentence(line.text()) || next.box().y() - line.box().bottom() > line.size()) {
            return false;
        }
        return right - line.box().right() < next.openingWidth();
    }

    private static void flush(List<TextLine> paragraph, List<Area.Part> parts) {
        if (!paragraph.isEmpty()) {
            parts.add(new Area.Part(Area.Role.PARAGRAPH, List.copyOf(paragraph)));
            paragraph.clear();
        }
    }

    /**
     * Each block's column. Columns are the x-ranges of the blocks of three or more lines; a block goes to the
     * column its centre falls in. Display type and blocks across several columns (lines under the head) are
     * column 0, read first, top to bottom.
     */
    private Map<TextBlock, Integer> columns(List<TextBlock> blocks) {
        List<float[]> ranges = new ArrayList<>();
        List<TextBlock> byLeft = new ArrayList<>(blocks);
        byLeft.sort(Comparator.comparingDouble(b -> b.box().x()));
        for (TextBlock block : byLeft) {
            if (block.lines().size() < 3 || isHeadline(block)) {
                continue;
            }
            float[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && block.box().x() < last[1] - body) {
                last[1] = Math.max(last[1], block.box().right());
            } else {
                ranges.add(new float[] {block.box().x(), block.box().right()});
            }
        }
        // A block beside every column with more lines is a column of its own, between its neighbours.
        for (TextBlock block : byLeft) {
            boolean inside = isHeadline(block);
            for (float[] range : ranges) {
                inside |= block.box().centreX() >= range[0] - body && block.box().centreX() <= range[1] + body
                        || Math.min(range[1], block.box().right()) - Math.max(range[0], block.box().x())
                        > (range[1] - range[0]) * 0.5f;
            }
            if (!inside) {
                ranges.add(new float[] {block.box().x(), block.box().right()});
            }
        }
        ranges.sort(Comparator.comparingDouble(r -> r[0]));
        return columns(blocks, ranges);
    }

    /** The columns with the ranges fixed (every block lies in one, or across several). */
    private Map<TextBlock, Integer> columns(List<TextBlock> blocks, List<float[]> ranges) {
        Map<TextBlock, Integer> columns = new LinkedHashMap<>();
        for (TextBlock block : blocks) {
            int column = 0;
            int covered = 0;
            int touched = 0;
            for (int i = 0; i < ranges.size(); i++) {
                float[] range = ranges.get(i);
                float overlap = Math.min(range[1], block.box().right()) - Math.max(range[0], block.box().x());
                if (overlap > (range[1] - range[0]) * 0.5f) {
                    covered++;
                }
                if (overlap > body) {
                    touched++;
                }
                if (column == 0 && block.box().centreX() >= range[0] - body && block.box().centreX() <= range[1] + body) {
                    column = i + 1;
                }
            }
            // A single line across a gutter (a byline under the head) is read before the columns.
            boolean across = covered > 1 || touched > 1 && block.lines().size() == 1;
            columns.put(block, isHeadline(block) || across ? 0 : column);
        }
        return columns;
    }

    private List<TextBlock> take(java.util.function.Predicate<TextBlock> test) {
        List<TextBlock> taken = new ArrayList<>();
        for (TextBlock block : remaining) {
            if (test.test(block)) {
                taken.add(block);
            }
        }
        remaining.removeAll(taken);
        return taken;
    }
}
