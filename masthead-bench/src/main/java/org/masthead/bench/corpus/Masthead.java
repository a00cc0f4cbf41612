package org.masthead.bench.corpus;

import java.time.LocalDate;

/**
 * The masthead of one edition as printed on its first page.
 *
 * @param title     the paper
 * @param date      the edition date
 * @param weekday   the weekday as printed (星期四)
 * @param issue     the issue number
 * @param lunarDate the lunar date as printed
 * @param pageCount 今日N版
 */
record Masthead(Title title, LocalDate date, String weekday, int issue, String lunarDate, int pageCount) {

    /** The two lines under the title, as the sample page prints them. */
    String[] lines(boolean markdownLinks) {
        StringBuilder first = new StringBuilder();
        first.append(date.getYear()).append('年').append(date.getMonthValue()).append('月')
                .append(date.getDayOfMonth()).append("日 ").append(weekday);
        if (title.website() != null) {
            first.append(' ').append(title.siteName()).append(' ')
                    .append(markdownLinks ? "<" + title.website() + ">" : title.website());
        }
        first.append(" 第").append(issue).append("号 ").append(title.publisher()).append("出版");
        String second = lunarDate + " 今日" + pageCount + "版 国内统一连续出版物号：" + title.serial() + " 邮发代号"
                + title.postalCode();
        return new String[] {first.toString(), second};
    }
}
