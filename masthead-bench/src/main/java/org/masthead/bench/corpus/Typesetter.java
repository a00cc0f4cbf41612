package org.masthead.bench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.masthead.model.ItemKind;

/**
 * Sets one page of an edition as HTML, the way a daily's page looks: on page 1 the masthead (title,
 * pinyin line, date, lunar date, issue number, serial and postal code, QR labels), on later pages a
 * header with date, page number and page name; items in rows across 4–8 columns, each report's body
 * flowing in columns of its own width; headlines sized by rank, kickers and subtitles, padded bylines,
 * photos (a grey box) with caption and credit, jump notes, boxed notes and teasers, the editors' line
 * at the foot. Fonts, sizes, leading, gutters (ruled or open), column counts and justification vary from page to
 * page, drawn from a random of the typesetter's own, so the truth is the same whatever the route.
 *
 * <p>Every element a reader or a layout analyser cares about carries {@code data-role} and, inside an
 * item, {@code data-item} (the item's id), so the boxes can be read back after layout ({@link Chromium}).
 */
final class Typesetter {
    /** The sheet's width in CSS pixels: about 344 mm, a broadsheet's type area. */
    static final int WIDTH = 1300;
    private static final int MARGIN = 30;
    /**
     * Font schemes: body and headline faces. WenQuanYi Micro Hei is TrueType (Chromium embeds it as a
     * CID TrueType font); Noto CJK is CFF, which Chromium prints as Type 3 fonts, and then mutool gives
     * Kangxi radicals (⼈⺠) for some characters, as it does on real pages so printed.
     */
    private static final String[][] FONTS = {
            {"'WenQuanYi Micro Hei'", "'WenQuanYi Micro Hei'"},
            {"'Noto Serif CJK SC'", "'Noto Sans CJK SC'"},
            {"'WenQuanYi Micro Hei'", "'Noto Serif CJK SC'"},
            {"'Noto Sans CJK SC'", "'WenQuanYi Micro Hei'"},
    };

    private final ChineseNumbers numbers;

    Typesetter(ChineseNumbers numbers) {
        this.numbers = numbers;
    }

