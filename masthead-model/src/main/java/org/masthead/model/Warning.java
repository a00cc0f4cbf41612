package org.masthead.model;

/**
 * Something in the source that does not add up (a lunar date that does not match the date, a missing
 * page…). Warnings reveal conversion errors; the parser reports them and never silently fixes the data.
 *
 * @param code    a stable machine-readable code, e.g. {@code lunar-date-mismatch}
 * @param message a sentence for people
 */
public record Warning(String code, String message) {
}
