package org.masthead.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The source formats installed: every {@link SourceFormat} the class path names in
 * {@code META-INF/services/org.masthead.parse.SourceFormat}, loaded once. Detect-and-dispatch, as Tika
 * does: each format rates a file, the surest wins.
 */
public final class Formats {
    private static final List<SourceFormat> INSTALLED = load();

    private Formats() {
    }

    private static List<SourceFormat> load() {
        List<SourceFormat> formats = new ArrayList<>();
        ServiceLoader.load(SourceFormat.class, Formats.class.getClassLoader()).forEach(formats::add);
        return List.copyOf(formats);
    }

    /** The installed formats, in class-path order. */
    public static List<SourceFormat> installed() {
        return INSTALLED;
    }

    /**
     * The format that claims this file most surely (on a tie, the first installed).
     *
     * @throws UnusableInputException when none does: the file is empty, or binary of no installed format
     */
    public static SourceFormat detect(Source source) throws UnusableInputException {
        if (source.bytes().length == 0) {
            throw new UnusableInputException(source.name(), "is empty");
        }
        SourceFormat best = null;
        double surest = 0;
        for (SourceFormat format : INSTALLED) {
            double rating = format.detect(source);
            if (rating > surest) {
                best = format;
                surest = rating;
            }
        }
        if (best == null) {
            throw new UnusableInputException(source.name(), (source.looksLikeText() ? "is text of no" : "is binary, of no")
                    + " installed format (" + String.join(", ", INSTALLED.stream().map(SourceFormat::name).toList())
                    + ")");
        }
        return best;
    }

    /** Detects the file's format and reads it into its pages. */
    public static List<SourcePage> read(PageSource file) throws UnusableInputException {
        Source source = new Source(file);
        return detect(source).read(source);
    }
}
