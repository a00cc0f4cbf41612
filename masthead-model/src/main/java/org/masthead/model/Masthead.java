package org.masthead.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * What a front page's masthead (报头) prints about the day's issue. Fields not printed are {@code null},
 * never guessed. An inside page's running header yields a masthead with just its title and date.
 *
 * @param title       the paper's name as printed (解放军报)
 * @param date        publication date
 * @param weekday     ISO weekday 1–7 as printed (星期四 → 4), not derived from the date
 * @param issueNumber the running issue number (第24632号)
 * @param lunarDate   the lunar date as printed (乙巳年五月廿四)
 * @param pageCount   pages announced by the masthead (今日12版)
 * @param serial      the serial number as printed (CN 81-0001/(J), ISSN …)
 * @param postalCode  邮发代号
 * @param website     the paper's web address
 * @param publisher   the publisher as printed (解放军报社)
 */
@JsonPropertyOrder({"title", "date", "weekday", "issueNumber", "lunarDate", "pageCount", "serial", "postalCode",
        "website", "publisher"})
public record Masthead(
        String title,
        LocalDate date,
        Integer weekday,
        Integer issueNumber,
        String lunarDate,
        Integer pageCount,
        String serial,
        String postalCode,
        String website,
        String publisher) {

    /** Nothing printed. */
    public static final Masthead NONE = builder().build();

    /** Whether this is a front page's masthead rather than an inside page's running header. */
    @JsonIgnore
    public boolean isFrontPage() {
        return issueNumber != null || pageCount != null || serial != null || postalCode != null || lunarDate != null;
    }

    /** This masthead with every field it lacks taken from {@code other}: the rule for merging pages' heads. */
    public Masthead orElse(Masthead other) {
        return new Masthead(
                or(Masthead::title, other), or(Masthead::date, other), or(Masthead::weekday, other),
                or(Masthead::issueNumber, other), or(Masthead::lunarDate, other), or(Masthead::pageCount, other),
                or(Masthead::serial, other), or(Masthead::postalCode, other), or(Masthead::website, other),
                or(Masthead::publisher, other));
    }

    private <T> T or(Function<Masthead, T> field, Masthead other) {
        T own = field.apply(this);
        return own != null ? own : field.apply(other);
    }

    public Masthead withTitle(String title) {
        return toBuilder().title(title).build();
    }

    public Masthead withDate(LocalDate date) {
        return toBuilder().date(date).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().title(title).date(date).weekday(weekday).issueNumber(issueNumber).lunarDate(lunarDate)
                .pageCount(pageCount).serial(serial).postalCode(postalCode).website(website).publisher(publisher);
    }

    /** Builds a masthead field by field, so adding a field touches no caller. */
    public static final class Builder {
        private String title;
        private LocalDate date;
        private Integer weekday;
        private Integer issueNumber;
        private String lunarDate;
        private Integer pageCount;
        private String serial;
        private String postalCode;
        private String website;
        private String publisher;

        private Builder() {
        }

        public Builder title(String title) { this.title = title; return this; }
        public Builder date(LocalDate date) { this.date = date; return this; }
        public Builder weekday(Integer weekday) { this.weekday = weekday; return this; }
        public Builder issueNumber(Integer issueNumber) { this.issueNumber = issueNumber; return this; }
        public Builder lunarDate(String lunarDate) { this.lunarDate = lunarDate; return this; }
        public Builder pageCount(Integer pageCount) { this.pageCount = pageCount; return this; }
        public Builder serial(String serial) { this.serial = serial; return this; }
        public Builder postalCode(String postalCode) { this.postalCode = postalCode; return this; }
        public Builder website(String website) { this.website = website; return this; }
        public Builder publisher(String publisher) { this.publisher = publisher; return this; }

        public Masthead build() {
            return new Masthead(title, date, weekday, issueNumber, lunarDate, pageCount, serial, postalCode, website,
                    publisher);
        }
    }
}
