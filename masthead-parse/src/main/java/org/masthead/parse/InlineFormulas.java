package org.masthead.parse;

import java.util.Map;
import java.util.Set;

/**
 * Normalisation stage for converter Markdown: inline formulas that stand for plain text become that text. A
 * converter with formula recognition (MinerU) sets figures as TeX between dollars, token by token, a space
 * either side: 旅客 {@code $1 . 4 3$} 亿人次, 增长 {@code $6 . 5 \%$} ，{@code $\mathrm{PM}_{2.5}$}. In a newspaper
 * such a formula is a figure, a unit or a symbol: the spaces between its tokens and the padding beside Chinese
 * text are the converter's, so 1.43亿人次 and 增长6.5%， come back. A formula holding a command this stage does
 * not know (a fraction, a matrix) stays as the converter wrote it, dollars and all: nothing is lost.
 *
 * <p>Dollars pair as in Markdown's math extensions: an opening {@code $} has no space after it, a closing one
 * none before it and no digit after it, both on one line; so a price (US$5 and $6) is no formula.
 */
final class InlineFormulas {
    /** Commands that print a sign: the sign. */
    private static final Map<String, String> SIGNS = Map.ofEntries(Map.entry("%", "%"), Map.entry("$", "$"),
            Map.entry("&", "&"), Map.entry("#", "#"), Map.entry("_", "_"), Map.entry("{", "{"), Map.entry("}", "}"),
            Map.entry("cdot", "·"), Map.entry("times", "×"), Map.entry("div", "÷"), Map.entry("pm", "±"),
            Map.entry("sim", "~"), Map.entry("approx", "≈"), Map.entry("leq", "≤"), Map.entry("le", "≤"),
            Map.entry("geq", "≥"), Map.entry("ge", "≥"), Map.entry("neq", "≠"), Map.entry("ne", "≠"),
            Map.entry("circ", "°"), Map.entry("degree", "°"), Map.entry("prime", "′"), Map.entry("to", "→"),
            Map.entry("rightarrow", "→"), Map.entry("leftarrow", "←"), Map.entry("cdots", "…"),
            Map.entry("ldots", "…"), Map.entry("dots", "…"), Map.entry("bullet", "•"), Map.entry("infty", "∞"),
            Map.entry("triangle", "△"), Map.entry("square", "□"), Map.entry("textperthousand", "‰"),
            Map.entry("permil", "‰"), Map.entry("textcelsius", "℃"), Map.entry("alpha", "α"),
            Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"), Map.entry("mu", "μ"),
            Map.entry("pi", "π"), Map.entry("Omega", "Ω"));
    /** Commands that space or size what follows and print nothing themselves. */
    private static final Set<String> SILENT = Set.of(",", ";", ":", "!", " ", "quad", "qquad",
            "left", "right", "big", "Big", "bigl", "bigr");
    /** Commands that set their argument in a style (roman, bold, text): the argument's text. */
    private static final Set<String> STYLES = Set.of("mathrm", "mathbf", "mathit", "mathsf",
            "mathtt", "rm", "bf", "it", "operatorname", "boldsymbol");
    /** Text-mode commands, whose spaces are the text's own. */
    private static final Set<String> TEXT = Set.of("text", "textrm", "textbf", "textit", "mbox");
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    /** Styles nest a level or two in a figure; deeper is no figure (and hostile input must not exhaust the stack). */
    private static final int MAX_NESTING = 8;

    private InlineFormulas() {
    }

    /** The text with each inline formula that stands for plain text replaced by that text. */
    static String asText(String text) {
        int dollar = text.indexOf('$');
        if (dollar < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        while (dollar >= 0) {
            int close = closing(text, dollar);
            String plain = close < 0 ? null : plain(text.substring(dollar + 1, close));
            if (plain == null) {
                dollar = text.indexOf('$', close < 0 ? dollar + 1 : close + 1);
                continue;
            }
            int from = dollar;
            if (from > copied && isPadding(text, from - 1, from - 2)) {
                from--;
            }
            int to = close + 1;
            if (isPadding(text, to, to + 1)) {
                to++;
            }
            out.append(text, copied, from).append(plain);
            copied = to;
            dollar = text.indexOf('$', to);
        }
        return copied == 0 ? text : out.append(text, copied, text.length()).toString();
    }

    /** The closing dollar of a formula opened at {@code open}, or -1 when none opens there. */
    private static int closing(String text, int open) {
        if (open > 0 && (text.charAt(open - 1) == '\\' || text.charAt(open - 1) == '$')
                || open + 1 >= text.length() || " \t\n$".indexOf(text.charAt(open + 1)) >= 0) {
            return -1;
        }
        for (int i = open + 2; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return -1;
            }
            if (c == '$' && text.charAt(i - 1) != '\\') {
                boolean closes = text.charAt(i - 1) != ' ' && (i + 1 == text.length() || !isDigit(text.charAt(i + 1)));
                return closes ? i : -1;
            }
        }
        return -1;
    }

