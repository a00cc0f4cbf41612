package org.masthead.parse;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Seventh stage: a paragraph the converter cut at a column end (it stops mid-sentence) is joined, without
 * a space, to the paragraph that follows it in the same section; a section heading set as a paragraph is
 * kept apart as a heading, and a poem's lines ({@link Verse}) as they are. A cut followed by a heading, a new item
 * or a dateline is left alone; it is flagged truncated when the item is built.
 */
final class ColumnBreaks {
    /** Section headings are a few words; a longer unpunctuated run is cut text. */
    private static final int MAX_HEADING = 24;
    /** A heading of two matched phrases (守正创新，勇攀高峰) keeps each to a few words. */
    private static final int MAX_PAIRED_HEADING = 17;
    private static final String SENTENCE_PUNCTUATION = "，。；：？！、,;:?!…";
    private static final String PARTICLES = "的了着过得地们吗呢吧啊么";
    private static final String SENTENCE_END = "。！？；!?;";

    private ColumnBreaks() {
    }

    static void repair(List<Draft> drafts) {
        for (Draft draft : drafts) {
            List<Draft.Entry> body = draft.body;
            Set<Draft.Entry> poem = poemLines(body);
            for (int i = 0; i + 1 < body.size(); ) {
                Draft.Entry cut = body.get(i);
                Draft.Entry next = body.get(i + 1);
                if (!poem.contains(cut) && !poem.contains(next) && !cut.heading && !next.heading && !cut.row
                        && !next.row && cut.jumpTo == null && !Segments.finished(cut.text)
                        && !isListItem(cut.text) && continues(next.text)) {
                    if (isHeading(cut.text) && !opensMidSentence(next.text)) {
                        body.set(i++, new Draft.Entry(true, cut.text));
                        continue;
                    }
                    cut.text = Block.join(cut.text, next.text);
                    cut.jumpTo = next.jumpTo;
                    body.remove(i + 1);
                } else {
                    i++;
                }
            }
        }
    }

    /** A poem's lines ({@link Verse}): each a paragraph of its own, neither a heading nor a cut. */
    private static Set<Draft.Entry> poemLines(List<Draft.Entry> body) {
        boolean[] poem = Verse.poems(body.stream().map(entry -> entry.heading || entry.row ? "" : entry.text).toList());
        Set<Draft.Entry> lines = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < poem.length; i++) {
            if (poem[i]) {
                lines.add(body.get(i));
            }
        }
        return lines;
    }

    /**
     * A line of a few words with no sentence punctuation, over text, is a section heading set as a paragraph
     * (一线见闻, 记者手记, 一、…, 守正创新，勇攀高峰), not the head of a sentence a column end cut: a cut falls
     * anywhere in a paragraph, and a paragraph's head holds a comma within a few words, mostly unevenly
     * placed. (Matched halves, 守正创新，勇攀高峰, are a heading unless what follows shows a cut.)
     */
    private static boolean isHeading(String text) {
        if (text.length() > MAX_HEADING || Segments.dateline(text) != null) {
            return false; // a report's opening words are running text
        }
        if (Segments.numberedHeading(text) > 0) {
            return true;
        }
        int comma = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '，' && comma < 0) {
                comma = i;
            } else if (SENTENCE_PUNCTUATION.indexOf(c) >= 0) {
                return false;
            }
        }
        // One comma only between matched halves (坚持人民至上，紧紧依靠人民); a sentence's head is uneven.
        return comma < 0 || text.length() <= MAX_PAIRED_HEADING && Math.abs(comma - (text.length() - comma - 1)) <= 1;
    }

    /**
     * A paragraph that opens with a dateline starts a report, one a dash opens is a list item: neither can be
     * the rest of a sentence. (A speaker at its start can: the cut may fall inside a name, 胡|建设说.)
     */
    private static boolean continues(String text) {
        return Segments.dateline(text) == null && !isListItem(text);
    }

    /**
     * A particle (的, 了, 们…) never opens a sentence, nor does a sentence end within two characters: text that
     * starts so is the rest of a cut sentence.
     */
    private static boolean opensMidSentence(String text) {
        if (PARTICLES.indexOf(text.charAt(0)) >= 0) {
            return true;
        }
        // A sentence's last words (…多一分胜|算。): no paragraph opens on a sentence of two characters.
        for (int i = 0; i < Math.min(text.length(), 3); i++) {
            if (SENTENCE_END.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A line a dash opens (——坚持…) is an item of a list: a paragraph of its own, punctuated or not. */
    private static boolean isListItem(String text) {
        return text.startsWith("——");
    }
}
