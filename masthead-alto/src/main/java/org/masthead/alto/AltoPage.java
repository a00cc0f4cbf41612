package org.masthead.alto;

import org.masthead.model.Box;
import java.util.List;

/**
 * One ALTO page as read: its size and its blocks in document order, with every coordinate in the file's
 * own {@link MeasurementUnit}.
 *
 * @param version the ALTO generation, from the namespace (1 for the CCS namespace, else 2, 3 or 4)
 * @param unit    the measurement unit of every number below
 * @param width   page width
 * @param height  page height
 * @param blocks  text blocks and illustrations, composed blocks flattened in order
 */
public record AltoPage(int version, MeasurementUnit unit, double width, double height, List<Block> blocks) {
    public AltoPage {
        blocks = List.copyOf(blocks);
    }

    /** What a block holds. A COMPOSED block only groups the blocks that name it as their parent. */
    public enum BlockKind { TEXT, ILLUSTRATION, GRAPHIC, COMPOSED }

    /**
     * A TextBlock, Illustration, GraphicalElement or ComposedBlock. The box is null when the file gives no
     * position (text without layout).
     *
     * @param parent the ComposedBlock it lies in, or null
     * @param next   IDNEXT: the block that continues this one's text (a paragraph carried on), or null
     */
    public record Block(String id, BlockKind kind, Box box, List<Line> lines, String parent, String next) {
        public Block {
            lines = List.copyOf(lines);
        }

        public Block(String id, BlockKind kind, Box box, List<Line> lines) {
            this(id, kind, box, lines, null, null);
        }

        /** The block's text: lines joined by newlines, a word hyphenated across lines rejoined. */
        public String text() {
            StringBuilder out = new StringBuilder();
            boolean joinNext = false;
            for (Line line : lines) {
                if (!out.isEmpty() && !joinNext) {
                    out.append('\n');
                }
                out.append(line.text());
                joinNext = line.hyphenated();
            }
            return out.toString();
        }
    }

    /**
     * A TextLine: its words, whether its last word is hyphenated onto the next line (HYP), and its font
     * size in points from the file's TextStyle (0 when the file gives none).
     */
    public record Line(Box box, List<Word> words, boolean hyphenated, double fontSize, String text) {
        public Line {
            words = List.copyOf(words);
        }

        /** A line whose text is its words joined (asked for at every stage, so joined once). */
        public Line(Box box, List<Word> words, boolean hyphenated, double fontSize) {
            this(box, words, hyphenated, fontSize, text(words));
        }

        /** The words joined by single spaces, except between CJK characters, which take none. */
        private static String text(List<Word> words) {
            StringBuilder out = new StringBuilder();
            for (Word word : words) {
                Lines.glue(out, word.content());
                out.append(word.content());
            }
            return out.toString();
        }
    }

    /** A String: its CONTENT and box. */
    public record Word(String content, Box box) {
    }
}
