package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.ItemFlag;
import org.masthead.model.ItemKind;
import org.masthead.model.Page;
import org.masthead.model.Section;

/** Everything the issue's "Must show" lists, on the real sample page. */
class SamplePageTest {
    private final Edition edition = Fixtures.parseSample();

    private List<Item> items() {
        return edition.pages().get(0).items();
    }

    private List<Item> ofKind(ItemKind... kinds) {
        List<ItemKind> wanted = List.of(kinds);
        return items().stream().filter(item -> wanted.contains(item.kind())).toList();
    }

    private Item withText(String text) {
        List<Item> found = items().stream().filter(item -> item.bodyText().contains(text)).toList();
        assertThat(found).as("items containing " + text).hasSize(1);
        return found.get(0);
    }

    @Test
    void readsTheMasthead() {
        assertThat(edition.title()).isEqualTo("解放军报");
        assertThat(edition.date()).isEqualTo(LocalDate.of(2025, 6, 19));
        assertThat(edition.masthead().weekday()).isEqualTo(4);
        assertThat(edition.masthead().issueNumber()).isEqualTo(24632);
        assertThat(edition.masthead().lunarDate()).isEqualTo("乙巳年五月廿四");
        assertThat(edition.masthead().pageCount()).isEqualTo(12);
        assertThat(edition.masthead().serial()).isEqualTo("CN 81-0001/(J)");
        assertThat(edition.masthead().postalCode()).isEqualTo("1-26");
        assertThat(edition.masthead().website()).isEqualTo("http://www.81.cn");
        assertThat(edition.masthead().publisher()).isEqualTo("解放军报社");
        assertThat(edition.warnings()).isEmpty();
    }

    @Test
    void onePageWithItsEditors() {
        assertThat(edition.pages()).hasSize(1);
        Page page = edition.pages().get(0);
        assertThat(page.number()).isEqualTo(1);
        assertThat(page.editors()).containsExactly("王振江", "高亮", "王驰");
    }

    @Test
    void exactlyFourArticlesAndCommentariesOnePhotoOneTeaser() {
        assertThat(ofKind(ItemKind.ARTICLE, ItemKind.COMMENTARY)).hasSize(4);
        assertThat(ofKind(ItemKind.PHOTO)).hasSize(1);
        assertThat(ofKind(ItemKind.TEASER)).hasSize(1);
        assertThat(items()).hasSize(6);
    }

    @Test
    void theReturnReportHasKickerHeadlineAndDateline() {
        Item item = withText("乘专机回到北京");
        assertThat(item.kind()).isEqualTo(ItemKind.ARTICLE);
        assertThat(item.headline()).isEqualTo("习近平回到北京");
        assertThat(item.kicker()).isEqualTo("圆满结束出席第二届中国—中亚峰会");
        assertThat(item.dateline().source()).isEqualTo("新华社");
        assertThat(item.dateline().place()).isEqualTo("北京");
        assertThat(item.dateline().date()).isEqualTo(LocalDate.of(2025, 6, 18));
        assertThat(item.sections()).hasSize(1);
        assertThat(item.sections().get(0).paragraphs()).hasSize(3);
        assertThat(item.flags()).isEmpty();
    }

    @Test
    void theSpeechReportKeepsItsSubtitleSectionsAndJump() {
        Item item = ofKind(ItemKind.ARTICLE).stream()
                .filter(i -> "合作之路越走越宽广 友谊之花越开越灿烂".equals(i.headline())).findFirst().orElseThrow();
        assertThat(item.subtitle()).isEqualTo("习近平主席重要讲话为中国中亚携手前行擘画蓝图");
        assertThat(item.sections()).extracting(Section::heading)
                .containsExactly(null, "“中亚国家同中国合作的强大动力”", "“为地区伙伴关系开启新篇章”");
        assertThat(item.continuedOn()).isEqualTo(3);
        // Two paragraphs stop mid-sentence before a heading: their rest is not on this page.
        assertThat(item.flags()).containsExactly(ItemFlag.TRUNCATED);
        assertThat(item.sections().get(0).paragraphs().get(2)).endsWith("“我们将持续加强与中");
    }

    @Test
    void theHeadlessWangYiReportHoldsBothSectionsAndTheMovedFragment() {
        Item item = withText("王毅表示，今年是中国人民抗日战争");
        assertThat(item.kind()).isEqualTo(ItemKind.ARTICLE);
        assertThat(item.headline()).isNull();
        assertThat(item.dateline().source()).isEqualTo("新华社");
        assertThat(item.bodyText()).startsWith("新华社北京6月18日电 2025年6月16日至18日");
        assertThat(item.sections()).extracting(Section::heading)
                .containsExactly(null, "一、继往开来，点亮“中国—中亚精神”", "二、高质量发展，迈向共同现代化");
        List<String> first = item.sections().get(1).paragraphs();
        assertThat(first.get(first.size() - 2)).endsWith("打造和平安宁、休");
        assertThat(first.get(first.size() - 1)).startsWith("王毅表示，今年是");
        assertThat(item.continuedOn()).isEqualTo(3);
        assertThat(item.flags()).contains(ItemFlag.REORDERED, ItemFlag.HEADLINE_MISSING, ItemFlag.TRUNCATED);
    }

