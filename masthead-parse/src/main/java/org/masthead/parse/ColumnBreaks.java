package org.masthead.parse;

import java.util.List;

/**
 * Seventh stage: a paragraph the converter cut at a column end (it stops mid-sentence) is joined, without
 * a space, to the paragraph that follows it in the same section. A cut followed by a heading, a new item
 * or a dateline is left alone; it is flagged truncated when the item is built.
 */
final class ColumnBreaks {
    private ColumnBreaks() {
    }

    static void repair(List<Draft> drafts) {
        for (Draft draft : drafts) {
            List<Draft.Entry> body = draft.body;
            for (int i = 0; i + 1 < body.size(); ) {
                Draft.Entry cut = body.get(i);
                Draft.Entry next = body.get(i + 1);
                if (!cut.heading && !next.heading && cut.jumpTo == null && !Segments.finished(cut.text)
                        && continues(next.text)) {
                    cut.text = cut.text + next.text;
                    cut.jumpTo = next.jumpTo;
                    body.remove(i + 1);
                } else {
                    i++;
                }
            }
        }
    }

    /**
     * A paragraph that opens with a dateline starts a report: it cannot be the rest of a sentence. (A speaker
     * at its start can: the cut may fall inside a name, 胡|建设说.)
     */
    private static boolean continues(String text) {
        return Segments.dateline(text) == null;
    }
}
