package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.model.Box;
import org.masthead.model.Item;
import org.masthead.model.ItemKind;
import org.masthead.model.PageSize;
import org.masthead.model.Section;
import org.masthead.model.TextRange;
import org.masthead.model.Unit;

/** The text stages over a page whose layout a format has read, on areas given as layout would give them. */
class LaidOutPageTest {
    private static final double LINE = 16;

    /** A piece of lines set one under another from (x, y), each line 11 units high and its text's width. */
    private static LaidOutPage.Piece piece(LaidOutPage.Role role, double x, double y, String... lines) {
        List<LaidOutPage.Line> set = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            set.add(new LaidOutPage.Line(lines[i], new Box(x, y + i * LINE, lines[i].length() * 11, 11)));
        }
        return new LaidOutPage.Piece(role, set);
    }

    private static LaidOutPage.Area area(LaidOutPage.Piece... pieces) {
        Box bounds = null;
        for (LaidOutPage.Piece piece : pieces) {
            for (LaidOutPage.Line line : piece.lines()) {
                bounds = bounds == null ? line.box() : bounds.union(line.box());
            }
        }
        return new LaidOutPage.Area(List.of(pieces), List.of(bounds));
    }

    private static List<Item> items(LaidOutPage.Area... areas) {
        LaidOutPage page = new LaidOutPage("jfjb-2024-01-08-p03.pdf", new PageSize(842, 1191, Unit.POINT), List.of(),
                List.of(areas), List.of());
        PageParser.ParsedPage parsed = PageParser.read(page, warning -> { });
        return PageParser.items(parsed.drafts(), "解放军报", LocalDate.of(2024, 1, 8), 3);
    }

    @Test
    void aHeadBoxedApartFromItsTextHeadsTheTextRightUnderIt() {
        // A brief's bold head, set as large as a subhead, in an area of its own over its 本报讯 paragraph; a
        // photo's caption and a report beside them.
        LaidOutPage.Area head = area(piece(LaidOutPage.Role.HEADING, 340, 940, "海军陆战队某旅组织跨昼", "夜实兵对抗演练"));
        LaidOutPage.Area brief = area(piece(LaidOutPage.Role.TEXT, 337, 978, "本报讯　1月7日，长春退役",
                "军人事务局组织专场招聘会，", "提供就业岗位2250余个。"));
        LaidOutPage.Area report = area(piece(LaidOutPage.Role.TEXT, 500, 940, "　　据介绍，全国民航1月4日",
                "保障航班7370架次，航班正", "常率为93.6%。"));
        List<Item> items = items(head, report, brief);
        assertThat(items).extracting(Item::headline).containsExactly(null, "海军陆战队某旅组织跨昼夜实兵对抗演练");
        Item joined = items.get(1);
        assertThat(joined.kind()).isEqualTo(ItemKind.BRIEF);
        assertThat(joined.sections()).hasSize(1);
        assertThat(joined.sections().get(0).heading()).isNull();
        assertThat(joined.lines()).extracting(line -> line.text().part())
                .containsExactly(TextRange.Part.HEADLINE, TextRange.Part.HEADLINE, TextRange.Part.PARAGRAPH,
                        TextRange.Part.PARAGRAPH, TextRange.Part.PARAGRAPH);

        // A head far above, or over another column, heads nothing.
        LaidOutPage.Area lower = area(piece(LaidOutPage.Role.TEXT, 337, 1040, "本报讯　1月7日，长春退役",
                "军人事务局组织专场招聘会，", "提供就业岗位2250余个。"));
        assertThat(items(head, lower)).extracting(Item::headline).containsOnlyNulls();
        LaidOutPage.Area aside = area(piece(LaidOutPage.Role.TEXT, 500, 978, "本报讯　1月7日，长春退役",
                "军人事务局组织专场招聘会，", "提供就业岗位2250余个。"));
        assertThat(items(head, aside)).extracting(Item::headline).containsOnlyNulls();
    }

    @Test
    void aHeadlineCentredAcrossThePageHeadsTheTextOpeningInItsFirstColumn() {
        // The rest of a front-page report: its headline centred over three columns, the text in the first and a
        // photo beside it, so no text stands under the headline's own characters.
        LaidOutPage.Area head = area(piece(LaidOutPage.Role.HEADLINE, 260, 90, "济南一季度GDP同比增长8.3%"));
        LaidOutPage.Area text = area(paragraph(40, 105, "（上接第一版）记者从济南获", "悉，该项目总投资67.35亿元，",
                "预计2025年底建成投用。"));
        LaidOutPage.Area photo = area(piece(LaidOutPage.Role.TEXT, 554, 281, "1月21日，武警某支队组织装甲车辆驾驶训练。 周卫东摄"));
        assertThat(items(head, text, photo)).filteredOn(item -> item.kind() == ItemKind.ARTICLE).singleElement()
                .satisfies(item -> {
                    assertThat(item.headline()).isEqualTo("济南一季度GDP同比增长8.3%");
                    assertThat(item.continuedFrom()).isEqualTo(1);
                });
        // Text that shares the headline's columns is still the one it heads.
        LaidOutPage.Area under = area(paragraph(300, 105, "本报讯 1月23日，济南举行", "新兵入营仪式，新兵在军旗下", "庄严宣誓。"));
        assertThat(items(head, text, under, photo)).filteredOn(item -> item.headline() != null).singleElement()
                .satisfies(item -> assertThat(item.sections().get(0).paragraphs().get(0)).startsWith("本报讯"));
    }

    @Test
    void aBoldDatelineItsLineCutBeforeItsEndIsOneDateline() {
        // Chromium set the bold dateline on the paragraph's indented first line and 电 at the next line's start;
        // layout reads each bold run as a heading of its own.
        LaidOutPage.Area report = area(piece(LaidOutPage.Role.HEADLINE, 290, 78, "联勤保障部队某中心组织跨昼夜实兵对抗演练"),
                piece(LaidOutPage.Role.HEADING, 281, 169, "本报漠河1月1日"),
                piece(LaidOutPage.Role.HEADING, 258, 187, "电"),
                piece(LaidOutPage.Role.TEXT, 288, 187, "漠河边防线", "上，联勤保障部队官兵每年", "徒步巡逻里程超过7900公里。"));
        assertThat(items(report)).singleElement().satisfies(item -> {
            assertThat(item.dateline().place()).isEqualTo("漠河");
            assertThat(item.sections()).singleElement().satisfies(section -> {
                assertThat(section.heading()).isNull();
                assertThat(section.paragraphs()).singleElement().asString().startsWith("本报漠河1月1日电").contains("漠河边防线上，");
            });
        });
    }

    @Test
    void aSubheadThatGoesOnAtTheTopOfTheNextColumnIsOneSubhead() {
        // Chromium broke a subhead at its column's foot; its last words open the next column, over the text.
        // Two headings one under the other in a column stay as layout gave them.
        LaidOutPage.Area report = area(piece(LaidOutPage.Role.HEADLINE, 40, 700, "陆军某旅开展实战化训练"),
                paragraph(40, 730, "本报北京6月3日电 会议强", "调，要统筹发展和安全。"),
                piece(LaidOutPage.Role.HEADING, 42, 900, "一、高质量发展，迈向"),
                piece(LaidOutPage.Role.HEADING, 159, 718, "共同现代化"),
                paragraph(151, 740, "活动现场，官兵展示了擒敌", "拳、战术动作和装备操作。"),
                piece(LaidOutPage.Role.HEADING, 151, 800, "二、科技赋能"),
                piece(LaidOutPage.Role.HEADING, 151, 816, "破解难题"),
                paragraph(151, 832, "官兵们说，这次经历让我们", "明白了什么是打仗思维。"));
        assertThat(items(report)).singleElement().satisfies(item -> assertThat(item.sections())
                .extracting(Section::heading).containsExactly(null, "一、高质量发展，迈向共同现代化", "二、科技赋能", "破解难题"));
    }

    @Test
    void aSubtitleAndABylineThatANarrowColumnCutGoOnUnderThem() {
        // Chromium breaks a centred subtitle and a byline wherever the column ends, inside a name too; layout reads
        // each cut line's rest as a line of text of its own.
        LaidOutPage.Area report = area(piece(LaidOutPage.Role.HEADLINE, 43, 403, "外贸进出口总值92.44万亿元"),
                piece(LaidOutPage.Role.SUBTITLE, 43, 459, "——火箭军某旅扎实推进"),
                piece(LaidOutPage.Role.TEXT, 57, 475, "实战化训练见闻"),
                piece(LaidOutPage.Role.TEXT, 43, 491, "本报记者 赖光辉 通讯员"),
                piece(LaidOutPage.Role.TEXT, 72, 507, "贺明哲"),
                paragraph(40, 523, "本报连云港1月22日电 会议", "强调，要统筹发展和安全，", "扎实推动高质量发展。"));
        assertThat(items(report)).singleElement().satisfies(item -> {
            assertThat(item.headline()).isEqualTo("外贸进出口总值92.44万亿元");
            assertThat(item.subtitle()).isEqualTo("火箭军某旅扎实推进实战化训练见闻");
            assertThat(item.authors()).containsExactly("赖光辉", "贺明哲");
            assertThat(item.dateline()).isNotNull();
        });
        // Cut inside a name, the byline's first part reads as no byline at all (朱 is no name).
        LaidOutPage.Area cut = area(piece(LaidOutPage.Role.HEADLINE, 43, 403, "北部战区空军某旅开展实战化训练"),
                piece(LaidOutPage.Role.TEXT, 43, 440, "本报记者孙亮 朱"),
                piece(LaidOutPage.Role.TEXT, 72, 456, "桂英"),
                paragraph(40, 472, "本报日喀则3月16日电 日喀", "则有关负责人孙亮介绍，今", "年以来全市新增市场主体。"));
        assertThat(items(cut)).singleElement().satisfies(item -> {
            assertThat(item.headline()).isEqualTo("北部战区空军某旅开展实战化训练");
            assertThat(item.authors()).containsExactly("孙亮", "朱桂英");
            assertThat(item.sections().get(0).paragraphs()).singleElement().asString().startsWith("本报日喀则");
        });
    }

    /** A paragraph set from (x, y): its first line indented two characters, as layout gives it (no spaces). */
    private static LaidOutPage.Piece paragraph(double x, double y, String... lines) {
        List<LaidOutPage.Line> set = new ArrayList<>(piece(LaidOutPage.Role.TEXT, x, y, lines).lines());
        LaidOutPage.Line first = set.get(0);
        set.set(0, new LaidOutPage.Line(first.text(), new Box(x + 22, y, first.box().width(), 11)));
        return new LaidOutPage.Piece(LaidOutPage.Role.TEXT, set);
    }

    @Test
    void anArticleSetRoundABriefOpensUnderTheBrief() {
        // An L: the brief's head and text at the top of the first column, the article's text under it (layout
        // gave it the brief's area), going on unindented at the top of the next column, under the article's
        // headline, which is centred over the columns to the right.
        LaidOutPage.Area brief = area(piece(LaidOutPage.Role.HEADLINE, 40, 100, "铁血担当书写忠诚答卷"),
                paragraph(40, 130, "本报讯　西藏军区某边防团近", "日开展安全隐患排查整治，共", "发现并整改问题18个。"),
                paragraph(40, 178, "本报贵阳5月31日电　去年以", "来，南部战区空军某部先后有", "33人次在全军比武中获奖，南",
                        "部战区空军某部组织干部骨"));
        LaidOutPage.Area article = area(piece(LaidOutPage.Role.HEADLINE, 300, 100, "贵阳新能源汽车产量同比增长18.4%"),
                piece(LaidOutPage.Role.TEXT, 185, 130, "干赴贵阳参观见学。"),
                paragraph(185, 146, "5月28日，贵阳市举行退役军", "人座谈会，24名退役军人代表", "围绕创业就业建言献策。"));
        List<Item> items = items(brief, article);
        assertThat(items).extracting(Item::headline).containsExactly("铁血担当书写忠诚答卷", "贵阳新能源汽车产量同比增长18.4%");
        assertThat(items.get(0).kind()).isEqualTo(ItemKind.BRIEF);
        assertThat(items.get(0).sections().get(0).paragraphs()).singleElement().asString().endsWith("整改问题18个。");
        assertThat(items.get(0).lines()).hasSize(4);
        Item report = items.get(1);
        assertThat(report.dateline().place()).isEqualTo("贵阳");
        assertThat(report.sections().get(0).paragraphs()).hasSize(2);
        assertThat(report.sections().get(0).paragraphs().get(0)).startsWith("本报贵阳5月31日电")
                .endsWith("组织干部骨干赴贵阳参观见学。");
        assertThat(report.lines()).hasSize(9);

        // A paragraph's indented first line at the top of the next column opens nothing of the text beside it.
        LaidOutPage.Area indented = area(piece(LaidOutPage.Role.HEADLINE, 300, 100, "贵阳新能源汽车产量同比增长18.4%"),
                paragraph(185, 130, "5月28日，贵阳市举行退役军", "人座谈会，24名退役军人代表", "围绕创业就业建言献策。"));
        assertThat(items(brief, indented)).hasSize(3);
    }

    @Test
    void anArticleWhoseLastColumnStandsUnderItsNeighboursHeadlineEndsThere() {
        // Layout gave the column under the neighbour's headline to the neighbour; its top, unindented, goes on
        // from the open end of the column beside it.
        LaidOutPage.Area left = area(piece(LaidOutPage.Role.HEADLINE, 40, 100, "合作之路越走越宽广"),
                paragraph(40, 130, "去年以来，海军航空大学某", "团组织官兵走进西安革命纪", "念馆接受教育，该团先后有",
                        "13人次在全军比武中获得"));
        LaidOutPage.Area right = area(piece(LaidOutPage.Role.HEADLINE, 230, 100, "为官兵办实事解难题"),
                piece(LaidOutPage.Role.TEXT, 185, 130, "奖牌，24人被评为优秀士", "官人才。"),
                paragraph(185, 162, "钟刚介绍，该系统投入使用", "后，数据处理效率提高了92%", "，保障时间缩短近一半。"));
        List<Item> items = items(left, right);
        assertThat(items).extracting(Item::headline).containsExactly("合作之路越走越宽广", "为官兵办实事解难题");
        assertThat(items.get(0).sections().get(0).paragraphs()).singleElement().asString()
                .endsWith("该团先后有13人次在全军比武中获得奖牌，24人被评为优秀士官人才。");
        assertThat(items.get(0).lines()).hasSize(7);
        assertThat(items.get(1).sections().get(0).paragraphs()).singleElement().asString().startsWith("钟刚介绍");
        assertThat(items.get(1).lines()).hasSize(4);
    }

    @Test
    void aTeaserBoxWhoseTitleIsSetLikeASubheadIsATeaser() {
        LaidOutPage.Area box = area(piece(LaidOutPage.Role.HEADING, 66, 2105, "八一建军节特刊"),
                piece(LaidOutPage.Role.TEXT, 138, 2123, "（第二版）"));
        assertThat(items(box)).singleElement().satisfies(teaser -> {
            assertThat(teaser.kind()).isEqualTo(ItemKind.TEASER);
            assertThat(teaser.headline()).isEqualTo("八一建军节特刊");
            assertThat(teaser.refersToPages()).containsExactly(2);
        });
    }
}
