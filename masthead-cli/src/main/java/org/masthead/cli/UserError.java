package org.masthead.cli;

/** A problem with what the user asked for or gave: printed as one line, never as a stack trace. */
final class UserError extends RuntimeException {
    UserError(String message) {
        super(message);
    }

    /**
     * The text made one line: control characters (a newline in a file name, the lines of a database's
     * message) are written as escapes, so one problem is always one line of stderr.
     */
    static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
