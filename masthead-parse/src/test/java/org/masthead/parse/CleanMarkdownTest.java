package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.ItemKind;

/** Issue 13's failure kinds on clean Markdown, one small made-up page each: clean text must come out as it is. */
class CleanMarkdownTest {
    private static final String FRONT_HEAD = """
            # 示例日报

            2025年6月19日 星期四 第24632号 示例日报社出版
            乙巳年五月廿四 今日8版 国内统一连续出版物号：CN 11-0000 邮发代号1-99

            """;

    private static Edition parse(String name, String markdown) {
        return Fixtures.parse(name, markdown.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Item> items(Edition edition) {
        return edition.pages().get(0).items();
    }

    @Test
    void aHeadlineWithAMastheadWordUnderTheMastheadStaysAHeadline() {
        Edition edition = parse("front-p01.md", FRONT_HEAD + """
                ## 《习近平关于城市工作论述摘编》单行本出版

                本报北京6月18日电 由中共中央党史和文献研究院编辑的《论述摘编》一书，近日由中央文献出版社出版，在全国发行。

                该书分10个专题，共计289段论述。
                """);
        assertThat(edition.date()).isEqualTo(LocalDate.of(2025, 6, 19));
        assertThat(edition.masthead().publisher()).isEqualTo("示例日报社");
        assertThat(edition.warnings()).isEmpty();
        assertThat(items(edition)).singleElement().satisfies(item -> {
            assertThat(item.headline()).isEqualTo("《习近平关于城市工作论述摘编》单行本出版");
            assertThat(item.sections().get(0).paragraphs()).hasSize(2);
        });
    }

    @Test
    void anInnerPagesDatedFirstHeadlineIsNoPageHeader() {
        Edition edition = parse("inner-p02.md", """
                第2版 要闻

                ## 在庆祝大会上的讲话 ——（2019年10月21日）

                同志们，朋友们：

                今天，我们在这里隆重集会，庆祝这个重要的日子。
                """);
        assertThat(edition.warnings()).isEmpty();
        assertThat(edition.date()).isNull();
        assertThat(edition.pages().get(0).number()).isEqualTo(2);
        assertThat(edition.pages().get(0).name()).isEqualTo("要闻");
        assertThat(items(edition)).singleElement().satisfies(item -> {
            assertThat(item.headline()).isEqualTo("在庆祝大会上的讲话");
            assertThat(item.subtitle()).isEqualTo("（2019年10月21日）");
            assertThat(item.sections().get(0).paragraphs()).hasSize(2);
        });
        // Beside pages of another date, the headline's date raises no edition mismatch.
        Edition both = Fixtures.parseAll(List.of(new PageSource("front-p01.md", (FRONT_HEAD + "## 标题\n\n正文。\n")
                .getBytes(StandardCharsets.UTF_8)), new PageSource("inner-p02.md", """
                第2版 要闻

                ## 在庆祝大会上的讲话 ——（2019年10月21日）

                同志们，朋友们：
                """.getBytes(StandardCharsets.UTF_8))));
        assertThat(both.warnings()).isEmpty();
        assertThat(both.pages().get(1).items().get(0).headline()).isEqualTo("在庆祝大会上的讲话");
    }

    @Test
    void bylinesAndSmallHeadingsAreReadForWhatTheyAre() {
        Edition edition = parse("test-p02.md", """
                ## 田野里的新农人

                本报记者　赵　刚　　李小四

                清晨5点，稻田里，种粮大户张明已经操控着无人机开始作业。

                ●种地也要讲科学

                张明大学毕业后回乡种地，流转土地800多亩。

                ■把论文写在大地上

                去年，合作社亩均增产12%。

                记者手记

                在采访中，记者深切感受到，新一代农民正在用科技改变田野。

                ## 多地夏粮收购进度过半

                本报北京6月18日电  （记者 王 五）记者从国家粮食和物资储备局获悉，主产区累计收购小麦2100万吨。

                6月18日，农民在粮库售粮。

                本报记者　张　伟摄

                责任编辑：段　晓　宋小明
                """);
        assertThat(edition.pages().get(0).editors()).containsExactly("段晓", "宋小明");
        List<Item> items = items(edition);
        assertThat(items).hasSize(3);
        Item farm = items.get(0);
        assertThat(farm.authors()).containsExactly("赵刚", "李小四");
        assertThat(farm.kind()).isEqualTo(ItemKind.ARTICLE);
        assertThat(farm.sections()).extracting(s -> s.heading())
                .containsExactly(null, "●种地也要讲科学", "■把论文写在大地上", "记者手记");
        assertThat(farm.bodyText()).contains("种地也要讲科学", "记者深切感受到").doesNotContain("赵");
        Item grain = items.get(1);
        assertThat(grain.authors()).containsExactly("王五");
        assertThat(grain.sections().get(0).paragraphs()).hasSize(1);
        assertThat(items.get(2).kind()).isEqualTo(ItemKind.PHOTO);
        assertThat(items.get(2).credit()).isEqualTo("张伟");
        assertThat(items.get(2).caption()).isEqualTo("6月18日，农民在粮库售粮。");
        // A signature right under a headline still signs it.
        Item column = items(parse("test-p03.md", "## 让实干成为最亮的底色\n\n■李晓明\n\n干事创业，贵在实干。\n")).get(0);
        assertThat(column.authors()).containsExactly("李晓明");
        assertThat(column.kind()).isEqualTo(ItemKind.COMMENTARY);
    }

    @Test
    void aSecondDatelineStaysInItsReportAndAHeadlineOnlyItemStaysAlone() {
        List<Item> items = items(parse("test-p02.md", """
                ## 多地夏粮收购进度过半

                本报北京6月18日电（记者王五）记者从国家粮食和物资储备局获悉，主产区累计收购小麦2100万吨。

                各地粮库延长收购时间，为农民售粮提供便利。

                本报郑州6月18日电（记者李小四）河南省今年小麦收购进度已过半，全省累计收购新麦1050万吨。

                ## 奋进新征程 建功新时代 ——来自基层一线的报道

                编者按：今天起，本报推出专栏，报道各行各业干部群众的奋斗故事。

                本报讯（记者钱进）6月的西北高原，麦浪翻滚。马铃薯种植面积达到100万亩。

                ## 军营简讯

                本报讯 近日，某旅组织新装备操作比武，60余名骨干同台竞技。

                本报讯 某海防团近日邀请驻地医院专家进营区义诊，累计服务官兵300余人次。

                ## 军营观察

                ## 老兵讲述烽火岁月

                本报讯 近日，某部邀请抗战老兵走进军营，为官兵讲述烽火岁月。
                """));
        assertThat(items).extracting(Item::headline).containsExactly("多地夏粮收购进度过半", "奋进新征程 建功新时代",
                "军营简讯", "军营观察", "老兵讲述烽火岁月");
        assertThat(items.get(0).sections().get(0).paragraphs()).hasSize(3);
        assertThat(items.get(0).authors()).containsExactly("王五", "李小四");
        assertThat(items.get(0).dateline().place()).isEqualTo("北京");
        assertThat(items.get(1).sections().get(0).paragraphs()).hasSize(2);
        assertThat(items.get(1).authors()).containsExactly("钱进");
        assertThat(items.get(2).sections().get(0).paragraphs()).hasSize(2);
        assertThat(items.get(3).bodyText()).isEmpty();
        assertThat(items.get(4).kicker()).isNull();
        // A dateline report on another subject after a report is one whose headline was lost.
        List<Item> lost = items(parse("test-p03.md", """
                ## 多地夏粮收购进度过半

                本报北京6月18日电 记者从国家粮食和物资储备局获悉，主产区累计收购小麦2100万吨。

                新华社文昌5月3日电 嫦娥六号探测器在我国文昌航天发射场成功发射，将首次实现月球背面采样返回。
                """));
        assertThat(lost).hasSize(2);
        assertThat(lost.get(1).headline()).isNull();
    }

    @Test
    void headlinesSplitOnlyWhereTheirPartsMeetAsPrinted() {
        List<Item> items = items(parse("test-p02.md", """
                ## 前5个月规模以上工业增加值同比增长  6.2%

                本报北京6月18日电 国家统计局18日发布数据。

                ## 中国——东盟博览会筹备工作全面启动

                新华社南宁6月18日电 本届博览会将于9月在南宁举办。

                ## 中国—东盟自贸区3.0版谈判取得进展 ——双方将加快推进后续工作

                新华社北京6月18日电 商务部18日表示。

                ## 圆满结束出席第二届中国—中亚峰会 习近平回到北京

                新华社北京6月18日电 国家主席习近平回到北京。

                ## 深入学习贯彻全会精神和部署要求 奋力谱写中国式现代化新篇章

                本报北京6月18日电 各地干部群众表示。
                """));
        assertThat(items).extracting(Item::kicker).containsExactly(null, null, null, "圆满结束出席第二届中国—中亚峰会", null);
        assertThat(items).extracting(Item::headline).containsExactly("前5个月规模以上工业增加值同比增长  6.2%",
                "中国——东盟博览会筹备工作全面启动", "中国—东盟自贸区3.0版谈判取得进展", "习近平回到北京",
                "深入学习贯彻全会精神和部署要求 奋力谱写中国式现代化新篇章");
        assertThat(items).extracting(Item::subtitle).containsExactly(null, null, "双方将加快推进后续工作", null, null);
    }

    @Test
    void sectionHeadingsSetAsParagraphsKeepTheirOwnLine() {
        List<String> printed = List.of("本报讯 新年前夕，记者来到某边防连，官兵们正在进行巡逻前的准备。", "界碑前的誓言",
                "巡逻途中，官兵们在界碑前重温入党誓词。", "“我们的家就在这里”", "二、守好每一寸土地", "守正创新，勇攀高峰",
                "指导员说，守好祖国的每一寸土地，是我们的职责。（完）");
        // A paragraph stopping mid-sentence is a column cut when its punctuation or the next paragraph (算。) shows it.
        List<Item> items = items(parse("test-p02.md", "## 边防连的新年\n\n" + String.join("\n\n", printed)
                + "\n\n这一段被栏尾截断的话，写到一半就被\n\n挪到了下一段里。\n\n平时多一分准备，战时就多一分胜\n\n算。\n"));
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.bodyText()).isEqualTo(String.join("\n", printed)
                    + "\n这一段被栏尾截断的话，写到一半就被挪到了下一段里。\n平时多一分准备，战时就多一分胜算。\n");
            assertThat(item.flags()).isEmpty();
        });
    }

    @Test
    void readingOrderLeavesTwoCleanReportsAsTheyAre() {
        // The second report goes on to name the leader the first one quotes; it is still its own text.
        List<Item> items = items(parse("test-p01.md", """
                ## 习近平会见联合国秘书长

                新华社北京6月18日电 国家主席习近平18日在人民大会堂会见联合国秘书长。

                习近平强调，中方愿同联合国加强合作，共同维护世界和平与发展。

                ## 某旅开展夏季野外驻训

                本报讯 连日来，某旅组织官兵开展野外驻训，围绕实战化课目展开集训。

                驻训期间，某旅官兵深入学习习近平强军思想，坚定练兵备战的信心决心。

                某旅领导介绍，驻训课目涵盖实弹射击、战术演练、野外生存等二十余项。

                “驻训场就是战场。”某旅官兵表示，将以过硬本领迎接更大考验。

                ## 全国铁路端午假期发送旅客1.43亿人次

                本报讯 据国铁集团消息，端午假期全国铁路累计发送旅客1.43亿人次，日均发送3570万人次。
                """));
        assertThat(items).hasSize(3);
        assertThat(items.get(0).sections().get(0).paragraphs()).hasSize(2);
        assertThat(items.get(1).sections().get(0).paragraphs()).hasSize(4);
        assertThat(items).allSatisfy(item -> assertThat(item.flags()).isEmpty());
    }

    @Test
    void aSpeakerUnderASpeechARoundupsSecondPlaceAndABoxedNoteAreReadAsPrinted() {
        List<Item> items = items(parse("test-p02.md", """
                ## 在全国科技大会上的讲话 ——（2024年6月24日）

                胡浩然

                同志们，朋友们：

                今天，我们隆重召开全国科技大会。

                ## 各地抢抓农时推进夏收夏种

                本报北京6月18日电 记者从农业农村部获悉，全国麦收进度已过七成。

                本报合肥6月18日电　（记者李小四）安徽省组织农机跨区作业，确保颗粒归仓。

                ## 相关链接

                夏收夏种是农业生产的关键环节，直接关系全年粮食丰收。
                """));
        assertThat(items).extracting(Item::headline).containsExactly("在全国科技大会上的讲话", "各地抢抓农时推进夏收夏种",
                "相关链接");
        assertThat(items.get(0).authors()).containsExactly("胡浩然");
        assertThat(items.get(0).bodyText()).startsWith("同志们，朋友们：\n");
        // Its own desk's second place stays in the roundup, however few words the two paragraphs share.
        assertThat(items.get(1).sections().get(0).paragraphs()).hasSize(2);
        assertThat(items.get(1).authors()).containsExactly("李小四");
        // A boxed note of one paragraph is no brief: a brief opens with 本报讯.
        assertThat(items.get(2).kind()).isEqualTo(ItemKind.ARTICLE);
    }

    /**
     * A literary page's poem: its lines, bare of marks, are its paragraphs whether the converter set each apart or a
     * stanza's a soft break apart; none is a subhead, none runs on into the next. Prose soft-wrapped at a narrow
     * column's width, its lines as bare, is one paragraph all the same: its lines are full.
     */
    @Test
    void aSignatureSetAsAHeadingRightUnderItsHeadlineSignsIt() {
        // A converter that takes the bold signature for a heading; a ■ subhead inside the text stays one.
        List<Item> items = items(parse("shili-2025-06-21-p08.md", """
                第8版 副刊

                ## 边关冬夜暖意浓

                ### ■张　华

                雪落了一整天，边防连的院子里却热闹起来。

                ### ■稳住基本盘

                指导员说，年年都是乡亲们先想着我们。
                """));
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.authors()).containsExactly("张华");
            assertThat(item.sections()).extracting(org.masthead.model.Section::heading).containsExactly(null, "■稳住基本盘");
        });
    }

    @Test
    void aPoemsLinesAreItsParagraphsAndNoneASubhead() {
        List<String> poem = List.of("边关的月亮", "照着哨所的窗", "也照着故乡", "母亲的白发", "我站在界碑旁", "把思念站成",
                "一棵挺拔的白杨");
        String apart = String.join("\n\n", poem);
        String stanzas = String.join("\n", poem.subList(0, 4)) + "\n\n" + String.join("\n", poem.subList(4, 7));
        for (String verse : List.of(apart, stanzas)) {
            List<Item> items = items(parse("shili-2025-06-21-p08.md", """
                    第8版 副刊

                    ## 边关的月亮

                    ■张三

                    %s

                    ## 答好新时代的强军答卷

                    本报记者 李四

                    记者：今年以来，部队训练有哪些新变化？

                    王五：最大的变化是实战化程度更高了。我们把每一次训练都当作实战。

                    ## 哨所的灯

                    ■王五

                    在海拔五千多米的哨
                    所里官兵们每天都要
                    巡逻两次无论刮风下
                    雪从不间断。
                    """.formatted(verse)));
            assertThat(items).extracting(Item::headline).containsExactly("边关的月亮", "答好新时代的强军答卷", "哨所的灯");
            assertThat(items.get(0).authors()).containsExactly("张三");
            assertThat(items.get(0).sections()).singleElement().satisfies(section -> {
                assertThat(section.heading()).isNull();
                assertThat(section.paragraphs()).containsExactlyElementsOf(poem);
            });
            assertThat(items.get(1).sections().get(0).paragraphs()).hasSize(2);
            assertThat(items.get(2).sections().get(0).paragraphs())
                    .containsExactly("在海拔五千多米的哨所里官兵们每天都要巡逻两次无论刮风下雪从不间断。");
        }
    }
}