    @Test
    void theCommentaryHasItsBylineAndBothColumnBreaksJoined() {
        List<Item> commentaries = ofKind(ItemKind.COMMENTARY);
        assertThat(commentaries).hasSize(1);
        Item item = commentaries.get(0);
        assertThat(item.headline()).isEqualTo("坚持靠素质立身、凭实绩进步");
        assertThat(item.authors()).containsExactly("赖朝蔚");
        String text = item.bodyText();
        assertThat(text).contains("“走后门”行不通了，").contains("树立“靠素质立身、凭实绩进步”的选人用人导向");
        assertThat(text).doesNotContain("王毅").doesNotContain("二、高质量发展");
        assertThat(item.sections()).hasSize(1);
        assertThat(item.sections().get(0).paragraphs()).hasSize(6);
        assertThat(item.continuedOn()).isNull();
        assertThat(item.flags()).isEmpty();
    }

    @Test
    void thePhotoHasCaptionAndCredit() {
        Item photo = ofKind(ItemKind.PHOTO).get(0);
        assertThat(photo.caption()).isEqualTo("夏日，海军某大队开展海上训练。");
        assertThat(photo.credit()).isEqualTo("董建华");
        assertThat(photo.sections()).isEmpty();
    }

    @Test
    void theTeaserPointsToPagesFiveToEight() {
        Item teaser = ofKind(ItemKind.TEASER).get(0);
        assertThat(teaser.headline()).isEqualTo("纪念中国人民抗日战争暨世界反法西斯战争胜利80周年特刊");
        assertThat(teaser.refersToPages()).containsExactly(5, 6, 7, 8);
    }

    @Test
    void noFurnitureInAnyText() {
        for (Item item : items()) {
            List<String> texts = new ArrayList<>(List.of(item.bodyText()));
            texts.add(String.valueOf(item.headline()));
            texts.add(String.valueOf(item.caption()));
            for (String text : texts) {
                assertThat(text).doesNotContain("客户端", "官方微博", "微信公众号", "版面编辑", "下转", "上接", "■",
                        "董建华摄", "(第五至八版)", "（第五至八版）", "##");
                // Half-width punctuation inside Chinese was normalised.
                assertThat(text).doesNotContainPattern("\\p{IsHan}[,;:?!]|[,;:?!]\\p{IsHan}");
            }
        }
    }

    @Test
    void parsersOnManyThreadsAgreeWithOne() throws Exception {
        // EditionParser is shared between threads (the ICU calendar is per thread): same input, same edition.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            EditionParser parser = new EditionParser();
            List<java.util.concurrent.Future<Edition>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                byte[] page = i % 2 == 0 ? Fixtures.sample() : Fixtures.page("jfjb-2025-06-19-p01.txt");
                results.add(pool.submit(() -> parser.parse(List.of(new PageSource("p01.md", page)), ParseOptions.DEFAULTS)));
            }
            for (java.util.concurrent.Future<Edition> result : results) {
                assertThat(result.get()).isEqualTo(Fixtures.parse("p01.md", Fixtures.sample()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void idsAreStableAndDistinct() {
        List<String> ids = items().stream().map(Item::id).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[0-9a-f]{16}"));
        assertThat(Fixtures.parseSample().pages().get(0).items()).extracting(Item::id).containsExactlyElementsOf(ids);
    }

    /**
     * Nothing dropped, nothing duplicated: the characters of the body before (furniture aside) and after
     * parsing are the same multiset.
     */
    @Test
    void keepsEveryBodyCharacter() {
        String source = Fixtures.sampleText();
        // The masthead: everything before the first headline.
        String body = source.substring(source.indexOf("\n## "));
        for (String furniture : List.of("解放军报  \n客户端", "解放军报  \n官方微博", "解放军报  \n微信公众号",
                "版面编辑  \n王振江  \n高亮  \n王驰", "（下转第三版）", "(第五至八版)", "■", "摄\n", "##", "#", " ——")) {
            assertThat(body).contains(furniture);
            body = body.replace(furniture, "");
        }
        StringBuilder out = new StringBuilder();
        for (Item item : items()) {
            for (String part : new String[] {item.kicker(), item.headline(), item.subtitle(), item.caption(), item.credit()}) {
                if (part != null) {
                    out.append(part);
                }
            }
            item.authors().forEach(out::append);
            out.append(item.bodyText());
        }
        assertThat(multiset(out.toString())).isEqualTo(multiset(halfToFullWidth(body)));
    }

    private static String halfToFullWidth(String text) {
        return text.replace(',', '，').replace(':', '：').replace(';', '；').replace('?', '？').replace('!', '！')
                .replace('(', '（').replace(')', '）');
    }

    private static Map<Integer, Long> multiset(String text) {
        Map<Integer, Long> counts = new HashMap<>();
        text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(c -> counts.merge(c, 1L, Long::sum));
        return counts;
    }

    @Test
    void markdownReadsLikeTheNewspaper() {
        String md = EditionMarkdown.of(edition);
        assertThat(md).startsWith("# 解放军报\n");
        assertThat(md).contains("2025年6月19日 星期四 农历乙巳年五月廿四 第24632号 今日12版");
        assertThat(md).contains("*圆满结束出席第二届中国—中亚峰会*\n\n### 习近平回到北京\n");
        assertThat(md).contains("**——习近平主席重要讲话为中国中亚携手前行擘画蓝图**");
        assertThat(md).contains("#### 一、继往开来，点亮“中国—中亚精神”");
        assertThat(md).contains("（下转第三版）");
        assertThat(md).contains("■赖朝蔚");
        assertThat(md).contains("夏日，海军某大队开展海上训练。 （董建华 摄）");
        assertThat(md).contains("（第五至八版）");
        assertThat(md).contains("版面编辑：王振江 高亮 王驰");
        // Headlines come in page order.
        List<String> order = List.of("习近平回到北京", "合作之路越走越宽广", "新华社北京6月18日电 2025年6月16日", "纪念中国人民",
                "坚持靠素质立身");
        assertThat(order.stream().map(md::indexOf).collect(Collectors.toList())).isSorted();
    }
}
