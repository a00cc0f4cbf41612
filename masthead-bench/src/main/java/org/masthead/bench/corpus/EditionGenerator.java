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
    private final Typesetter typesetter = new Typesetter(numbers);
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

    /**
     * The editors' line as printed: label and names on lines of their own (as a converter of the sample
     * page left them), or on one line with two-character names padded (责任编辑：段　晓　宋小明).
     */
    private static String editorsLine(PageDraft page, SplittableRandom random) {
        if (random.nextInt(3) == 0) {
            return page.editorsLabel + "\n" + String.join("\n", page.editors);
        }
        String gap = random.nextBoolean() ? "　" : "　　";
        return page.editorsLabel + "：" + String.join(gap, page.editors.stream().map(Composer::padded).toList());
    }

    /**
     * Full-page advertisements run as campaigns: in half the weeks one ad page is printed on some days,
     * always as the same page number with the same text, so its page file is byte-identical across days.
     * A campaign draws from its own random (seed and week), so each edition can still be made on its own.
     */
    private void advertise(LocalDate date, List<PageDraft> pages) {
        long week = date.with(java.time.DayOfWeek.MONDAY).toEpochDay();
        SplittableRandom campaign = new SplittableRandom(spec.seed() * 0xC2B2AE3D27D4EB4FL + week);
        if (campaign.nextBoolean()) {
            return;
        }
        int days = 0b11 << campaign.nextInt(6) | 1 << campaign.nextInt(7);
        int number = Math.min(spec.minPages(), 4 + campaign.nextInt(5));
        if (number < 2 || (days >> (date.getDayOfWeek().getValue() - 1) & 1) == 0) {
            return;
        }
        List<String> blocks = new ArrayList<>();
        for (int n = 2 + campaign.nextInt(3); n > 0; n--) {
            blocks.add(Pools.pick(pools.ads, campaign));
        }
        PageDraft ad = new PageDraft(number, "广告", "", List.of());
        ad.advertisement = blocks;
        pages.set(number - 1, ad);
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
            PageDraft page = new PageDraft(number, name, number == 1 ? "版面编辑" : "责任编辑", editors);
            page.editorsLine = editorsLine(page, random);
            pages.add(page);
        }
        advertise(date, pages);
        new Composer(pools, numbers, date, random, pages).compose();

        Masthead masthead = new Masthead(title, date, WEEKDAYS[date.getDayOfWeek().getValue() - 1],
                title.issueOn(date), lunarDate(date), pageCount);
        List<GeneratedEdition.PageFile> files = new ArrayList<>();
        List<Page> truthPages = new ArrayList<>();
        PageWriter writer = new PageWriter(spec.converter(), spec.damage(), random, numbers);
        // The typesetter draws from a random of its own, so the truth is the same on every route.
        SplittableRandom style = new SplittableRandom(spec.seed() * 0xD1B54A32D192ED03L + date.toEpochDay());
        for (PageDraft page : pages) {
            String name = String.format(java.util.Locale.ROOT, "%s-%s-p%02d.", title.slug(), date, page.number);
            files.add(spec.converter().printed()
                    ? new GeneratedEdition.PageFile(name + "html", "UTF-8",
                            typesetter.page(masthead, page, style).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    : writer.write(masthead, page, name + spec.converter().extension));
            truthPages.add(new Page(page.number, page.name, page.editors, page.items.stream().map(Draft::toItem).toList()));
        }
        Edition truth = new Edition(org.masthead.model.Masthead.builder().title(title.name()).date(date)
                .weekday(date.getDayOfWeek().getValue()).issueNumber(title.issueOn(date)).lunarDate(lunarDate(date))
                .pageCount(pageCount).serial(title.serial()).postalCode(title.postalCode()).website(title.website())
                .publisher(title.publisher()).build(), List.of(), truthPages);
        return new GeneratedEdition(truth, files);
    }
}
