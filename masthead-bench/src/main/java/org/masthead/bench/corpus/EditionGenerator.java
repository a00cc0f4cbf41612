package org.masthead.bench.corpus;

import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.masthead.model.Edition;
import org.masthead.model.Page;

/**
 * Makes editions: for a day, the ground-truth edition and its page files. Each edition's randomness
 * comes from a {@link SplittableRandom} seeded by the spec's seed and the date alone, so any edition
 * can be made on its own and a range is made one edition at a time ({@link #editions()} is lazy).
 * Not thread-safe (ICU formatters); use one generator per thread.
 */
public final class EditionGenerator {
    private static final String[] WEEKDAYS = {"星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"};

    private final CorpusSpec spec;
    private final Pools pools = Pools.DEFAULT;
    private final ChineseNumbers numbers = new ChineseNumbers();
    private final SimpleDateFormat lunar = new SimpleDateFormat("U年MMMd",
            new ULocale("zh@calendar=chinese;numbers=hanidays"));

    public EditionGenerator(CorpusSpec spec) {
        this.spec = spec;
        lunar.setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
    }

    /** The spec's editions, made one by one as the stream is consumed. */
    public Stream<GeneratedEdition> editions() {
        return Stream.iterate(spec.from(), day -> !day.isAfter(spec.to()), day -> day.plusDays(1)).map(this::generate);
    }

    /** The lunar date as the masthead prints it (乙巳年五月廿四). */
    public String lunarDate(LocalDate date) {
        return lunar.format(Date.from(date.atTime(12, 0).toInstant(ZoneOffset.ofHours(8))));
    }

    /** The edition of one day. */
    public GeneratedEdition generate(LocalDate date) {
        SplittableRandom random = new SplittableRandom(spec.seed() * 0x9E3779B97F4A7C15L + date.toEpochDay());
        Title title = spec.title();
        int pageCount = spec.minPages() + random.nextInt(spec.maxPages() - spec.minPages() + 1);
        List<PageDraft> pages = new ArrayList<>();
        for (int number = 1; number <= pageCount; number++) {
            String name = number == 1 ? null : Pools.pick(pools.pageNames, random);
            List<String> editors = new ArrayList<>();
            for (int e = 1 + random.nextInt(3); e > 0; e--) {
                editors.add(pools.person(random));
            }
            pages.add(new PageDraft(number, name, number == 1 ? "版面编辑" : "责任编辑", editors));
        }
        new Composer(pools, numbers, date, random, pages).compose();

        Masthead masthead = new Masthead(title, date, WEEKDAYS[date.getDayOfWeek().getValue() - 1],
                title.issueOn(date), lunarDate(date), pageCount);
        List<GeneratedEdition.PageFile> files = new ArrayList<>();
        List<Page> truthPages = new ArrayList<>();
        PageWriter writer = new PageWriter(spec.converter(), spec.damage(), random, numbers);
        for (PageDraft page : pages) {
            files.add(writer.write(masthead, page, String.format(java.util.Locale.ROOT, "%s-%s-p%02d.%s",
                    title.slug(), date, page.number, spec.converter().extension)));
            truthPages.add(new Page(page.number, page.name, page.editors, page.items.stream().map(Draft::toItem).toList()));
        }
        Edition truth = new Edition(org.masthead.model.Masthead.builder().title(title.name()).date(date)
                .weekday(date.getDayOfWeek().getValue()).issueNumber(title.issueOn(date)).lunarDate(lunarDate(date))
                .pageCount(pageCount).serial(title.serial()).postalCode(title.postalCode()).website(title.website())
                .publisher(title.publisher()).build(), List.of(), truthPages);
        return new GeneratedEdition(truth, files);
    }
}
