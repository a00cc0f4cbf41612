package org.masthead.parse;

import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.TimeZone;
import java.time.LocalDate;

/**
 * The Chinese lunisolar date of a Gregorian date, from ICU4J, and the comparison with a printed lunar date
 * (乙巳年五月廿四, 农历五月廿四, 闰六月初一, 冬月, 腊月, 二十四 or 廿四).
 */
final class LunarCalendar {
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";
    private static final String[] MONTHS = {"正", "二", "三", "四", "五", "六", "七", "八", "九", "十", "冬", "腊"};
    private static final String[] DAY_TENS = {"初", "十", "廿", "三"};

    /** ICU calendars are costly to build and not thread-safe: one per thread, reused. */
    private static final ThreadLocal<ChineseCalendar> CALENDAR = ThreadLocal.withInitial(() -> {
        ChineseCalendar calendar = new ChineseCalendar(TimeZone.GMT_ZONE);
        calendar.setTimeZone(TimeZone.GMT_ZONE);
        return calendar;
    });

    private LunarCalendar() {
    }

    /** A lunar date: the sexagenary year (1–60), month 1–12, leap flag, day 1–30. */
    record LunarDate(int cycleYear, int month, boolean leap, int day) {
        /** As papers print it: 乙巳年五月廿四. */
        String printed() {
            StringBuilder out = new StringBuilder(8);
            out.append(STEMS.charAt((cycleYear - 1) % 10)).append(BRANCHES.charAt((cycleYear - 1) % 12)).append('年');
            if (leap) {
                out.append('闰');
            }
            out.append(month == 11 || month == 12 ? (month == 11 ? "十一" : "十二") : MONTHS[month - 1]).append('月');
            if (day == 10) {
                out.append("初十");
            } else if (day == 20) {
                out.append("二十");
            } else if (day == 30) {
                out.append("三十");
            } else {
                out.append(DAY_TENS[day / 10]).append("〇一二三四五六七八九".charAt(day % 10));
            }
            return out.toString();
        }
    }

    /** The pages of one edition share a date: the last answer is kept per thread. */
    private static final ThreadLocal<LunarDate[]> LAST = ThreadLocal.withInitial(() -> new LunarDate[1]);
    private static final ThreadLocal<LocalDate[]> LAST_DATE = ThreadLocal.withInitial(() -> new LocalDate[1]);

    /** The lunar date of a Gregorian day, by ICU4J's Chinese calendar. */
    static LunarDate of(LocalDate date) {
        LocalDate[] lastDate = LAST_DATE.get();
        LunarDate[] last = LAST.get();
        if (date.equals(lastDate[0])) {
            return last[0];
        }
        last[0] = compute(date);
        lastDate[0] = date;
        return last[0];
    }

    private static LunarDate compute(LocalDate date) {
        ChineseCalendar calendar = CALENDAR.get();
        // Noon UTC is the same civil day in China, whatever the hour of the new moon.
        calendar.setTimeInMillis(date.toEpochDay() * 86_400_000L + 12 * 3_600_000L);
        return new LunarDate(calendar.get(ChineseCalendar.YEAR), calendar.get(ChineseCalendar.MONTH) + 1,
                calendar.get(ChineseCalendar.IS_LEAP_MONTH) == 1, calendar.get(ChineseCalendar.DAY_OF_MONTH));
    }

    /**
     * Whether a printed lunar date names the given Gregorian day. A printed date without its year is
     * compared by month and day only. Unreadable text counts as not matching.
     */
    static boolean matches(String printed, LocalDate date) {
        LunarDate actual = of(date);
        int at = 0;
        if (printed.length() > 2 && printed.charAt(2) == '年') {
            int stem = STEMS.indexOf(printed.charAt(0));
            int branch = BRANCHES.indexOf(printed.charAt(1));
            if (stem < 0 || branch < 0 || stem != (actual.cycleYear() - 1) % 10
                    || branch != (actual.cycleYear() - 1) % 12) {
                return false;
            }
            at = 3;
        }
        boolean leap = at < printed.length() && printed.charAt(at) == '闰';
        if (leap) {
            at++;
        }
        int monthEnd = printed.indexOf('月', at);
        if (monthEnd < 0) {
            return false;
        }
        int month = month(printed.substring(at, monthEnd));
        int day = day(printed.substring(monthEnd + 1));
        return leap == actual.leap() && month == actual.month() && day == actual.day();
    }

    private static int month(String name) {
        switch (name) {
            case "正": return 1;
            case "冬": return 11;
            case "腊": return 12;
            default: return ChineseNumerals.parse(name);
        }
    }

    private static int day(String name) {
        if (name.startsWith("初")) {
            return ChineseNumerals.parse(name, 1, name.length());
        }
        return ChineseNumerals.parse(name);
    }
}
