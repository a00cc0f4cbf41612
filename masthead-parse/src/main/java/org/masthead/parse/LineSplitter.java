package org.masthead.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** Splits text into blocks of non-blank lines; shared by the source-format readers. */
final class LineSplitter {
    private LineSplitter() {
    }

    /**
     * Calls {@code sink} once per run of non-blank lines, with the stripped lines of the run; a line that is
     * a block by itself (as the reader decides) is handed over alone.
     */
    static void paragraphs(String text, Predicate<String> standsAlone,
            Consumer<List<String>> sink) {
        List<String> run = new ArrayList<>();
        int start = 0;
        int length = text.length();
        while (start <= length) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            String line = text.substring(start, end).strip();
            if (line.isEmpty()) {
                flush(run, sink);
            } else if (standsAlone.test(line)) {
                flush(run, sink);
                run.add(line);
                flush(run, sink);
            } else {
                run.add(line);
            }
            start = end + 1;
        }
        flush(run, sink);
    }

    /** Every line of the text, stripped; blank lines as empty strings. */
    static List<String> lines(String text) {
        List<String> lines = rawLines(text);
        lines.replaceAll(String::strip);
        return lines;
    }

    /** Every line of the text as it is. */
    static List<String> rawLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines.add(text.substring(start, end));
            start = end + 1;
        }
        return lines;
    }

    private static void flush(List<String> run, Consumer<List<String>> sink) {
        if (!run.isEmpty()) {
            sink.accept(List.copyOf(run));
            run.clear();
        }
    }
}
