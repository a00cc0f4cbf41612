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
    /** PDF-to-Markdown, imitated as MinerU writes a page: every heading at one level ({@code #}). */
    MARKDOWN_FLAT("md", "markdown-flat"),
    /**
     * PDF-to-Markdown, imitated as marker writes a page: headings by level, each after an HTML anchor
     * ({@code <span id="page-0-3"></span>}).
     */
    MARKDOWN_HTML("md", "markdown-html"),
    /**
     * PDF-to-Markdown, imitated as MinerU writes a page with formula recognition on: every heading at one level,
     * and each figure with a decimal point or a percent sign an inline formula, often token by token, a space
     * either side (旅客 {@code $1 . 4 3$} 亿人次, {@code $\mathrm{PM}_{2.5}$}).
     */
    MARKDOWN_FORMULAS("md", "markdown-formulas"),
    /** PDF-to-Markdown, imitated as converters that mark no levels write a page: headings as bold lines. */
    MARKDOWN_BOLD("md", "markdown-bold"),
    /** PDF-to-Markdown, imitated as converters that set every printed line apart: a paragraph a line. */
    MARKDOWN_LINES("md", "markdown-lines"),
    /** Plain text, imitated: the same blocks with no marks at all. */
    PLAIN("txt", "plain"),
    /** poppler's {@code pdftotext}: its own reading order, a line per printed line. */
    PDFTOTEXT("txt", "pdftotext", "pdftotext", "-enc", "UTF-8"),
    /** poppler's {@code pdftotext -layout}: the page's columns side by side, line by line. */
    PDFTOTEXT_LAYOUT("txt", "pdftotext-layout", "pdftotext", "-layout", "-enc", "UTF-8"),
    /** mupdf's {@code mutool draw -F txt}: blocks in stream order; Type 3 fonts give Kangxi radicals. */
    MUTOOL("txt", "mutool", "mutool", "draw", "-q", "-F", "txt"),
    /** No converter: born-digital page PDFs, typeset by {@link PdfTypesetter} (generate --format pdf). */
    PDF("pdf", "pdf");

    final String extension;
    /** The name on the command line and in reports. */
    public final String label;
    private final List<String> command;

    Converter(String extension, String label, String... command) {
        this.extension = extension;
        this.label = label;
        this.command = List.of(command);
    }

    /** Whether the page files are Markdown, in any converter's marks. */
    public boolean markdown() {
        return this == MARKDOWN || this == MARKDOWN_FLAT || this == MARKDOWN_FORMULAS || this == MARKDOWN_HTML
                || this == MARKDOWN_BOLD || this == MARKDOWN_LINES;
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
            case "markdown-flat" -> MARKDOWN_FLAT;
            case "markdown-formulas" -> MARKDOWN_FORMULAS;
            case "markdown-html" -> MARKDOWN_HTML;
            case "markdown-bold" -> MARKDOWN_BOLD;
            case "markdown-lines" -> MARKDOWN_LINES;
            case "plain", "txt", "text" -> PLAIN;
            case "pdftotext" -> PDFTOTEXT;
            case "pdftotext-layout", "layout" -> PDFTOTEXT_LAYOUT;
            case "mutool" -> MUTOOL;
            case "pdf" -> PDF;
            default -> null;
        };
    }
}
