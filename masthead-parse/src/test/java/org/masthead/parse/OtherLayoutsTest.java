package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.ItemFlag;
import org.masthead.model.ItemKind;
import org.masthead.model.Page;
import org.masthead.model.Section;
import org.masthead.model.Warning;

/** Other dailies, inside pages and pages without a masthead. */
class OtherLayoutsTest {

    @Test
    void renminRibaoMasthead() {
        Edition edition = Fixtures.parse("rmrb-2025-06-19-p01.md", Fixtures.page("rmrb-2025-06-19-p01.md"));
        assertThat(edition.title()).isEqualTo("人民日报");
        assertThat(edition.date()).isEqualTo(LocalDate.of(2025, 6, 19));
        assertThat(edition.masthead().weekday()).isEqualTo(4);
        assertThat(edition.masthead().issueNumber()).isEqualTo(27735);
        assertThat(edition.masthead().lunarDate()).isEqualTo("乙巳年五月廿四");
        assertThat(edition.masthead().pageCount()).isEqualTo(20);
        assertThat(edition.masthead().serial()).isEqualTo("CN 11-0065");
        assertThat(edition.masthead().postalCode()).isEqualTo("1-1");
        assertThat(edition.masthead().website()).isEqualTo("http://www.people.com.cn");
        assertThat(edition.masthead().publisher()).isEqualTo("人民日报社");
        assertThat(edition.warnings()).isEmpty();

        Page page = edition.pages().get(0);
        assertThat(page.number()).isEqualTo(1);
        assertThat(page.editors()).containsExactly("赵刚", "孙丽");
        List<Item> items = page.items();
        assertThat(items).extracting(Item::kind).containsExactly(ItemKind.ARTICLE, ItemKind.COMMENTARY,
                ItemKind.TEASER, ItemKind.ARTICLE, ItemKind.PHOTO);

        Item grain = items.get(0);
        assertThat(grain.kicker()).isEqualTo("夏粮收购全面展开");
        assertThat(grain.headline()).isEqualTo("各地粮库敞开收购 农民售粮便捷顺畅");
        assertThat(grain.authors()).containsExactly("李明", "王芳");
        assertThat(grain.dateline().source()).isEqualTo("本报");
        assertThat(grain.bodyText()).contains("1,200万吨"); // a number keeps its comma

        assertThat(items.get(1).headline()).isEqualTo("社论 把稳粮食安全的压舱石");
        assertThat(items.get(2).headline()).isEqualTo("城市更新激活发展新动能");
        assertThat(items.get(2).refersToPages()).containsExactly(2);
        assertThat(items.get(3).dateline().place()).isEqualTo("郑州");
        assertThat(items.get(4).caption()).isEqualTo("满载货物的中欧班列从郑州圃田站驶出。");
        assertThat(items.get(4).credit()).isEqualTo("张浩然");
    }

    @Test
    void otherPapersLeadsAndAConvertersHalfWidthFullStops() {
        // Written for this test in the form a converter gave the 解放军报 sample: half-width commas and full stops.
        Edition edition = Fixtures.parse("hqsb-2025-06-19-p01.md", Fixtures.page("hqsb-2025-06-19-p01.md"));
        assertThat(edition.title()).isEqualTo("环球时报");
        List<Item> items = edition.pages().get(0).items();
        assertThat(items).extracting(Item::headline).containsExactly("多国专家：中国—中亚合作树立区域合作新典范",
                "美媒：美军新一轮部署引发盟友担忧", "社评：推动地区合作行稳致远", "北京发布今年以来经济运行情况");
        Item experts = items.get(0);
        assertThat(experts.dateline().source()).isEqualTo("环球时报");
        assertThat(experts.authors()).containsExactly("王晓明", "刘洋");
        assertThat(experts.sections().get(0).paragraphs().get(0)).as("the lead stays in the text as printed")
                .startsWith("【环球时报报道 记者 王晓明 刘洋】第二届中国—中亚峰会17日在哈萨克斯坦阿斯塔纳举行。多国专家");
        assertThat(experts.continuedOn()).isEqualTo(4);
        assertThat(items.get(1).authors()).containsExactly("张远", "李青");
        assertThat(items.get(2).authors()).isEmpty();
        assertThat(items.get(2).dateline()).isNull();
        assertThat(items.get(3).dateline().source()).isEqualTo("新京报");
        assertThat(items.get(3).authors()).containsExactly("张三", "李四");
        assertThat(edition.pages().get(0).items()).allSatisfy(item -> assertThat(item.bodyText()).doesNotContain("."));
    }

