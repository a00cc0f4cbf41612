package org.masthead.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives a byline back the names a converter set apart. A byline centred over several columns leaves an em or
 * two between its names (本报记者　王　五　　李小四); pdftotext takes those spaces for gutters and sets each name,
 * or each character of a padded name, in a block of its own: right under the reporters' role, or dropped into
 * the column below, between two lines of its text. Such blocks, names that start with a family name, are taken
 * out; their names go to the reporters' line above them, and a column they cut is one block again.
 */
final class BylineNames {
    private BylineNames() {
    }

    /** The text with the names of its bylines back on their lines. */
    static String restore(String text) {
        List<String> lines = LineSplitter.rawLines(text);
        List<int[]> blocks = blocks(lines);
        boolean[] fragment = new boolean[blocks.size()];
        boolean any = false;
        for (int b = 0; b < blocks.size(); b++) {
            fragment[b] = isFragment(lines, blocks.get(b));
            any |= fragment[b];
        }
        if (!any) {
            return text;
        }
        boolean[] dropped = new boolean[lines.size()];
        Map<Integer, Names> found = new HashMap<>();
        int byline = -1;
        for (int b = 0; b < blocks.size(); b++) {
            int end = b;
            while (end < blocks.size() && fragment[end]) {
                end++;
            }
            if (end == b) {
                for (int i = blocks.get(b)[0]; i <= blocks.get(b)[1]; i++) {
                    if (Segments.isReporters(lines.get(i))) {
                        byline = i;
                    }
                }
                continue;
            }
            boolean under = b > 0 && blocks.get(b - 1)[1] == byline;
            boolean cuts = b > 0 && end < blocks.size()
                    && cutsText(lines.subList(blocks.get(b - 1)[0], blocks.get(b - 1)[1] + 1),
                            lines.get(blocks.get(end)[0]).strip());
            if (byline >= 0 && (under || cuts)) {
                Names taken = found.getOrDefault(byline, new Names()).copy();
                boolean paired = true;
                for (int f = b; f < end && paired; f++) {
                    paired = taken.add(lines.get(blocks.get(f)[0]).strip());
                }
                // A lone family name waits for its given name only right under the role, where that follows.
                if (paired && (under || taken.surname == null)) {
                    found.put(byline, taken);
                    // Under the role only the names' own blocks go; inside a column the column closes up.
                    int last = under ? blocks.get(end - 1)[1] : blocks.get(end)[0] - 1;
                    for (int i = blocks.get(b - 1)[1] + 1; i <= last; i++) {
                        dropped[i] = true;
                    }
                }
            }
            b = end - 1;
        }
        if (found.isEmpty()) {
            return text;
        }
        found.forEach((line, names) -> lines.set(line, lines.get(line) + " " + names.joined()));
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.size(); i++) {
            if (!dropped[i]) {
                out.append(lines.get(i)).append(i + 1 < lines.size() ? "\n" : "");
            }
        }
        return out.toString();
    }

    /** Runs of non-blank lines, as first and last line. */
    private static List<int[]> blocks(List<String> lines) {
        List<int[]> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                int first = i;
                while (i + 1 < lines.size() && !lines.get(i + 1).isBlank()) {
                    i++;
                }
                blocks.add(new int[] {first, i});
            }
        }
        return blocks;
    }

    /** A block of one line that holds a name (王五, 王 五; not a credit, 王五摄) or one character of a padded name. */
    private static boolean isFragment(List<String> lines, int[] block) {
        if (block[0] != block[1]) {
            return false;
        }
        String line = lines.get(block[0]).strip();
        return line.length() == 1 && HanScript.isHan(line.charAt(0))
                || Segments.isName(line) && Surnames.at(line) > 0 && !ItemSegmenter.matches(line)
                && Segments.credit(line) == null;
    }

    /**
     * Whether a block between the block before it and the line after it cuts running text: the block before is
     * a column's text, and the line after is too or the block stops mid-sentence. A column's last line may hold
     * no mark of its own (…在全军比武中); a block without punctuation may be a headline that left its last
     * characters (万个) in a block of their own.
     */
    private static boolean cutsText(List<String> before, String after) {
        String last = before.get(before.size() - 1).strip();
        return before.stream().anyMatch(PrintedLines::hasPunctuation)
                && (PrintedLines.hasPunctuation(after) || !Segments.finished(last));
    }

    /** A byline's names as its blocks give them; a padded name comes a character at a time. */
    private static final class Names {
        private final List<String> names = new ArrayList<>(2);
        private String surname;

        Names copy() {
            Names copy = new Names();
            copy.names.addAll(names);
            copy.surname = surname;
            return copy;
        }

        /** Adds a block's text; false when it cannot be part of a name here. */
        boolean add(String fragment) {
            String name = fragment.replace(" ", "");
            if (surname != null) {
                if (name.length() != 1) {
                    return false;
                }
                names.add(surname + name);
                surname = null;
            } else if (name.length() == 1) {
                if (Surnames.at(name) == 0) {
                    return false;
                }
                surname = name;
            } else {
                names.add(name);
            }
            return true;
        }

        String joined() {
            return String.join(" ", names) + (surname == null ? "" : (names.isEmpty() ? "" : " ") + surname);
        }
    }
}
