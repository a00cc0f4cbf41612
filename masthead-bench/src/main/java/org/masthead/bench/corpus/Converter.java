package org.masthead.bench.corpus;

import java.util.Locale;

/** Which kind of converter the page files imitate. */
public enum Converter {
    /** PDF-to-Markdown: # title, ## headlines, ### section headings, hard line breaks (like the sample). */
    MARKDOWN("md"),
    /** Plain text: the same blocks with no marks at all. */
    PLAIN("txt"),
    /** No converter: born-digital page PDFs, typeset by {@link PdfTypesetter}. */
    PDF("pdf");

    final String extension;

    Converter(String extension) {
        this.extension = extension;
    }

    /** The named converter; null when there is no such converter. */
    public static Converter named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "markdown", "md" -> MARKDOWN;
            case "plain", "txt", "text" -> PLAIN;
            case "pdf" -> PDF;
            default -> null;
        };
    }
}