    @Test
    void aRunningHeadWithThePageAfterTheWeekdayAndTheEditorsAfterIt() {
        // 光明日报 and 经济日报 print the date, the page's number and name and the desk's editors and contacts on one
        // line over an inside page; a converter gives it as one line.
        Edition edition = Fixtures.parse("gmrb-2025-06-19-p02.md", """
                2025年6月19日 星期四 2 要闻 责任编辑:张三 李四 联系电话:010-67078945 E-mail:gmrbywb@126.com

                ## 北京发布今年以来经济运行情况

                本报北京6月18日电（记者 王五）6月18日,北京市召开新闻发布会,介绍今年以来全市经济运行情况。
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Page page = edition.pages().get(0);
        assertThat(page.number()).isEqualTo(2);
        assertThat(page.name()).isEqualTo("要闻");
        assertThat(page.editors()).containsExactly("张三", "李四");
        assertThat(edition.date()).isEqualTo(LocalDate.of(2025, 6, 19));
        assertThat(page.items()).singleElement().satisfies(item -> {
            assertThat(item.headline()).isEqualTo("北京发布今年以来经济运行情况");
            assertThat(item.authors()).containsExactly("王五");
        });
    }

    @Test
    void aRunningHeadWithThePagesNameBeforeItsNumber() {
        // 人民日报 sets the page's number at the outer edge: 要闻 3 on a right-hand page, 4 要闻 on a left-hand one;
        // a converter gives it as a heading, a line of its own, run into the date's line, or a line for each part.
        Map<String, String> heads = new java.util.LinkedHashMap<>();
        heads.put("# 要闻 4\n\n人民日报 2019年10月22日 星期二", "人民日报");
        heads.put("要闻 4\n\n人民日报 2019年10月22日 星期二", "人民日报");
        heads.put("人民日报 2019年10月22日 星期二 要闻 4", "人民日报");
        heads.put("4 要闻 人民日报 2019年10月22日 星期二", "人民日报");
        heads.put("要闻 2019年10月22日 星期二 4\n\n人民日报 2019年10月22日 星期二", "人民日报");
        heads.put("4\n\n要闻\n\n2019年10月22日 星期二", null);
        heads.put("2019年10月22日 星期二\n\n4\n\n要闻", null);
        heads.put("要闻\n\n4\n\n2019年10月22日 星期二", null);
        heads.put("人民日报\n\n2019年10月22日\n\n星期二\n\n要闻\n\n4", "人民日报");
        heads.forEach((head, title) -> {
            Edition edition = Fixtures.parse("rmrb-2019-10-22.md", (head + """


                    ## 全国秋粮收获过八成

                    本报北京10月21日电 （记者王五）记者从农业农村部获悉：截至10月20日，全国秋粮已收获82.5%。

                    ## 我国成功发射高分十号卫星

                    新华社太原10月22日电 10月22日，我国成功发射高分十号卫星，任务获得圆满成功。（赵六）
                    """).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Page page = edition.pages().get(0);
            assertThat(page.number()).as(head).isEqualTo(4);
            assertThat(edition.title()).as(head).isEqualTo(title);
            assertThat(edition.date()).as(head).isEqualTo(LocalDate.of(2019, 10, 22));
            assertThat(edition.warnings()).as(head).isEmpty();
            assertThat(page.items()).as(head).extracting(Item::headline, Item::authors).containsExactly(
                    tuple("全国秋粮收获过八成", List.of("王五")), tuple("我国成功发射高分十号卫星", List.of("赵六")));
            if (!head.startsWith("要闻 2019")) { // a name before the date is not read as the page's
                assertThat(page.name()).as(head).isEqualTo("要闻");
            }
        });
    }

    @Test
    void thePagesOtherRolesOnLinesOfTheirOwnAroundItsEditors() {
        // 人民日报 prints 本版责编 and 版式设计 at the foot; a converter gives each its own line, in either order.
        for (String foot : List.of("本版责编：陈　光　刘小燕　何　娟\n\n版式设计：张芳曼",
                "版式设计：张芳曼\n\n本版责编：陈　光　刘小燕　何　娟",
                "本版责编：陈　光　刘小燕　何　娟\n\n美术编辑：张芳曼\n\n联系电话：010-65368300")) {
            Page page = Fixtures.parse("rmrb-2019-10-22-p04.md", ("""
                    4 要闻 人民日报 2019年10月22日 星期二

                    ## 全国秋粮收获过八成

                    本报北京10月21日电 （记者王五）记者从农业农村部获悉：截至10月20日，全国秋粮已收获82.5%。

                    """ + foot + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)).pages().get(0);
            assertThat(page.editors()).as(foot).containsExactly("陈光", "刘小燕", "何娟");
            assertThat(page.items()).as(foot).singleElement().extracting(Item::sections).isEqualTo(List.of(
                    new Section(null, List.of("本报北京10月21日电 （记者王五）记者从农业农村部获悉：截至10月20日，全国秋粮已收获82.5%。"))));
        }
    }

    @Test
    void aMastheadWhoseNameAConverterGaveAsPlainText() {
        // The paper's name is a picture on the page; a converter that marks headlines with # gives the text it
        // found there as a plain paragraph, and full-width dashes in the serial and postal code; the pages of the
        // day may come spaced out (今日 24 版), and are still no page's number.
        for (String pages : List.of("今日24版", "今日 24 版")) {
            Edition edition = Fixtures.parse("rmrb-2019-10-22.md", ("""
                    人民日报

                    RENMIN RIBAO

                    2019年10月22日 星期二

                    农历己亥年九月廿四

                    人民网网址：http://www.people.com.cn

                    第25274期（代号1－1）

                    """ + pages + """


                    国内统一连续出版物号 CN 11－0065

                    ## 习近平会见文莱苏丹哈桑纳尔

                    新华社北京10月21日电 国家主席习近平21日在北京会见文莱苏丹哈桑纳尔。
                    """).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(edition.masthead()).as(pages).satisfies(masthead -> {
                assertThat(masthead.title()).isEqualTo("人民日报");
                assertThat(masthead.date()).isEqualTo(LocalDate.of(2019, 10, 22));
                assertThat(masthead.lunarDate()).isEqualTo("己亥年九月廿四");
                assertThat(masthead.issueNumber()).isEqualTo(25274);
                assertThat(masthead.pageCount()).isEqualTo(24);
                assertThat(masthead.serial()).isEqualTo("CN 11-0065");
                assertThat(masthead.postalCode()).isEqualTo("1-1");
            });
            assertThat(edition.pages()).as(pages).singleElement().satisfies(page -> {
                assertThat(page.number()).isEqualTo(1);
                assertThat(page.items()).singleElement().extracting(Item::headline).isEqualTo("习近平会见文莱苏丹哈桑纳尔");
            });
        }
    }

    @Test
    void anOpinionPagesDeskSignatureATextSubtitleAndAPictureAgency() {
        // 人民日报 signs its editorials 本报评论员 under the headline, without ■; a converter may give a subtitle as
        // plain text under its headline; a photo's credit may name the picture desk after it (人民视觉).
        Edition edition = Fixtures.parse("rmrb-2019-10-22-p05.md", """
                # 5 评论

                人民日报 2019年10月22日 星期二

                ## 以钉钉子精神抓好落实

                本报评论员

                抓落实，是党的优良传统和政治优势。

                ## 把小事当大事来办

                ——来自基层的调研报告

                本报记者 陈　光　　刘小燕

                群众反映最多的是办事难。

                ## 图片新闻

                图为10月21日，江苏南京，市民在玄武湖畔赏秋。 苏　阳摄（人民视觉）
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<Item> items = edition.pages().get(0).items();
        assertThat(items).extracting(Item::kind, Item::kicker, Item::headline, Item::subtitle, Item::authors)
                .containsExactly(
                        tuple(ItemKind.COMMENTARY, null, "以钉钉子精神抓好落实", null, List.of("本报评论员")),
                        tuple(ItemKind.ARTICLE, null, "把小事当大事来办", "来自基层的调研报告", List.of("陈光", "刘小燕")),
                        tuple(ItemKind.PHOTO, null, "图片新闻", null, List.of()));
        assertThat(items.get(1).sections()).singleElement().extracting(Section::paragraphs)
                .isEqualTo(List.of("群众反映最多的是办事难。"));
        assertThat(items.get(2).caption()).isEqualTo("图为10月21日，江苏南京，市民在玄武湖畔赏秋。");
        assertThat(items.get(2).credit()).isEqualTo("苏阳");
    }

    @Test
    void aContentsBoxWhoseLinesAreBulleted() {
        // 人民日报's 今日导读 lists its teasers with bullets; the bullet marks the list, not the title.
        List<Item> items = Fixtures.parse("rmrb-2019-10-22-p01.md", """
                # 人民日报

                2019年10月22日 星期二 农历己亥年九月廿四 今日24版

                ## 今日导读

                ● 前三季度国民经济运行总体平稳（第二版）

                ● 全国秋粮收获过八成（第四版）
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)).pages().get(0).items();
        assertThat(items).extracting(Item::kind, Item::headline, Item::refersToPages).containsExactly(
                tuple(ItemKind.TEASER, "前三季度国民经济运行总体平稳", List.of(2)),
                tuple(ItemKind.TEASER, "全国秋粮收获过八成", List.of(4)));
    }

    @Test
    void taiwanAndHongKongPapersBylinesAndLeads() {
        // In Traditional characters: Taiwan's byline names the reporter, then where the report was filed
        // (記者王五／台北報導); Hong Kong papers open their own news with a bracketed lead (【明報專訊】).
        List<Item> items = Fixtures.parse("udn-2019-10-22-p04.md", """
                # 聯合報

                2019年10月22日 星期二

                ## 行政院會通過前瞻預算

                記者王五／台北報導

                行政院會昨天通過前瞻基礎建設計畫第三期特別預算。

                ## 香港經濟面對挑戰

                【明報專訊】香港經濟面對挑戰，政府需推出更多措施。（記者 陳大文）
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)).pages().get(0).items();
        assertThat(items).extracting(Item::headline, Item::authors).containsExactly(
                tuple("行政院會通過前瞻預算", List.of("王五")), tuple("香港經濟面對挑戰", List.of("陳大文")));
        assertThat(items.get(0).sections()).singleElement().extracting(Section::paragraphs)
                .isEqualTo(List.of("行政院會昨天通過前瞻基礎建設計畫第三期特別預算。"));
        assertThat(items.get(1).dateline().source()).isEqualTo("明報");
    }

