package org.masthead.web;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.ULocale;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Date;
import java.util.Locale;
import org.masthead.model.Edition;
import org.masthead.model.ItemKind;
import org.masthead.model.Page;

/**
 * What every template gets: the interface language with its words and date formats, and the request's own
 * URL so the language switcher can link to the same page in the other language.
 */
public final class Ui {
    private static final ULocale LUNAR = new ULocale("zh@calendar=chinese;numbers=hanidays");
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Lang lang;
    private final String path;
    private final String query;

    public Ui(Lang lang, String path, String query) {
        this.lang = lang;
        this.path = path;
        this.query = query == null ? "" : query;
    }

    public Lang lang() {
        return lang;
    }

    public String tag() {
        return lang.tag();
    }

    /** Interface text. */
    public String t(String key, Object... args) {
        return lang.t(key, args);
    }

    /** This page in another language: the same URL with {@code lang} replaced. */
    public String switchTo(Lang other) {
        StringBuilder kept = new StringBuilder();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty() && !pair.startsWith("lang=")) {
                kept.append(pair).append('&');
            }
        }
        return path + "?" + kept + "lang=" + other.code();
    }

    public String date(LocalDate date) {
        return lang == Lang.ZH
                ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日"
                : EN_DATE.format(date);
    }

    /** 2025年6月19日 星期四 / Thursday, 19 June 2025. */
    public String dateAndWeekday(Edition edition) {
        return lang == Lang.ZH ? date(edition.date()) + " " + weekday(edition)
                : weekday(edition) + ", " + date(edition.date());
    }

    /** The weekday as printed in the masthead, else as the calendar has it. */
    public String weekday(Edition edition) {
        DayOfWeek day = edition.masthead().weekday() != null ? DayOfWeek.of(edition.masthead().weekday()) : edition.date().getDayOfWeek();
        return weekday(day);
    }

    public String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, lang.locale());
    }

    /** The lunar date as printed, else computed (乙巳年五月廿四). */
    public String lunar(Edition edition) {
        return edition.masthead().lunarDate() != null ? edition.masthead().lunarDate() : lunar(edition.date());
    }

    public static String lunar(LocalDate date) {
        Date instant = Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
        SimpleDateFormat format = new SimpleDateFormat("U年MMMd", LUNAR);
        format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
        return format.format(instant);
    }

    public String month(int year, int month) {
        return lang == Lang.ZH ? year + "年" + month + "月"
                : java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.UK) + " " + year;
    }

    public String monthShort(int month) {
        return lang == Lang.ZH ? month + "月" : java.time.Month.of(month).getDisplayName(TextStyle.SHORT, Locale.UK);
    }

    /** 第3版 / Page 3. */
    public String pageLabel(int number) {
        return t("page.label", number);
    }

    /** 第3版 要闻 / Page 3 · 要闻. */
    public String pageName(Page page) {
        return page.name() == null ? pageLabel(page.number()) : t("page.named", page.number(), page.name());
    }

    public String kind(ItemKind kind) {
        return t("kind." + kind.json());
    }

    public String kind(String kind) {
        return t("kind." + kind);
    }
}
