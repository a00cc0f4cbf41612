package org.masthead.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.ItemKind;
import org.masthead.model.Json;
import org.masthead.model.Page;

class EditionGeneratorTest {

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherBytes() {
        List<GeneratedEdition> first = Corpora.generate(Corpora.spec("2025-06-17", "2025-06-20", 7, Damage.HEAVY));
        List<GeneratedEdition> again = Corpora.generate(Corpora.spec("2025-06-17", "2025-06-20", 7, Damage.HEAVY));
        List<GeneratedEdition> other = Corpora.generate(Corpora.spec("2025-06-17", "2025-06-20", 8, Damage.HEAVY));
        for (int e = 0; e < first.size(); e++) {
            assertThat(Json.pretty(again.get(e).truth())).isEqualTo(Json.pretty(first.get(e).truth()));
            assertThat(again.get(e).files()).hasSameSizeAs(first.get(e).files());
            for (int f = 0; f < first.get(e).files().size(); f++) {
                assertThat(again.get(e).files().get(f).bytes()).isEqualTo(first.get(e).files().get(f).bytes());
            }
        }
        assertThat(Json.pretty(other.get(0).truth())).isNotEqualTo(Json.pretty(first.get(0).truth()));
    }

    @Test
    void anArticleSetRoundAnInsetHasItsHeadAsABandAcrossItsColumns() {
        // Its block is not its own, so its area is its parts; the head's part is the band over the columns it
        // heads, as on every other item's block, not the centred headline's ink.
        CorpusSpec spec = new CorpusSpec(Title.of("解放军报"), LocalDate.parse("2025-01-01"), LocalDate.parse("2025-01-05"),
                7, 6, 6, Converter.PDF, Damage.NONE);
        int seen = 0;
        for (GeneratedEdition edition : Corpora.generate(spec)) {
            for (Page page : edition.truth().pages()) {
                for (Item item : page.items()) {
                    List<org.masthead.model.Box> boxes = item.regions().stream().map(org.masthead.model.Region::box).toList();
                    if (item.kind() != ItemKind.ARTICLE || item.headline() == null || boxes.size() < 3) {
                        continue;
                    }
                    org.masthead.model.Box head = boxes.get(0);
                    List<org.masthead.model.Box> columns = boxes.subList(1, boxes.size());
                    double left = columns.stream().mapToDouble(org.masthead.model.Box::x).min().orElseThrow();
                    double right = columns.stream().mapToDouble(b -> b.x() + b.width()).max().orElseThrow();
                    assertThat(head.y() + head.height()).isLessThanOrEqualTo(columns.stream()
                            .mapToDouble(org.masthead.model.Box::y).min().orElseThrow());
                    assertThat(head.x()).isCloseTo(left, org.assertj.core.data.Offset.offset(0.5));
                    assertThat(head.x() + head.width()).isGreaterThanOrEqualTo(right - 0.5);
                    seen++;
                }
            }
        }
        assertThat(seen).isPositive();
    }

