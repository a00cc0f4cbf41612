package org.masthead.bench.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.masthead.model.Dateline;
import org.masthead.model.ItemKind;

/**
 * Fills an edition's pages with items: the front page as dailies make it (lead reports that jump to
 * later pages, a photo, a headline-less-prone agency report with numbered sections, a teaser box, a
 * signed commentary), later pages with continuations first and then a mix of reports, briefs, photos
 * and commentaries, about ten items a page.
 */
final class Composer {
    private final Pools pools;
    private final ChineseNumbers numbers;
    private final LocalDate date;
    private final SplittableRandom random;
    private final List<PageDraft> pages;

    Composer(Pools pools, ChineseNumbers numbers, LocalDate date, SplittableRandom random, List<PageDraft> pages) {
        this.pools = pools;
        this.numbers = numbers;
        this.date = date;
        this.random = random;
        this.pages = pages;
    }

    void compose() {
        PageDraft front = pages.get(0);
        List<PageDraft> inner = pages.subList(1, pages.size()).stream().filter(p -> p.advertisement == null).toList();
        // The lead reports; with later pages to jump to, each continues on one of the first three of them.
        for (int lead = 0; lead < 2; lead++) {
            Draft article = article(front, 2600, lead == 1, lead == 0 ? "新华社" : "本报");
            front.items.add(article);
            if (!inner.isEmpty()) {
                jump(article, inner.get(random.nextInt(Math.min(3, inner.size()))));
            }
        }
        front.items.add(photo(front));
        front.items.add(article(front, 900, true, "新华社"));
        if (pages.size() >= 3) {
            front.items.add(teaser(front, pages.size()));
        }
        front.items.add(commentary(front));
        for (int extra = random.nextInt(3); extra > 0; extra--) {
            front.items.add(random.nextInt(3) == 0 ? brief(front) : article(front, 500, false, null));
        }
        for (PageDraft page : inner) {
            // A speech opens an inner page now and then, its title dated on the line below it.
            if (random.nextInt(25) == 0) {
                page.items.add(countContinuations(page), speech(page));
            }
            // A poem now and then, as a literary page (副刊) prints them.
            if (random.nextInt(20) == 0) {
                page.items.add(poem(page));
            }
            // Four to seven items: real-length reports fill a broadsheet page with few of them.
            for (int n = page.items.size() + 4 + random.nextInt(4); page.items.size() < n; ) {
                int roll = random.nextInt(100);
                // One commentary a page at most, as papers print them.
                boolean commentary = roll >= 85 && page.items.stream().noneMatch(i -> i.kind == ItemKind.COMMENTARY);
                if (commentary) {
                    page.items.add(commentary(page));
                } else if (roll >= 55 && roll < 70) {
                    page.items.add(brief(page));
                } else if (roll >= 70 && roll < 85) {
                    page.items.add(photo(page));
                } else {
                    Draft report = article(page, 1500, random.nextInt(3) == 0, null);
                    page.items.add(report);
                    int box = random.nextInt(20);
                    if (box == 0) {
                        page.items.add(boxedCommentary(page, "记者手记", report));
                    } else if (box == 1) {
                        page.items.add(boxedNote(page));
                    } else if (box == 2) {
                        page.items.add(boxedCommentary(page, "短评", null));
                    }
                }
            }
        }
    }

    private String id(PageDraft page) {
        return date + "-" + page.nextId();
    }

    private Cast cast(PageDraft page) {
        return new Cast(pools, random, date, page.usedTemplates);
    }

