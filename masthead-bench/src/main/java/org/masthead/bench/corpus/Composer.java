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
        int count = pages.size();
        // The lead reports; with later pages to jump to, each continues on one of pages 2–4.
        for (int lead = 0; lead < 2; lead++) {
            Draft article = article(front, 6 + random.nextInt(5), lead == 1, lead == 0 ? "新华社" : "本报");
            front.items.add(article);
            if (count >= 2) {
                jump(article, pages.get(1 + random.nextInt(Math.min(3, count - 1))));
            }
        }
        front.items.add(photo(front));
        front.items.add(article(front, 5 + random.nextInt(4), true, "新华社"));
        if (count >= 3) {
            front.items.add(teaser(front, count));
        }
        front.items.add(commentary(front));
        for (int extra = random.nextInt(3); extra > 0; extra--) {
            front.items.add(random.nextInt(3) == 0 ? brief(front) : article(front, 2 + random.nextInt(3), false, null));
        }
        for (PageDraft page : pages.subList(1, count)) {
            for (int n = page.items.size() + 7 + random.nextInt(5); page.items.size() < n; ) {
                int roll = random.nextInt(100);
                // One commentary a page at most, as papers print them.
                boolean commentary = roll >= 85 && page.items.stream().noneMatch(i -> i.kind == ItemKind.COMMENTARY);
                page.items.add(commentary ? commentary(page)
                        : roll < 70 && roll >= 55 ? brief(page)
                        : roll < 85 && roll >= 70 ? photo(page)
                        : article(page, 2 + random.nextInt(5), random.nextInt(4) == 0, null));
            }
        }
    }

    private String id(PageDraft page) {
        return date + "-" + page.nextId();
    }

    private Cast cast(PageDraft page) {
        return new Cast(pools, random, date, page.usedTemplates);
    }

    private Draft article(PageDraft page, int paragraphs, boolean sections, String source) {
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
        if (!source.isEmpty()) {
            LocalDate filed = date.minusDays(random.nextInt(3) == 0 ? 0 : 1);
            item.dateline = new Dateline(source, cast.place, filed);
            item.datelineText = source + cast.place + filed.getMonthValue() + "月" + filed.getDayOfMonth() + "日电";
        }
        if (!source.equals("新华社") && random.nextInt(10) < 7) {
            item.authors.add(cast.person);
            if (random.nextBoolean()) {
                item.authors.add(cast.person2);
                item.byline = (random.nextBoolean() ? "■" : "") + "本报记者 " + cast.person + " 通讯员 " + cast.person2;
            } else {
                item.byline = "本报记者 " + cast.person;
            }
        }
        List<String> body = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            body.add(paragraph(cast, pools.newsSentences, 2 + random.nextInt(3)));
        }
        if (sections && paragraphs >= 4) {
            int style = random.nextInt(3);
            int opening = 1 + random.nextInt(2);
            item.addSection(null, body.subList(0, opening));
            int sectionCount = 2 + random.nextInt(2);
            int per = Math.max(1, (paragraphs - opening) / sectionCount);
            int start = opening;
            for (int s = 1; s <= sectionCount && start < paragraphs; s++) {
                int end = s == sectionCount ? paragraphs : Math.min(paragraphs, start + per);
                String phrase = cast.fresh(pools.sectionHeadings);
                String heading = switch (style) {
                    case 0 -> numbers.of(s) + "、" + phrase;
                    case 1 -> "“" + phrase.replace("，", "") + "”";
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

    private Draft commentary(PageDraft page) {
        Draft item = new Draft(id(page), ItemKind.COMMENTARY);
        Cast cast = cast(page);
        item.headline = cast.fresh(pools.headlines);
        item.authors.add(cast.person);
        item.byline = "■" + cast.person;
        List<String> body = new ArrayList<>();
        for (int p = 3 + random.nextInt(4); p > 0; p--) {
            body.add(paragraph(cast, pools.commentarySentences, 2 + random.nextInt(3)));
        }
        item.addSection(null, body);
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