    @Test
    void anEnglishDailyWithItsBylinesDatelinesAndJumps() {
        // Written for this test as a converter gives an American daily's pages; the page's number is named in the
        // running head of page 4 only (its file is called p04.md too, so the file name is changed here).
        Edition edition = Fixtures.parseAll(List.of(
                new PageSource("courier-2025-06-19-p01.md", Fixtures.page("courier-2025-06-19-p01.md")),
                new PageSource("courier-2025-06-19-inside.md", Fixtures.page("courier-2025-06-19-p04.md"))));
        assertThat(edition.title()).isEqualTo("The Daily Courier");
        assertThat(edition.date()).isEqualTo(LocalDate.of(2025, 6, 19));
        assertThat(edition.masthead().weekday()).isEqualTo(4);
        assertThat(edition.masthead().issueNumber()).isEqualTo(170);
        assertThat(edition.warnings()).isEmpty();
        assertThat(edition.pages()).extracting(Page::number).containsExactly(1, 4);

        List<Item> front = edition.pages().get(0).items();
        assertThat(front).extracting(Item::headline).containsExactly(
                "City Council Approves New Budget After Long Debate", "Storm Brings Heavy Rain to the Region");
        Item budget = front.get(0);
        assertThat(budget.authors()).containsExactly("JANE SMITH");
        assertThat(budget.dateline().place()).isEqualTo("SPRINGFIELD");
        assertThat(budget.dateline().source()).isNull();
        assertThat(budget.continuedOn()).isEqualTo(4);
        assertThat(budget.bodyText()).startsWith("SPRINGFIELD — The City Council").doesNotContain("Continued");
        assertThat(front.get(1).authors()).containsExactly("JOHN DOE", "MARY ROE");

        List<Item> inside = edition.pages().get(1).items();
        assertThat(inside.get(0).continuedFrom()).isEqualTo(1);
        assertThat(inside.get(0).bodyText()).startsWith("Council members argued");
        assertThat(inside.get(1).authors()).containsExactly("ANN LEE");
        assertThat(inside.get(1).dateline().place()).isEqualTo("RIVERTON");
    }