    /**
     * A report of about {@code medianChars} characters, drawn from a long-tailed (log-normal) length
     * distribution as real reports are: most near the median, a few several times longer.
     */
    private Draft article(PageDraft page, int medianChars, boolean sections, String source) {
        Draft item = new Draft(id(page), ItemKind.ARTICLE);
        Cast cast = cast(page);
        item.names.addAll(List.of(cast.person, cast.person2, cast.place, cast.place2, cast.unit, cast.unit2));
        if (random.nextInt(5) == 0) {
            item.kicker = cast.fill(Pools.pick(pools.kickers, random));
        }
        item.headline = cast.fresh(pools.headlines);
        if (random.nextInt(4) == 0) {
            item.subtitle = cast.fill(Pools.pick(pools.subtitles, random));
        }
        if (source == null) {
            int roll = random.nextInt(10);
            source = roll < 4 ? "本报" : roll < 7 ? "新华社" : "";
        }
        // An editor's note (编者按) opens some undated features, set before the body in a font of its own.
        boolean editorsNote = source.isEmpty() && random.nextInt(6) == 0;
        if (!source.isEmpty()) {
            LocalDate filed = date.minusDays(random.nextInt(3) == 0 ? 0 : 1);
            item.dateline = new Dateline(source, cast.place, filed);
            item.datelineText = datelineOf(source, cast.place, filed);
            // Agency reports name their reporters in brackets after the dateline: 电（记者王五、李小四）.
            if (source.equals("新华社") && random.nextBoolean()) {
                item.authors.add(cast.person);
                if (random.nextBoolean()) {
                    item.authors.add(cast.person2);
                }
                item.datelineText += "　（记者" + String.join("、", item.authors) + "）";
            }
        }
        if (!source.equals("新华社") && random.nextInt(10) < 7) {
            item.authors.add(cast.person);
            if (random.nextBoolean()) {
                item.authors.add(cast.person2);
            }
            item.byline = byline(item.authors, random.nextBoolean());
        }
        int target = length(medianChars);
        List<String> body = new ArrayList<>();
        if (editorsNote) {
            body.add("编者按：" + paragraph(cast, pools.commentarySentences, 2 + random.nextInt(2)));
        }
        for (int chars = 0; chars < target || body.size() < 2; ) {
            String paragraph = paragraph(cast, pools.newsSentences, 2 + random.nextInt(4));
            body.add(paragraph);
            chars += paragraph.length();
        }
        // A roundup reports from a second place, opening that paragraph with a dateline of its own.
        if (source.equals("本报") && body.size() >= 6 && random.nextInt(6) == 0) {
            int at = body.size() / 2 + random.nextInt(body.size() / 2);
            body.set(at, datelineOf(source, cast.place2, date.minusDays(1))
                    + (random.nextBoolean() ? "　（记者" + cast.person2 + "）" : "　") + body.get(at));
        }
        int paragraphs = body.size();
        if (sections && paragraphs >= 4) {
            int style = random.nextInt(5);
            int opening = 1 + random.nextInt(2);
            item.addSection(null, body.subList(0, opening));
            int sectionCount = Math.min(paragraphs - opening, 2 + random.nextInt(Math.max(2, paragraphs / 4)));
            int per = Math.max(1, (paragraphs - opening) / sectionCount);
            int start = opening;
            for (int s = 1; s <= sectionCount && start < paragraphs; s++) {
                int end = s == sectionCount ? paragraphs : Math.min(paragraphs, start + per);
                String phrase = cast.fresh(pools.sectionHeadings);
                // Headings as dailies set them: numbered, quoted, bare, or behind ● or ■; none ends a sentence.
                String heading = switch (style) {
                    case 0 -> numbers.of(s) + "、" + phrase;
                    case 1 -> "“" + phrase.replace("，", "") + "”";
                    case 2 -> "●" + phrase;
                    case 3 -> "■" + phrase;
                    default -> phrase.replace("，", " ");
                };
                item.addSection(heading, body.subList(start, end));
                start = end;
            }
        } else {
            item.addSection(null, body);
        }
        return item;
    }

    /** A dateline as printed: 新华社北京6月18日电, 本报上海6月17日电. */
    private static String datelineOf(String source, String place, LocalDate filed) {
        return source + place + filed.getMonthValue() + "月" + filed.getDayOfMonth() + "日电";
    }

    /** A report's length in characters: log-normal around the median, from a fifth of it to six times it. */
    private int length(int medianChars) {
        double gaussian = random.nextDouble() * 2 - 1 + random.nextDouble() * 2 - 1 + random.nextDouble() * 2 - 1;
        double factor = Math.exp(0.6 * gaussian);
        return (int) Math.max(medianChars / 5.0, Math.min(medianChars * 6.0, medianChars * factor));
    }

