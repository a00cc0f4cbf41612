package org.masthead.parse;

import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.ItemKind;
import org.masthead.model.Page;
import org.masthead.model.Section;
import org.masthead.model.Warning;

/**
 * Writes a cleaned edition as Markdown that reads like the newspaper: in a Chinese paper's own words (第三版,
 * 下转第三版, 记者) when the edition is written in Chinese, and in plain English words otherwise (Page 3,
 * Continued on page 3, By), so that a German or English page carries no Chinese it never printed.
 */
public final class EditionMarkdown {
    private static final String NUMERALS = "〇一二三四五六七八九";
    // The marks this writes that EditionMarkdownFormat reads back: one spelling of each, here.
    static final String PHOTO_ZH = "> 【图片】";
    static final String PHOTO_EN = "> [Photo] ";
    static final String CREDIT_OPEN_ZH = " （";
    static final String CREDIT_CLOSE_ZH = " 摄）";
    static final String TEASER_OPEN = "> **";
    static final String EDITORS_EN = "Page editors: ";
    static final String NO_HEADLINE_ZH = "（标题缺失）";
    static final String NO_HEADLINE_EN = "(no headline)";
    /** An edition is Chinese when at least this share of its letters are Han characters. */
    private static final double CHINESE_SHARE = 0.2;

    private final StringBuilder md = new StringBuilder(4096);
    private final boolean chinese;

    private EditionMarkdown(boolean chinese) {
        this.chinese = chinese;
    }

    public static String of(Edition edition) {
        EditionMarkdown writer = new EditionMarkdown(isChinese(edition));
        writer.edition(edition);
        return writer.md.toString();
    }

    /** Whether the edition is written in Chinese: Han characters among the letters of its headlines and text. */
    static boolean isChinese(Edition edition) {
        long[] counts = new long[2]; // letters, Han characters
        count(edition.title(), counts);
        for (Page page : edition.pages()) {
            for (Item item : page.items()) {
                count(item.headline(), counts);
                count(item.caption(), counts);
                for (Section section : item.sections()) {
                    section.paragraphs().forEach(paragraph -> count(paragraph, counts));
                }
            }
        }
        // A page with no letters at all is taken for Chinese, the papers Masthead is first made for.
        return counts[0] == 0 || counts[1] >= counts[0] * CHINESE_SHARE;
    }

    private static void count(String text, long[] counts) {
        if (text != null) {
            text.codePoints().filter(Character::isLetter).forEach(c -> {
                counts[0]++;
                counts[1] += Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? 1 : 0;
            });
        }
    }

