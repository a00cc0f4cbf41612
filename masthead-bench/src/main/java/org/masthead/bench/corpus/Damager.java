package org.masthead.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.masthead.bench.corpus.Block.Type;
import org.masthead.model.ItemFlag;
import org.masthead.model.ItemKind;

/**
 * Does to a page's blocks what converters do, at the rates of a {@link Damage} level. Where damage
 * destroys text (a lost rest, a lost headline, a file that stops short), the item's truth is corrected
 * and flagged, so the truth stays what a perfect parser could reconstruct from the file.
 */
final class Damager {
    private final Damage damage;
    private final SplittableRandom random;

    Damager(Damage damage, SplittableRandom random) {
        this.damage = damage;
        this.random = random;
    }

    void apply(List<Block> blocks, PageDraft page) {
        if (damage == Damage.NONE) {
            return;
        }
        loseHeadlines(blocks, page);
        mergeKickers(blocks);
        loseRests(blocks, page);
        stopShort(blocks, page);
        moveTail(blocks);
        cutAndContinue(blocks);
        mixFurniture(blocks);
    }

    private boolean chance(double rate) {
        return rate > 0 && random.nextDouble() < rate;
    }

    /** Only reports opened by a dateline lose their headline: the dateline is what still opens them. */
    private void loseHeadlines(List<Block> blocks, PageDraft page) {
        for (Draft item : page.items) {
            if (item.kind == ItemKind.ARTICLE && item.datelineText != null && item.byline == null
                    && item.continuedFrom == null && chance(damage.lostHeadline())) {
                blocks.removeIf(b -> b.item == item && (b.type == Type.KICKER || b.type == Type.HEADLINE));
                item.kicker = null;
                item.headline = null;
                item.subtitle = null;
                item.flags.add(ItemFlag.HEADLINE_MISSING);
            }
        }
    }