    /**
     * A byline as printed: 本报记者 张三 李四, or padded the way dailies set them, each two-character
     * name spread to the width of three (王　五) and names apart by two ideographic spaces.
     */
    private String byline(List<String> names, boolean padded) {
        String mark = random.nextInt(4) == 0 ? "■" : "";
        if (!padded) {
            return mark + "本报记者 " + names.get(0) + (names.size() > 1 ? (random.nextBoolean() ? " 通讯员 " : " ")
                    + names.get(1) : "");
        }
        List<String> spread = names.stream().map(Composer::padded).toList();
        return mark + "本报记者　" + String.join("　　", spread);
    }

    /** A name as set in a padded byline or editors' line: two characters spread to three (王　五). */
    static String padded(String name) {
        return name.length() == 2 ? name.charAt(0) + "　" + name.charAt(1) : name;
    }

    /** A speech: its title, the date it was given as the subtitle, the speaker as byline, long sections. */
    private Draft speech(PageDraft page) {
        Draft item = new Draft(id(page), ItemKind.ARTICLE);
        Cast cast = cast(page);
        item.headline = cast.fill(Pools.pick(pools.speechTitles, random));
        LocalDate given = date.minusDays(1 + random.nextInt(30));
        item.subtitle = "（" + given.getYear() + "年" + given.getMonthValue() + "月" + given.getDayOfMonth() + "日）";
        item.authors.add(cast.person);
        item.byline = cast.person;
        item.addSection(null, List.of(pools.speechSentences.get(0), paragraph(cast, pools.speechSentences, 3)));
        for (int s = 1, sectionCount = 3 + random.nextInt(3); s <= sectionCount; s++) {
            List<String> section = new ArrayList<>();
            for (int p = 2 + random.nextInt(4); p > 0; p--) {
                section.add(paragraph(cast, random.nextBoolean() ? pools.speechSentences : pools.commentarySentences,
                        2 + random.nextInt(4)));
            }
            item.addSection(numbers.of(s) + "、" + cast.fresh(pools.sectionHeadings).replace("，", ""), section);
        }
        return item;
    }

    /** A poem under its title and signature: a run of verse lines, a paragraph each. */
    private Draft poem(PageDraft page) {
        Draft item = new Draft(id(page), ItemKind.COMMENTARY);
        Cast cast = cast(page);
        item.verse = true;
        item.headline = Pools.pick(pools.verseTitles, random);
        item.authors.add(cast.person);
        item.byline = "■" + cast.person;
        int count = 8 + random.nextInt(8);
        int from = random.nextInt(pools.verseLines.size() - count + 1);
        item.addSection(null, pools.verseLines.subList(from, from + count));
        return item;
    }

    /**
     * A boxed commentary beside a report: 记者手记 signed by one of the report's reporters (given the
     * report), or an unsigned 短评 (report null).
     */
    private Draft boxedCommentary(PageDraft page, String label, Draft report) {
        Draft item = new Draft(id(page), ItemKind.COMMENTARY);
        Cast cast = cast(page);
        item.boxed = true;
        item.kicker = label;
        item.headline = cast.fresh(pools.headlines);
        if (report != null) {
            String reporter = report.authors.isEmpty() ? cast.person : report.authors.get(0);
            item.authors.add(reporter);
            item.byline = "■" + reporter;
        }
        item.addSection(null, paragraphs(cast, pools.commentarySentences, 2 + random.nextInt(report != null ? 3 : 2)));
        return item;
    }

    /** A boxed note (相关链接, 新闻背景): a label for headline and a paragraph or two of background. */
    private Draft boxedNote(PageDraft page) {
        Draft item = new Draft(id(page), ItemKind.ARTICLE);
        Cast cast = cast(page);
        item.boxed = true;
        item.headline = Pools.pick(pools.boxNotes, random);
        item.addSection(null, paragraphs(cast, pools.newsSentences, 1 + random.nextInt(2)));
        return item;
    }

