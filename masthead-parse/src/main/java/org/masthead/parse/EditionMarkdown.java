package org.masthead.parse;

import java.util.List;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.ItemKind;
import org.masthead.model.Page;
import org.masthead.model.Section;
import org.masthead.model.Warning;

/** Writes a cleaned edition as Markdown that reads like the newspaper. */
public final class EditionMarkdown {
    private static final String NUMERALS = "〇一二三四五六七八九";

    private EditionMarkdown() {
    }

    public static String of(Edition edition) {
        StringBuilder md = new StringBuilder(4096);
        md.append("# ").append(edition.title() == null ? "（报名不详）" : edition.title()).append("\n\n");
        StringBuilder line = new StringBuilder();
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
        if (line.length() > 0) {
            md.append(line).append("\n\n");
        }
        line.setLength(0);
        if (edition.masthead().publisher() != null) {
            line.append(edition.masthead().publisher()).append("出版");
        }
        if (edition.masthead().serial() != null) {
            space(line).append(edition.masthead().serial());
        }
        if (edition.masthead().postalCode() != null) {
            space(line).append("邮发代号 ").append(edition.masthead().postalCode());
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
            page(md, page);
        }
        return md.toString();
    }

    private static void page(StringBuilder md, Page page) {
        md.append("---\n\n## 第").append(chinese(page.number())).append("版");
        if (page.name() != null) {
            md.append(" ").append(page.name());
        }
        md.append("\n\n");
        for (Item item : page.items()) {
            item(md, item);
        }
        if (!page.editors().isEmpty()) {
            md.append("*版面编辑：").append(String.join(" ", page.editors())).append("*\n\n");
        }
    }

    private static void item(StringBuilder md, Item item) {
        if (item.kind() == ItemKind.PHOTO) {
            md.append("> 【图片】");
            if (item.caption() != null) {
                md.append(item.caption());
            }
            if (item.credit() != null) {
                md.append(" （").append(item.credit()).append(" 摄）");
            }
            md.append("\n\n");
            return;
        }
        if (item.kind() == ItemKind.TEASER) {
            md.append("> **").append(item.headline() == null ? "" : item.headline()).append("**");
            for (Section section : item.sections()) {
                for (String paragraph : section.paragraphs()) {
                    md.append(" ").append(paragraph);
                }
            }
            md.append(" （").append(pages(item.refersToPages())).append("）\n\n");
            return;
        }
        if (item.kicker() != null) {
            md.append("*").append(item.kicker()).append("*\n\n");
        }
        md.append("### ").append(item.headline() == null ? "（标题缺失）" : item.headline()).append("\n\n");
        if (item.subtitle() != null) {
            md.append("**——").append(item.subtitle()).append("**\n\n");
        }
        if (item.kind() == ItemKind.COMMENTARY && !item.authors().isEmpty()) {
            md.append("■").append(String.join(" ", item.authors())).append("\n\n");
        } else if (!item.authors().isEmpty()) {
            md.append("记者 ").append(String.join(" ", item.authors())).append("\n\n");
        }
        if (item.continuedFrom() != null) {
            md.append("（上接第").append(chinese(item.continuedFrom())).append("版）\n\n");
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
            md.append("（下转第").append(chinese(item.continuedOn())).append("版）\n\n");
        }
    }

    private static String pages(List<Integer> pages) {
        if (pages.size() > 2 && pages.get(pages.size() - 1) - pages.get(0) == pages.size() - 1) {
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
