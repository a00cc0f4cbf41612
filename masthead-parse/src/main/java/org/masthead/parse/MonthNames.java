package org.masthead.parse;

import java.util.Locale;

/** English month names as papers print them, whole or cut short (June, Jun., Sept.), in any case. */
final class MonthNames {
    /** A month's name; one group, the name. */
    static final String PATTERN = "((?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\\b\\.?";
    private static final String FIRST_THREE = "janfebmaraprmayjunjulaugsepoctnovdec";

    private MonthNames() {
    }

    /** The month (1–12) a name matched by {@link #PATTERN} gives. */
    static int parse(String name) {
        return FIRST_THREE.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
    }
}
