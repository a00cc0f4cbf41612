package org.masthead.parse;

import java.util.List;
import org.masthead.model.Box;
import org.masthead.model.PageSize;

/**
 * A page whose layout a source format has already read (a born-digital PDF; later ALTO): the head above
 * the masthead or header rule, each item's area with its text pieces in reading order, and the foot.
 * The text stages then read it as they read converter text (masthead, furniture, items), one area at a
 * time, so an item never takes text from another area; the areas' boxes and the lines' boxes become the
 * items' regions and printed lines.
 *
 * @param source the file name, for messages and the page number
 * @param size   the page's size; every box is in its unit
 * @param head   the masthead or running header, top to bottom
 * @param areas  the areas in reading order
 * @param foot   the editors' line and other furniture under the last rule
 */
public record LaidOutPage(String source, PageSize size, List<Piece> head, List<Area> areas, List<Piece> foot) {

    /** What a piece is, as layout saw it from size, weight and position. */
    public enum Role {
        /** The paper's name in the masthead. */
        TITLE,
        /** 引题, the smaller line above a headline. */
        KICKER,
        HEADLINE,
        /** 副题, the line under a headline. */
        SUBTITLE,
        /** 小标题 inside an article. */
        HEADING,
        /** A paragraph, byline, caption, credit or any other run of text. */
        TEXT
    }

    /** A printed line: its text and its box. */
    public record Line(String text, Box box) {
    }

    /** A run of lines with one role. */
    public record Piece(Role role, List<Line> lines) {
        public Piece {
            lines = List.copyOf(lines);
        }

        List<String> texts() {
            return lines.stream().map(Line::text).toList();
        }
    }

    /**
     * One item's area (or a box of several small ones, as a teaser box): its pieces in reading order and
     * the rectangles it covers (a head and a column each, or a frame, or a picture and its caption).
     */
    public record Area(List<Piece> pieces, List<Box> region) {
        public Area {
            pieces = List.copyOf(pieces);
            region = List.copyOf(region);
        }
    }

    public LaidOutPage {
        head = List.copyOf(head);
        areas = List.copyOf(areas);
        foot = List.copyOf(foot);
    }
}