    @Test
    void anEnglishPageAsPlainTextKeepsItsWordsApart() {
        // The front page above as plain text whose lines end where the print's did: a line end is a space between
        // English words, after a comma too, and a jump note on its own line ends its report.
        Edition edition = Fixtures.parse("courier-2025-06-19-p01.txt", Fixtures.page("courier-2025-06-19-p01.txt"));
        assertThat(edition.title()).isEqualTo("The Daily Courier");
        List<Item> items = edition.pages().get(0).items();
        assertThat(items).extracting(Item::headline).containsExactly(
                "City Council Approves New Budget After Long Debate", "Storm Brings Heavy Rain");
        assertThat(items.get(0).continuedOn()).isEqualTo(4);
        assertThat(items.get(0).bodyText()).contains("a $1.2 billion budget", "road repairs, officials said.")
                .doesNotContain("Continued");
        assertThat(items.get(1).bodyText()).contains("on Wednesday, flooding several roads.");
    }

    @Test
    void insidePageWithContinuations() {
        Edition edition = Fixtures.parse("page3.md", Fixtures.page("jfjb-2025-06-19-p03.md"));
        assertThat(edition.title()).isEqualTo("解放军报");
        assertThat(edition.date()).isEqualTo(LocalDate.of(2025, 6, 19));
        assertThat(edition.masthead().issueNumber()).isNull();
        assertThat(edition.warnings()).isEmpty();
        Page page = edition.pages().get(0);
        assertThat(page.number()).as("from the page header 3 要闻").isEqualTo(3);
        assertThat(page.name()).isEqualTo("要闻");
        assertThat(page.editors()).containsExactly("刘洋", "陈晨");
        List<Item> items = page.items();
        assertThat(items).hasSize(3);
        assertThat(items.get(0).headline()).isEqualTo("合作之路越走越宽广 友谊之花越开越灿烂");
        assertThat(items.get(0).continuedFrom()).isEqualTo(1);
        assertThat(items.get(0).bodyText()).startsWith("哈萨克斯坦阿斯塔纳国际大学教授表示").doesNotContain("上接");
        assertThat(items.get(1).headline()).isNull();
        assertThat(items.get(1).continuedFrom()).isEqualTo(1);
        assertThat(items.get(1).bodyText()).startsWith("王毅说");
        assertThat(items.get(2).dateline().source()).isEqualTo("本报");
        assertThat(items.get(2).dateline().date()).isNull();
        assertThat(items.get(2).flags()).containsExactly(ItemFlag.TRUNCATED);
    }

