package org.masthead.alto;

import org.masthead.model.Box;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups a page's text lines into items when the METS has no article structure. A heading line (set
 * larger than the body type, or a short line in capitals) opens an item; the lines after it, in the
 * ALTO's reading order, belong to it until the next heading, even when the OCR put several items into
 * one TextBlock (as NDNP's OCR often does). A stand-in until the layout reconstruction of the PDF reader
 * can be applied to ALTO too.
 */
public final class BlockGrouping {
    /** How much larger than the body type a heading is set. */
    private static final double HEADING_RATIO = 1.2;
    private static final int CAPITALS_MAX_CHARS = 60;
    private static final int CAPITALS_MIN_LETTERS = 4;

    private BlockGrouping() {
    }

    /** The lines of one block that belong to one item. */
    public record Part(AltoPage.Block block, List<AltoPage.Line> lines) {
        /** The box around these lines. */
        public Box box() {
            Box box = lines.get(0).box();
            for (AltoPage.Line line : lines) {
                box = Boxes.union(box, line.box());
            }
            return box;
        }
    }

    /** One item: its heading lines (possibly none) and its body, as parts of blocks in order. */
    public record Group(List<AltoPage.Line> heading, List<Part> body) {
    }

    /** The page's text as items, in reading order; every line lands in exactly one item. */
    public static List<Group> group(AltoPage page) {
        List<AltoPage.Block> blocks = page.blocks().stream().filter(b -> b.kind() == AltoPage.BlockKind.TEXT).toList();
        double body = bodySize(blocks);
        List<Group> groups = new ArrayList<>();
        List<AltoPage.Line> heading = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        for (AltoPage.Block block : blocks) {
            List<AltoPage.Line> lines = new ArrayList<>();
            for (AltoPage.Line line : block.lines()) {
                if (isHeading(line, body)) {
                    if (!lines.isEmpty()) {
                        parts.add(new Part(block, lines));
                        lines = new ArrayList<>();
                    }
                    if (!parts.isEmpty()) {
                        groups.add(new Group(heading, parts));
                        heading = new ArrayList<>();
                        parts = new ArrayList<>();
                    }
                    heading.add(line);
                } else {
                    lines.add(line);
                }
            }
            if (!lines.isEmpty()) {
                parts.add(new Part(block, lines));
            }
        }
        if (!heading.isEmpty() || !parts.isEmpty()) {
            groups.add(new Group(heading, parts));
        }
        return groups;
    }

    static boolean isHeading(AltoPage.Line line, double body) {
        if (body > 0 && line.fontSize() >= body * HEADING_RATIO) {
            return true;
        }
        String text = line.text();
        long letters = text.codePoints().filter(Character::isLetter).count();
        long capitals = text.codePoints().filter(Character::isUpperCase).count();
        return text.length() <= CAPITALS_MAX_CHARS && letters >= CAPITALS_MIN_LETTERS && capitals == letters;
    }

    /** The median font size of the lines, weighted by their characters; 0 when none is known. */
    static double bodySize(List<AltoPage.Block> blocks) {
        List<double[]> sized = new ArrayList<>();
        long total = 0;
        for (AltoPage.Block block : blocks) {
            for (AltoPage.Line line : block.lines()) {
                if (line.fontSize() > 0) {
                    int chars = line.text().length();
                    sized.add(new double[] {line.fontSize(), chars});
                    total += chars;
                }
            }
        }
        if (sized.isEmpty()) {
            return 0;
        }
        double[][] sorted = sized.toArray(double[][]::new);
        Arrays.sort(sorted, (a, b) -> Double.compare(a[0], b[0]));
        long seen = 0;
        for (double[] entry : sorted) {
            seen += (long) entry[1];
            if (seen * 2 >= total) {
                return entry[0];
            }
        }
        return sorted[sorted.length - 1][0];
    }
}
