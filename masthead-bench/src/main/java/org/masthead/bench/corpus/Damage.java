package org.masthead.bench.corpus;

import java.util.Locale;

/**
 * How much a converter damaged the text, as rates of each kind of damage it really does. The rates are
 * per opportunity: per paragraph, per item, per page or per file as named. {@code TYPICAL} is set
 * somewhat below the shared sample page (which has two continued cuts, two lost rests, a moved
 * fragment and a lost headline on one page); {@code HEAVY} is at or beyond it.
 *
 * @param cutContinued   per paragraph: cut at a column end, rest continued in the next block
 * @param cutLost        per item: a paragraph before a heading or the item's end cut, its rest lost
 * @param movedTail      per page: an item's tail paragraphs placed after the next item
 * @param lostHeadline   per item opened by a dateline: its headline block lost
 * @param furnitureMixed per page: footer furniture (QR labels, editors) mixed in between paragraphs
 * @param truncatedEnd   per page: the file stops in the middle of its last line, footer lost
 * @param mergedKicker   per item with a kicker: the kicker set on the headline's line (as the sample's
 *                       圆满结束出席第二届中国—中亚峰会 习近平回到北京); only at {@code HEAVY}, as it is
 *                       not among the kinds issue 4 names and is ambiguous with two-part headlines
 * @param halfWidth      per file: ，；：（） written half-width
 * @param otherEncoding  per file: GB18030, UTF-8 with BOM, or CRLF line ends instead of UTF-8/LF
 */
public record Damage(String level, double cutContinued, double cutLost, double movedTail, double lostHeadline,
        double furnitureMixed, double truncatedEnd, double mergedKicker, double halfWidth, double otherEncoding) {

    public static final Damage NONE = new Damage("none", 0, 0, 0, 0, 0, 0, 0, 0, 0);
    public static final Damage LIGHT = new Damage("light", 0.01, 0.01, 0.05, 0.02, 0.05, 0.01, 0, 0.2, 0.1);
    public static final Damage TYPICAL = new Damage("typical", 0.03, 0.04, 0.2, 0.05, 0.2, 0.04, 0, 0.7, 0.3);
    public static final Damage HEAVY = new Damage("heavy", 0.08, 0.12, 0.6, 0.15, 0.5, 0.12, 0.5, 1.0, 0.6);

    /** The named level; null when there is no such level. */
    public static Damage named(String level) {
        return switch (level.toLowerCase(Locale.ROOT)) {
            case "none" -> NONE;
            case "light" -> LIGHT;
            case "typical" -> TYPICAL;
            case "heavy" -> HEAVY;
            default -> null;
        };
    }
}
