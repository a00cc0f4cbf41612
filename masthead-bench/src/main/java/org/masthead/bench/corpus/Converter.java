package org.masthead.bench.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Which converter the page files come from: imitated by the generator (Markdown, plain text), or a
 * real one run on the PDF that Chromium printed from the page set as HTML ({@link Typesetter}).
 */
public enum Converter {
    /** PDF-to-Markdown, imitated: # title, ## headlines, ### section headings, hard line breaks (like the sample). */
    MARKDOWN("md", "markdown"),
    /** Plain text, imitated: the same blocks with no marks at all. */
    PLAIN("txt", "plain"),
    /** poppler's {@code pdftotext}: its own reading order, a line per printed line. */
    PDFTOTEXT("txt", "pdftotext", "pdftotext", "-enc", "UTF-8"),
    /** poppler's {@code pdftotext -layout}: the page's columns side by side, line by line. */
    PDFTOTEXT_LAYOUT("txt", "pdftotext-layout", "pdftotext", "-layout", "-enc", "UTF-8"),
    /** mupdf's {@code mutool draw -F txt}: blocks in stream order; Type 3 fonts give Kangxi radicals. */
    MUTOOL("txt", "mutool", "mutool", "draw", "-q", "-F", "txt");

    final String extension;
    /** The name on the command line and in reports. */
    public final String label;
    private final List<String> command;

    Converter(String extension, String label, String... command) {
        this.extension = extension;
        this.label = label;
        this.command = List.of(command);
    }

    /** Whether the pages are typeset, printed to PDF and converted by a real program. */
    public boolean printed() {
        return !command.isEmpty();
    }

    /** The command that writes the PDF's text to standard output. */
    List<String> command(Path pdf) {
        List<String> full = new java.util.ArrayList<>(command);
        full.add(pdf.toString());
        if (command.get(0).equals("pdftotext")) {
            full.add("-");
        }
        return full;
    }

    /** The named converter; null when there is no such converter. */
    public static Converter named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "markdown", "md" -> MARKDOWN;
            case "plain", "txt", "text" -> PLAIN;
            case "pdftotext" -> PDFTOTEXT;
            case "pdftotext-layout", "layout" -> PDFTOTEXT_LAYOUT;
            case "mutool" -> MUTOOL;
            default -> null;
        };
    }
}