    /** The plain text a formula's TeX stands for; null when it holds anything but text, figures and signs. */
    private static String plain(String tex) {
        StringBuilder out = new StringBuilder(tex.length());
        return read(tex, 0, tex.length(), false, 0, out) ? out.toString() : null;
    }

    /** Reads {@code tex} from {@code at} to {@code end} into {@code out}; false at anything not known. */
    private static boolean read(String tex, int at, int end, boolean textMode, int nesting, StringBuilder out) {
        if (nesting > MAX_NESTING) {
            return false;
        }
        int i = at;
        while (i < end) {
            char c = tex.charAt(i);
            if (c == '\\') {
                int name = i + 1;
                int stop = name;
                while (stop < end && Character.isLetter(tex.charAt(stop))) {
                    stop++;
                }
                if (stop == name && stop < end) {
                    stop++; // a command of one sign: \% \, \{
                }
                String command = tex.substring(name, stop);
                i = stop;
                if (SIGNS.containsKey(command)) {
                    out.append(SIGNS.get(command));
                } else if (STYLES.contains(command) || TEXT.contains(command) || command.equals("textcircled")) {
                    int open = skipSpaces(tex, i, end);
                    int close = open < end && tex.charAt(open) == '{' ? group(tex, open, end) : -1;
                    if (close < 0) {
                        return false;
                    }
                    StringBuilder argument = new StringBuilder();
                    if (!read(tex, open + 1, close, TEXT.contains(command), nesting + 1, argument)) {
                        return false;
                    }
                    if (command.equals("textcircled")) {
                        int n = circled(argument);
                        if (n == 0) {
                            return false;
                        }
                        out.append(CIRCLED.charAt(n - 1));
                    } else {
                        out.append(argument);
                    }
                    i = close + 1;
                } else if (!SILENT.contains(command)) {
                    return false;
                }
            } else if (c == '{' || c == '}' || c == '^' || c == '_') {
                // Groups, superscripts and subscripts: their text runs on in the line (PM_{2.5} is PM2.5).
                i++;
            } else if (c == ' ' && !textMode || c == '~') {
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return true;
    }

    /** The number 1 to 20 a circle is drawn round (①…⑳), or 0. */
    private static int circled(CharSequence argument) {
        if (argument.length() == 0 || argument.length() > 2 || !argument.chars().allMatch(InlineFormulas::isDigit)) {
            return 0;
        }
        int n = Integer.parseInt(argument.toString());
        return n <= CIRCLED.length() ? n : 0;
    }

    private static int skipSpaces(String tex, int at, int end) {
        while (at < end && tex.charAt(at) == ' ') {
            at++;
        }
        return at;
    }

    /** The index of the brace closing the group opened at {@code open}, or -1. */
    private static int group(String tex, int open, int end) {
        int depth = 0;
        for (int i = open; i < end; i++) {
            char c = tex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Whether the space at {@code at} is the converter's padding beside a formula, to go: it is where Chinese text
     * or another space stands beyond it ({@code beyond}). Beside Latin text it is a word space (from $40\%$ to),
     * and after a heading's or a list's mark it is the mark's ({@code # $\mathrm{PM}_{2.5}$ 平均浓度}).
     */
    private static boolean isPadding(String text, int at, int beyond) {
        if (at >= text.length() || text.charAt(at) != ' ' || beyond < 0 || beyond >= text.length()) {
            return false;
        }
        char c = text.charAt(beyond);
        return c == ' ' || c >= 0x80;
    }
}