    /** The kicker lands on the headline's line, a space between them; nothing is lost. */
    private void mergeKickers(List<Block> blocks) {
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block kicker = blocks.get(i);
            Block headline = blocks.get(i + 1);
            if (kicker.type == Type.KICKER && headline.type == Type.HEADLINE && headline.item == kicker.item
                    && chance(damage.mergedKicker())) {
                headline.text = kicker.text + " " + headline.text;
                blocks.remove(i);
            }
        }
    }

    /** A paragraph at a column end, before a heading or the item's end, keeps only its beginning. */
    private void loseRests(List<Block> blocks, PageDraft page) {
        for (Draft item : page.items) {
            if (!isText(item) || !chance(damage.cutLost())) {
                continue;
            }
            List<Block> ends = new ArrayList<>();
            for (Block b : blocks) {
                if (b.item == item && b.type == Type.PARAGRAPH && b.suffix.isEmpty()
                        && b.paragraph == item.paragraphs.get(b.section).size() - 1) {
                    ends.add(b);
                }
            }
            if (!ends.isEmpty()) {
                truncate(ends.get(random.nextInt(ends.size())));
            }
        }
    }

    /** The file stops in the middle of its last text line; what followed, the footer too, is lost. */
    private void stopShort(List<Block> blocks, PageDraft page) {
        if (!chance(damage.truncatedEnd())) {
            return;
        }
        int last = blocks.size() - 1;
        while (last >= 0 && blocks.get(last).type == Type.FURNITURE) {
            last--;
        }
        Block end = last >= 0 ? blocks.get(last) : null;
        if (end == null || end.type != Type.PARAGRAPH || end.cut || !end.suffix.isEmpty() || !isText(end.item)) {
            return;
        }
        if (truncate(end)) {
            blocks.subList(last + 1, blocks.size()).clear();
            page.editors.clear();
        }
    }

    /** Cuts the block where a column might end, mid-sentence; the truth keeps what remains. */
    private boolean truncate(Block block) {
        int at = cutPoint(block.text);
        if (at < 0) {
            return false;
        }
        block.text = block.text.substring(0, at);
        block.cut = true;
        block.item.paragraphs.get(block.section).set(block.paragraph, block.text);
        block.item.flags.add(ItemFlag.TRUNCATED);
        return true;
    }

    /**
     * An item's tail, from a paragraph on, is placed after the next item (the sample's 王毅表示 fragment).
     * The tail starts with a paragraph naming one of the item's people, places or units, as real reports
     * keep naming their subject (the sample's fragment opens with its speaker): the evidence that lets
     * a reader, and a parser, see where it belongs.
     */
    private void moveTail(List<Block> blocks) {
        if (!chance(damage.movedTail())) {
            return;
        }
        List<Integer> starts = new ArrayList<>();
        for (int i = 1; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Block previous = blocks.get(i - 1);
            if (b.type == Type.PARAGRAPH && previous.item == b.item && previous.type == Type.PARAGRAPH
                    && b.item.names.stream().anyMatch(b.text::contains)) {
                starts.add(i);
            }
        }
        if (starts.isEmpty()) {
            return;
        }
        int start = starts.get(random.nextInt(starts.size()));
        Draft item = blocks.get(start).item;
        int end = start;
        while (end < blocks.size() && blocks.get(end).item == item) {
            end++;
        }
        if (end >= blocks.size() || blocks.get(end).item == null) {
            return;
        }
        Draft next = blocks.get(end).item;
        int after = end;
        while (after < blocks.size() && blocks.get(after).item == next) {
            after++;
        }
        List<Block> tail = new ArrayList<>(blocks.subList(start, end));
        blocks.addAll(after, tail);
        blocks.subList(start, end).clear();
        item.flags.add(ItemFlag.REORDERED);
    }

    /** A paragraph cut at a column end and continued in the next block: nothing is lost. */
    private void cutAndContinue(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.type != Type.PARAGRAPH || b.cut || !chance(damage.cutContinued())) {
                continue;
            }
            int at = cutPoint(b.text);
            if (at < 0) {
                continue;
            }
            Block head = b.piece(b.text.substring(0, at));
            head.prefix = b.prefix;
            Block rest = b.piece(b.text.substring(at));
            rest.suffix = b.suffix;
            blocks.set(i, head);
            blocks.add(i + 1, rest);
            i++;
        }
    }

    /** QR labels and the editors' line land between two paragraphs instead of at the page's end. */
    private void mixFurniture(List<Block> blocks) {
        if (!chance(damage.furnitureMixed())) {
            return;
        }
        List<Block> furniture = new ArrayList<>();
        blocks.removeIf(b -> b.type == Type.FURNITURE && furniture.add(b));
        List<Integer> gaps = new ArrayList<>();
        for (int i = 1; i < blocks.size(); i++) {
            if (blocks.get(i - 1).type == Type.PARAGRAPH && blocks.get(i).type == Type.PARAGRAPH) {
                gaps.add(i);
            }
        }
        blocks.addAll(gaps.isEmpty() ? blocks.size() : gaps.get(random.nextInt(gaps.size())), furniture);
    }

    /**
     * A position in the middle of the text right after a Han character, so the cut visibly stops
     * mid-sentence (no closing punctuation before it); -1 when the text is too short.
     */
    private int cutPoint(String text) {
        int length = text.length();
        if (length < 24) {
            return -1;
        }
        int at = length / 4 + random.nextInt(length / 2);
        for (int tries = 0; tries < length / 2; tries++, at = (at + 1 < length - 4) ? at + 1 : length / 4) {
            if (isHan(text.charAt(at - 1)) && isHan(text.charAt(at))) {
                return at;
            }
        }
        return -1;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isText(Draft item) {
        return item != null
                && (item.kind == ItemKind.ARTICLE || item.kind == ItemKind.COMMENTARY || item.kind == ItemKind.BRIEF);
    }
}