    /** The page as an HTML document. */
    String page(Masthead masthead, PageDraft page, SplittableRandom random) {
        String[] fonts = FONTS[random.nextInt(FONTS.length)];
        int columns = 4 + random.nextInt(5);
        int fontSize = 13 + random.nextInt(3);
        boolean justified = random.nextInt(3) > 0;
        // Leading from a dense daily's 1.35 to a web page's 1.7. It decides how pdftotext reads the columns:
        // lines further apart than 1.5 times their size it takes for blocks of one line each, and gives the
        // columns row by row; closer lines it reads as one block per column.
        double leading = 1.35 + random.nextInt(8) * 0.05;
        // Gutters from three quarters of a character to nearly two, ruled or open, as dailies set them.
        int gutter = 10 + random.nextInt(8) * 2;
        String columnRule = random.nextBoolean() ? "1px solid #ccc" : "none";
        StringBuilder html = new StringBuilder(32_768);
        html.append("<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(masthead.title().name())).append(" 第").append(page.number).append("版</title><style>\n")
                .append(String.format(Locale.ROOT, """
                        html, body { margin: 0; padding: 0; background: #fff; color: #111; }
                        .sheet { width: %dpx; box-sizing: border-box; padding: %dpx; font-family: %s; font-size: %dpx;
                                 line-height: %.2f; }
                        .row { display: flex; align-items: flex-start; gap: 18px; margin-bottom: 14px;
                               border-bottom: 1px solid #999; padding-bottom: 10px; }
                        .item { box-sizing: border-box; }
                        .box { border: 2px solid #555; padding: 8px 10px; background: #f4f1ea; }
                        .kicker { font-size: 1.15em; text-align: center; }
                        .kicker.vertical { writing-mode: vertical-rl; float: left; font-weight: bold;
                                           border: 1px solid #333; padding: 4px 2px; margin: 0 10px 4px 0; }
                        .headline { font-family: %s; font-weight: bold; text-align: center; margin: 4px 0; line-height: 1.25; }
                        .headline.vertical { writing-mode: vertical-rl; float: right; margin: 0 0 4px 12px;
                                             letter-spacing: 4px; }
                        .subtitle { font-size: 1.2em; text-align: center; margin-bottom: 4px; }
                        .byline { text-align: center; font-family: %s; margin: 4px 0 8px; }
                        .body { column-gap: %dpx; column-rule: %s; text-align: %s; }
                        .body p { margin: 0; text-indent: 2em; }
                        .body p.verse { text-indent: 0; text-align: left; }
                        .body p.stanza-end { margin-bottom: 0.8em; }
                        .body h4 { margin: 6px 0; font-size: 1.05em; font-family: %s; }
                        .dateline { font-weight: bold; }
                        .jump { text-align: right; font-size: 0.9em; text-indent: 0; }
                        .photo { background: #9a9a9a; }
                        .caption { font-size: 0.9em; margin-top: 4px; }
                        .credit { text-align: right; font-size: 0.85em; }
                        .folio { display: flex; justify-content: space-between; border-bottom: 3px double #333;
                                 margin-bottom: 14px; padding-bottom: 4px; font-size: 1.05em; }
                        .folio .no { font-size: 1.6em; font-weight: bold; }
                        .masthead { display: flex; justify-content: space-between; align-items: center;
                                    border-bottom: 4px double #a00; padding-bottom: 8px; margin-bottom: 14px; }
                        .masthead .title { font-size: 96px; font-weight: bold; color: #b00; letter-spacing: 8px;
                                           font-family: %s; line-height: 1.1; text-align: center; }
                        .masthead .pinyin { text-align: center; letter-spacing: 2px; font-family: 'DejaVu Serif'; }
                        .masthead .side { font-size: 0.95em; line-height: 1.5; width: 260px; }
                        .qr { display: flex; gap: 12px; }
                        .qr div { width: 64px; text-align: center; font-size: 0.75em; }
                        .qr div::before { content: ''; display: block; width: 64px; height: 64px; background: #333; }
                        .editors { font-size: 0.85em; text-align: right; margin-top: 10px; }
                        .ad { text-align: center; border: 3px solid #333; margin: 30px 60px; padding: 60px 20px; }
                        .ad div { font-size: 54px; font-weight: bold; line-height: 1.4; }
                        """, WIDTH, MARGIN, fonts[0], fontSize, leading, fonts[1], fonts[0], gutter, columnRule,
                        justified ? "justify" : "left",
                        fonts[1], fonts[1]))
                .append("</style></head>\n<body><div class=\"sheet\">\n");
        if (page.advertisement != null) {
            // No date on an ad page: the same page, word for word, on every day of the campaign.
            html.append("<div class=\"folio\" data-role=\"page-header\"><span class=\"no\">").append(page.number)
                    .append("</span><span>").append(escape(page.name)).append("</span></div>\n");
            for (String ad : page.advertisement) {
                html.append("<div class=\"ad\" data-role=\"advertisement\">");
                for (String line : ad.split("\\|")) {
                    html.append("<div>").append(escape(line)).append("</div>");
                }
                html.append("</div>\n");
            }
            return html.append("</div></body></html>\n").toString();
        }
        if (page.number == 1) {
            masthead(html, masthead);
        } else {
            folio(html, masthead, page, random);
        }
        rows(html, page, columns, random);
        html.append("<div class=\"editors\" data-role=\"editors\">").append(escape(page.editorsLine.replace("\n", "　")))
                .append("</div>\n");
        return html.append("</div></body></html>\n").toString();
    }

    private static void masthead(StringBuilder html, Masthead masthead) {
        Title title = masthead.title();
        java.time.LocalDate date = masthead.date();
        html.append("<header class=\"masthead\" data-role=\"masthead\">\n<div class=\"side\">")
                .append(date.getYear()).append("年").append(date.getMonthValue()).append("月").append(date.getDayOfMonth())
                .append("日<br>").append(masthead.weekday()).append("<br>农历").append(masthead.lunarDate());
        if (title.website() != null) {
            html.append("<br>").append(escape(title.siteName())).append("网址：").append(escape(title.website()));
        }
        html.append("</div>\n<div><div class=\"title\">").append(escape(title.name())).append("</div><div class=\"pinyin\">")
                .append(escape(title.pinyin())).append("</div></div>\n<div class=\"side\">第")
                .append(masthead.issue()).append("号　今日").append(masthead.pageCount()).append("版<br>国内统一连续出版物号<br>")
                .append(escape(title.serial())).append("<br>邮发代号").append(escape(title.postalCode())).append("<br>")
                .append(escape(title.publisher())).append("出版</div>\n<div class=\"qr\" data-role=\"qr\">");
        for (String label : new String[] {"客户端", "官方微博", "微信公众号"}) {
            html.append("<div>").append(escape(title.name())).append("<br>").append(label).append("</div>");
        }
        html.append("</div>\n</header>\n");
    }

    private static void folio(StringBuilder html, Masthead masthead, PageDraft page, SplittableRandom random) {
        java.time.LocalDate date = masthead.date();
        String day = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日　" + masthead.weekday();
        html.append("<div class=\"folio\" data-role=\"page-header\">");
        if (random.nextBoolean()) {
            html.append("<span>").append(day).append("</span><span class=\"no\">第").append(page.number)
                    .append("版</span><span>").append(escape(page.name)).append("</span>");
        } else {
            html.append("<span class=\"no\">").append(page.number).append("</span><span>").append(escape(page.name))
                    .append("</span><span>").append(escape(masthead.title().name())).append("　").append(day).append("</span>");
        }
        html.append("</div>\n");
    }

    /** Items in rows: each takes a number of columns by its kind and length; a row is filled to the page's width. */
    private void rows(StringBuilder html, PageDraft page, int columns, SplittableRandom random) {
        double columnWidth = (WIDTH - 2.0 * MARGIN + 18) / columns;
        List<Draft> row = new ArrayList<>();
        List<Integer> spans = new ArrayList<>();
        int used = 0;
        for (Draft item : page.items) {
            int span = Math.min(columns, span(item, columns, random));
            if (used + span > columns) {
                flush(html, row, spans, columns, columnWidth, random);
                used = 0;
            }
            row.add(item);
            spans.add(span);
            used += span;
        }
        flush(html, row, spans, columns, columnWidth, random);
    }

    private static int span(Draft item, int columns, SplittableRandom random) {
        if (item.verse) {
            return 1 + random.nextInt(2);
        }
        int chars = item.paragraphs.stream().flatMap(List::stream).mapToInt(String::length).sum();
        return switch (item.kind) {
            case BRIEF, TEASER -> 1;
            case PHOTO -> 2 + random.nextInt(2);
            case COMMENTARY -> item.boxed ? 1 + random.nextInt(2) : 2;
            default -> item.headline != null && item.headline.endsWith("的讲话") ? columns
                    : Math.max(2, Math.min(columns - 1, Math.round(chars / 700f)));
        };
    }

    private void flush(StringBuilder html, List<Draft> row, List<Integer> spans, int columns, double columnWidth,
            SplittableRandom random) {
        if (row.isEmpty()) {
            return;
        }
        // The last item of a row takes what is left, so every row spans the page.
        int used = spans.stream().mapToInt(Integer::intValue).sum();
        spans.set(spans.size() - 1, spans.get(spans.size() - 1) + columns - used);
        html.append("<div class=\"row\">\n");
        for (int i = 0; i < row.size(); i++) {
            item(html, row.get(i), spans.get(i), columnWidth, random);
        }
        html.append("</div>\n");
        row.clear();
        spans.clear();
    }

    private void item(StringBuilder html, Draft item, int span, double columnWidth, SplittableRandom random) {
        String id = escape(item.id);
        html.append(String.format(Locale.ROOT, "<article class=\"item%s\" data-item=\"%s\" data-role=\"item\" style=\"width:%.0fpx\">\n",
                item.boxed || item.kind == ItemKind.TEASER ? " box" : "", id, span * columnWidth - 18));
        if (item.kind == ItemKind.PHOTO) {
            html.append(String.format(Locale.ROOT, "<div class=\"photo\" data-item=\"%s\" data-role=\"photo\" style=\"height:%dpx\"></div>\n",
                    id, 160 + random.nextInt(200)));
            html.append("<div class=\"caption\" data-item=\"").append(id).append("\" data-role=\"caption\">")
                    .append(escape(item.caption));
            // The credit ends the caption's line, or stands on a line of its own.
            if (random.nextBoolean()) {
                html.append("　<span data-item=\"").append(id).append("\" data-role=\"credit\">").append(escape(item.creditText))
                        .append("</span></div>\n");
            } else {
                html.append("</div>\n<div class=\"credit\" data-item=\"").append(id).append("\" data-role=\"credit\">")
                        .append(escape(item.creditText)).append("</div>\n");
            }
            html.append("</article>\n");
            return;
        }
        // A few heads set vertically, as dailies set them: a report's short headline of one phrase (竖题) at the
        // right of its text, about one in twenty-five with no kicker or subtitle; a short kicker as a column's
        // label boxed beside the headline, about one in six. Only words: a mark in a vertical line is a glyph of
        // its own that layout does not yet read in its place. Chosen by the item's id, not the page's random.
        int pick = Math.floorMod(item.id.hashCode(), 150);
        boolean verticalKicker = item.kicker != null && item.kicker.length() <= 7 && isWords(item.kicker)
                && !item.boxed && pick % 6 == 1;
        boolean verticalHeadline = item.kind == ItemKind.ARTICLE && item.headline != null && item.kicker == null
                && item.subtitle == null && span >= 2 && item.headline.length() <= 10 && isWords(item.headline)
                && pick % 25 == 0;
        if (item.kicker != null) {
            html.append("<div class=\"kicker").append(verticalKicker ? " vertical" : "").append("\" data-item=\"")
                    .append(id).append("\" data-role=\"kicker\">").append(escape(item.kicker)).append("</div>\n");
        }
        if (item.headline != null) {
            int size = item.kind == ItemKind.BRIEF || item.kind == ItemKind.TEASER ? 17
                    : item.boxed ? 20 : Math.min(44, 20 + 3 * span + random.nextInt(5));
            html.append(String.format(Locale.ROOT, "<h1 class=\"headline%s\" data-item=\"%s\" data-role=\"headline\" style=\"font-size:%dpx\">",
                    verticalHeadline ? " vertical" : "", id, size)).append(escape(item.headline)).append("</h1>\n");
        }
        if (item.subtitle != null) {
            // A dated speech prints its date as is; other subtitles open with a dash.
            html.append("<div class=\"subtitle\" data-item=\"").append(id).append("\" data-role=\"subtitle\">")
                    .append(item.subtitle.startsWith("（") ? "" : "——").append(escape(item.subtitle)).append("</div>\n");
        }
        if (item.byline != null) {
            html.append("<div class=\"byline\" data-item=\"").append(id).append("\" data-role=\"byline\">")
                    .append(escape(item.byline)).append("</div>\n");
        }
        if (item.refersText != null) {
            html.append("<div class=\"jump\" data-item=\"").append(id).append("\" data-role=\"refers\">")
                    .append(escape(item.refersText)).append("</div>\n");
        }
        int bodyColumns = Math.max(1, item.boxed || item.verse ? 1 : span);
        html.append("<div class=\"body\" style=\"column-count:").append(bodyColumns).append("\">\n");
        boolean first = true;
        for (int s = 0; s < item.headings.size(); s++) {
            if (item.headings.get(s) != null) {
                html.append("<h4 data-item=\"").append(id).append("\" data-role=\"heading\">")
                        .append(escape(item.headings.get(s))).append("</h4>\n");
            }
            List<String> paragraphs = item.paragraphs.get(s);
            for (int p = 0; p < paragraphs.size(); p++) {
                String paragraph = paragraphs.get(p);
                html.append("<p").append(!item.verse ? "" : p % 4 == 3 ? " class=\"verse stanza-end\"" : " class=\"verse\"")
                        .append(" data-item=\"").append(id).append("\" data-role=\"paragraph\">");
                if (first && item.continuedFrom != null) {
                    html.append("<span data-item=\"").append(id).append("\" data-role=\"jump\">（上接第")
                            .append(numbers.of(item.continuedFrom)).append("版）</span>");
                } else if (first && item.datelineText != null) {
                    html.append("<span class=\"dateline\" data-item=\"").append(id).append("\" data-role=\"dateline\">")
                            .append(escape(item.datelineText)).append("</span>　");
                }
                first = false;
                html.append(escape(paragraph)).append("</p>\n");
            }
        }
        if (item.continuedOn != null) {
            html.append("<p class=\"jump\" data-item=\"").append(id).append("\" data-role=\"jump\">（下转第")
                    .append(numbers.of(item.continuedOn)).append("版）</p>\n");
        }
        html.append("</div>\n</article>\n");
    }

    /** Han characters only. */
    private static boolean isWords(String text) {
        return text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