    private void edition(Edition edition) {
        md.append("# ").append(edition.title() != null ? edition.title() : chinese ? "（报名不详）" : "(title unknown)")
                .append("\n\n");
        StringBuilder line = new StringBuilder();
        if (chinese) {
            if (edition.date() != null) {
                line.append(edition.date().getYear()).append('年').append(edition.date().getMonthValue()).append('月')
                        .append(edition.date().getDayOfMonth()).append('日');
            }
            if (edition.masthead().weekday() != null) {
                space(line).append("星期").append("一二三四五六日".charAt(edition.masthead().weekday() - 1));
            }
            if (edition.masthead().lunarDate() != null) {
                space(line).append("农历").append(edition.masthead().lunarDate());
            }
            if (edition.masthead().issueNumber() != null) {
                space(line).append('第').append(edition.masthead().issueNumber()).append('号');
            }
            if (edition.masthead().pageCount() != null) {
                space(line).append("今日").append(edition.masthead().pageCount()).append('版');
            }
        } else {
            if (edition.masthead().weekday() != null) {
                line.append(DayOfWeek.of(edition.masthead().weekday()).getDisplayName(TextStyle.FULL, Locale.ENGLISH))
                        .append(edition.date() != null ? "," : "");
            }
            if (edition.date() != null) {
                space(line).append(edition.date().format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)));
            }
            if (edition.masthead().issueNumber() != null) {
                space(line).append("No. ").append(edition.masthead().issueNumber());
            }
            if (edition.masthead().pageCount() != null) {
                space(line).append(edition.masthead().pageCount()).append(" pages");
            }
        }
        if (line.length() > 0) {
            md.append(line).append("\n\n");
        }
        line.setLength(0);
        if (edition.masthead().publisher() != null) {
            line.append(chinese ? edition.masthead().publisher() + "出版" : "Published by " + edition.masthead().publisher());
        }
        if (edition.masthead().serial() != null) {
            space(line).append(edition.masthead().serial());
        }
        if (edition.masthead().postalCode() != null) {
            space(line).append(chinese ? "邮发代号 " : "Postal code ").append(edition.masthead().postalCode());
        }
        if (edition.masthead().website() != null) {
            space(line).append('<').append(edition.masthead().website()).append('>');
        }
        if (line.length() > 0) {
            md.append(line).append("\n\n");
        }
        for (Warning warning : edition.warnings()) {
            md.append("> **").append(warning.code()).append("**: ").append(warning.message()).append("\n\n");
        }
        for (Page page : edition.pages()) {
            page(page);
        }
    }

    private void page(Page page) {
        md.append("---\n\n## ").append(pageName(page.number()));
        if (page.name() != null) {
            md.append(" ").append(page.name());
        }
        md.append("\n\n");
        for (Item item : page.items()) {
            item(item);
        }
        if (!page.editors().isEmpty()) {
            md.append(chinese ? "*版面编辑：" : "*" + EDITORS_EN).append(String.join(" ", page.editors())).append("*\n\n");
        }
    }

    private void item(Item item) {
        if (item.kind() == ItemKind.PHOTO) {
            md.append(chinese ? PHOTO_ZH : PHOTO_EN);
            if (item.caption() != null) {
                md.append(item.caption());
            }
            if (item.credit() != null) {
                md.append(chinese ? CREDIT_OPEN_ZH + item.credit() + CREDIT_CLOSE_ZH : " (Photo: " + item.credit() + ")");
            }
            md.append("\n\n");
            return;
        }
        if (item.kind() == ItemKind.TEASER) {
            md.append(TEASER_OPEN).append(item.headline() == null ? "" : item.headline()).append("**");
            for (Section section : item.sections()) {
                for (String paragraph : section.paragraphs()) {
                    md.append(" ").append(paragraph);
                }
            }
            md.append(chinese ? " （" : " (").append(pages(item.refersToPages())).append(chinese ? "）\n\n" : ")\n\n");
            return;
        }
        if (item.kicker() != null) {
            md.append("*").append(item.kicker()).append("*\n\n");
        }
        md.append("### ").append(item.headline() != null ? item.headline() : chinese ? NO_HEADLINE_ZH : NO_HEADLINE_EN)
                .append("\n\n");
        if (item.subtitle() != null) {
            md.append(chinese ? "**——" : "**").append(item.subtitle()).append("**\n\n");
        }
        if (!item.authors().isEmpty()) {
            String prefix = !chinese ? "By " : item.kind() == ItemKind.COMMENTARY ? "■" : "记者 ";
            md.append(prefix).append(String.join(chinese ? " " : ", ", item.authors())).append("\n\n");
        }
        if (item.continuedFrom() != null) {
            md.append(chinese ? "（上接" + pageName(item.continuedFrom()) + "）" : "(Continued from page " + item.continuedFrom()
                    + ")").append("\n\n");
        }
        for (Section section : item.sections()) {
            if (section.heading() != null) {
                md.append("#### ").append(section.heading()).append("\n\n");
            }
            for (String paragraph : section.paragraphs()) {
                md.append(paragraph).append("\n\n");
            }
        }
        if (item.continuedOn() != null) {
            md.append(chinese ? "（下转" + pageName(item.continuedOn()) + "）" : "(Continued on page " + item.continuedOn() + ")")
                    .append("\n\n");
        }
    }

    /** A page as the paper names it: 第三版, Page 3. */
    private String pageName(int number) {
        return chinese ? "第" + chinese(number) + "版" : "Page " + number;
    }

    /** The pages a teaser points to: 第五至八版, 第二、四版; pages 5–8, pages 2, 4. */
    private String pages(List<Integer> pages) {
        boolean run = pages.size() > 2 && pages.get(pages.size() - 1) - pages.get(0) == pages.size() - 1;
        if (!chinese) {
            List<String> numbers = pages.stream().map(String::valueOf).toList();
            return (pages.size() == 1 ? "page " : "pages ") + (run ? numbers.get(0) + "–" + numbers.get(numbers.size() - 1)
                    : String.join(", ", numbers));
        }
        if (run) {
            return "第" + chinese(pages.get(0)) + "至" + chinese(pages.get(pages.size() - 1)) + "版";
        }
        StringBuilder out = new StringBuilder("第");
        for (int i = 0; i < pages.size(); i++) {
            out.append(i == 0 ? "" : "、").append(chinese(pages.get(i)));
        }
        return out.append("版").toString();
    }

    /** Page numbers as papers print them in notes: 三, 十二, 二十四. */
    static String chinese(int n) {
        if (n < 0 || n >= 100) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(NUMERALS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : NUMERALS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + NUMERALS.charAt(n % 10);
    }

    private static StringBuilder space(StringBuilder line) {
        return line.length() > 0 ? line.append(' ') : line;
    }
}
