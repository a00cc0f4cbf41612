package org.masthead.parse;

import java.util.Locale;

/**
 * A source file being recognised and read: its name, its bytes and, decoded once on first use, its text.
 * Formats get this rather than bytes, so detection and reading decode a text file once between them. Not
 * thread-safe: one per file and thread.
 */
public final class Source {
    private final PageSource file;
    private String text;
    private UnusableInputException undecodable;
    private Boolean looksLikeText;

    public Source(PageSource file) {
        this.file = file;
    }

    /** The file's name as given (a path, or a name with a note in brackets). */
    public String name() {
        return file.name();
    }

    public byte[] bytes() {
        return file.bytes();
    }

    public PageSource file() {
        return file;
    }

    /** The file name's extension in lower case, without the dot; empty when it has none. */
    public String extension() {
        String name = name();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        return dot > slash + 1 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /**
     * The first character, past byte-order marks, NULs of UTF-16 and white space, as a byte (-1 for none): what
     * tells structured data ({@code {}, {@code [}, {@code <}) from page text without decoding the file.
     */
    public int opening() {
        for (byte b : bytes()) {
            int c = b & 0xFF;
            if (c != 0 && c != 0xEF && c != 0xBB && c != 0xBF && c != 0xFE && c != 0xFF && !Character.isWhitespace(c)) {
                return c;
            }
        }
        return -1;
    }

    /** Whether the bytes look like text at all (see {@link TextDecoder#looksLikeText}). */
    public boolean looksLikeText() {
        if (looksLikeText == null) {
            looksLikeText = TextDecoder.looksLikeText(bytes());
        }
        return looksLikeText;
    }

    /** The bytes decoded as text with {@code \n} line ends (see {@link TextDecoder}). */
    public String text() throws UnusableInputException {
        if (text == null && undecodable == null) {
            try {
                text = TextDecoder.decode(file);
            } catch (UnusableInputException e) {
                undecodable = e;
            }
        }
        if (undecodable != null) {
            throw undecodable;
        }
        return text;
    }

    /** The decoded text, or null when the bytes are not text: for detection. */
    public String textOrNull() {
        try {
            return looksLikeText() ? text() : null;
        } catch (UnusableInputException e) {
            return null;
        }
    }
}
