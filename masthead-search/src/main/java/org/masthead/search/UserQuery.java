package org.masthead.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.masthead.model.ItemKind;

/**
 * The query language users know, translated to Solr's standard (lucene) syntax.
 *
 * <pre>
 *   中亚峰会 王毅              both (AND is implied)
 *   "中国—中亚精神"            a phrase; quotes are only needed around spaces or operators
 *   峰会 OR 会晤, NOT 台风, -台风, ( … )
 *   headline:峰会  author:王毅  title:jiefangjunbao  kind:photo  page:3
 *   date:2025-06  date:2025-06-01..2025-06-30  date:[2025-06-01 TO 2025-06-30]  date:2025..
 * </pre>
 *
 * Every word or phrase with a CJK character in it becomes one exact phrase over the character fields
 * (see {@link Normalization}): no segmentation decides what is found. Words in Latin script use the
 * English word field. Bad syntax is a {@link SearchException} with a one-line message.
 */
public final class UserQuery {

    private static final Set<String> FIELDS = Set.of("headline", "author", "title", "kind", "page", "date");

    private final String text;
    private final Node root;

    private UserQuery(String text, Node root) {
        this.text = text;
        this.root = root;
    }

    /** Parses a query; blank or {@code *} means every article. */
    public static UserQuery parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty() || trimmed.equals("*")) {
            return new UserQuery(trimmed, null);
        }
        return new UserQuery(trimmed, new Parser(trimmed).parse());
    }

    /** The query as typed. */
    public String text() {
        return text;
    }

    /** Whether this query matches every article. */
    public boolean matchesAll() {
        return root == null;
    }

    /** The query in Solr's standard syntax, every operator explicit (does not depend on q.op). */
    public String lucene() {
        return root == null ? "*:*" : root.lucene();
    }

    /** The words and phrases a match shows in the text (field-less and headline terms not under NOT), as typed. */
    public List<String> shown() {
        List<String> words = new ArrayList<>();
        if (root != null) {
            root.positive(term -> {
                if (term.field == null || term.field.equals("headline")) {
                    words.add(term.value);
                }
            });
        }
        return words;
    }

    /** Optional clauses that only add to the score: CJK phrases on the smartcn word field; or null. */
    public String ranking() {
        List<String> clauses = new ArrayList<>();
        if (root != null) {
            root.positive(term -> {
                if (term.field == null && term.cjk) {
                    clauses.add("all_zh:" + quote(term.value));
                }
            });
        }
        return clauses.isEmpty() ? null : String.join(" OR ", clauses);
    }

    static String quote(String value) {
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    // ---- the tree ----

    private interface Node {
        String lucene();

        void positive(java.util.function.Consumer<Term> sink);
    }

    private record And(List<Node> parts) implements Node {
        @Override
        public String lucene() {
            StringBuilder out = new StringBuilder("(");
            boolean anyPositive = false;
            for (Node part : parts) {
                if (part instanceof Not not) {
                    out.append(" -").append(not.part.lucene());
                } else {
                    anyPositive = true;
                    out.append(" +").append(part.lucene());
                }
            }
            if (!anyPositive) {
                out.append(" +*:*");
            }
            return out.append(" )").toString();
        }

        @Override
        public void positive(java.util.function.Consumer<Term> sink) {
            parts.forEach(p -> p.positive(sink));
        }
    }

    private record Or(List<Node> parts) implements Node {
        @Override
        public String lucene() {
            List<String> out = new ArrayList<>();
            parts.forEach(p -> out.add(p.lucene()));
            return "(" + String.join(" OR ", out) + ")";
        }

        @Override
        public void positive(java.util.function.Consumer<Term> sink) {
            parts.forEach(p -> p.positive(sink));
        }
    }

    private record Not(Node part) implements Node {
        @Override
        public String lucene() {
            return "(+*:* -" + part.lucene() + ")";
        }

        @Override
        public void positive(java.util.function.Consumer<Term> sink) {
            // terms under NOT are not highlighted nor ranked
        }
    }

    /** A word or phrase, optionally with a field prefix. */
    private static final class Term implements Node {
        final String field;
        final String value;
        final boolean cjk;

        Term(String field, String value) {
            this.field = field;
            this.value = value;
            this.cjk = Normalization.hasCjk(value);
        }

        @Override
        public String lucene() {
            String q = quote(value);
            if (field == null) {
                if (!cjk) {
                    return "all_en:" + q;
                }
                boolean single = Normalization.normalize(value).codePointCount(0,
                        Normalization.normalize(value).length()) == 1;
                return single ? "(all_u:" + q + " OR headline:" + q + "^2)"
                        : "(all_b:" + q + " OR headline_b:" + q + "^2)";
            }
            return switch (field) {
                case "headline" -> "headline:" + q;
                case "author" -> "author:" + q;
                case "title" -> "(title:" + q + " OR titleName:" + q + ")";
                case "kind" -> "kind:" + q;
                case "page" -> "pages:" + q;
                default -> throw new IllegalStateException(field);
            };
        }

        @Override
        public void positive(java.util.function.Consumer<Term> sink) {
            sink.accept(this);
        }
    }

    private record DateRange(LocalDate from, LocalDate to) implements Node {
        @Override
        public String lucene() {
            return "date:[" + (from == null ? "*" : from + "T00:00:00Z") + " TO "
                    + (to == null ? "*" : to + "T00:00:00Z") + "]";
        }

        @Override
        public void positive(java.util.function.Consumer<Term> sink) {
        }
    }

    // ---- the parser: recursive descent over the raw text ----

    private static final class Parser {
        private final String in;
        private int pos;

        Parser(String in) {
            this.in = in;
        }

        Node parse() {
            Node node = or();
            skipSpace();
            if (pos < in.length()) {
                throw error(in.charAt(pos) == ')' ? "unmatched ')'" : "unexpected '" + in.charAt(pos) + "'");
            }
            return node;
        }

        private Node or() {
            List<Node> parts = new ArrayList<>();
            parts.add(and());
            while (keyword("OR")) {
                parts.add(and());
            }
            return parts.size() == 1 ? parts.get(0) : new Or(parts);
        }

        private Node and() {
            List<Node> parts = new ArrayList<>();
            parts.add(unary());
            while (true) {
                skipSpace();
                if (pos >= in.length() || in.charAt(pos) == ')' || peekKeyword("OR")) {
                    break;
                }
                keyword("AND");
                parts.add(unary());
            }
            return parts.size() == 1 ? parts.get(0) : new And(parts);
        }

        private Node unary() {
            skipSpace();
            if (keyword("NOT")) {
                return new Not(unary());
            }
            if (pos < in.length() && in.charAt(pos) == '-') {
                pos++;
                return new Not(primary());
            }
            if (pos < in.length() && in.charAt(pos) == '+') {
                pos++;
            }
            return primary();
        }

        private Node primary() {
            skipSpace();
            if (pos >= in.length()) {
                throw error("the query ends where a word or phrase was expected");
            }
            char c = in.charAt(pos);
            if (c == '(') {
                pos++;
                skipSpace();
                if (pos < in.length() && in.charAt(pos) == ')') {
                    throw error("empty parentheses");
                }
                Node inner = or();
                skipSpace();
                if (pos >= in.length() || in.charAt(pos) != ')') {
                    throw error("missing ')'");
                }
                pos++;
                return inner;
            }
            if (c == ')') {
                throw error("unmatched ')'");
            }
            if (c == '"') {
                return term(null, phrase());
            }
            if (peekKeyword("AND") || peekKeyword("OR")) {
                throw error("'" + in.substring(pos, pos + (peekKeyword("OR") ? 2 : 3)) + "' needs a word on each side");
            }
            String word = word();
            int colon = word.indexOf(':');
            if (colon > 0 && word.substring(0, colon).chars().allMatch(ch -> ch < 128 && Character.isLetter(ch))) {
                String field = word.substring(0, colon).toLowerCase(Locale.ROOT);
                if (!FIELDS.contains(field)) {
                    throw error("unknown field '" + word.substring(0, colon) + ":' (known: author, date, headline, "
                            + "kind, page, title)");
                }
                pos -= word.length() - colon - 1;
                return fieldValue(field);
            }
            return term(null, word);
        }

        private Node fieldValue(String field) {
            if (pos >= in.length() || Character.isWhitespace(in.charAt(pos))) {
                throw error("'" + field + ":' needs a value right after the colon");
            }
            if (field.equals("date")) {
                return dateValue();
            }
            String value = in.charAt(pos) == '"' ? phrase() : word();
            switch (field) {
                case "kind" -> {
                    try {
                        return new Term(field, ItemKind.of(value).json());
                    } catch (IllegalArgumentException e) {
                        throw error("unknown kind '" + value + "' (known: article, commentary, photo, teaser, brief)");
                    }
                }
                case "page" -> {
                    if (!value.matches("[0-9]{1,4}")) {
                        throw error("page: needs a page number, not '" + value + "'");
                    }
                    return new Term(field, String.valueOf(Integer.parseInt(value)));
                }
                default -> {
                    return term(field, value);
                }
            }
        }

        private Node dateValue() {
            if (in.charAt(pos) == '[') {
                int end = in.indexOf(']', pos);
                if (end < 0) {
                    throw error("date range without ']'");
                }
                String[] ends = in.substring(pos + 1, end).strip().split("\\s+TO\\s+", -1);
                pos = end + 1;
                if (ends.length != 2) {
                    throw error("a date range is written [FROM TO TO], e.g. [2025-06-01 TO 2025-06-30]");
                }
                return range(ends[0], ends[1]);
            }
            String value = word();
            int dots = value.indexOf("..");
            if (dots >= 0) {
                return range(value.substring(0, dots), value.substring(dots + 2));
            }
            return range(value, value);
        }

        private DateRange range(String from, String to) {
            LocalDate start = from.isBlank() || from.equals("*") ? null : day(from, false);
            LocalDate end = to.isBlank() || to.equals("*") ? null : day(to, true);
            if (start != null && end != null && end.isBefore(start)) {
                throw error("date range ends before it starts: " + start + " > " + end);
            }
            return new DateRange(start, end);
        }

        /** A day, month (2025-06) or year (2025); {@code last} picks the end of a month or year. */
        private LocalDate day(String value, boolean last) {
            try {
                return parseDay(value, last);
            } catch (DateTimeParseException | NumberFormatException e) {
                throw error("bad date '" + value + "' (use 2025-06-19, 2025-06 or 2025)");
            }
        }

        private String phrase() {
            int start = ++pos;
            int end = in.indexOf('"', start);
            if (end < 0) {
                throw error("a quote \" is not closed");
            }
            pos = end + 1;
            String value = in.substring(start, end);
            if (value.isBlank()) {
                throw error("empty phrase \"\"");
            }
            return value;
        }

        private String word() {
            int start = pos;
            while (pos < in.length()) {
                char c = in.charAt(pos);
                if (Character.isWhitespace(c) || c == '(' || c == ')' || c == '"') {
                    break;
                }
                pos++;
            }
            if (pos == start) {
                throw error("a word or phrase was expected");
            }
            return in.substring(start, pos);
        }

        private Node term(String field, String value) {
            if (Normalization.normalize(value).isEmpty()) {
                throw error("nothing searchable in '" + value + "' (only letters and digits are indexed)");
            }
            return new Term(field, value);
        }

        private boolean peekKeyword(String keyword) {
            skipSpace();
            int end = pos + keyword.length();
            return in.startsWith(keyword, pos) && (end == in.length() || Character.isWhitespace(in.charAt(end))
                    || in.charAt(end) == '(' || in.charAt(end) == '"');
        }

        private boolean keyword(String keyword) {
            if (peekKeyword(keyword)) {
                pos += keyword.length();
                return true;
            }
            return false;
        }

        private void skipSpace() {
            while (pos < in.length() && Character.isWhitespace(in.charAt(pos))) {
                pos++;
            }
        }

        /** A one-line refusal: the query is quoted with its line breaks and other controls escaped (fuzzing found them). */
        private SearchException error(String problem) {
            return new SearchException(printable("bad query: " + problem + " (at character " + (pos + 1) + " of \"" + in
                    + "\")"));
        }

        private static String printable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(c -> {
                if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x85) {
                    out.append(String.format(Locale.ROOT, "\\u%04x", c));
                } else {
                    out.appendCodePoint(c);
                }
            });
            return out.toString();
        }
    }

    /** A day, month (2025-06) or year (2025) as a date; {@code last} picks the end of a month or year. */
    static LocalDate parseDay(String value, boolean last) {
        String v = value.strip();
        if (v.matches("\\d{4}")) {
            int year = Integer.parseInt(v);
            return last ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
        }
        if (v.matches("\\d{4}-\\d{1,2}")) {
            YearMonth month = YearMonth.parse(v.length() == 6 ? v.substring(0, 5) + "0" + v.substring(5) : v);
            return last ? month.atEndOfMonth() : month.atDay(1);
        }
        return LocalDate.parse(v);
    }
}
