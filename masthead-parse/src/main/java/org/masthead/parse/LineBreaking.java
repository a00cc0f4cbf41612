package org.masthead.parse;

/**
 * The marks Chinese line breaking (禁则) keeps from a line's start or end, as typesetters and browsers apply them:
 * what a converter's line ends tell depends on them, and so does where a PDF line's first unit ends.
 */
public final class LineBreaking {
    /** Marks that may not open a line: the character before them goes down with them. */
    public static final String NO_LINE_START = "，。、；：？！”’）》」』〉】…";
    /** Marks that may not end a line: they go down with the character after them. */
    public static final String NO_LINE_END = "“‘（《「『〈【";

    private LineBreaking() {
    }
}