    @Test
    void frontAndInsidePageMakeOneEdition() throws UnusableInputException {
        Edition edition = new EditionParser().parse(List.of(
                new PageSource("jfjb-2025-06-19-p03.md", Fixtures.page("jfjb-2025-06-19-p03.md")),
                new PageSource(Fixtures.SAMPLE_NAME, Fixtures.sample())), ParseOptions.DEFAULTS);
        assertThat(edition.pages()).extracting(Page::number).containsExactly(1, 3);
        assertThat(edition.masthead().issueNumber()).isEqualTo(24632);
        assertThat(edition.warnings()).isEmpty();
    }

    @Test
    void pagesThatDoNotBelongTogetherAreReported() throws UnusableInputException {
        byte[] otherDay = new String(Fixtures.page("jfjb-2025-06-19-p03.md"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("3 要闻", "13 要闻").replace("2025年6月19日 星期四", "2025年6月20日 星期五")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Edition edition = new EditionParser().parse(List.of(
                new PageSource(Fixtures.SAMPLE_NAME, Fixtures.sample()),
                new PageSource("copy-of-front-page.md", Fixtures.sample()),
                new PageSource("other-day.md", otherDay)), ParseOptions.DEFAULTS);
        assertThat(edition.warnings()).extracting(Warning::code)
                .containsExactly("edition-mismatch", "duplicate-page", "page-beyond-count");
        assertThat(edition.date()).as("the first page's date is kept").isEqualTo(LocalDate.of(2025, 6, 19));
        assertThat(edition.pages()).extracting(Page::number).containsExactly(1, 1, 13);
    }

    @Test
    void pageWithoutMastheadOrNumber() {
        Edition edition = Fixtures.parse("page-without-masthead.txt", Fixtures.page("page-without-masthead.txt"));
        assertThat(edition.title()).isNull();
        assertThat(edition.date()).isNull();
        assertThat(edition.warnings()).extracting(Warning::code).containsExactly("page-number-unknown");
        List<Item> items = edition.pages().get(0).items();
        assertThat(items).hasSize(1);
        Item item = items.get(0);
        assertThat(item.headline()).isEqualTo("边防连队的夏日课堂");
        assertThat(item.dateline().source()).isEqualTo("本报");
        assertThat(item.sections()).extracting(Section::heading)
                .containsExactly(null, "一、把课堂搬到执勤一线", "二、让每名官兵都当教员");
        assertThat(item.sections().get(2).paragraphs()).hasSize(2);
        assertThat(item.flags()).isEmpty();
    }

    @Test
    void pageNumberFromOptionThenHeaderThenFileName() {
        byte[] inside = Fixtures.page("jfjb-2025-06-19-p03.md");
        assertThat(Fixtures.parse("x.md", inside, new ParseOptions(7, null)).pages().get(0).number()).isEqualTo(7);
        byte[] noHeader = Fixtures.page("page-without-masthead.txt");
        Edition named = Fixtures.parse("dir/jfjb-2025-06-19-p05.txt", noHeader);
        assertThat(named.pages().get(0).number()).isEqualTo(5);
        assertThat(named.warnings()).isEmpty();
    }

    @Test
    void titleOptionOverridesTheMasthead() {
        Edition edition = Fixtures.parse("page-without-masthead.txt", Fixtures.page("page-without-masthead.txt"),
                new ParseOptions(2, "解放军报"));
        assertThat(edition.title()).isEqualTo("解放军报");
        assertThat(edition.pages().get(0).number()).isEqualTo(2);
    }
}
