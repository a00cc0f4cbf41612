package org.masthead.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * One day's issue of one newspaper title, as printed: the masthead data and its pages.
 * Fields the source did not show are {@code null}, never guessed.
 *
 * @param title       the paper's name as printed in the masthead (解放军报)
 * @param date        publication date
 * @param weekday     ISO weekday 1–7 as printed (星期四 → 4), not derived from the date
 * @param issueNumber the running issue number (第24632号)
 * @param lunarDate   the lunar date as printed (乙巳年五月廿四)
 * @param pageCount   pages announced by the masthead (今日12版)
 * @param serial      the serial number as printed (CN 81-0001/(J), ISSN …)
 * @param postalCode  邮发代号
 * @param website     the paper's web address
 * @param publisher   the publisher as printed (解放军报社)
 * @param warnings    inconsistencies found while reading the source
 * @param pages       the pages held, by ascending number
 */
@JsonPropertyOrder({"schema", "title", "date", "weekday", "issueNumber", "lunarDate", "pageCount", "serial",
        "postalCode", "website", "publisher", "warnings", "pages"})
public record Edition(
        String title,
        LocalDate date,
        Integer weekday,
        Integer issueNumber,
        String lunarDate,
        Integer pageCount,
        String serial,
        String postalCode,
        String website,
        String publisher,
        List<Warning> warnings,
        List<Page> pages) {

    /** Version of the JSON shape; bumped only on incompatible change. */
    public static final String SCHEMA = "masthead.edition/1";

    public Edition {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        pages = pages == null ? List.of() : List.copyOf(pages);
    }

    @JsonProperty("schema")
    public String schema() {
        return SCHEMA;
    }
}
