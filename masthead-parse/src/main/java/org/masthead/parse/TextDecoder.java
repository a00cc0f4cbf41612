package org.masthead.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * First stage: page bytes to text with {@code \n} line ends and plain Western spaces. Accepts UTF-8 (with or
 * without BOM), UTF-16 (with BOM, or without when its zero bytes give it away) and GB18030 (which covers GBK
 * and GB2312);
 * refuses empty and undecodable input. Binary files never get here: text formats do not claim them
 * ({@link #looksLikeText}).
 */
public final class TextDecoder {
    /** The bytes {@link #looksLikeText} looks at: even, so UTF-16 code units stay whole. */
    private static final int HEAD = 64 * 1024;

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /** The text of a page file, or the reason it is not one. */
    public static String decode(PageSource source) throws UnusableInputException {
        byte[] bytes = source.bytes();
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strict(source, bytes, 3, StandardCharsets.UTF_8, "UTF-8");
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = strict(source, bytes, 2, StandardCharsets.UTF_16BE, "UTF-16");
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = strict(source, bytes, 2, StandardCharsets.UTF_16LE, "UTF-16");
        } else {
            if (bytes.length == 0) {
                throw new UnusableInputException(source.name(), "is empty");
            }
            // The common case pays for one decode; only a replacement character sends us to the strict path.
            text = new String(bytes, StandardCharsets.UTF_8);
            Charset utf16 = text.indexOf('\0') >= 0 ? utf16WithoutBom(bytes) : null;
            if (utf16 != null) {
                text = strict(source, bytes, 0, utf16, "UTF-16");
            } else if (text.indexOf('\uFFFD') >= 0 && !validUtf8(bytes)) {
                text = strict(source, bytes, 0, GB18030, "UTF-8, UTF-16 or GB18030");
            }
        }
        if (text.indexOf('\0') >= 0) {
            // Detection looks at the head only: a file that is text there and binary further on ends here.
            throw new UnusableInputException(source.name(), "is text at its start but holds binary data (NUL bytes)");
        }
        text = plainSpaces(normalizeNewlines(text));
        if (text.isBlank()) {
            throw new UnusableInputException(source.name(), "is empty");
        }
        return text;
    }

    /**
     * Western space characters a plain space: converters give the no-break space (U+00A0) and the typographic
     * ones (U+2000–U+200A, U+202F, U+205F) where the page had a space, and the marks that the stages read (a
     * heading's {@code # }, a masthead's {@code CN 81-0001}) take a plain one. The ideographic space (U+3000)
     * stays: Chinese type prints it (本报北京6月18日电　　（记者　王　五）), and items keep it as printed.
     */
    static String plainSpaces(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u00A0' || c >= '\u2000' && c <= '\u200A' || c == '\u202F' || c == '\u205F') {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }

    /** CRLF and lone CR become LF, in one pass and only when needed. */
    static String normalizeNewlines(String text) {
        int cr = text.indexOf('\r');
        if (cr < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, cr);
        for (int i = cr; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * UTF-16 without a byte-order mark: the zero high bytes of ASCII (digits, spaces, line ends) fall on one
     * parity only. Null when the NUL bytes do not look like that (then the file is binary).
     */
    private static Charset utf16WithoutBom(byte[] bytes) {
        if (bytes.length % 2 != 0) {
            return null;
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < bytes.length; i += 2) {
            if (bytes[i] == 0) {
                even++;
            }
            if (bytes[i + 1] == 0) {
                odd++;
            }
        }
        int pairs = bytes.length / 2;
        // A few zero bytes on the other parity are code units like U+4E00 or U+DC00.
        if (even * 20 >= pairs && odd * 8 <= even) {
            return StandardCharsets.UTF_16BE;
        }
        if (odd * 20 >= pairs && even * 8 <= odd) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * Whether the bytes can be text in one of the encodings above: a byte-order mark, or no NUL bytes
     * (except the zero high bytes of UTF-16 without a mark) and control characters under 1 in 100. This is
     * how text formats tell text from binary files (a PDF, an image, an archive) when detecting. Only the
     * file's head is looked at, as file(1) and Tika do: binary shows itself there, and every file of a folder
     * is detected on every ingest (a file of no format is never recorded, so it is never passed over).
     */
    public static boolean looksLikeText(byte[] file) {
        if (startsWith(file, 0xEF, 0xBB, 0xBF) || startsWith(file, 0xFE, 0xFF) || startsWith(file, 0xFF, 0xFE)) {
            return true;
        }
        int head = Math.min(file.length, HEAD);
        // One pass over the head's bytes as they are (each file of a folder is looked at on every ingest): in the
        // single-byte view a byte is a character, so controls are counted on the bytes until a NUL says UTF-16.
        int controls = 0;
        for (int i = 0; i < head; i++) {
            int b = file[i] & 0xFF;
            if (b == 0) {
                byte[] bytes = Arrays.copyOf(file, head);
                Charset utf16 = utf16WithoutBom(bytes);
                return utf16 != null && fewControls(new String(bytes, utf16));
            }
            if (isControl(b)) {
                controls++;
            }
        }
        return fewOf(controls, head);
    }

    /** Control characters under 1 in 100 (or none at all, for an empty head). */
    private static boolean fewOf(int controls, int length) {
        return controls == 0 || controls * 100 < length;
    }

    private static boolean isControl(int c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == 0x7F;
    }

    /** No NUL and control characters under 1 in 100: text files in the encodings above never hold NUL. */
    private static boolean fewControls(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return false;
            }
            if (isControl(c)) {
                controls++;
            }
        }
        return fewOf(controls, text.length());
    }

    private static String strict(PageSource source, byte[] bytes, int offset, Charset charset, String tried)
            throws UnusableInputException {
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new UnusableInputException(source.name(), "is not text in " + tried);
        }
    }

    /** Whether the bytes are well-formed UTF-8 (a literal U+FFFD in the file is allowed). */
    static boolean validUtf8(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            int extra;
            int min;
            if (b < 0x80) {
                i++;
                continue;
            } else if (b >= 0xC2 && b <= 0xDF) {
                extra = 1;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                extra = 2;
                min = 0x800;
            } else if (b >= 0xF0 && b <= 0xF4) {
                extra = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + extra >= bytes.length) {
                return false;
            }
            int cp = b & (0x3F >> extra);
            for (int k = 1; k <= extra; k++) {
                int c = bytes[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    return false;
                }
                cp = cp << 6 | c & 0x3F;
            }
            if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
                return false;
            }
            i += extra + 1;
        }
        return true;
    }
}
