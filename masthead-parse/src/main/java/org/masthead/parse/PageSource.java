package org.masthead.parse;

/**
 * The raw bytes of one page file, as read from disk or an archive.
 *
 * @param name  the file name, used in messages and to read a page number from (…-p03.md)
 * @param bytes the file's bytes, in any supported encoding
 */
public record PageSource(String name, byte[] bytes) {
}
