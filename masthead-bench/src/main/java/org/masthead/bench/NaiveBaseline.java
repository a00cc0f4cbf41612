package org.masthead.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.masthead.model.Edition;
import org.masthead.model.ItemKind;
import org.masthead.model.Masthead;
import org.masthead.model.Page;
import org.masthead.model.Section;
import org.masthead.parse.PageSource;
import org.masthead.parse.TextDecoder;
import org.masthead.parse.UnusableInputException;

/**
 * The naive baseline the quality report shows beside the parser, so that the parser's gain is visible:
 * every short line that does not end a sentence opens an article and is its headline; the lines after
 * it are its body, a blank line ending a paragraph. No masthead, furniture, datelines, bylines or jumps.
 * A line is short when it is under 60% of the page's usual (median) line length.
 */
final class NaiveBaseline {
    private static final String CLOSING = "。！？”…；：，、）」』.!?;:,)";

    private NaiveBaseline() {
    }

    /** The edition the baseline reads from the page files, page numbers in file order. */
    static Edition parse(List<PageSource> files, LocalDate date) throws UnusableInputException {
        List<Page> pages = new ArrayList<>();
        for (int p = 0; p < files.size(); p++) {
            pages.add(page(p + 1, TextDecoder.decode(files.get(p))));
        }
        return new Edition(Masthead.builder().date(date).pageCount(files.size()).build(), List.of(), pages);
    }

    private static Page page(int number, String text) {
        List<String> lines = text.lines().map(l -> l.replaceFirst("^#+\\s*", "").strip()).toList();
        int[] lengths = lines.stream().filter(l -> !l.isEmpty()).mapToInt(String::length).sorted().toArray();
        int usual = lengths.length == 0 ? 0 : lengths[lengths.length / 2];
        List<org.masthead.model.Item> items = new ArrayList<>();
        String headline = null;
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines) {
            boolean opens = !line.isEmpty() && line.length() < 0.6 * usual
                    && CLOSING.indexOf(line.charAt(line.length() - 1)) < 0;
            if (opens || line.isEmpty()) {
                if (paragraph.length() > 0) {
                    paragraphs.add(paragraph.toString());
                    paragraph.setLength(0);
                }
            }
            if (opens) {
                add(items, number, headline, paragraphs);
                headline = line;
                paragraphs = new ArrayList<>();
            } else if (!line.isEmpty()) {
                paragraph.append(line);
            }
        }
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
        }
        add(items, number, headline, paragraphs);
        return new Page(number, null, List.of(), items);
    }

    private static void add(List<org.masthead.model.Item> items, int page, String headline, List<String> paragraphs) {
        if (headline == null && paragraphs.isEmpty()) {
            return;
        }
        items.add(org.masthead.model.Item.builder()
                .id(String.format(java.util.Locale.ROOT, "p%02d-%02d", page, items.size() + 1))
                .kind(ItemKind.ARTICLE).headline(headline).sections(List.of(new Section(null, paragraphs))).build());
    }
}
