package org.masthead.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads page files from disk with the checks every caller needs before parsing. */
public final class PageFiles {
    /**
     * No converted newspaper page comes near this (a dense broadsheet page is under 100 KB of text); anything
     * larger is not a page. With {@link PageParser#MAX_LINES} it bounds what one file may cost in memory.
     */
    public static final long MAX_BYTES = 4L * 1024 * 1024;

    private PageFiles() {
    }

    /** Reads one page file, refusing what cannot be a page file. */
    public static PageSource read(Path file) throws UnusableInputException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new UnusableInputException(name, "is a directory, not a page file");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnusableInputException(name, "is " + size + " bytes, over the limit of " + MAX_BYTES
                        + " bytes for a page file");
            }
            return new PageSource(name, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new UnusableInputException(name, "no such file");
        } catch (IOException e) {
            throw new UnusableInputException(name, "cannot be read (" + e.getMessage() + ")");
        }
    }
}