    private List<String> paragraphs(Cast cast, List<String> pool, int count) {
        List<String> body = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            body.add(paragraph(cast, pool, 2 + random.nextInt(3)));
        }
        return body;
    }

    private Draft commentary(PageDraft page) {
        Draft item = new Draft(id(page), ItemKind.COMMENTARY);
        Cast cast = cast(page);
        item.headline = cast.fresh(pools.headlines);
        item.authors.add(cast.person);
        item.byline = "■" + cast.person;
        item.addSection(null, paragraphs(cast, pools.commentarySentences, 4 + random.nextInt(5)));
        return item;
    }

    private Draft brief(PageDraft page) {
        Draft item = new Draft(id(page), ItemKind.BRIEF);
        Cast cast = cast(page);
        item.headline = cast.fresh(pools.headlines);
        // 本报讯 opens a brief where a report has its dated dateline.
        item.dateline = new Dateline("本报", null, null);
        item.datelineText = "本报讯";
        item.addSection(null, List.of(cast.fresh(pools.briefSentences) + cast.fresh(pools.newsSentences)));
        return item;
    }

    private Draft photo(PageDraft page) {
        Draft item = new Draft(id(page), ItemKind.PHOTO);
        Cast cast = cast(page);
        item.caption = cast.fresh(pools.captions);
        item.credit = cast.person;
        item.creditText = (random.nextInt(10) < 3 ? "本报记者 " : "") + cast.person + "摄";
        return item;
    }

    private Draft teaser(PageDraft page, int pageCount) {
        Draft item = new Draft(id(page), ItemKind.TEASER);
        item.headline = Pools.pick(pools.teasers, random);
        int first = 2 + random.nextInt(pageCount - 1);
        int last = Math.min(pageCount, first + random.nextInt(4));
        for (int p = first; p <= last; p++) {
            item.refersToPages.add(p);
        }
        item.refersText = "（第" + numbers.of(first) + (last > first ? "至" + numbers.of(last) : "") + "版）";
        return item;
    }

    private static String paragraph(Cast cast, List<String> pool, int sentences) {
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < sentences; s++) {
            text.append(cast.fresh(pool));
        }
        return text.toString();
    }

    /**
     * Splits the article after a paragraph in the middle of one of its sections; the rest becomes an
     * item on the later page under the same headline, first on that page.
     */
    private void jump(Draft article, PageDraft target) {
        List<int[]> splits = new ArrayList<>();
        int before = 0;
        for (int s = 0; s < article.paragraphs.size(); s++) {
            for (int p = 1; p < article.paragraphs.get(s).size(); p++) {
                if (before + p >= 2) {
                    splits.add(new int[] {s, p});
                }
            }
            before += article.paragraphs.get(s).size();
        }
        if (splits.isEmpty()) {
            return;
        }
        int[] split = splits.get(splits.size() / 2 + random.nextInt((splits.size() + 1) / 2));
        Draft rest = new Draft(date + "-" + String.format(java.util.Locale.ROOT, "p%02d-%02d", target.number,
                countContinuations(target) + 1), article.kind);
        rest.headline = article.headline;
        rest.continuedFrom = 1;
        List<String> splitSection = article.paragraphs.get(split[0]);
        rest.addSection(null, splitSection.subList(split[1], splitSection.size()));
        for (int s = split[0] + 1; s < article.paragraphs.size(); s++) {
            rest.addSection(article.headings.get(s), article.paragraphs.get(s));
        }
        splitSection.subList(split[1], splitSection.size()).clear();
        while (article.headings.size() > split[0] + 1) {
            article.headings.remove(article.headings.size() - 1);
            article.paragraphs.remove(article.paragraphs.size() - 1);
        }
        article.continuedOn = target.number;
        target.items.add(countContinuations(target), rest);
    }

    private static int countContinuations(PageDraft page) {
        return (int) page.items.stream().filter(item -> item.continuedFrom != null).count();
    }
}