    @Test
    void anyEditionCanBeGeneratedOnItsOwn() {
        CorpusSpec spec = Corpora.spec("2025-01-01", "2025-01-10", 3, Damage.TYPICAL);
        GeneratedEdition inRange = Corpora.generate(spec).get(6);
        GeneratedEdition alone = new EditionGenerator(spec).generate(LocalDate.parse("2025-01-07"));
        assertThat(Json.pretty(alone.truth())).isEqualTo(Json.pretty(inRange.truth()));
        assertThat(alone.files().get(0).bytes()).isEqualTo(inRange.files().get(0).bytes());
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void editionsAreMadeLazilyOneByOne() {
        // Two centuries: an eager generator would take many minutes and run out of memory.
        CorpusSpec spec = new CorpusSpec(Title.of("人民日报"), LocalDate.parse("1990-01-01"),
                LocalDate.parse("2189-12-31"), 1, 8, 12, Converter.MARKDOWN, Damage.TYPICAL);
        var editions = new EditionGenerator(spec).editions().iterator();
        assertThat(editions.next().truth().date()).isEqualTo(LocalDate.parse("1990-01-01"));
        assertThat(editions.next().truth().date()).isEqualTo(LocalDate.parse("1990-01-02"));
    }

    @Test
    void mastheadsAreConsistent() throws Exception {
        List<GeneratedEdition> editions = Corpora.generate(Corpora.spec("2025-06-10", "2025-07-20", 1, Damage.NONE));
        EditionGenerator generator = new EditionGenerator(Corpora.spec("2025-06-10", "2025-06-10", 1, Damage.NONE));
        Integer previousIssue = null;
        for (GeneratedEdition generated : editions) {
            Edition edition = generated.truth();
            assertThat(edition.masthead().weekday()).isEqualTo(edition.date().getDayOfWeek().getValue());
            assertThat(edition.masthead().lunarDate()).isEqualTo(generator.lunarDate(edition.date()));
            if (previousIssue != null) {
                assertThat(edition.masthead().issueNumber()).isEqualTo(previousIssue + 1);
            }
            previousIssue = edition.masthead().issueNumber();
            assertThat(edition.masthead().pageCount()).isBetween(8, 12).isEqualTo(edition.pages().size())
                    .isEqualTo(generated.files().size());
            String front = Corpora.decode(generated.files().get(0));
            assertThat(front).contains("第" + edition.masthead().issueNumber() + "号", edition.masthead().lunarDate(),
                    "今日" + edition.masthead().pageCount() + "版", "星期" + "一二三四五六日".charAt(edition.masthead().weekday() - 1));
        }
        // The real masthead of the sample page: 2025-06-19 is 乙巳年五月廿四, 星期四, 第24632号.
        Edition sampleDay = editions.stream().filter(g -> g.truth().date().equals(LocalDate.parse("2025-06-19")))
                .findFirst().orElseThrow().truth();
        assertThat(sampleDay.masthead().lunarDate()).isEqualTo("乙巳年五月廿四");
        assertThat(sampleDay.masthead().issueNumber()).isEqualTo(24632);
        assertThat(sampleDay.masthead().weekday()).isEqualTo(4);
        assertThat(editions.get(0).files().get(0).name()).isEqualTo("jfjb-2025-06-10-p01.md");
    }

    @Test
    void lunarDatesMatchTheCalendarIncludingLeapMonthsAndNewYear() {
        EditionGenerator generator = new EditionGenerator(Corpora.spec("2025-01-01", "2025-01-01", 1, Damage.NONE));
        // Known dates: Spring Festival 2024 and 2025, and 2025's leap sixth month (闰六月) from 25 July.
        assertThat(generator.lunarDate(LocalDate.parse("2024-02-10"))).isEqualTo("甲辰年正月初一");
        assertThat(generator.lunarDate(LocalDate.parse("2025-01-29"))).isEqualTo("乙巳年正月初一");
        assertThat(generator.lunarDate(LocalDate.parse("2025-07-24"))).isEqualTo("乙巳年六月三十");
        assertThat(generator.lunarDate(LocalDate.parse("2025-07-25"))).isEqualTo("乙巳年闰六月初一");
        assertThat(generator.lunarDate(LocalDate.parse("2025-08-01"))).isEqualTo("乙巳年闰六月初八");
    }

    @Test
    void pagesHoldFourToNineItemsOfEveryKindAndJumpsMatch() {
        List<GeneratedEdition> editions = Corpora.generate(Corpora.spec("2025-03-01", "2025-03-10", 5, Damage.NONE));
        Map<ItemKind, Long> kinds = editions.stream().flatMap(g -> g.truth().pages().stream())
                .flatMap(p -> p.items().stream()).collect(Collectors.groupingBy(Item::kind, Collectors.counting()));
        assertThat(kinds.keySet()).containsExactlyInAnyOrder(ItemKind.values());
        long pages = editions.stream().mapToLong(g -> g.truth().pages().size()).sum();
        long items = kinds.values().stream().mapToLong(Long::longValue).sum();
        // Real-length reports leave room for fewer of them than short ones did: four to nine a page.
        assertThat((double) items / pages).isBetween(4.0, 9.0);
        for (GeneratedEdition generated : editions) {
            List<Page> pageList = generated.truth().pages();
            for (Page page : pageList) {
                for (Item item : page.items()) {
                    if (item.continuedOn() != null) {
                        Page target = pageList.get(item.continuedOn() - 1);
                        assertThat(target.items()).anySatisfy(rest -> {
                            assertThat(rest.continuedFrom()).isEqualTo(page.number());
                            assertThat(rest.headline()).isEqualTo(item.headline());
                        });
                    }
                    item.refersToPages().forEach(p -> assertThat(p).isBetween(2, pageList.size()));
                    if (item.kind() == ItemKind.PHOTO) {
                        assertThat(item.caption()).isNotBlank();
                        assertThat(item.credit()).isNotBlank();
                    }
                }
            }
        }
    }

    @Test
    void aOnePageDailyHasNoJumpsAndNoTeasers() {
        CorpusSpec spec = new CorpusSpec(Title.of("解放军报"), LocalDate.parse("2025-06-01"),
                LocalDate.parse("2025-06-07"), 1, 1, 1, Converter.PLAIN, Damage.HEAVY);
        for (GeneratedEdition generated : Corpora.generate(spec)) {
            assertThat(generated.truth().masthead().pageCount()).isEqualTo(1);
            assertThat(generated.files()).singleElement().satisfies(f -> assertThat(f.name()).endsWith("-p01.txt"));
            assertThat(generated.truth().pages().get(0).items()).isNotEmpty().allSatisfy(item -> {
                assertThat(item.continuedOn()).isNull();
                assertThat(item.kind()).isNotEqualTo(ItemKind.TEASER);
            });
        }
    }

    @Test
    void groundTruthJsonRoundTrips() {
        for (GeneratedEdition generated : Corpora.generate(Corpora.spec("2025-06-18", "2025-06-19", 2, Damage.HEAVY))) {
            String json = Json.pretty(generated.truth());
            assertThat(json).contains("\"schema\" : \"" + org.masthead.model.Edition.SCHEMA + "\"");
            assertThat(Json.readEdition(json)).isEqualTo(generated.truth());
        }
    }

    @Test
    void otherTitlesGetTheirOwnSlugAndAStableMasthead() {
        Title title = Title.of("人民日报");
        assertThat(title.slug()).isEqualTo("rmrb");
        assertThat(Title.of("人民日报")).isEqualTo(title);
        assertThat(title.serial()).matches("CN \\d{2}-\\d{4}");
        assertThat(title.issueOn(LocalDate.parse("2025-06-20"))).isEqualTo(title.issueOn(LocalDate.parse("2025-06-19")) + 1);
    }
}
