package org.masthead.model;

import java.util.List;

/**
 * A run of paragraphs under one section heading (小标题). An item's first section has no heading.
 *
 * @param heading    the section heading, or null for the opening section
 * @param paragraphs the paragraphs, each one clean line of text
 */
public record Section(String heading, List<String> paragraphs) {
    public Section {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }

    /** The sections as plain text: headings and paragraphs in order, one per line. */
    public static String text(List<Section> sections) {
        StringBuilder text = new StringBuilder();
        for (Section section : sections) {
            if (section.heading() != null) {
                text.append(section.heading()).append('\n');
            }
            for (String paragraph : section.paragraphs()) {
                text.append(paragraph).append('\n');
            }
        }
        return text.toString();
    }
}
