package org.masthead.parse;

import java.util.ArrayList;
import java.util.List;
import org.masthead.model.Box;
import org.masthead.model.Item;
import org.masthead.model.Region;
import org.masthead.model.Section;
import org.masthead.model.TextLine;
import org.masthead.model.TextRange;

/**
 * Last stage for laid-out pages: ties an item's printed lines to its text. Each line is found in the item's
 * texts in reading order (kicker, headline, subtitle, headings and paragraphs, caption), past what earlier
 * lines took, ignoring spaces; what a line prints that the text does not hold (a byline, a jump note) is
 * left out of its range, and a line the text does not hold at all gets none.
 */
final class LineBoxes {
    /** How many characters of a line are tried as a start, and how far ahead in the text it may start. */
    private static final int PROBE = 4;
    private static final int AHEAD = 16;

    private LineBoxes() {
    }

    /** One text of the item: which part, its index, its characters without spaces and where each was. */
    private record Text(TextRange.Part part, int index, String compact, int[] at) {
        static Text of(TextRange.Part part, int index, String text) {
            StringBuilder compact = new StringBuilder(text.length());
            int[] at = new int[text.length() + 1];
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    at[compact.length()] = i;
                    compact.append(text.charAt(i));
                }
            }
            at[compact.length()] = text.length();
            return new Text(part, index, compact.toString(), at);
        }
    }

    static Item place(Item item, List<Box> region, List<LaidOutPage.Line> printed, int page) {
        List<Text> texts = texts(item);
        List<TextLine> lines = new ArrayList<>();
        int t = 0;
        int offset = 0;
        Box bounds = null;
        for (LaidOutPage.Line line : printed) {
            String compact = compact(Punctuation.normalize(line.text()));
            if (compact.isEmpty()) {
                continue;
            }
            int[] found = find(texts, t, offset, compact);
            if (found == null) {
                continue;
            }
            t = found[0];
            offset = found[2];
            Text text = texts.get(t);
            lines.add(new TextLine(page, line.box(), new TextRange(text.part(), text.index(), text.at()[found[1]],
                    found[2] == 0 ? 0 : text.at()[found[2] - 1] + 1)));
            bounds = bounds == null ? line.box() : bounds.union(line.box());
        }
        List<Region> regions = new ArrayList<>();
        for (Box box : region) {
            regions.add(new Region(page, box, List.of()));
        }
        if (regions.isEmpty() && bounds != null) {
            regions.add(new Region(page, bounds, List.of()));
        }
        return item.toBuilder().regions(regions).lines(lines).build();
    }

    /** {text index, start, end} in compact characters of where the line's characters are, or null. */
    private static int[] find(List<Text> texts, int from, int offset, String line) {
        for (int t = from; t < texts.size() && t <= from + 3; t++) {
            String text = texts.get(t).compact();
            int start = t == from ? offset : 0;
            if (start >= text.length()) {
                continue;
            }
            for (int skip = 0; skip + Math.min(PROBE, line.length()) <= line.length() && skip <= 12; skip++) {
                String probe = line.substring(skip, skip + Math.min(PROBE, line.length() - skip));
                int at = text.indexOf(probe, start);
                if (at >= 0 && at - start <= AHEAD) {
                    int end = at;
                    int i = skip;
                    while (end < text.length() && i < line.length() && text.charAt(end) == line.charAt(i)) {
                        end++;
                        i++;
                    }
                    return new int[] {t, at, end};
                }
            }
        }
        return null;
    }

    private static List<Text> texts(Item item) {
        List<Text> texts = new ArrayList<>();
        add(texts, TextRange.Part.KICKER, 0, item.kicker());
        add(texts, TextRange.Part.HEADLINE, 0, item.headline());
        add(texts, TextRange.Part.SUBTITLE, 0, item.subtitle());
        int paragraph = 0;
        for (int s = 0; s < item.sections().size(); s++) {
            Section section = item.sections().get(s);
            add(texts, TextRange.Part.HEADING, s, section.heading());
            for (String text : section.paragraphs()) {
                add(texts, TextRange.Part.PARAGRAPH, paragraph++, text);
            }
        }
        add(texts, TextRange.Part.CAPTION, 0, item.caption());
        return texts;
    }

    private static void add(List<Text> texts, TextRange.Part part, int index, String text) {
        if (text != null && !text.isEmpty()) {
            texts.add(Text.of(part, index, text));
        }
    }

    private static String compact(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                out.append(text.charAt(i));
            }
        }
        return out.toString();
    }

}
