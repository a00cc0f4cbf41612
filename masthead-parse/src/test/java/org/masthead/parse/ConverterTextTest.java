package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.ItemKind;
import org.masthead.model.Page;
import org.masthead.model.Section;

/**
 * What real converters (pdftotext, pdftotext -layout, mutool draw -F txt) make of printed pages, on small
 * made-up pages shaped like their output (see src/test/resources/converted for whole pages and their HTML).
 */
class ConverterTextTest {

    private static Edition parse(String text) {
        return Fixtures.parse("test-p01.txt", text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Item> items(String text) {
        return parse(text).pages().get(0).items();
    }

    /** Every paragraph of the page {@code name} as {@code converter} gave it (a fixture under /converted). */
    private static List<String> convertedParagraphs(String name, String converter) {
        byte[] bytes = Fixtures.resource("/converted/" + name + "." + converter + ".txt");
        return Fixtures.parse(name + ".txt", bytes).pages().get(0).items().stream()
                .flatMap(item -> item.sections().stream()).flatMap(section -> section.paragraphs().stream()).toList();
    }

    /** The column stage's lines for pdftotext -layout text, blank ones dropped, each without its indent mark. */
    private static java.util.stream.Stream<String> layoutLines(String layout) {
        return LayoutColumns.split(layout).lines().map(String::strip).filter(line -> !line.isEmpty());
    }

    /** The page's one item, its text given as mutool gives it: each block (a printed line or more) apart. */
    private static Item onlyItem(String... blocks) {
        List<Item> items = items(String.join("\n\n", blocks));
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    @Test
    void radicalsFromType3FontsBecomeOrdinaryCharacters() {
        // mutool on a page Chromium printed with Noto Sans CJK (Type 3 fonts).
        assertThat(Radicals.fold("⼈⺠⽇报记者在⻋站⻔⼝。⼾籍")).isEqualTo("人民日报记者在车站门口。户籍");
        assertThat(Radicals.fold("clean 文本")).isSameAs("clean 文本");
        // The dash CJK fonts draw for — comes back as ― (U+2015) too.
        assertThat(Radicals.fold("中国―东盟合作 ――记者手记")).isEqualTo("中国—东盟合作 ——记者手记");
    }

    @Test
    void aVerticalLinesFormsOfMarksBecomeTheMarks() {
        // Chromium prints a line set vertically with the marks' vertical forms (U+FE10–U+FE4F).
        assertThat(Radicals.fold("拉萨︐一座城的拥军情")).isEqualTo("拉萨，一座城的拥军情");
        assertThat(Radicals.fold("﹁练兵︑备战﹂︒︽选编︾︵试行︶︙")).isEqualTo("「练兵、备战」。《选编》（试行）…");
    }

    @Test
    void justifiedTextIsClosedUpButLatinWordsKeepTheirSpaces() {
        assertThat(LetterSpacing.closeUp("新 华 社 武 汉 2 月 5 日 电")).isEqualTo("新华社武汉2月5日电");
        assertThat(LetterSpacing.closeUp("比 去 年 同 期 增 长 2.7% 。 其")).isEqualTo("比去年同期增长2.7%。其");
        assertThat(LetterSpacing.closeUp("撑 ， 把 Internet of Things 和 AI 技 术 用 好"))
                .isEqualTo("撑，把Internet of Things和AI技术用好");
        assertThat(LetterSpacing.closeUp("S H I L I  R I B A O")).isEqualTo("SHILI  RIBAO");
        // A justified line is spaced as a whole though its dateline's word space is wider; two-digit figures
        // are set as one character of it.
        assertThat(LetterSpacing.closeUp("本 报 讯  12 月 30")).isEqualTo("本报讯  12月30");
        assertThat(LetterSpacing.closeUp("本报记者 王 五  李小四")).isEqualTo("本报记者 王 五  李小四");
        // Padded names and a kicker's space are no letter spacing; a layout gutter stays.
        assertThat(LetterSpacing.closeUp("本报记者 王 五 李小四")).isEqualTo("本报记者 王 五 李小四");
        assertThat(LetterSpacing.closeUp("铁路部门加开临客 保障旅客平安出行")).isEqualTo("铁路部门加开临客 保障旅客平安出行");
        assertThat(LetterSpacing.closeUp("比 去 年 同 期 增 长   站增设售票窗口"))
                .isEqualTo("比去年同期增长   站增设售票窗口");
    }

    @Test
    void aSpacedAndRadicalPageReadsAsPlainChinese() {
        List<Item> items = items("""
                全国⼈⺠踊跃参加义务植树

                新 华 社 武 汉 3 月 1 2 日 电 记者从湖北省林业局获悉，今年以来全省⼈⺠群众积极参加义务植树。
                """);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).headline()).isEqualTo("全国人民踊跃参加义务植树");
        assertThat(items.get(0).dateline().place()).isEqualTo("武汉");
        assertThat(items.get(0).bodyText()).startsWith("新华社武汉3月12日电记者从湖北省林业局获悉，今年以来全省人民群众");
    }

    @Test
    void aRunningHeadsPartsScatteredAmongTheColumnsAreTheHeadsNotItems() {
        // pdftotext: an inside page's running head (2025年6月2日 星期一 | 第10版 | 要闻) sets its number large, and
        // the number comes out between the columns under it; the date alone tops the page, over a headline.
        Edition edition = Fixtures.parse("jfjb-2025-06-02-p10.txt", String.join("\n\n",
                "2025年6月2日 星期一",
                "青岛军营开放日吸引3240余名群众\n■胡静",
                "一支军队有没有战斗力，关键看\n它能不能打仗、打胜仗。军队是要打\n仗的。改革越是深入，越要注重协\n同，越要抓好落实。",
                "陆军工程大学某系抢险救灾显担当\n本报记者 莫 磊 孙宇航",
                "第10版",
                "编者按：创新是引领发展的第一\n动力，也是提升战斗力的关键所在。\n人们常说：关系是泥饭碗，是会碎\n的；能力是金饭碗。")
                .getBytes(StandardCharsets.UTF_8));
        Page page = edition.pages().get(0);
        assertThat(page.number()).isEqualTo(10);
        assertThat(edition.masthead().date()).isEqualTo(java.time.LocalDate.of(2025, 6, 2));
        assertThat(page.items()).extracting(Item::headline)
                .containsExactly("青岛军营开放日吸引3240余名群众", "陆军工程大学某系抢险救灾显担当");
        assertThat(page.items()).extracting(Item::kicker).containsOnlyNulls();
    }

    @Test
    void aRunningHeadsNameAndDatePartedByTheFirstColumnAreTheHeadsNotItems() {
        // pdftotext: an inside page's running head (3 新闻专题 解放军报 | 2025年1月10日 星期五) gives its left part, the
        // paper's name under the page's number and name, over the first column, and its date and weekday after
        // that column's rows, as lines of their own.
        Edition edition = Fixtures.parse("jfjb-2025-01-10-p03.txt", String.join("\n\n",
                "3", "新闻专题", "解放军报",
                "郑州拥军优属工作再上新台阶",
                "在郑州某医院，空降兵某旅派出的医疗\n队已连续工作22天，累计救治患者\n9620人次。会议强调，要统筹发展和\n安全，扎实推动高质量发展，不断满足\n人民群众对美好生活的向往。\n“我坚信，这一机制将成为一个建设\n"
                        + "性、战略性协作关系的生动典范。”在郑\n州的一家智能工厂里，AI质检系统每分\n钟可检测产品45件。",
                "2025年1月10日", "星期五",
                "全国跨区域人员流动量超7.29亿人次\n■任子涵",
                "训练场上多流汗，战场上才能少流\n血，这是被实践反复证明了的真理。")
                .getBytes(StandardCharsets.UTF_8));
        Page page = edition.pages().get(0);
        assertThat(page.number()).isEqualTo(3);
        assertThat(page.name()).isEqualTo("新闻专题");
        assertThat(edition.masthead().title()).isEqualTo("解放军报");
        assertThat(edition.masthead().date()).isEqualTo(java.time.LocalDate.of(2025, 1, 10));
        assertThat(page.items()).extracting(Item::headline)
                .containsExactly("郑州拥军优属工作再上新台阶", "全国跨区域人员流动量超7.29亿人次");
        assertThat(page.items().get(0).sections()).extracting(Section::heading).containsOnlyNulls();
        assertThat(page.items().get(0).bodyText()).doesNotContain("星期五").contains("检测产品45件。");
    }

    @Test
    void aHeadlineWithACommaAloneInItsBlockOverAnotherHeadlineRunsIntoNothing() {
        // pdftotext gives each item's heads a block of their own and their text further down the page; a headline
        // with a place before its comma, over the next item's headline and byline, is no paragraph's first line.
        String page = String.join("\n\n",
                "PM2.5平均浓度同比下降18.3%\n■本报记者 赵国庆",
                "漠河，一座城的拥军情",
                "外贸进出口总值19.49万亿元\n本报记者 田建华 薛桂英",
                "为官兵办实事解难题\n本报讯 近日，漠河为新\n本报沈阳1月1日电 马鹏\n飞说：“只要群众需要，我们就\n冲在最前面。”赵国庆告诉记\n"
                        + "者，公司研发投入占营业收入\n生连军医马鹏飞说，每一次出\n诊，都是对“人民军队为人民”\n”马鹏飞是沈阳人，大学毕\n"
                        + "以来首次在高原地区开展实弹\n检验。为提升夜间作战能力，\n武警某支队将15%的训练时间\n安排在夜间和复杂气象条件\n"
                        + "下。演练结束后，赵国庆组织\n实责任，细化措施，确保各项\n工作落地见效。");
        assertThat(PrintedLines.rebuild(page).lines().limit(5)).containsExactly("PM2.5平均浓度同比下降18.3%",
                "■本报记者 赵国庆", "漠河，一座城的拥军情", "外贸进出口总值19.49万亿元", "本报记者 田建华 薛桂英");
        assertThat(items(page)).extracting(Item::headline).contains("外贸进出口总值19.49万亿元");
    }

    @Test
    void aRunningHeadsPageNameWithoutANamesWordIsReadWithThePapersNameUnderIt() {
        // 士兵之家 ends in no word a page's name ends in; the paper's name and the date under it make it the page's.
        Edition edition = Fixtures.parse("jfjb-2024-01-03-p05.txt", String.join("\n\n",
                "5", "士兵之家", "解放军报", "2024年1月3日", "星期三",
                "国产大飞机C919累计运送旅客突破1430万人次\n——陆军第72集团军某旅破解训练难题的探索与实践",
                "训练场上多流汗，战场上才能少流\n血，这是被实践反复证明了的真理。\n我们有理由相信，在这个干事创业\n的新时代，只要不断提升能力素质，\n"
                        + "一门心思干好工作，一定能实现自己\n的人生价值追求。")
                .getBytes(StandardCharsets.UTF_8));
        Page page = edition.pages().get(0);
        assertThat(page.number()).isEqualTo(5);
        assertThat(page.name()).isEqualTo("士兵之家");
        assertThat(edition.masthead().title()).isEqualTo("解放军报");
        assertThat(page.items()).extracting(Item::headline).containsExactly("国产大飞机C919累计运送旅客突破1430万人次");
    }

    @Test
    void thePapersNameAloneOnLinesAmongTheItemsIsAQrLabelsNotAHeadline() {
        // pdftotext sets the first line of each QR code's label (解放军报 / 客户端) apart from its rest and from
        // the other labels' first lines, between the masthead's lines and after the first item.
        List<Item> items = items(String.join("\n\n",
                "解放军报", "2024年1月5日 星期五 第24101号 今日8版", "北部战区空军某旅开展实战化训练",
                "本报重庆1月4日电 夏日，北部战区空军某旅开展海上训练，检验部队在复杂海况下的作战能力。",
                "解放军报", "解放军报", "解放军报社出版", "客户端", "官方微博",
                "在重庆看强军新风", "本报重庆1月4日电 据统计，今年全区共有2170名适龄青年报名参军。"));
        assertThat(items).extracting(Item::headline).containsExactly("北部战区空军某旅开展实战化训练", "在重庆看强军新风");
        assertThat(items.get(0).bodyText()).doesNotContain("解放军报");
    }

    /**
     * pdftotext -layout sets an inside page's running head on one row, the page's number and name before the
     * paper's name (5 科技前沿 解放军报 2025年1月3日 星期五), over the photo that tops the page: the row runs into
     * nothing under it, and the caption is a line of its own.
     */
    @Test
    void aRunningHeadRowOpenedByThePagesNumberAndNameRunsIntoNothingUnderIt() {
        String columns = """
                5 科技前沿 解放军报 2025年1月3日 星期五


                1月1日，空军某旅官兵在南宁参加抢险救灾。
                崔娟摄
                武警特种警察学院某大队直升机编队飞越沈阳上空。 郑铁军摄
                新时代青年官兵的奋斗之歌
                本报记者 徐晨曦


                徐晨曦说，双方山水相
                连、唇齿相依，始终以信相
                交、以诚相待，是命运与共
                的好邻居、好伙伴。厦门军
                分区司令员徐晨曦表示，将
                进一步健全军地协调机制，
                推动双拥工作提质增效。专
                家指出，科技是核心战斗
                力，必须把创新摆在更加突
                出的位置。
                """;
        assertThat(PrintedLines.rebuild(columns).lines().limit(3)).containsExactly(
                "5 科技前沿 解放军报 2025年1月3日 星期五", "1月1日，空军某旅官兵在南宁参加抢险救灾。", "崔娟摄");
    }

    /**
     * A bold dateline cut at its line's end (新华社厦门12月31日 / 电) is a block of its own to pdftotext, which may set the
     * first line of the next column, on the same row, between it and its rest. The rest comes back under it; the
     * headline stays the headline, and the column's line follows the dateline's block.
     */
    @Test
    void aCutDatelinesRestWithAnotherColumnsLineBetweenComesBackUnderIt() {
        List<Item> items = items("""
                走进火箭军某旅的训练场
                新华社厦门12月31日
                付宇航表示，下一步将

                电 夜幕降临，厦门某训练
                场灯火通明，一场夜间射击
                考核正在紧张进行。从数据
                看，居民消费价格指数
                （CPI）同比上涨3.7%，核
                心CPI保持稳定。

                加快IPv6规模部署，推动数
                字经济和实体经济深度融合。
                """);
        assertThat(items).extracting(Item::headline).containsExactly("走进火箭军某旅的训练场");
        assertThat(items.get(0).dateline().place()).isEqualTo("厦门");
        assertThat(items.get(0).bodyText()).startsWith("新华社厦门12月31日电 夜幕降临，厦门某训练场灯火通明")
                .contains("心CPI保持稳定。");
    }

    @Test
    void aDatelineOnALineOfItsOwnIsNeverAHeadline() {
        // pdftotext joins the headlines of two reports side by side, row by row, then gives their datelines one
        // under the other: each dateline opens a text, neither heads an item.
        List<Item> items = items("""
                《吕卫东文集》单行本出版 外贸进出口总值27.78万亿
                发行
                元
                新华社重庆1月5日电
                本报北京1月5日电

                （记者吕卫东、熊红梅）

                重庆某高校国防教育中心
                主任熊红梅表示，将继续
                深化与驻地部队的合作。
                军事冲突不是解决问题之
                道，各方应推动冲突尽快
                降温，避免紧张事态进一
                步升级。
                """);
        assertThat(items).extracting(Item::headline).allSatisfy(headline ->
                assertThat(headline == null || Segments.dateline(headline) == null).as(headline).isTrue());
        assertThat(items).extracting(item -> item.dateline() == null ? null : item.dateline().place())
                .contains("重庆", "北京");
    }

    @Test
    void ideographicSpacesInHeadingsAndBylinesReadAsThePlainSpacesOfPrintedLines() {
        // Text copied from a news site: paragraphs indented with two ideographic spaces, and a subtitle after its
        // headline, a padded byline and a heading's two phrases set apart with them. They read as the same page
        // with plain spaces, as converters of printed pages give it; inside a sentence the space is kept.
        String page = """
                靠素质立身\u3000凭实绩进步\u3000——来自北京某训练场的报道

                本报记者\u3000王\u3000五\u3000\u3000李小四

                \u3000\u3000本报北京1月2日电\u3000特别是33年前成功举办首次交流活动以来，机制建设四梁八柱迅速成型。

                强化科技赋能\u3000推进训练转型

                \u3000\u3000为破解保障难题，该旅成立专项攻关小组，先后解决7个制约训练质效的瓶颈问题。
                """;
        List<Item> items = items(page);
        assertThat(items.get(0).headline()).isEqualTo("靠素质立身 凭实绩进步");
        assertThat(items.get(0).subtitle()).isEqualTo("来自北京某训练场的报道");
        assertThat(items.get(0).authors()).containsExactly("王五", "李小四");
        assertThat(items.get(0).sections().get(0).paragraphs().get(0)).contains("电\u3000特别是");
        List<Item> plain = items(page.replace('\u3000', ' '));
        assertThat(items).extracting(Item::kicker, Item::headline, Item::subtitle, Item::authors)
                .isEqualTo(plain.stream().map(item -> org.assertj.core.groups.Tuple.tuple(item.kicker(), item.headline(),
                        item.subtitle(), item.authors())).toList());
    }

    @Test
    void aHeadlineWithADecimalNumberIsAHeadline() {
        // Kind 9: the decimal point is no sentence punctuation, so the next headline is not glued to a body.
        List<Item> items = items("""
                春运首日全国发送旅客1.43亿人次

                本报北京2月5日电 春运首日，全国共发送旅客1.43亿人次，比去年同期增长2.7%。

                航班正常率90.78%

                本报北京2月5日电 民航春运首日共保障航班1.5万班次，航班正常率达90.78%。
                """);
        assertThat(items).extracting(Item::headline).containsExactly("春运首日全国发送旅客1.43亿人次", "航班正常率90.78%");
        assertThat(items.get(0).bodyText()).doesNotContain("航班正常率90.78%\n");
    }

    @Test
    void aHeadlineWhosePhrasesACommaPartsOrThatAsksHeadsTheItemItsDatelineOrBylineOpens() {
        // As pdftotext gives them: each headline a block of its own, the text under it broken at every printed line.
        List<Item> items = items("""
                坚定信心，勇毅前行

                本报北京6月18日电 记者张
                三报道：今年以来，各地区各
                部门坚持稳中求进，经济运行
                总体平稳、稳中有进。

                谁是最可爱的人？

                本报记者 李四
                在边防一线，有这样一群官
                兵，他们常年坚守在海拔五千
                米以上的哨所。

                加油，中国队！

                新华社巴黎6月18日电 在当
                日进行的比赛中，中国队战胜
                对手，取得开门红。
                """);
        assertThat(items).extracting(Item::headline).containsExactly("坚定信心，勇毅前行", "谁是最可爱的人？", "加油，中国队！");
        assertThat(items.get(1).authors()).containsExactly("李四");
        assertThat(items.get(0).bodyText().strip()).endsWith("稳中有进。");
        assertThat(items.get(1).bodyText().strip()).endsWith("哨所。");
    }

    @Test
    void aSentencesFirstLineAloneOverADatelineOrAQuestionOverTextIsNoHeadline() {
        // pdftotext may give a paragraph's first printed line a block of its own, out of its place; its phrases do
        // not match as a headline's do. A question standing as a paragraph of its own goes on into the text under it.
        List<Item> items = items("""
                练兵场上砺精兵

                本报北京6月18日电 记者张
                三报道：演练持续了三天，效果
                明显。

                今年以来，广州累计开行中

                新华社广州6月5日电 欧班列
                同比增长，运行平稳有序。

                这是为什么？

                官兵们说，答案就在训练场
                上，就在一次次的摔打中。
                """);
        assertThat(items).extracting(Item::headline).doesNotContain("今年以来，广州累计开行中", "这是为什么？");
        assertThat(items).extracting(Item::bodyText).anySatisfy(text -> assertThat(text).contains("今年以来，广州累计开行中"))
                .anySatisfy(text -> assertThat(text).contains("这是为什么？"));
    }

    @Test
    void aHeadlineWithACommaUnderAColumnsLabelOrOverASignatureHeadsItsCommentary() {
        // A commentary opens with no dateline: under its column's label (短评), or over its author's signature (■),
        // its headline is told though its text follows at once. A speech's salutation (同志们，朋友们！) under its
        // speaker is the speech's first paragraph, though its phrases match.
        List<Item> items = items("""
                短评

                谁是最可爱的人？

                只有这样，才能提高素质本
                领、取得过硬实绩，个人进步
                也就有了可靠的依据。

                奋斗有我，青春无悔

                ■万子涵
                思想是行动的先导，理论是
                实践的指南。

                在南宁考察工作时的讲话

                （2023年12月19日）

                孔建军

                同志们，朋友们！

                这些成绩的取得，凝聚着广
                大干部群众的智慧和汗水。
                """);
        assertThat(items).extracting(Item::headline)
                .containsExactly("谁是最可爱的人？", "奋斗有我，青春无悔", "在南宁考察工作时的讲话");
        assertThat(items.get(0).kind()).isEqualTo(ItemKind.COMMENTARY);
        assertThat(items.get(1).authors()).containsExactly("万子涵");
        assertThat(items.get(2).bodyText()).startsWith("同志们，朋友们！");
    }

    @Test
    void aPlaceBeforeAHeadlinesCommaNeedsNoMatchOverABylineButAboveADatelineItDoes() {
        // 广州，一座城的拥军情: a place's name before a longer phrase, over a signature or a byline, heads its item. Over a
        // dateline the same shape is as likely a sentence's first line that pdftotext set apart, and stays text.
        List<Item> items = items("""
                广州，一座城的拥军情

                ■莫俊杰
                人才是强军之本，人才工作
                是固本强基的战略工程。

                今年，三亚累计开行中

                新华社三亚6月5日电 欧班列
                同比增长，运行平稳有序。
                """);
        assertThat(items).extracting(Item::headline).containsExactly("广州，一座城的拥军情", null);
        assertThat(items.get(0).authors()).containsExactly("莫俊杰");
        assertThat(items.get(0).bodyText()).contains("今年，三亚累计开行中");
    }

    @Test
    void aHeadlineWithACommaUnderAPhotosCreditHeadsTheItemUnderIt() {
        // A photo's credit ends what it signs, as a sentence's end does: the line under it may head an item.
        List<Item> items = items("""
                国防科技大学某学院官兵在高原某地域进行战术训练。 蒋宇航摄

                练兵，就要练到极致！

                本报记者 龚 驰
                呼和浩特相关负责人表示，将持续
                优化营商环境，为企业发展提供更
                多便利。
                """);
        assertThat(items).extracting(Item::headline).contains("练兵，就要练到极致！");
        assertThat(items).filteredOn(item -> "练兵，就要练到极致！".equals(item.headline())).singleElement()
                .extracting(Item::authors).isEqualTo(List.of("龚驰"));
    }

    @Test
    void aMastheadReadsOnPastAHeadlineWithACommaThatPdftotextSetsAmongItsLines() {
        // pdftotext gives the front page's first headline, its kicker over it, between the paper's name and the
        // masthead's other lines; the headline's comma must not make one paragraph of them all.
        Edition edition = parse("""
                2025年1月9日
                星期四
                农历甲辰年腊月初十
                中国军网网址：http://www.81.cn

                解放军报
                J I E FA N G J U N B A O

                奋进新征程 建功新时代

                坚定信心，勇毅前行
                新华社霍尔果斯1月8日电

                第24471号 今日9版
                国内统一连续出版物号
                CN 81-0001/(J)
                邮发代号1-26

                解放军报
                """);
        assertThat(edition.masthead().title()).isEqualTo("解放军报");
        assertThat(edition.masthead().issueNumber()).isEqualTo(24471);
        assertThat(edition.masthead().serial()).isEqualTo("CN 81-0001/(J)");
        assertThat(edition.masthead().pageCount()).isEqualTo(9);
    }

    /** Kind 10: a report as pdftotext gives it: every printed line broken, no blank lines between paragraphs. */
    private static final String PDFTOTEXT_REPORT = """
            春运首日全国发送旅客1.43亿人次
            本报北京2月5日电 记者
            从交通运输部获悉：春运首
            日，全国铁路、公路、水路、
            民航共发送旅客1.43亿人次，
            比去年同期增长2.7%。其中，
            铁路发送旅客1093.5万人次，
            增长8.6%。
            为保障旅客平安有序出
            行，铁路部门实行新的列车运
            行图，增开旅客列车，并在北
            京、上海、广州等地的主要客
            站增设售票窗口。
            据介绍，今年春运期间铁
            路部门推出电子客票、候补购
            票等服务措施。
            """;

    @Test
    void paragraphsAreRebuiltFromPrintedLines() {
        List<Item> items = items(PDFTOTEXT_REPORT);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).headline()).isEqualTo("春运首日全国发送旅客1.43亿人次");
        assertThat(items.get(0).sections().get(0).paragraphs()).containsExactly(
                "本报北京2月5日电 记者从交通运输部获悉：春运首日，全国铁路、公路、水路、民航共发送旅客1.43亿人次，"
                        + "比去年同期增长2.7%。其中，铁路发送旅客1093.5万人次，增长8.6%。",
                "为保障旅客平安有序出行，铁路部门实行新的列车运行图，增开旅客列车，并在北京、上海、广州等地的主要客"
                        + "站增设售票窗口。",
                "据介绍，今年春运期间铁路部门推出电子客票、候补购票等服务措施。");
    }

    @Test
    void mutoolsIndentedFirstLinesInBlocksOfTheirOwnAreNoHeadlines() {
        // Kind 10: mutool puts a paragraph's indented first line in a block of its own, and breaks blocks anywhere.
        String mutool = PDFTOTEXT_REPORT.replace("记者\n", "记者\n\n").replace("出\n", "出\n\n")
                .replace("铁\n", "铁\n\n").replace("2.7%。其中，\n", "2.7%。其中，\n\n");
        List<Item> items = items(mutool);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).sections().get(0).paragraphs()).hasSize(3)
                .allSatisfy(paragraph -> assertThat(paragraph).endsWith("。"));
    }

    @Test
    void aBlockForEveryPrintedLineIsStillWrappedText() {
        // mutool on Chromium's Type 3 fonts sets each printed line in a block of its own: a blank after every line.
        List<Item> items = items(PDFTOTEXT_REPORT.replace("\n", "\n\n"));
        assertThat(items).hasSize(1);
        assertThat(items.get(0).headline()).isEqualTo("春运首日全国发送旅客1.43亿人次");
        assertThat(items.get(0).sections().get(0).paragraphs()).hasSize(3)
                .allSatisfy(paragraph -> assertThat(paragraph).endsWith("。"));
    }

    @Test
    void aRunningHeadGivenAfterAnArticlesFirstRowsIsThePagesAndNoRowOfColumns() {
        // pdftotext: an inside page whose narrow columns it joined row by row gives the running head (right of
        // the page's name, level with the headline's first line) after the first article's first rows. It is
        // the page's head, not a row whose pieces go to the columns below (星期二 became a headline).
        Edition edition = Fixtures.parse("jfjb-2024-01-02-p03.txt", String.join("\n",
                "3",
                "",
                "文化周刊",
                "",
                "《新时代强军故事》单行本出版",
                "（上接第一版）这次任",
                "夏德明告诉记者，过去 役军人6580名，安置率达到",
                "",
                "解放军报 2024年1月2日 星期二",
                "",
                "强化科技赋能 推进训练转型",
                "",
                "■邱利民",
                "务中，空降兵某旅首次采用 组织类似训练往往要提前数 55%。夏德明说：“守好祖国",
                "打仗能力不是天上掉下 备的人放到关键岗位上。人 年官兵是强军事业的生力 血，这是被实践反复证明了",
                "模块化编组方式，实现了多 周准备，如今依托信息系 的每一寸土地，是我们的神",
                "兵种力量的高效融合。据统 统，数小时即可完成筹划。 圣职责。”空降兵某旅所属某 来的，而是在一次次摔打磨 才是强军之本，人才工作是 军，也是部队发展的未来和 的真理。",
                "希望。",
                "每一名官兵都是强军事",
                "计，今年上半年，全区共有 会议强调，要坚持以战领 连指导员夏德明告诉记者， 砺中练出来的。思想是行动 固本强基的战略工程。",
                "的先导，思想上的滑坡是最",
                "只有这样，才能提高素",
                "善于总结经验教训，才",
                "业的参与者、建设者、贡献",
                "4120名适龄青年报名参军， 训、体系练兵，加快提升部 连队把思想工作做到训练场",
                "质本领、取得过硬实绩，个 能在实践中不断进步。为基 者。守正创新，既要传承好",
                "其中大学生占比93%。韦玉 队实战化训练水平。韦玉兰 上，官兵练兵热情持续高 危险的滑坡。",
                "平时多一分准备，战时",
                "人进步也就有了可靠的依 层减负，绝不是降低标准， 优良传统，又要勇于打破思",
                "兰介绍，空降兵某旅近年来 介绍，空降兵某旅近年来先 涨。为保障高温天气下的训").getBytes(StandardCharsets.UTF_8));
        assertThat(edition.pages().get(0).name()).isEqualTo("文化周刊");
        assertThat(edition.pages().get(0).items()).extracting(Item::headline)
                .contains("《新时代强军故事》单行本出版").doesNotContain("星期二");
    }

    @Test
    void aLunarDateOnALineOfItsOwnAboveThePapersNameIsNoTitle() {
        // mutool reads a front page's date box (left of the name) first: date, weekday, lunar date, then the name.
        Edition edition = parse(String.join("\n\n", "2019年2月6日", "星期三", "农历己亥年正月初二",
                "示例日报", "SHILI RIBAO", "第25000号 今日8版", "国内统一连续出版物号", "CN 11-0065", "示例日报社出版")
                + "\n\n" + PDFTOTEXT_REPORT.replace("\n", "\n\n"));
        assertThat(edition.title()).isEqualTo("示例日报");
        assertThat(edition.masthead().lunarDate()).isEqualTo("己亥年正月初二");
        assertThat(edition.masthead().issueNumber()).isEqualTo(25000);
        assertThat(edition.pages().get(0).items()).extracting(Item::headline).containsExactly("春运首日全国发送旅客1.43亿人次");
    }

    @Test
    void aSpacedOutLineWasJustifiedToTheColumnsFullWidth() {
        // Justification spreads a line whose next word would not fit (a number) over the full width; converters
        // give the gaps as spaces. Closed up, the line looks short, like a paragraph's last line ending its sentence.
        List<Item> items = items(PDFTOTEXT_REPORT.replace("京、上海、广州等地的主要客\n站增设售票窗口。",
                "京 等 地 增 设 窗 口 1200 个 。\n春运期间还将增开夜间列车。"));
        assertThat(items.get(0).sections().get(0).paragraphs()).hasSize(3);
        assertThat(items.get(0).sections().get(0).paragraphs().get(1)).isEqualTo(
                "为保障旅客平安有序出行，铁路部门实行新的列车运行图，增开旅客列车，并在北京等地增设窗口1200个。"
                        + "春运期间还将增开夜间列车。");
    }

    /** A headline and a report's first lines in a column twelve characters wide, each line full. */
    private static final String NARROW_REPORT = """
            春运首日全国发送旅客一亿人次
            据交通运输部消息，春运首
            日全国铁路公路水路民航共
            """;

    @Test
    void aLineOneCharacterShortIsNoIndentedFirstLine() {
        // 间 goes down with the comma that may not open a line (kinsoku): its line is one character short, not
        // two as an indented first line is, even under a line that ends a sentence.
        List<Item> items = items(NARROW_REPORT + """
                发送旅客一亿多人次。记者
                从车站了解到铁路部门实行
                新的列车运行图增开列车。
                各地客站普遍延长售票时
                间，方便旅客购票乘车。
                铁路部门提醒旅客错峰
                出行，合理安排行程计划。
                """);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).sections().get(0).paragraphs()).containsExactly(
                "据交通运输部消息，春运首日全国铁路公路水路民航共发送旅客一亿多人次。记者从车站了解到铁路部门实行"
                        + "新的列车运行图增开列车。各地客站普遍延长售票时间，方便旅客购票乘车。",
                "铁路部门提醒旅客错峰出行，合理安排行程计划。");
    }

    @Test
    void figuresThatCountWiderThanTheyPrintDoNotWidenTheColumn() {
        // mutool, a column ten characters wide: 79.18万辆 and 达到490个 count half an em more than they fill, so
        // the line spread out under a finished full line (经 过 40 个 月…, its next character would not fit)
        // looked an indent short of them, like a paragraph's first line.
        Item item = onlyItem("走进空降兵某旅的训练场", "本报记者 肖玉兰", "肖玉兰告诉记者，过",
                "去组织类似训练往往", "要提前数周准备，如今", "依托信息系统，数小时", "即可完成筹划。南宁新",
                "能 源 汽 车 保 有 量 突 破", "79.18万辆，充电桩数量", "达到490个。以高质量发", "展为主线，各项合作蓬",
                "勃发展，重大项目接踵", "落地，互联互通加快推", "进。“我认为，在诸多领", "域，特别是训练保障方",
                "面，我们有很多需要向", "兄弟单位学习的地方。”", "经 过 40 个 月 的 集 中 攻", "关，空降兵某旅科研团",
                "队成功研制出新型训练", "模拟系统。", "统计显示，平台运", "行以来，空降兵某旅训", "练计划完成率提高了",
                "一倍。");
        assertThat(item.sections().get(0).paragraphs())
                .hasSize(2).first().asString().endsWith("学习的地方。”经过40个月的集中攻关，空降兵某旅科研团队成功研制出新型训练模拟系统。");
    }

    @Test
    void aSpreadOutLineAnIndentShortUnderAFinishedLineRunsOn() {
        // mutool: 力， may not be parted, so 通过48年来共同努 was spread over the full column. Its characters
        // fall an indent short, but an indented first line fills its measure and is not spread.
        Item item = onlyItem("推动双拥工作提质增效", "本报记者 李小四", "为保障高温天气下",
                "的训练安全，陆军第", "72集团军某旅调整作", "息时间，增设防暑降温", "点3处。“我们将持续加",
                "强与地方的协作，为官", "兵办实事、解难题。”", "通 过 48 年 来 共 同 努", "力，这一机制已实现快",
                "速发展，呈现领导引", "领、机关推动、各界参", "与、多轨并行的立体格", "局。");
        assertThat(item.sections().get(0).paragraphs())
                .singleElement().asString().contains("解难题。”通过48年来共同努力，这一机制");
    }

    @Test
    void aSpreadOutLineAnIndentShortWhoseNextCharacterCouldHaveStoodAtItsEndOpensAParagraph() {
        // mutool, a column eight characters wide and nearly an em of slack: 在肖明看来， is spread over its
        // measure after an indent. A line that lost two characters to the next would lose them only to an opening
        // that may not be parted (力，); 只要 may be, so the line was indented, and 持续36天。 ended a paragraph
        // though its figures leave its width in doubt.
        Item item = onlyItem("联勤保障部队某中心组织跨昼夜实兵对抗演练", "本报记者 袁海涛", "某中心官兵每年徒",
                "步 巡 逻 里 程 超 过", "7900公里。维护和", "平安宁是国际社会", "的普遍呼声，也是", "各方的共同愿望。",
                "此次活动由联勤保", "障部队某中心和漠", "河有关部门联合主", "办，持续36天。", "在 肖 明 看 来 ，",
                "只要肯钻研、敢较", "真，再难的问题也", "能找到破解之道。");
        assertThat(item.sections().get(0).paragraphs()).hasSize(2).last().asString()
                .isEqualTo("在肖明看来，只要肯钻研、敢较真，再难的问题也能找到破解之道。");
    }

    @Test
    void aSpreadOutFirstLineOpeningWithAQuoteOpensAParagraph() {
        // mutool, a column nine characters wide whose quotes the page sets a full em (临机设置“敌”火力 is a full
        // line): “形成了一种前 is spread over its measure after an indent, and 所 could have stood at its end, so
        // 加快9.99个百分点。 ended a paragraph though its figures leave its width in doubt.
        Item item = onlyItem("北部战区空军某旅开展实战化训练", "本报记者 李小四", "较去年同期有明显提",
                "升。演练中，导演部", "临机设置“敌”火力", "袭扰、通信中断等30", "个特情，全程检验指", "挥员临机处置能力。",
                "国家统计局1月1日发布", "数据，前4个月全国规", "模以上工业增加值同", "比增长7.4%，比上月", "加快9.99个百分点。",
                "“ 形 成 了 一 种 前", "所未有的合作模式，", "体现了真正的军民团", "结与互助精神。”范涛", "在座谈会上说。");
        assertThat(item.sections().get(0).paragraphs()).hasSize(2).last().asString()
                .isEqualTo("“形成了一种前所未有的合作模式，体现了真正的军民团结与互助精神。”范涛在座谈会上说。");
    }

    @Test
    void aLineShortBeforeAFigureItCouldNotHoldRunsOnUnderAFinishedLine() {
        // mutool: 88%， is never broken and did not fit after 达到, so that line stops an indent short under a
        // full line that ends its sentence; the browser justified it to the column, which the text cannot show.
        Item item = onlyItem("走进中部战区陆军某旅的训练场", "本报记者 卢红梅", "从数据看，居民消费价格指数（CPI）",
                "同比上涨13.7%，核心CPI保持稳定。“过", "去种地靠经验，现在靠数据。”种粮大户", "郭海涛指着手机上的监测画面说。前往机",
                "场途中，驻地群众和学生代表在道路两旁", "挥舞国旗，热烈祝贺此次活动圆满成功。", "考核结果显示，参训官兵优良率达到",
                "88%，较去年同期有明显提升。", "夏日，中部战区陆军某旅开展海上训", "练，检验部队在复杂海况下的作战能力。",
                "会议强调，要坚持以战领训、体系练兵，", "加快提升部队实战化训练水平。");
        assertThat(item.sections().get(0).paragraphs()).hasSize(2).first().asString()
                .endsWith("热烈祝贺此次活动圆满成功。考核结果显示，参训官兵优良率达到88%，较去年同期有明显提升。");
    }

    @Test
    void aLineShortBeforeAFigureThatWouldHaveFitIsAParagraphsFirst() {
        // mutool: 5G would have fitted after 已建成, so that line is short by its indent: a new paragraph.
        Item item = onlyItem("走进东部战区海军某部的训练场", "本报记者 卢红梅", "白了什么是打仗思维。”蔡", "海波感慨地说。新兵代表蔡",
                "海 波 表 示 ， 将 牢 记 入 伍 初", "心，在军营中淬炼成长。返", "航 途 中 ， 编 队 还 组 织 了 损",
                "管、救生等多个课目训练。", "截至目前，南京已建成", "5G基站880个，实现城区和", "重 点 乡 镇 全 覆 盖 。 仲 夏 时",
                "节，马明哲赴南京出席相关", "活动，并同与会代表分别举", "行座谈。");
        assertThat(item.sections().get(0).paragraphs()).hasSize(2).last().asString().startsWith("截至目前，南京已建成5G基站");
    }

    @Test
    void theColumnIsAsWideAsItsWidestLineMeasuredExactly() {
        // mutool: most lines count 18 characters (the 19th went down with the 。 after it, or figures count
        // narrow), but 19 characters of CJK type alone fill the column: 高效融合。 ends a character short, and the
        // line under it is a paragraph's first, an indent short.
        Item item = onlyItem("走进西藏军区某边防团的训练场", "本报记者 李小四", "上，来自基层一线的39名代表畅谈了各自的", "体会。",
                "以高质量发展为主线，各项合作蓬勃发", "展，重大项目接踵落地，互联互通加快推", "进。会议强调，要坚持以战领训、体系练",
                "兵，加快提升部队实战化训练水平。这次任", "务中，西藏军区某边防团首次采用模块化编", "组方式，实现了多兵种力量的高效融合。",
                "6月9日上午，西藏军区某边防团在贵阳", "某训练场组织专业技能比武，31支代表队同", "场竞技。比武设置武装越野、战术综合演",
                "练、实弹射击等9个课目，全面检验官兵综合", "素质。");
        assertThat(Section.text(item.sections())).contains("高效融合。\n6月9日上午");
    }

    @Test
    void anIndentedFirstLineMayLeaveRoomForTheFigureOpeningTheNext() {
        // mutool: 成都全年…比例为 is an indent short and 12.6%， did not fit in what was left after it.
        Item item = onlyItem("走进北部战区海军某支队的训练场", "本报记者 李小四", "院校深造。在成都召开的座谈会上，来自基",
                "层一线的47名代表畅谈了各自的体会。成都", "海关关长严文博说，作为向西开放的重要窗", "口，今年以来口岸进口农产品数量上升尤为",
                "明显，包括粮食、亚麻籽、葡萄干、蜂蜜", "等。在成都的一家智能工厂里，AI质检系统", "每分钟可检测产品2件，准确率达9.6%。",
                "“我们将持续加强与地方的协作，为官", "兵办实事、解难题。”1月7日以来，双边贸", "易额实现54%的大幅增长，去年达到1750亿",
                "元的历史新高。记者从成都获悉，该项目总", "投资35.42亿元，预计2023年底建成投用。", "成都全年空气质量优良天数比例为",
                "12.6%，PM2.5平均浓度为每立方米32微克。", "“形成了一种前所未有的合作模式，体现了", "真正的军民团结与互助精神。”严文博在座",
                "谈会上说。");
        assertThat(Section.text(item.sections())).contains("建成投用。\n成都全年空气质量优良天数比例为12.6%，PM2.5");
    }

    @Test
    void anIndentedFirstLineEndingInAColonBeforeTheQuotedWordsOpensAParagraph() {
        // mutool: 烟台市民陆平说： is an indent short, the opening quote and its character gone down to the next line;
        // its colon looks final, but the quotation goes on, so it is no paragraph's last line.
        Item item = onlyItem("为官兵办实事解难题", "本报记者 李小四", "据介绍，讲解员陆平讲述\n了革命先辈的英勇事迹，\n官兵们深受感动。",
                "“过去种地靠经验，", "现在靠数据。”种粮大户", "陆平指着手机上的监测画\n面说。烟台有关负责人孟", "晓峰介绍，今年以来全市",
                "新增市场主体9900户，其\n中民营企业占比12.4%。", "烟台市民陆平说：", "“看到子弟兵来了，我们\n心里就踏实了。”西藏军",
                "区某边防团依托信息化手", "段搭建训练管理平台，实\n现训练数据实时采集、精", "准分析。巡逻途中，孟晓",
                "峰带领官兵在界碑前重温\n入党誓词。");
        assertThat(Section.text(item.sections())).contains("占比12.4%。\n烟台市民陆平说：“看到子弟兵来了");
    }

    @Test
    void aSpreadOutLineWhoseLastCharacterWentDownWithItsCommaIsNoByline() {
        // mutool: 悉， may not be parted, so 记者从酒泉获 was spread over the column like a byline of padded names.
        Item item = onlyItem("为官兵办实事解难题", "本报记者 李小四", "队党委把培养新型军", "事 人 才 作 为 重 点 工",
                "程，先后选送12名骨", "干到院校深造。", "记 者 从 酒 泉 获", "悉 ， 该 项 目 总 投 资", "14.18 亿 元 ， 预 计",
                "2025年底建成投用。", "这次演习首次引入第", "三方评估，39名专家", "全程跟踪导调，确保", "考评结果客观公正。");
        assertThat(Section.text(item.sections())).contains("深造。\n记者从酒泉获悉，该项目总投资14.18亿元");
        assertThat(item.authors()).containsExactly("李小四");
    }

    @Test
    void anIndentedFirstLineItsSentenceFilledRunsOnIntoTheFullLineUnderIt() {
        // mutool: the quote ends right at the first line's end. A one-line paragraph would be followed by another
        // indented line; the full line under it carries the paragraph on.
        Item item = onlyItem("聚焦备战打仗 锤炼过硬作风", "本报记者 李小四",
                "呼和浩特边防线上，陆军工程大学某系官兵每", "年徒步巡逻里程超过5720公里。邹浩然告诉记者，",
                "公司研发投入占营业收入的比重已提高到2.5%。经", "过10个昼夜的连续奋战，抢险官兵打通道路60公",
                "里，转移安置群众4470余人。陆军工程大学某系后", "勤部门为一线官兵配送防暑药品和饮品9010余份。",
                "已成长为陆军工程大学某系的技术骨干。", "“我们用上了APP预约，办事不用再跑腿了。”",
                "呼和浩特市民陶向阳说。邹浩然在讲话中指出，在", "长期实践中，部队探索形成了一套行之有效的训练",
                "模式，为战斗力生成提供了重要遵循。");
        assertThat(item.sections().get(0).paragraphs())
                .hasSize(2).last().asString().startsWith("“我们用上了APP预约，办事不用再跑腿了。”呼和浩特市民陶向阳说。");
    }

    /** mutool, a report's text with a subhead set in quotes (its printed lines one block) between two paragraphs. */
    private static String textAroundQuotedSubhead(String subhead) {
        Item item = onlyItem("为官兵办实事解难题", "本报记者 李小四", "广州有关负责人龙卫东",
                "介绍，今年以来全市新增", "市场主体4750户，其中民营", "企业占比16.4%。各方一致认", "为，保持富有成效的全方位",
                "合作，符合各方的根本利", "益。武警某总队依托信息化", "手段搭建训练管理平台，实", "现训练数据实时采集、精准",
                "分析。从数据看，居民消费", "价格指数（CPI）同比上涨", "16.1%，核心CPI保持稳定。", subhead,
                "在此次比武中，该连队", "夺得7个单项第一，团体总分", "位列第一。在广州召开的座", "谈会上，代表们畅谈了各",
                "自的体会。");
        return Section.text(item.sections());
    }

    @Test
    void aSubheadSetInQuotesAcrossTheColumnStandsBetweenTheParagraphs() {
        // The quoted subhead fills the column as a paragraph's line does (解放军报 sets its subheads so).
        assertThat(textAroundQuotedSubhead("“继往开来点亮合作精神”"))
                .contains("核心CPI保持稳定。\n“继往开来点亮合作精神”\n在此次比武中");
    }

    @Test
    void aSubheadInQuotesItsLineCouldNotHoldStandsBetweenTheParagraphs() {
        // The quoted subhead fills its line and leaves its last character and quote for the next.
        assertThat(textAroundQuotedSubhead("“在急难险重任务中淬炼成\n钢”"))
                .contains("核心CPI保持稳定。\n“在急难险重任务中淬炼成钢”\n在此次比武中");
    }

    @Test
    void aSentencesEndAnEmShortOfTheColumnGoesOnWhereTheFigureAfterItDidNotFit() {
        // mutool: 12 prints wider than the em 发展。 left, so 12月28日 went down whole: the paragraph goes on.
        Item item = onlyItem("练兵场上砺精兵", "本报记者 李小四", "本报北京1月1日电 邵铁军强", "调，无论形势如何变化，都要",
                "坚持开放不动摇，开展更高质", "量合作，实现了共同发展。", "12月28日，呼和浩特举行新", "兵入营仪式，4120名新兵在",
                "军旗下庄严宣誓。专家指出，", "科技是核心战斗力，必须把创", "新摆在更加突出的位置。");
        assertThat(item.sections().get(0).paragraphs()).singleElement().asString()
                .contains("实现了共同发展。12月28日，呼和浩特举行新兵入营仪式");
    }

    @Test
    void aLineLeavingRoomAsWideAsTheDigitsUnderItCountWasFull() {
        // mutool, every line a block: 9270 counts two ems and prints wider, so 行新兵入营仪式， stops two ems
        // short of the column and is no paragraph's indented first line; IPv6 prints narrower than it counts, so
        // a line two ems short over it is one.
        Item item = onlyItem("练兵场上砺精兵", "本报记者 李小四", "所属某连指导员陈思远", "告诉记者，连队把思想",
                "工作做到训练场上，官", "兵练兵热情持续高涨。", "6月3日，哈尔滨举", "行新兵入营仪式，", "9270名新兵在军旗下",
                "庄严宣誓。今年1至5", "月，哈尔滨外贸进出口", "总值八十五万亿元，增", "长百分之三点六个点。", "段晓东表示，下一",
                "IPv6规模部署，推动数", "字经济和实体经济深度", "融合。");
        assertThat(item.sections().get(0).paragraphs()).hasSize(3).element(1).asString()
                .startsWith("6月3日，哈尔滨举行新兵入营仪式，9270名新兵在军旗下庄严宣誓。");
    }

    @Test
    void aSentencesEndACharacterShortOfTheColumnEndsItsParagraph() {
        // mutool: 作，实现共同发展。 is a character short and nothing kept 在 from standing after it, so the
        // paragraph ended there and the full line under it is a subhead, not its next line.
        Item item = onlyItem("练兵场上砺精兵", "本报记者 李小四", "各方一致认为，保", "持富有成效的全方位合",
                "作，符合各方的根本利", "益。1月1日以来，双边", "贸易额实现21%的大幅", "增长，去年达到1480亿", "元的历史新高。徐娟强",
                "调，无论形势如何变", "化，都要坚持开放不动", "摇，开展更高质量合", "作，实现共同发展。", "在急难险重任务中淬炼",
                "在青岛某医院，陆", "军第72集团军某旅派出", "的医疗队已连续工作56", "天，累计救治患者2790", "人次。");
        assertThat(Section.text(item.sections()))
                .contains("实现共同发展。\n在急难险重任务中淬炼\n在青岛某医院");
    }

    @Test
    void aHeadlineWrappedOntoALineAsWideAsItsFirstIsOneHeadline() {
        // mutool: a brief's headline fills two lines of its narrow column; a kicker would be set shorter.
        String page = String.join("\n\n", "2024年1月1日 星期一\n第3版\n新闻专题", "2022年全国粮食\n总产量7.56亿斤",
                "本 报 讯  12 月 30", "日，广州退役军人事务", "局组织专场招聘会，提", "供就业岗位7470余个。",
                "武警某总队组织官兵走", "进 广 州 的 高 新 技 术 企", "业，参观人工智能和5G", "应用成果展示。", "西安举行双拥共建",
                "签约仪式", "本 报 讯  12 月 29", "日，西安举行双拥共建", "签约仪式，45家企业与", "驻地部队结对共建。专",
                "家指出，科技是核心战", "斗力，必须把创新摆在", "更加突出的位置。");
        Edition edition = Fixtures.parse("jfjb-2024-01-01-p03.txt", page.getBytes(StandardCharsets.UTF_8));
        assertThat(edition.pages().get(0).items()).extracting(Item::headline)
                .containsExactly("2022年全国粮食总产量7.56亿斤", "西安举行双拥共建签约仪式");
    }

    @Test
    void aHeadlinesFirstLineWithFiguresIsFullThoughItCountsACharacterShort() {
        // mutool: C919 prints wider than four half ems, so 累 did not fit after it; the line is full.
        String page = String.join("\n\n", "2024年1月3日 星期三\n第10版\n国际", "国产大飞机C919\n累计运送旅客突破",
                "1810万人次", "本报讯 近日，", "海军陆战队某旅举办", "军事训练成果汇报展", "示，9个课目集中亮",
                "相。“战场上没有亚", "军，训练场上就要较", "真碰硬。”海军陆战", "队某旅营长吴晓东", "说。");
        Edition edition = Fixtures.parse("jfjb-2024-01-03-p10.txt", page.getBytes(StandardCharsets.UTF_8));
        assertThat(edition.pages().get(0).items()).extracting(Item::headline)
                .containsExactly("国产大飞机C919累计运送旅客突破1810万人次");
        // Type alone, a line a character short of the next was not full: 累 would have fit.
        assertThat(PrintedLines.asFullAs("国产大飞机", "累计运送旅客")).isFalse();
    }

    @Test
    void aSubheadOfTwoMatchedPhrasesOverPlainTextIsNoHeadline() {
        // mutool: 数据赋能 服务升级 reads like a headline, but no dateline or byline follows it: a subhead.
        String page = String.join("\n\n", "坚持以战领训 提升打赢能力", "新华社南京1月1日电", "南京新能源汽车保有量突",
                "破80.31万辆，充电桩数量", "达到2250个。南京有关负", "责人毛驰介绍，今年以来", "全 市 新 增 市 场 主 体 5740",
                "户 ， 其 中 民 营 企 业 占 比", "1.8%。这次任务中，海军", "某大队首次采用模块化编", "组方式，实现了多兵种力",
                "量的高效融合。", "聚焦主责主业", "去年以来，海军某大", "队先后有33人次在全军比", "武 中 获 奖 ， 17 人 被 评 为",
                "“优秀士官人才”。会议指", "出，要坚持稳中求进工作", "总基调，完整准确全面贯", "彻新发展理念。", "数据赋能 服务升级",
                "毛驰说，双方山水相", "连、唇齿相依，始终以信", "相交、以诚相待，是命运", "与共的好邻居、好伙伴。");
        assertThat(items(page)).singleElement().satisfies(item -> {
            assertThat(item.headline()).isEqualTo("坚持以战领训 提升打赢能力");
            assertThat(item.sections()).extracting(Section::heading).containsExactly(null, "聚焦主责主业", "数据赋能 服务升级");
        });
    }

    @Test
    void aLineIndentedWhereNothingWasHeldBackOpensAParagraphUnderABareLine() {
        // mutool: a headline nearly as wide as the column's lines (a brief and a photo's caption above it) over a
        // report's first line, which is an indent short and ends no sentence with nothing held back for the line
        // under it: only an indent took that room, so the line above it is no line of the same paragraph.
        String page = String.join("\n\n", "本报讯 6月3日，", String.join("\n", "东部战区陆军某合成营", "联合沈阳消防救援支队",
                "开展森林灭火演练。活", "动现场，官兵展示了擒", "敌拳、战术动作和装备", "操作，赢得阵阵掌声。",
                "联勤保障部队某中心舰艇编队在某海域进行补给训练。", "郭建设摄"), "一堂别开生面的教育课", "据成都交通运输部门",
                String.join("\n", "统计，6月2日当天全市", "发送旅客69.15万人次，", "同比增长2.4%。为提升", "夜间作战能力，陆军第71",
                        "集团军某旅将92%的训", "练时间安排在夜间和复杂", "气象条件下。"), "陆军第71集团军某旅",
                String.join("\n", "党委把培养新型军事人才", "作为重点工程，先后选送", "2名骨干到院校深造。陆", "军第71集团军某旅领导介",
                        "绍，今年以来，他们坚持", "按纲施训、从严治训，共"));
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(page))).contains("一堂别开生面的教育课")
                .anySatisfy(paragraph -> assertThat(paragraph).startsWith("据成都交通运输部门统计，"));
    }

    @Test
    void photosCaptionedUnderABriefDoNotWidenItsColumn() {
        // mutool: a brief in a column ten characters wide, each line a block, and under it two photos whose
        // captions run wider: the look for the column's width ends at the first photo's credit, so the
        // line before the figure (…万元，为 / 23户…) is full and runs on.
        String page = String.join("\n\n", "杭州：“5G+工业互联网”赋能制造业升级", "本报讯 5月30日，", "杭州退役军人事务局组",
                "织专场招聘会，提供就", "业岗位2500余个。今年", "以来，杭州累计发放各", "类优待金4540万元，为", "23户军属家庭解决了后",
                "顾之忧。", "北部战区海军某支队组织新兵开展队列训练。", "夏志强摄", "酒泉某地，官兵冒雨进行武装越野。", "蒋国庆摄");
        assertThat(items(page)).first().satisfies(brief -> {
            assertThat(brief.kind()).isEqualTo(ItemKind.BRIEF);
            assertThat(brief.bodyText().strip()).endsWith("为23户军属家庭解决了后顾之忧。");
        });
    }

    @Test
    void aSubheadUnderAReportsShortLastParagraphIsNoHeadline() {
        // mutool: the paragraph above the subhead is a sentence of two lines, short as a brief's, but it ends a
        // longer paragraph's report: the subhead is the report's, not a headline over an item of its own.
        String page = String.join("\n\n", "中部战区陆军某旅抢险救灾显担当", "本报记者 毛明", "舟山海关关长黎德明说，作为",
                String.join("\n", "向西开放的重要窗口，今年以来口", "岸进口农产品数量上升尤为明显，", "包括粮食、亚麻籽、葡萄干、蜂蜜",
                        "等。毛明说：“今年的订单比去年多", "了三成，生产线一直满负荷运转。”", "舟山大力推进“互联网+政务服",
                        "务”，18.3%的事项实现“一网通", "办”。"),
                "创新驱动 动能澎湃", "前往机场途中，驻地群众和学", String.join("\n", "生代表在道路两旁挥舞国旗，热烈",
                        "祝贺此次活动圆满成功。“战场上没", "有亚军，训练场上就要较真碰硬。”", "中部战区陆军某旅营长毛明说。"));
        assertThat(items(page)).singleElement().satisfies(item -> {
            assertThat(item.headline()).isEqualTo("中部战区陆军某旅抢险救灾显担当");
            assertThat(item.sections()).extracting(Section::heading).containsExactly(null, "创新驱动 动能澎湃");
            assertThat(item.sections().get(0).paragraphs()).last()
                    .isEqualTo("舟山大力推进“互联网+政务服务”，18.3%的事项实现“一网通办”。");
        });
    }

    @Test
    void aDatelineCutInsideItsDateStillOpensTheTextUnderAHeadline() {
        // mutool, a page's top: 新华社烟台12月31 / 日电 is the dateline under the headline, so the lines above it
        // are a kicker and a headline, not a paragraph's first lines.
        String page = String.join("\n\n", "8\n专版\n解放军报 2024年1月1日 星期一", "聚焦实战化训练", "烟台退役军人就业服务持",
                "续升温", "新华社烟台12月31", "日电 （记者赖涛、魏", "晨曦） 陆军第72集团", "军某旅把党史学习教育", "融入日常，组织官兵走",
                "进烟台革命纪念馆接受", "教育。从数据看，居民", "消费价格指数（CPI）同", "比上涨13.8%，核心CPI", "保持稳定。烟台新能源",
                "汽车保有量突破34.57万", "辆，充电桩数量达到", "4190个。烟台市民魏晨", "曦说：“看到子弟兵来", "了，我们心里就踏实",
                "了。”");
        Edition edition = Fixtures.parse("jfjb-2024-01-01-p08.txt", page.getBytes(StandardCharsets.UTF_8));
        assertThat(edition.pages().get(0).items()).filteredOn(item -> item.dateline() != null).singleElement()
                .satisfies(item -> {
                    assertThat(item.headline()).isEqualTo("烟台退役军人就业服务持续升温");
                    assertThat(item.dateline().place()).isEqualTo("烟台");
                });
    }

    @Test
    void aHeadlineEndsOverADatelineCutAfterItsMonth() {
        // mutool: every line a block; 新华社霍尔果斯6月 / 6日电 opens the text, so the headline's second line ends.
        String page = String.join("\n\n", "2\n要闻\n解放军报 2025年6月7日 星期六", "一线直击", "前4个月全国铁路发送",
                "旅客83.81亿人次", "新华社霍尔果斯6月", "6日电 维护和平安宁是", "国际社会的普遍呼声，", "也是各方的共同愿望。",
                "霍尔果斯农业农村部门", "数据显示，今年夏粮亩", "产62.81公斤，比上年增", "加66.69公斤。");
        Edition edition = Fixtures.parse("jfjb-2025-06-07-p02.txt", page.getBytes(StandardCharsets.UTF_8));
        assertThat(edition.pages().get(0).items()).filteredOn(item -> item.dateline() != null).singleElement()
                .satisfies(item -> {
                    assertThat(item.headline()).isEqualTo("前4个月全国铁路发送旅客83.81亿人次");
                    assertThat(item.dateline().place()).isEqualTo("霍尔果斯");
                });
    }

    @Test
    void theRestOfACutDatelineRunsOnThoughItsLineHoldsNoMark() {
        // mutool: 新华社济南6月4日 / 电 新疆军区某边防团: the dateline's rest opens the text on a line with no mark of its
        // own and a little short of the column; it is the paragraph's, no subhead or headline. A photo's caption
        // with its credit stands above the headline, as on the page this comes from.
        String page = String.join("\n\n", "2025年6月4日 星期三\n第4版\n专版", "空降兵某旅组织夜间实弹射击考核。 本报记者 邱亮摄",
                "济南：“5G+工业互联网”赋能制造业升级",
                "新华社济南6月4日", "电 新疆军区某边防团\n所属某连指导员严超告\n诉记者，连队把思想工\n作做到训练场上，官兵\n练兵热情持续高涨。");
        Edition edition = Fixtures.parse("jfjb-2025-06-04-p04.txt", page.getBytes(StandardCharsets.UTF_8));
        assertThat(edition.pages().get(0).items()).filteredOn(item -> item.headline() != null).singleElement()
                .satisfies(item -> {
                    assertThat(item.headline()).isEqualTo("济南：“5G+工业互联网”赋能制造业升级");
                    assertThat(item.dateline().place()).isEqualTo("济南");
                    assertThat(item.sections().get(0).paragraphs()).containsExactly("新华社济南6月4日电 新疆军区某边防团"
                            + "所属某连指导员严超告诉记者，连队把思想工作做到训练场上，官兵练兵热情持续高涨。");
                });
    }

    @Test
    void aParagraphEndsWhereFiguresLeaveItsLastLineLookingFull() {
        // mutool, whose blocks open at paragraphs on these pages. A line of figures without a mark carries its
        // sentence on (…统计，12月29 / 日当天全市发送旅客65.85万 / 人次，同比增长9.6%。): no heading, so the short line
        // under it ends its paragraph. And a line alone in its block, a character short, opens the next paragraph
        // though the figures above leave their line measuring full (次，同比增长8.1%。 / 这是今年西部战区).
        for (String[] page : List.of(new String[] {"jfjb-2024-01-01-p08", "人次，同比增长9.6%。", "赖涛告诉记者，公司研发"},
                new String[] {"jfjb-2024-01-02-p09", "次，同比增长8.1%。", "这是今年西部战区陆军某旅规模最大的一次综合演练"})) {
            List<String> paragraphs = convertedParagraphs(page[0], "mutool");
            assertThat(paragraphs).as(page[0]).anySatisfy(p -> assertThat(p).endsWith(page[1]))
                    .anySatisfy(p -> assertThat(p).startsWith(page[2]));
        }
    }

    @Test
    void aHeadlineAboveAnInsidePagesRunningHeadIsNoTitle() {
        // pdftotext: the page's number and name, then the left column's headline (cut over two lines), and only
        // after it the running head, which names the paper. The headline stays the item's.
        Edition edition = Fixtures.parse("jfjb-2025-06-03-p04.txt", """
                4

                后勤保障

                铁血担当书写忠诚答
                卷
                本报讯

                近日，北京军
                分区组织民兵开展应急拉动
                演练，检验了快速反应能
                力。特别是21年前成功举办
                首次交流活动以来，机制建
                设四梁八柱迅速成型，55个
                合作平台相继建立。

                解放军报 2025年6月3日 星期二
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(edition.masthead().title()).isEqualTo("解放军报");
        assertThat(edition.pages().get(0).items()).first().satisfies(item -> assertThat(item.headline())
                .isEqualTo("铁血担当书写忠诚答卷"));
    }

    @Test
    void aLineBareOfSentenceMarksGoesOnWhereItsBlockRunsOnIntoText() {
        // mutool, whose blocks open at paragraphs on this page. Under a full line that ends its sentence, a line
        // with no sentence mark (合肥大力推进“互联网+政务服: a quote and a Latin + set narrow) measures an indent
        // short; but its block runs on into 务”，12.6%的事项…, so it is the paragraph's text, not a heading's.
        List<String> paragraphs = convertedParagraphs("jfjb-2025-06-02-p03", "mutool");
        assertThat(paragraphs).anySatisfy(p -> assertThat(p).contains("开展实弹检验。合肥大力推进“互联网+政务服务”，12.6%"))
                .noneSatisfy(p -> assertThat(p).startsWith("合肥大力推进"));
    }

    @Test
    void aSubheadBareOfMarksAloneInItsBlockIsNoPartOfTheParagraphUnderIt() throws Exception {
        // mutool: a subhead a character short of its narrow column, in a block of its own, over the next
        // paragraph's first line alone in its block (让基层官兵得实惠 / 5月28日，第19届 / 军营开放日活动在太…).
        byte[] bytes = Fixtures.resource("/converted/jfjb-2025-06-01-p09.mutool.txt");
        List<Section> sections = Fixtures.parse("jfjb-2025-06-01-p09.txt", bytes).pages().get(0).items().stream()
                .flatMap(item -> item.sections().stream()).toList();
        assertThat(sections).anySatisfy(section -> {
            assertThat(section.heading()).isEqualTo("让基层官兵得实惠");
            assertThat(section.paragraphs().get(0)).startsWith("5月28日，第19届军营开放日活动在太原举行");
        });
    }

    @Test
    void aNumberedSubheadAloneInItsBlockIsNoPartOfTheParagraphUnderIt() {
        // mutool, whose blocks open at paragraphs: a numbered subhead a character short of its column, its 一、 no
        // sentence's mark, over the next paragraph's first line alone in its block.
        String text = textBesideSubhead("一、为伙伴关系开启新篇章", "新兵代表陆振宇表示，将牢",
                "记入伍初心，在军营中淬炼成\n长。截至目前，成都已建成5G\n基站9980个，实现城区和重点\n乡镇全覆盖。");
        assertThat(text).contains("创新平台。\n一、为伙伴关系开启新篇章\n新兵代表陆振宇表示，将牢记入伍初心");
    }

    @Test
    void aSubheadOverAFirstLineSpreadOverItsIndentIsNoPartOfTheParagraphUnderIt() {
        // mutool: the paragraph's first line, alone in its block, was spread to the column over the room its indent
        // left, so it counts a character short however wide it printed.
        String text = textBesideSubhead("军民同心携手共建美好家园", "会 议 强 调 ， 要 统 筹 发 展 和",
                "安全，扎实推动高质量发展，\n不断满足人民群众对美好生活\n的向往。");
        assertThat(text).contains("创新平台。\n军民同心携手共建美好家园\n会议强调，要统筹发展和安全，");
    }

    /**
     * mutool, a report's text in a column thirteen characters wide, each paragraph's first line in a block of its
     * own, and between two paragraphs a subhead and a paragraph whose first line is a block.
     */
    private static String textBesideSubhead(String subhead, String firstLine, String rest) {
        Item item = onlyItem("中国—东盟自贸区3.0版建设取得新进展", "本报记者 李小四", "覃勇强调，要以更加进取的",
                "姿态和更加务实的举措加强合\n作，推动各项工作不断取得新的\n更大发展。成都某高校国防教育\n中心主任陆振宇表示，将继续深"
                        + "\n化与驻地部队的合作。“这身军\n装穿在身上，就意味着责任和担\n当。”覃勇说。据了解，该项目\n总投资9050万元，"
                        + "建成后将惠\n及周边24个乡镇。西藏军区某\n边防团与成都有关方面签署合作\n协 议 ， 共 建 15 个 科 技 创 新 平\n台。",
                subhead, firstLine, rest, "据了解，成都军分区司令", "员覃勇表示，将进一步健全军\n地协调机制，推动双拥工作提\n质增效。",
                "据悉，这是该型装备列", "装以来首次在高原地区开展实\n弹检验。",
                "据介绍，全国民航5月", "28日保障航班3770架次，航班\n正常率为10.7%。", "专家认为，随着一系列",
                "政策落地见效，经济回升向好\n的基础将巩固。", "海关关长陆振宇说，作为",
                "向西开放的重要窗口，今年以\n来口岸进口农产品数量上升尤\n为明显。");
        return Section.text(item.sections());
    }

    @Test
    void theLineASubheadRanOntoEndsItThoughItIsAsShortAsAFirstLine() {
        // mutool: a subhead its line could not hold runs on onto a line an indent and more short, the next
        // paragraph's first line alone under it (一、高质量发展，迈 / 向共同现代化 / 梁艳说：“只要群).
        Item item = onlyItem("我国5G基站总数达4.80万个", "新华社重庆5月31",
                "日电 （记者白伟、梁\n艳） “形成了一种前\n所未有的合作模式，\n体现了真正的军民团\n结与互助精神。”梁艳"
                        + "\n在座谈会上说。东部\n战区海军某部组织干\n部骨干赴重庆参观见\n学，学习兄弟单位的\n先进经验和做法。“战"
                        + "\n场上没有亚军，训练\n场上就要较真碰硬。”\n东部战区海军某部营\n长 白 伟 说 。 专 家 认\n为，随着一系列政策"
                        + "\n落地见效，经济回升\n向好的基础将进一步\n巩固。",
                "一、高质量发展，迈\n向共同现代化", "梁艳说：“只要群",
                "众需要，我们就冲在\n最前面。”重庆某海\n域，东部战区海军某\n部组成编队，展开对\n抗性训练。", "“比武就是实",
                "战，赛场就是战场。”\n参赛队员梁艳说。");
        assertThat(Section.text(item.sections())).contains("巩固。\n一、高质量发展，迈向共同现代化\n梁艳说：“只要群众需要");
    }

    @Test
    void aSubheadWhoseLastCharacterWentDownIsNoPartOfTheParagraphAboveIt() {
        // mutool, every line a block, a column nine characters wide: a full line ends its sentence, and under it a
        // subhead as wide as the column, its last character on a line of its own, over the next paragraph's first
        // line. A paragraph never ends on a line bare of marks, so the subhead stands apart.
        Item item = onlyItem("强军路上，我们一起奋斗", "本报记者 李小四", "据西宁有关部门", "统计，今年全市共接",
                "收安置退役军人2560", "名 ， 安 置 率 达 到", "52%。专家认为，随", "着一系列政策落地见", "效，经济回升向好的",
                "基础将进一步巩固。", "西宁全年空气质量优", "良 天 数 比 例 为", "16.5%，PM2.5平均浓", "度为每立方米5微克。",
                "为伙伴关系开启新篇", "章", "“我坚信，这一", "机制将成为一个建设", "性、战略性协作关系", "的生动典范。”记者从",
                "西宁获悉，该项目总", "投资94.81亿元，预计", "2025年底建成投用。");
        assertThat(Section.text(item.sections()))
                .contains("每立方米5微克。\n为伙伴关系开启新篇章\n“我坚信，这一机制将成为一个建设性");
    }

    @Test
    void aPlaceAndACommaOpenAHeadlineOverItsDateline() {
        // mutool: under a photo's caption, a headline whose place before the comma is shorter than the phrase after
        // it (连云港，一座城的拥军情), over the dateline that opens its report.
        List<Item> items = items(String.join("\n\n", "练兵场上砺精兵", "本报记者 李小四",
                "某旅官兵每年徒步巡逻里程超过2140公\n里。", "1月3日，火箭军工程大学某系组织装甲车辆驾驶训练。 本报记者 邵振宇摄",
                "连云港，一座城的拥军情", "新华社连云港1月3日电 （记者许晓", "东） 据悉，这是该型装备列装以来首次\n在高原地区开展实弹检验。"));
        assertThat(items).extracting(Item::headline).containsExactly("练兵场上砺精兵", null, "连云港，一座城的拥军情");
        assertThat(items.get(2).dateline().place()).isEqualTo("连云港");
    }

    @Test
    void aHeadlineWithACommaHeadsTheRestOfItsReportOrAReportUnderAJumpNote() {
        // mutool: a report's rest under its headline set again, over the note naming the page it came from; and under
        // a report sent on to another page, a headline with a comma over its byline.
        List<Item> items = items(String.join("\n\n", "解放军报 2025年1月2日 星期四", "第3版", "银川，一座城的拥军情",
                "（上接第一版）银", "川大力推进“互联网+政\n务服务”，12.6%的事项实现\n“一网通办”。",
                "练兵场上砺精兵", "本报记者 李小四", "本报银川1月1日电 近日，某旅\n开展实弹射击考核，参训官兵",
                "优良率达到91%。据介绍，全国\n民航1月4日保障航班4170架", "次，航班正常率为7.8%。李利\n民说：“守好祖国的每一寸土",
                "地，是我们的神圣职责。”", "（下转第二版）", "练兵，就要练到极致！", "■本报记者 韦国庆 通讯员 邹国庆",
                "本报烟台1月7日电 韦国庆说，\n全面落实基层减负各项要求。"));
        assertThat(items).extracting(Item::headline).containsExactly("银川，一座城的拥军情", "练兵场上砺精兵",
                "练兵，就要练到极致！");
        assertThat(items.get(0).continuedFrom()).isEqualTo(1);
        assertThat(items.get(1).continuedOn()).isEqualTo(2);
        assertThat(items.get(2).authors()).contains("韦国庆");
    }

    @Test
    void aHeadlineEndingOnAQuestionHeadsTheReportItsEditorsNoteOpens() {
        // mutool: a report without dateline or byline, its editor's note (编者按) right under a headline that ends on a
        // question mark, as a sentence may, after the report above has ended its last sentence.
        List<Item> items = items(String.join("\n\n", "练兵场上砺精兵", "本报记者 李小四",
                "本报银川1月1日电 近日，某旅\n开展实弹射击考核，参训官兵", "优良率达到91%。", "谁是最可爱的人？",
                "编者按：作风建设永远在路上，\n只有进行时，没有完成时。", "新疆军区某边防团所属某连指导\n员毛国庆告诉记者，连队把思想\n工作做到训练场上。"));
        assertThat(items).extracting(Item::headline).containsExactly("练兵场上砺精兵", "谁是最可爱的人？");
        assertThat(Section.text(items.get(0).sections()).strip()).endsWith("优良率达到91%。");
    }

    @Test
    void aPlaceAndACommaOpenAHeadlineUnderAColumnsLabel() {
        // mutool: a commentary set wide under its column's label (短评), its headline a place, a comma and a longer
        // phrase (连云港，一座城的拥军情), under a narrow column's report.
        List<Item> items = items(String.join("\n\n", "练兵场上砺精兵", "本报记者 李小四",
                "本报海口1月1日电 演练结束后，毛\n平组织复盘检讨，梳理出8条经验\n教训。12月31日上午，某旅在海口\n某训练场组织专业技能比武，30支"
                        + "\n代表队同场竞技。毛平说，目前，\n某旅与地方在绿色创新、盐碱地治\n理和节水型农业等领域密切合作。\n“我认为，在诸多领域，我们有很\n多需要向兄弟单位学习的地方。”",
                "短评", "连云港，一座城的拥军情",
                "军队党员干部追求进步，最终目标是为了能打仗打胜仗。同样，只有真正有本事，真正干事业，组织才",
                "能真信任，成长的步子才会迈得更稳健。一支军队有没有战斗力，关键看它能不能打仗、打胜仗。战斗精神\n是军队的魂。"));
        assertThat(items).extracting(Item::headline).containsExactly("练兵场上砺精兵", "连云港，一座城的拥军情");
        assertThat(Section.text(items.get(1).sections())).startsWith("军队党员干部追求进步");
    }

    @Test
    void aHeadlineInTwoPhrasesWrappedInsideItsSecondIsOneHeadline() {
        // mutool: a headline of two phrases parted by a space, its second phrase wrapped onto a line of its own
        // (CPI同比上涨6.4% 就业形势总 / 体稳定). The first line alone reads as 引题 over the start of 主题; the whole does not.
        List<Item> items = items(String.join("\n\n", "CPI同比上涨6.4% 就业形势总", "体稳定",
                "新华社西宁12月31日电 12月31日，西宁举行新兵入营仪式，\n2700名新兵在军旗下庄严宣誓。"));
        assertThat(items).extracting(Item::headline).containsExactly("CPI同比上涨6.4% 就业形势总体稳定");
        assertThat(items.get(0).kicker()).isNull();
    }

    @Test
    void aLineSpreadOutBeforeAFigureThatWouldHaveFitButForAnIndentOpensAParagraph() {
        // mutool, a narrow column, every line in a block of its own: a full line ends its sentence, and the next,
        // spread out an indent short, stopped before 71, which would have fit on a line without an indent.
        List<Item> items = items(String.join("\n\n", "练兵场上砺精兵", "本报记者 李小四",
                "本报太原6月1日电 据悉，这是", "该型装备列装以来首次在", "高原地区开展实弹检", "验。在太原港，自动",
                "化码头的桥吊正在有", "序作业，集装箱吞吐", "量同比增长14.9%。", "这 是 今 年 陆 军 第",
                "71集团军某旅规模最", "大的一次综合演练，", "务 实 高 效 ， 影 响 深", "远。在太原某医院，",
                "官兵们深受感动。"));
        assertThat(items.get(0).sections().get(0).paragraphs()).hasSize(2)
                .last().asString().startsWith("这是今年陆军第71集团军某旅");
    }

    @Test
    void fullLinesBareOfMarksUnderAnOpenSentenceAreRunningTextNotAHeading() {
        // mutool, a narrow column: two full lines without a mark carry on the sentence the line above them left
        // open, so the short line under them, which ends the sentence, is the paragraph's last, not an indented first
        // line under a heading that a sentence filled; the next paragraph opens under it.
        List<Item> items = items(String.join("\n\n", "练兵场上砺精兵", "本报记者 李小四", "本报西宁6月1日电 经过26个昼夜的",
                "连续奋战，抢险官兵\n打通道路55公里，转\n移 安 置 群 众 7740 余\n人。演练结束后，贾\n杰组织复盘检讨，梳"
                        + "\n理出49条经验教训。\n阿拉山口边防线上，\n新疆军区某边防团官\n兵每年徒步巡逻里程\n超过3900公里。",
                "尹晓峰说：“只要", "群众需要，我们就冲", "在最前面。”新疆军区\n某边防团党委把培养\n新型军事人才作为重\n点工程。"));
        assertThat(items.get(0).sections().get(0).paragraphs()).hasSize(2)
                .last().asString().startsWith("尹晓峰说：“只要群众需要");
    }

    @Test
    void aNumberedSubheadEndingItsSentenceOverABareShortLineIsRead() {
        // A numbered subhead that ends a sentence, as wide as its column, over a short line bare of marks: whether
        // that line ends a subhead's run and whether the subhead's paragraph runs on into it are asked of each other.
        // Each must be answered once, not round and round.
        List<Item> items = items(String.join("\n\n", "练兵场上砺精兵", "本报记者 李小四", "据西宁有关部门",
                "统计，今年全市共接", "收安置退役军人2560", "名，安置率达到52%。", "一、坚持练兵备战。", "主动作为",
                "专家认为，随着一系", "列政策落地见效，经济", "回升向好的基础将进一", "步巩固。"));
        assertThat(items.get(0).sections().get(0).paragraphs()).contains("一、坚持练兵备战。");
        assertThat(items).last().satisfies(item -> assertThat(Section.text(item.sections()))
                .contains("经济回升向好的基础将进一步巩固。"));
    }

    @Test
    void aLineShortByTheCharacterAndMarkItPushedDownRunsOnFromTheLineAbove() {
        // mutool, every line a block: 29 prints wider than it counts and 天， may not be parted, so 逐舰支队…工作29
        // stops two ems short, like an indented first line; but the line above ends inside a word (驱 / 逐舰).
        Item item = onlyItem("新时代青年官兵的奋斗之歌", "本报连云港5月31日电 南部战区海", "军某驱逐舰支队后勤部门为一线官兵配送",
                "防暑药品和饮品3290余份。据介绍，全", "国民航5月28日保障航班3770架次，航班", "正常率为10.7%。会议强调，要统筹发展",
                "和安全，扎实推动高质量发展，不断满足", "人民群众对美好生活的向往。会议强调，", "要坚持以战领训、体系练兵，加快提升部",
                "队实战化训练水平。返航途中，编队还组", "织了损管、救生等多个课目训练。", "在连云港某医院，南部战区海军某驱",
                "逐舰支队派出的医疗队已连续工作29", "天，累计救治患者4600人次。随着一声", "令下，数辆突击车呼啸而出，向预定地域",
                "快速机动。");
        assertThat(item.sections().get(0).paragraphs()).hasSize(2).last().asString()
                .startsWith("在连云港某医院，南部战区海军某驱逐舰支队派出的医疗队已连续工作29天，累计救治患者");
    }

    @Test
    void aHeadlineWiderThanTheColumnUnderItsKickerIsNoPartOfTheTextUnderIt() throws Exception {
        // mutool, every line a block of its own: a kicker, then a headline across two columns holding a character
        // more than their lines and no mark, then the report's first line (倾听官兵心声 / 呼和浩特退役军人就业服务持续升温 /
        // 6月2日，第6届军营开放日活动 / 在呼和浩特举行…).
        byte[] bytes = Fixtures.resource("/converted/jfjb-2025-06-06-p11.mutool.txt");
        List<Item> items = Fixtures.parse("jfjb-2025-06-06-p11.txt", bytes).pages().get(0).items();
        assertThat(items).anySatisfy(item -> {
            assertThat(item.headline()).isEqualTo("呼和浩特退役军人就业服务持续升温");
            assertThat(item.sections().get(0).paragraphs().get(0)).startsWith("6月2日，第6届军营开放日活动在呼和浩特举行");
        });
    }

    @Test
    void aShorterHeadingLineOverAHeadlineIsItsKickerAndAHeadlinesFirstLineIsNot() {
        // Plain text has no heading levels: two heading lines over text, the upper two characters narrower or more
        // and no part of the lower's headline, are kicker and headline (践行强军目标 / 一堂别开生面的国防教育课). A
        // headline's first line over its rest in a narrow column is no kicker, though figures make the rest a little
        // wider (2023年全国粮食 / 总产量89.68亿斤).
        List<Item> briefs = items("""
                解放军报 2024年1月4日 星期四

                2023年全国粮食

                总产量89.68亿斤

                本报讯 近日，贵阳市举行秋粮收购工作推进会，全年粮食总产量再创新高，收购进度过半。

                践行强军目标

                一堂别开生面的国防教育课

                本报讯 近日，某旅走进驻地中学，为师生讲授国防知识，现场气氛热烈，师生们深受教育。
                """);
        assertThat(briefs).extracting(Item::kicker, Item::headline).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, "2023年全国粮食总产量89.68亿斤"),
                org.assertj.core.groups.Tuple.tuple("践行强军目标", "一堂别开生面的国防教育课"));
    }

    @Test
    void aMastheadReadsAroundTheHeadlinesAConverterRowsAmongItsLines() throws Exception {
        // pdftotext -layout rows an ear's headlines above the paper's name (its romanised name closed up beside it:
        // 解放军报JIEFANGJUNBAO); pdftotext gives the issue's lines after the first headline and a row of text.
        for (String[] page : List.of(new String[] {"jfjb-2024-01-04-p01-head.layout.txt", "2024-01-04", "24100", "8"},
                new String[] {"jfjb-2025-06-09-p01-head.pdftotext.txt", "2025-06-09", "24622", "8"},
                // The name over its romanised name with no field near; the issue's lines far down the page.
                new String[] {"jfjb-2025-01-03-p01.pdftotext.txt", "2025-01-03", "24465", "9"},
                new String[] {"jfjb-2025-01-07-p01.pdftotext.txt", "2025-01-07", "24469", "10"})) {
            byte[] bytes = Fixtures.resource("/converted/" + page[0]);
            Edition edition = Fixtures.parse(page[0], bytes);
            assertThat(edition.title()).as(page[0]).isEqualTo("解放军报");
            assertThat(edition.date()).as(page[0]).isEqualTo(java.time.LocalDate.parse(page[1]));
            assertThat(edition.masthead().issueNumber()).as(page[0]).isEqualTo(Integer.parseInt(page[2]));
            assertThat(edition.masthead().pageCount()).as(page[0]).isEqualTo(Integer.parseInt(page[3]));
            assertThat(edition.masthead().serial()).as(page[0]).isEqualTo("CN 81-0001/(J)");
        }
    }

    @Test
    void aPhotosCaptionBetweenACommentarysBylineAndItsTextIsThePhotos() throws Exception {
        // pdftotext gives a photo set beside a commentary's head between its byline and its text:
        // 烟台拥军优属工作再上 / 新台阶 / ■于宇航 / 12月30日，沈阳举行军营开放日活动，群众参观装备展示。 / 付雨桐摄 / 前人栽树…
        byte[] bytes = Fixtures.resource("/converted/jfjb-2024-01-01-p04.pdftotext.txt");
        List<Item> items = Fixtures.parse("jfjb-2024-01-01-p04.txt", bytes).pages().get(0).items();
        assertThat(items).filteredOn(item -> "付雨桐".equals(item.credit())).singleElement()
                .satisfies(photo -> assertThat(photo.caption()).isEqualTo("12月30日，沈阳举行军营开放日活动，群众参观装备展示。"));
        assertThat(items).filteredOn(item -> "烟台拥军优属工作再上新台阶".equals(item.headline())).singleElement()
                .satisfies(comment -> {
                    assertThat(comment.kind()).isEqualTo(ItemKind.COMMENTARY);
                    assertThat(comment.authors()).containsExactly("于宇航");
                    assertThat(Section.text(comment.sections())).startsWith("前人栽树").doesNotContain("沈阳");
                });
    }

    @Test
    void aCaptionWiderThanTheColumnsEndsOnItsShortLastLine() {
        // mutool: a photo's caption across two columns under a report's last column; its last line is short.
        String page = String.join("\n\n", "新疆军区某边防团开展训练", "本报记者 李小四", "人民群众对美好生活的", "向往。演练中，导演部",
                "临机设置“敌”火力袭", "扰、通信中断等42个特", "情，全程检验指挥员临", "机处置能力。新疆军区", "某边防团组织干部骨干",
                "赴天津参观见学，学习", "兄弟单位的先进经验和", "做法。", "12月29日，郑州举行军营开放日活动，群众参观装备展", "示。",
                "程立新摄");
        List<Item> items = items(page);
        assertThat(items).filteredOn(item -> item.kind() == ItemKind.PHOTO).singleElement()
                .satisfies(photo -> assertThat(photo.caption()).isEqualTo("12月29日，郑州举行军营开放日活动，群众参观装备展示。"));
        assertThat(items).filteredOn(item -> item.kind() == ItemKind.ARTICLE).singleElement()
                .satisfies(report -> assertThat(Section.text(report.sections())).doesNotContain("郑州"));
    }

    @Test
    void aLineInsideABlockOnAPageWhoseBlocksOpenAtParagraphsGoesOn() {
        // mutool opens a block at each paragraph here (every short last line has a blank line after it). A full
        // line ending its sentence is followed, inside its block, by a line that measures an indent short (a Latin
        // word and a quote set narrow): that line goes on, it opens no paragraph.
        Item item = onlyItem("打通最后一公里", "本报记者 李小四",
                "训练场上多，流汗战场上才\n能少流血这是，被实践反复证明\n了的真理守。",
                "正创新既要，传承好优良传\n统又要勇于打，破思维定势练兵\n备战功在平。",
                "时难在坚持，官兵是强军兴\n军的主体必须，充分调动官兵积\n极性主动性。",
                "又要勇于打，破思维定势练\n兵备战功在平，时难在坚持官。\n“我们用上了APP预约，办\n事不用再跑腿了。”市民说。",
                "创造性创新，是引领发展的\n第一动力也是，提升战斗力的关\n键所在战斗。",
                "精神是军队，的魂是克敌制\n胜的重要法宝，训练场上多流汗\n战场上才能。",
                "少流血这是，被实践反复证\n明了的真理守，正创新既要传承\n好优良传统。");
        assertThat(item.sections().get(0).paragraphs()).hasSize(7).element(3).asString()
                .isEqualTo("又要勇于打，破思维定势练兵备战功在平，时难在坚持官。“我们用上了APP预约，办事不用再跑腿了。”市民说。");
    }

    @Test
    void aQuotationOpenedOnAShortLineGoesOnOntoTheNext() {
        // mutool: 维。” may not be parted, so the first line's next line stops short too; the quote is not closed.
        Item item = onlyItem("打通最后一公里", "本报记者 李小四", "在北京某医院，南部", "战区海军某驱逐舰支队派",
                "出的医疗队已连续工作28", "天，累计救治患者300人", "次。夏日，南部战区海军", "某驱逐舰支队开展海上训",
                "练，检验部队在复杂海况", "下的作战能力。", "“这次经历让我真正", "明白了什么是打仗思", "维。”朱艳感慨地说。清",
                "晨六点，北京某港口，7艘", "舰艇依次解缆起航，奔赴", "任务海域。");
        assertThat(item.sections().get(0).paragraphs())
                .hasSize(2).last().asString().startsWith("“这次经历让我真正明白了什么是打仗思维。”朱艳感慨地说。");
    }

    @Test
    void aDatelineOnALineOfItsOwnOpensTheFirstParagraph() {
        // The dateline filled the indented first line; it is no headline, and its paragraph runs on.
        List<Item> items = items("""
                春运首日全国发送旅客一亿人次
                本报北京2月5日电
                记者从交通运输部获悉，春
                运首日全国铁路公路水路民
                航共发送旅客一亿多人次。
                """);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).headline()).isEqualTo("春运首日全国发送旅客一亿人次");
        assertThat(items.get(0).dateline().place()).isEqualTo("北京");
        assertThat(items.get(0).sections().get(0).paragraphs()).hasSize(1);
    }

    @Test
    void aHeadlineBrokenOverTwoLinesIsOneHeadline() {
        // A headline wider than its box goes on in a second line: a few characters, or the rest of a title mark.
        String body = PDFTOTEXT_REPORT.substring(PDFTOTEXT_REPORT.indexOf('\n') + 1);
        List<Item> items = items("成都新能源汽车产量同比增\n\n长7.1%\n\n" + body
                + "\n《海军航空大学某团英模事迹\n\n选编》出版发行\n\n" + body);
        assertThat(items).extracting(Item::headline)
                .containsExactly("成都新能源汽车产量同比增长7.1%", "《海军航空大学某团英模事迹选编》出版发行");
    }

    @Test
    void thePageRunningHeadDoesNotRunOnIntoTheHeadlineUnderIt() {
        // mutool: the running head, about as wide as a column's line and ending no sentence, over the page's first
        // headline, an editor's note under it; the head is read, the headline stays the item's.
        String body = PDFTOTEXT_REPORT.substring(PDFTOTEXT_REPORT.indexOf('\n') + 1).replace("本报北京2月5日电 记者", "编者按：据记者");
        Edition edition = parse("5\n国际\n解放军报 2025年6月3日 星期二\n\n全国民航航班正常率达12.4%\n\n" + body);
        assertThat(edition.pages().get(0).name()).isEqualTo("国际");
        assertThat(edition.pages().get(0).items()).first().extracting(Item::headline).isEqualTo("全国民航航班正常率达12.4%");
    }

    @Test
    void aHeadlineBrokenInsideAPhraseGoesOnUnderItsColumnLabel() {
        // mutool: a commentary's two-phrase headline wrapped in a narrow column, the first phrase broken before its
        // last character (赋 / 能) and the lower line's block broken again; the label 记者手记 is its kicker.
        String body = PDFTOTEXT_REPORT.substring(PDFTOTEXT_REPORT.indexOf('\n') + 1);
        assertThat(items("记者手记\n\n强化科技赋\n能 推进训练\n\n转型\n\n" + body)).extracting(Item::kicker, Item::headline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("记者手记", "强化科技赋能 推进训练转型"));
        // A word across the break (结 / 构), the lower line the wider: no headline of its own, nor one under a kicker.
        assertThat(items("推动外贸结\n\n构持续优化升级\n\n" + body)).extracting(Item::kicker, Item::headline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "推动外贸结构持续优化升级"));
    }

    @Test
    void aHeadlineWrappedInANarrowColumnFillsItsFirstLine() {
        // mutool: a brief's headline, too long for its column, in two blocks; the halves share no words, and the
        // first is the wider (a kicker is set shorter than its headline).
        String body = PDFTOTEXT_REPORT.substring(PDFTOTEXT_REPORT.indexOf('\n') + 1);
        assertThat(items("长春拥军优属工作\n\n再上新台阶\n\n" + body)).extracting(Item::kicker, Item::headline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "长春拥军优属工作再上新台阶"));
        // A headline naming its place before a colon and a quote is a headline, however its line breaks.
        assertThat(items("酒泉：“5G+工业互联网”\n\n赋能制造业升级\n\n" + body)).extracting(Item::headline)
                .containsExactly("酒泉：“5G+工业互联网”赋能制造业升级");
        // Two matched phrases (a character apart at most) are the kicker, no first line of the headline, nor is a
        // dateline a headline's rest.
        assertThat(items("奋进新征程 建功新时代\n\n强军路上谱新篇\n\n" + body)).extracting(Item::kicker, Item::headline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("奋进新征程 建功新时代", "强军路上谱新篇"));
        assertThat(items("践行强军目标 建功新时代\n\n为官兵办实事解难题\n\n" + body)).extracting(Item::kicker, Item::headline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("践行强军目标 建功新时代", "为官兵办实事解难题"));
        assertThat(body).startsWith("本报北京2月5日电 记者\n");
        assertThat(items("铁血担当书写忠诚答卷\n\n" + body)).extracting(Item::headline)
                .containsExactly("铁血担当书写忠诚答卷");
    }

    @Test
    void aSpeechsDateAndSpeakerOnLinesOfTheirOwn() {
        // Converters give the date under a speech's headline and the speaker's name a line each.
        List<Item> items = items(String.join("\n\n", "在专题研讨班开班式上的讲话", "（2023年12月6日）", "胡浩然", "同志们，朋友们！",
                "要坚持问题导向，聚焦重点难点，拿出过硬", "措施，确保取得实效。新时代新征程，我们要以", "更加昂扬的精神状态，奋力谱写新的篇章。"));
        assertThat(items).extracting(Item::headline, Item::subtitle, Item::authors).containsExactly(org.assertj.core.groups.Tuple
                .tuple("在专题研讨班开班式上的讲话", "（2023年12月6日）", List.of("胡浩然")));
    }

    @Test
    void aBoxedNotesLabelUnderAReportHeadsAnItemOfItsOwn() {
        // mutool: the note set in a box beside the report follows its last line; its label reads like a subhead.
        List<Item> items = items(String.join("\n\n", "军地携手护航发展", "本报记者 李小四", "本报青岛6月1日电 仲夏",
                "时节，程静赴青岛出席相", "关活动，并同与会代表分", "别举行座谈。南京市民说：", "“看到子弟兵来了，我们心", "里就踏实了。”",
                "延伸阅读", "青岛大力推进“互联网+政", "务服务”，16.7%的事项实", "现“一网通办”。"));
        assertThat(items).extracting(Item::headline).containsExactly("军地携手护航发展", "延伸阅读");
        assertThat(items.get(0).bodyText().strip()).endsWith("我们心里就踏实了。”");
        assertThat(items.get(1).bodyText()).startsWith("青岛大力推进");
    }

    @Test
    void aSpeechUnderAReportOpensAnItemOfItsOwn() {
        // mutool: the speech's headline, short as a subhead, stands under the report above it; its date says what it is.
        List<Item> items = items(String.join("\n\n", "军地携手护航发展", "本报记者 李小四", "本报长春3月6日电 仲夏",
                "时节，程静赴长春出席相", "关活动，并同与会代表分", "别举行座谈。经过36个昼", "夜的连续奋战，抢险官兵",
                "打通道路8公里，转移安", "置群众3890余人。", "在座谈会上的讲话", "（2025年2月6日）", "余立新",
                "同志们，朋友们！", "今天，我们在这里召开座", "谈会，主要目的是总结经", "验、分析形势、部署任务。"));
        assertThat(items).extracting(Item::headline, Item::subtitle, Item::authors).containsExactly(
                org.assertj.core.groups.Tuple.tuple("军地携手护航发展", null, List.of("李小四")),
                org.assertj.core.groups.Tuple.tuple("在座谈会上的讲话", "（2025年2月6日）", List.of("余立新")));
    }

    @Test
    void aSpeakersNameUnderTheDateOfASpeechInANarrowColumnIsNoFirstLine() {
        // mutool: a speech set in a column eight characters wide, its first lines a block each, so that the speaker's
        // name under its date is as short as a paragraph's indented first line over a full one.
        List<Item> items = items(String.join("\n\n", "解放军报 2024年1月8日 星期一", "在座谈会上的讲话", "（2023年12月29日）",
                "黎长城", "同志们，朋友", "们！", "今天，我们在", "这里召开座谈会，\n主要目的是总结经\n验、分析形势、部\n署任务。这些成绩"
                        + "\n的取得，凝聚着广\n大干部群众的智慧\n和汗水。要坚持问\n题导向，聚焦重点\n难点，拿出过硬措\n施，确保取得实\n效。"));
        assertThat(items).extracting(Item::headline, Item::authors).containsExactly(
                org.assertj.core.groups.Tuple.tuple("在座谈会上的讲话", List.of("黎长城")));
        assertThat(items.get(0).bodyText()).startsWith("同志们，朋友们！");
    }

    @Test
    void aCaptionWiderThanItsColumnRunsOntoItsLastWordsOverItsCredit() {
        // mutool: a photo's caption set across the photo, wider than the columns, bare of marks on its first line; its
        // last words end the sentence on the next, with the credit there or on a line of its own.
        for (String end : List.of("上空。 马嘉欣摄", "上空。\n\n本报记者 马嘉欣摄")) {
            List<Item> items = items(String.join("\n\n", "练兵场上砺精兵", "本报记者 李小四",
                    "本报郑州6月1日电 连云港市民袁\n洋说：“看到子弟兵\n来了，我们心里就踏", "实了。”",
                    "南部战区海军某驱逐舰支队直升机编队飞越郑州", end, "坚定信心，勇毅前行", "■莫立新",
                    "从实战需要出发，从难从严训练，才能在关键时刻拉得出、上得去、打得赢。"));
            assertThat(items).extracting(Item::headline).containsExactly("练兵场上砺精兵", null, "坚定信心，勇毅前行");
            assertThat(items.get(1).caption()).isEqualTo("南部战区海军某驱逐舰支队直升机编队飞越郑州上空。");
        }
    }

    @Test
    void aSubheadInQuotesThatQuotesWordsInsideIsALineOfItsOwn() {
        // mutool, a narrow column, every line in a block of its own: a subhead set in quotes with quoted words inside
        // (“从“跟跑”到“领跑””), wrapped onto a second line, between two paragraphs.
        List<Item> items = items(String.join("\n\n", "练兵场上砺精兵", "本报记者 李小四", "本报合肥6月5日电 持续26天。截至目",
                "前，合肥已建成5G", "基站8420个，实现", "城区和重点乡镇全", "覆盖。", "“从“跟跑”到", "“领跑””", "“我认为，在",
                "诸多领域，特别是", "训练保障方面，我", "们有很多需要向兄", "弟单位学习的地方。”"));
        assertThat(Section.text(items.get(0).sections())).contains("全覆盖。\n“从“跟跑”到“领跑””\n“我认为，在诸多领域");
    }

    @Test
    void aShortHeadlineOverAnEditorsNoteOpensAnItemOfItsOwn() {
        // mutool: the headline, no wider than a subhead, stands under the report above it with no dateline or
        // byline under it; the editor's note (编者按) opening the text says a report begins there.
        String report = String.join("\n\n", "军地携手护航发展", "本报记者 李小四", "青岛海关关长戴伟说，作",
                String.join("\n", "为向西开放的重要窗口，今年", "以来口岸进口农产品数量上升", "尤为明显，包括粮食、亚麻",
                        "籽、葡萄干、蜂蜜等。在青岛", "的一家智能工厂里，AI质检系", "统每分钟可检测产品5件，准",
                        "确率达17.2%。各方一致认", "为，保持富有成效的全方位合", "作，符合各方的根本利益。"));
        String next = String.join("\n\n", "编者按：打仗能力不是天", String.join("\n", "上掉下来的，而是在一次次摔",
                "打磨砺中练出来的。历史告诉", "我们，落后就要挨打，发展才", "能自强。作风过硬，队伍才能",
                "过硬；作风松散，战斗力就会", "打折扣。"), "今年以来，石家庄累计发", String.join("\n",
                "放各类优待金1320万元，为", "18户军属家庭解决了后顾之", "忧。会议要求，各级要压实责", "任，细化措施，确保各项工作",
                "落地见效。"));
        List<Item> items = items(String.join("\n\n", report, "让创新活力在基层充分涌流", next));
        assertThat(items).extracting(Item::headline).containsExactly("军地携手护航发展", "让创新活力在基层充分涌流");
        assertThat(items.get(1).bodyText()).startsWith("编者按：打仗能力");
    }

    @Test
    void aSpeechsDateAsWideAsTheColumnIsNoLineOfItsHeadline() {
        // mutool: in a column ten characters wide the headline and the date under it measure full lines.
        List<Item> items = items(String.join("\n\n", "在表彰大会上的讲话", "（2025年5月26日）", "白建军", "同志们，朋友们！",
                "这些成绩的取得，凝", "聚着广大干部群众的智慧", "和汗水。各级领导干部要", "带头学习、带头落实，以", "实际行动作出表率。同志",
                "们，朋友们！", "我们有理由相信，在", "这个干事创业的新时代，", "只要不断提升能力素质，", "一门心思干好工作，一定",
                "能实现自己的人生价值追", "求。练兵备战，功在平时，", "难在坚持。"));
        assertThat(items).extracting(Item::headline, Item::subtitle, Item::authors).containsExactly(org.assertj.core.groups.Tuple
                .tuple("在表彰大会上的讲话", "（2025年5月26日）", List.of("白建军")));
    }

    @Test
    void aDatelineOnALineOfItsOwnSetAsAHeadingOpensTheText() {
        // A laid-out page sets the dateline bold on a line of its own, which reaches the text stages as a heading.
        Edition edition = Fixtures.parse("test-p01.md", """
                ## 让创新活力在基层充分涌流

                ### 新华社南京12月31日电 （记者马博文）

                这次演习首次引入第三方评估，专家全程跟踪导调，确保考评结果客观公正。

                南京某高校国防教育中心主任表示，将继续深化与驻地部队的合作。
                """.getBytes(StandardCharsets.UTF_8));
        Item item = edition.pages().get(0).items().get(0);
        assertThat(item.authors()).containsExactly("马博文");
        assertThat(item.dateline().place()).isEqualTo("南京");
        assertThat(item.sections()).hasSize(1);
        assertThat(item.sections().get(0).heading()).isNull();
        assertThat(item.sections().get(0).paragraphs()).containsExactly(
                "新华社南京12月31日电 （记者马博文） 这次演习首次引入第三方评估，专家全程跟踪导调，确保考评结果客观公正。",
                "南京某高校国防教育中心主任表示，将继续深化与驻地部队的合作。");
    }

    @Test
    void aColumnLabelOverAHeadlineIsItsKickerAndMakesItCommentary() {
        // mutool: the label 短评 in a block of its own above the headline, which shares no words with it.
        String body = String.join("\n\n", "近年来，我军强力推进正风肃纪反腐，政治生态根本好", "转，新风正气不断上扬。这素质那素质，最重要的是与打赢",
                "有关的素质。", "我们有理由相信，在这个干事创业的新时代，只要不断", "提升能力素质，一门心思干好工作，一定能实现自己的人生",
                "价值。");
        List<Item> items = items("短评\n\n全国民航航班正常率达14.9%\n\n" + body);
        assertThat(items).extracting(Item::kicker, Item::headline, Item::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("短评", "全国民航航班正常率达14.9%",
                        org.masthead.model.ItemKind.COMMENTARY));
        // In a narrow box the headline wraps after a few characters: the label still stands apart from it.
        assertThat(items("记者手记\n\nCPI同比上\n\n涨15.8% 就\n\n业形势总体\n\n稳定\n\n" + body))
                .extracting(Item::kicker, Item::headline).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("记者手记", "CPI同比上涨15.8% 就业形势总体稳定"));
        // A short line above a headline that names no opinion form is its kicker too, but the item stays an article
        // (plain text has no heading levels to set it apart: aShorterHeadingLineOverAHeadlineIsItsKicker…).
        assertThat(items("要闻速览\n\n全国民航航班正常率达14.9%\n\n" + body)).extracting(Item::kicker, Item::headline, Item::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("要闻速览", "全国民航航班正常率达14.9%",
                        org.masthead.model.ItemKind.ARTICLE));
    }

    @Test
    void aColumnLabelUnderItsHeadlineLabelsItAllTheSame() {
        // A layout that sets the label under the headline (a box's head): the label, then the columnist's ■name.
        Edition edition = Fixtures.parse("test-p04.md", """
                ## 海上砺剑 劈波斩浪

                记者手记

                ■孙嘉欣

                这句话告诉我们，一个人只有坚持靠素质立身、凭实绩进步，才能让青春无悔、人生无愧。

                历史告诉我们，落后就要挨打，发展才能自强。
                """.getBytes(StandardCharsets.UTF_8));
        Item item = edition.pages().get(0).items().get(0);
        assertThat(item.kicker()).isEqualTo("记者手记");
        assertThat(item.authors()).containsExactly("孙嘉欣");
        assertThat(item.kind()).isEqualTo(org.masthead.model.ItemKind.COMMENTARY);
        assertThat(item.sections()).hasSize(1);
        assertThat(item.sections().get(0).paragraphs()).hasSize(2);
    }

    @Test
    void wordsQuotedOnTheLineAfterTheColonGoOnTheSameParagraph() {
        // 说： ends an indented first line (short, and it looks finished); the quote on the next line is its rest.
        List<Item> items = items(NARROW_REPORT + """
                发送旅客一亿多人次。
                一位旅客高兴地说：
                “今年买票方便多了，我们
                一家很快就到家了。”
                """);
        assertThat(items.get(0).sections().get(0).paragraphs()).containsExactly(
                "据交通运输部消息，春运首日全国铁路公路水路民航共发送旅客一亿多人次。",
                "一位旅客高兴地说：“今年买票方便多了，我们一家很快就到家了。”");
    }

    @Test
    void cleanTextWithAParagraphPerLineIsNotRewrapped() {
        List<String> lines = List.of("本报讯 某旅近日组织跨昼夜实兵对抗演练，检验部队在复杂条件下的作战能力。",
                "演练中，导演部临机设置多个特情，全程考验官兵的应变能力。", "演练结束后，某旅组织复盘检讨，梳理出多条经验教训。",
                "连日来，各地抓住有利时机开展春耕生产，田间地头一派繁忙景象。");
        assertThat(PrintedLines.areWrapped(lines)).isFalse();
        assertThat(PrintedLines.areWrapped(LineSplitter.lines(PDFTOTEXT_REPORT))).isTrue();
    }

    @Test
    void paddedNamesInBylinesAndEditorLines() {
        // Kind 11: converters turn the ideographic spaces that pad two-character names into plain spaces.
        assertThat(Segments.byline("本报记者 王 五  李小四")).containsExactly("王五", "李小四");
        assertThat(Segments.byline("本报记者　王　五　　李小四")).containsExactly("王五", "李小四");
        assertThat(Segments.byline("本报记者 王 五 李 四")).containsExactly("王五", "李四");
        assertThat(Segments.credit("本报记者 赵 六摄")).isEqualTo("赵六");
        Edition edition = parse(PDFTOTEXT_REPORT.replace("本报北京2月5日电", "本报记者　王　五　　李小四\n本报北京2月5日电")
                + "责任编辑：段　晓　宋小明　　美术编辑：孙　琳\n");
        Item report = edition.pages().get(0).items().get(0);
        assertThat(report.headline()).isEqualTo("春运首日全国发送旅客1.43亿人次");
        assertThat(report.kicker()).isNull();
        assertThat(report.authors()).containsExactly("王五", "李小四");
        assertThat(edition.pages().get(0).editors()).containsExactly("段晓", "宋小明");
    }

    @Test
    void anEditorsLineCutAtItsWideSpacesKeepsItsPaddedNames() {
        // pdftotext cuts a page's foot line at the wide spaces between its names (责任编辑：胡春生　　龙　敏　　任兴华),
        // each name a block of its own; a padded name (龙 敏) is a name still, no headline of an item.
        for (String padded : List.of("龙 敏", "龙　敏")) {
            Edition edition = parse(PDFTOTEXT_REPORT + "\n责任编辑：胡春生\n\n" + padded + "\n\n任兴华\n");
            Page page = edition.pages().get(0);
            assertThat(page.editors()).as(padded).containsExactly("胡春生", "龙敏", "任兴华");
            assertThat(page.items()).as(padded).extracting(Item::headline)
                    .containsExactly("春运首日全国发送旅客1.43亿人次");
        }
    }

    @Test
    void jumpNotesBrokenOverLines() {
        // Kind 12: （下转 / 第二版） and （下转第四 / blank / 版）; the line above a jump note is text, not a headline.
        String page = PDFTOTEXT_REPORT.replace("票等服务措施。\n", "票等服务措施，旅客可通过\n网站购票\n（下转\n第二版）\n")
                + """
                冰雪旅游持续升温
                本报哈尔滨2月5日电 记者从
                黑龙江省文化和旅游厅获悉，
                春节假期以来，冰雪旅游持续
                升温，景区游客量同比增长。
                黑龙江省文化和旅游厅负责人
                介绍，全省将进一步完善冰雪
                旅游基础设施。（下转第四

                版）
                """;
        List<Item> items = items(page);
        assertThat(items).extracting(Item::headline).containsExactly("春运首日全国发送旅客1.43亿人次", "冰雪旅游持续升温");
        assertThat(items).extracting(Item::continuedOn).containsExactly(2, 4);
        assertThat(items.get(0).sections().get(0).paragraphs()).last()
                .isEqualTo("据介绍，今年春运期间铁路部门推出电子客票、候补购票等服务措施，旅客可通过网站购票");
        assertThat(items.get(1).sections().get(0).paragraphs()).last().asString().endsWith("旅游基础设施。");
    }

    @Test
    void mastheadWithPinyinLineAndLunarDateOnItsOwnLine() {
        // Kind 13: as mutool and pdftotext give a masthead: a line each, the pinyin line among them.
        Edition edition = parse("""
                人民日报

                RENMIN RIBAO

                2019年2月6日 星期三
                农历己亥年正月初二
                第25000号
                今日8版
                国内统一连续出版物号
                CN 11-0065
                代号1-1
                人民日报社出版

                春运首日全国发送旅客1.43亿人次

                本报北京2月5日电 春运首日，全国共发送旅客1.43亿人次，比去年同期增长2.7%。
                """);
        assertThat(edition.title()).isEqualTo("人民日报");
        assertThat(edition.date()).hasToString("2019-02-06");
        assertThat(edition.masthead().lunarDate()).isEqualTo("己亥年正月初二");
        assertThat(edition.masthead().serial()).isEqualTo("CN 11-0065");
        assertThat(edition.masthead().postalCode()).isEqualTo("1-1");
        assertThat(edition.masthead().publisher()).isEqualTo("人民日报社");
        assertThat(edition.pages().get(0).items()).extracting(Item::headline).containsExactly("春运首日全国发送旅客1.43亿人次");
    }

    /**
     * pdftotext -layout with gutters narrower than its word spacing: a full column line and the next column's
     * are a single space apart, however far right that column stands, so positions drift from row to row; only
     * after a short line (a paragraph's last) or before an indented first line does a column's text stand where
     * it was printed. The columns are read by the widths of full lines, placed by those that stand clear.
     */
    @Test
    void layoutColumnsWithNarrowGuttersAreCutWhereAFullLineEnds() {
        String layout = String.join("\n",
                "    据统计，全市今年新增       今年一季度，全市外贸   在长期实践中，部队探索形",
                "就业岗位五万余个，同比明 进出口总值同比增长，其中 成了一套行之有效的训练模",
                "显增长。             出口增速高于全国，贸易结 式，为战斗力生成提供了重",
                "    各方一致认为，要持续   构持续优化，重大项目接踵 要遵循。",
                "推进改革发展，让群众得到 落地，互联互通加快推进。             活动现场，官兵展示了",
                "更多实惠。                下一步将加快部署，推   擒敌拳和装备操作，赢得阵",
                "    会议要求，各级要压    动数字经济和实体经济深度 阵掌声。",
                "实责任，细化措施，确保各 融合，不断满足人民群众对             据悉，活动持续三天，",
                "项工作落地见效。         美好生活的向往。         吸引群众五千余人次。");
        assertThat(layoutLines(layout)).containsExactly(
                "据统计，全市今年新增", "就业岗位五万余个，同比明", "显增长。", "各方一致认为，要持续", "推进改革发展，让群众得到",
                "更多实惠。", "会议要求，各级要压", "实责任，细化措施，确保各", "项工作落地见效。",
                "今年一季度，全市外贸", "进出口总值同比增长，其中", "出口增速高于全国，贸易结", "构持续优化，重大项目接踵",
                "落地，互联互通加快推进。", "下一步将加快部署，推", "动数字经济和实体经济深度", "融合，不断满足人民群众对",
                "美好生活的向往。",
                "在长期实践中，部队探索形", "成了一套行之有效的训练模", "式，为战斗力生成提供了重", "要遵循。",
                "活动现场，官兵展示了", "擒敌拳和装备操作，赢得阵", "阵掌声。", "据悉，活动持续三天，", "吸引群众五千余人次。");
    }

    /**
     * pdftotext -layout keeps where each line starts, so a paragraph's first line stands an indent right of its
     * column: the column stage marks it, and the paragraph rebuilding ends the paragraph above there, however full
     * the lines read. A wide commentary's paragraph that filled its first line to a sentence's end reads, by width
     * alone, as running on into the next paragraph's first line.
     */
    @Test
    void anIndentThatLayoutTextKeepsOpensAParagraph() {
        // Two columns, the second starting at position 22 (pdftotext counts a CJK character as one position).
        String layout = String.join("\n", Arrays.stream(new String[][] {
                {"    据统计，全市今年新增就", "会议要求，各级要压实责任，"},
                {"业岗位五万余个，同比明显增", "细化措施，确保落地见效。"},
                {"长。", "    今年一季度，全市外贸进"},
                {"    各方一致认为，要持续推", "出口总值同比增长，贸易结构"},
                {"进改革发展，让群众得到更多", "持续优化。"},
                {"实惠。", "    据悉，活动持续三天，吸"},
                {"    下一步将加快部署，推动", "引群众五千余人次。"}})
                .map(row -> String.format(java.util.Locale.ROOT, "%-22s%s", row[0], row[1])).toList());
        List<String> lines = LayoutColumns.split(layout).lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).filteredOn(line -> line.startsWith(PrintedLines.INDENTED)).extracting(String::strip)
                .containsExactly("据统计，全市今年新增就", "各方一致认为，要持续推", "下一步将加快部署，推动",
                        "今年一季度，全市外贸进", "据悉，活动持续三天，吸");
        String commentary = String.join("\n", "记者手记", "阿拉山口退役军人就业服务持续升温", "■张振江",
                PrintedLines.INDENTED + "近年来，我军强力推进正风肃纪反腐，政治生态根本好转，新风正气不断上扬。安全是战斗力，安全工作必须警钟"
                        + "长鸣、常抓不懈。艰苦奋斗是我们的传家宝，什么时候都不能丢。作风建设永远在路上，只有",
                "进行时，没有完成时。",
                PrintedLines.INDENTED + "作风过硬，队伍才能过硬；作风松散，战斗力就会打折扣。练兵备战，功在平时，难在坚持。",
                PrintedLines.INDENTED + "事业兴衰，唯在用人；用人之要，重在导向。改革越是深入，越要注重协同，越要抓好落实。守正创新，既要传承"
                        + "好优良传统，又要勇于打破思维定势。思想是行动的先导，思想上的滑坡是最危险的滑坡。",
                PrintedLines.INDENTED + "创新是引领发展的第一动力，也是提升战斗力的关键所在。从实战需要出发，从难从严训练，才能在关键时刻拉得"
                        + "出、上得去、打得赢。",
                "责任编辑：余俊杰");
        assertThat(PrintedLines.rebuild(commentary).lines()).filteredOn(line -> line.length() > 40)
                .extracting(line -> line.substring(0, 4)).containsExactly("近年来，", "作风过硬", "事业兴衰", "创新是引");
    }

    /**
     * Items set side by side under a row of their headlines, a blank line between: pdftotext -layout gives the row
     * before all their text, and each head goes over the columns it stands over (the subtitle under its headline,
     * however far right it starts), so that each item's text follows its own headline.
     */
    @Test
    void aRowOfHeadlinesOverItemsSideBySideGoesOverEachItemsColumns() {
        String layout = String.join("\n",
                "2024年1月2日 星期二                                        第2版",
                "",
                "     全国民航航班正常率达3.9%                中国—东盟合作迈上新台阶",
                "                                          ——乌鲁木齐军地协作纪实",
                "",
                "  作风过硬，队伍才能     只有这样，才能提高素        新华社乌鲁木齐1月1日电      前往机场途中，驻地群",
                "过硬；作风松散，战斗      质本领、取得过硬实绩        专家认为，随着一系列        众和学生代表在道路两",
                "力就会打折扣。         ，个人进步也就有了可        政策落地见效，经济回        旁挥舞国旗，热烈祝贺",
                "  抓落实，既要有钉      靠的依据。             升向好的基础将进一步        此次活动圆满成功。",
                "钉子的韧劲，也要有啃        改革越是深入，越        巩固。通过多年来共同          记者在某部采访时",
                "骨头的狠劲。          要注重协同。            努力，机制快速发展。        看到，营区整洁有序。");
        List<String> lines = layoutLines(layout).toList();
        assertThat(lines.subList(1, 3)).containsExactly("全国民航航班正常率达3.9%", "作风过硬，队伍才能");
        assertThat(lines.subList(14, 17)).containsExactly("中国—东盟合作迈上新台阶", "——乌鲁木齐军地协作纪实",
                "新华社乌鲁木齐1月1日电");
        List<Item> items = items(layout);
        assertThat(items).extracting(Item::headline).containsExactly("全国民航航班正常率达3.9%", "中国—东盟合作迈上新台阶");
        assertThat(items.get(0).sections().get(0).paragraphs().get(0)).startsWith("作风过硬");
        assertThat(items.get(1).subtitle()).isEqualTo("乌鲁木齐军地协作纪实");
        assertThat(items.get(1).dateline()).isNotNull();
    }

    /**
     * A row of headlines that text under a blank line went on from is no row of heads any more: the band under the
     * text takes none of it, and no line is lost.
     */
    @Test
    void aRowOfHeadsThatTextWentOnFromKeepsThatText() {
        String layout = String.join("\n",
                "2024年1月2日 星期二                                        第2版",
                "",
                "     全国民航航班正常率达3.9%                中国—东盟合作迈上新台阶",
                "",
                "据介绍，全国民航保障航班八千余架次。",
                "",
                "  作风过硬，队伍才能     只有这样，才能提高素        新华社乌鲁木齐1月1日电      前往机场途中，驻地群",
                "过硬；作风松散，战斗      质本领、取得过硬实绩        专家认为，随着一系列        众和学生代表在道路两",
                "力就会打折扣。         ，个人进步也就有了可        政策落地见效，经济回        旁挥舞国旗，热烈祝贺",
                "  抓落实，既要有钉      靠的依据。             升向好的基础将进一步        此次活动圆满成功。");
        assertThat(LayoutColumns.split(layout)).contains("据介绍，全国民航保障航班八千余架次。", "全国民航航班正常率达3.9%");
    }

    /**
     * A short headline centred over its columns starts over the second: it goes over the first, since the column
     * under its start goes on mid-sentence from the one on its left; its signature, a line under it, goes with it.
     */
    @Test
    void aHeadlineCentredOverItsColumnsGoesOverTheFirstOfThem() {
        String layout = String.join("\n",
                "2025年1月4日 星期六                                        第1版",
                "",
                " 纪念抗日战争胜利八十周年                      练兵场上砺精兵",
                "      特刊                                        ■陆永胜",
                "",
                "（第三版）               历史告诉我们，落后就      立身、凭实绩进步成为        核心的是与打赢相关的",
                "                  要挨打，发展才能自强。       广大官兵的普遍共识。        实绩。细节决定成败。",
                "                  用人的标准越来越明确，         这素质那素质，最重         平时多一分准备，战",
                "                  程序越来越透明、实绩        要的是与打赢有关的素        时就多一分胜算。",
                "                  占比越来越大，靠素质        质；这实绩那实绩，最");
        List<String> lines = layoutLines(layout).toList();
        assertThat(lines.subList(1, 4)).containsExactly("纪念抗日战争胜利八十周年", "特刊", "（第三版）");
        assertThat(lines.subList(4, 7)).containsExactly("练兵场上砺精兵", "■陆永胜", "历史告诉我们，落后就");
    }

    /**
     * pdftotext -layout sets the space between a headline's two phrases as wide as the headline's type prints it,
     * several positions: the second phrase, standing over the next column, is no line of that column.
     */
    @Test
    void aHeadlinesTwoPhrasesSetApartByItsWideSpaceAreOneHead() {
        String layout = String.join("\n",
                "        海上砺剑          劈波斩浪",
                "  作风过硬，队伍才能         只有这样，才能提高素",
                "过硬；作风松散，战斗          质本领、取得过硬实绩",
                "力就会打折扣。             ，个人进步也就有了可",
                "  抓落实，既要有钉          靠的依据。");
        assertThat(layoutLines(layout).limit(2))
                .containsExactly("海上砺剑 劈波斩浪", "作风过硬，队伍才能");
    }

    /** A byline over the columns whose padded names pdftotext -layout set apart is a head of the band all the same. */
    @Test
    void aBylineWithItsNamesSetApartStandsOverTheColumnsItHeads() {
        String layout = String.join("\n",
                "                    ——海口推进双拥共建工作综述",
                "                        本报记者 钱春生            王新华",
                "    今年以来，海口累计开行               讲解员王新华深情讲述了",
                "中欧班列2690列，同比增长             革命先辈的英勇事迹，官兵们",
                "4.5%。海口新能源汽车保有量           深受感动。东部战区陆军某合",
                "突破3.81万辆，充电桩数量达到         成营所属某连指导员告诉记者，",
                "170个。                       连队把思想工作做到训练场上。");
        assertThat(layoutLines(layout).limit(3)).containsExactly(
                "——海口推进双拥共建工作综述", "本报记者 钱春生 王新华", "今年以来，海口累计开行");
    }

    /**
     * A headline that pdftotext -layout rowed with the byline beside it, the byline's names set apart, is a head of
     * the band: it stands over the item's first column, not over the column its centre reached.
     */
    @Test
    void aHeadlineRowedWithItsBylineStandsOverTheFirstColumn() {
        String layout = String.join("\n",
                "                        把论文写在战位上■本报记者     方秀英       宋   洋",
                "    12月29日，第52届军营开          获奖，41人被评为“优秀士官",
                "放日活动在乌鲁木齐举行，             人才”。返航途中，编队还组",
                "8400余名群众走进军营，近距           织了损管、救生等多个课目训",
                "离感受官兵训练生活。                 练。乌鲁木齐某海域，海军陆");
        assertThat(layoutLines(layout).limit(3)).containsExactly(
                "把论文写在战位上", "■本报记者 方秀英 宋 洋", "12月29日，第52届军营开");
    }

    /**
     * A brief (a headline over one 本报讯 paragraph) has no sections: a bare heading under it is the headline of the
     * next item, a commentary that opens with no dateline, not a section heading of the brief.
     */
    @Test
    void aHeadingUnderABriefHeadsAnItemOfItsOwn() {
        List<Item> items = items("""
                全国民航航班正常率达1.6%

                本报讯 6月2日，杭州退役军人事务局组织专场招聘会，提供就业岗位4000余个。新兵代表高雨桐表示，将牢记入伍初心，在军营中淬炼成长。

                在大连看强军新风

                国家统计局6月2日发布数据，前6个月全国规模以上工业增加值同比增长9.9%，比上月加快71.68个百分点。
                """);
        assertThat(items).extracting(Item::headline).containsExactly("全国民航航班正常率达1.6%", "在大连看强军新风");
        assertThat(items.get(1).sections().get(0).paragraphs()).hasSize(1);
    }

    /** A report opened by 本报讯 that runs longer than a brief may go on under a bare subhead: a section of its own. */
    @Test
    void aHeadingUnderALongReportOpenedBy本报讯IsItsSection() {
        String lead = "本报讯 " + "近日，某部组织官兵开展实战化训练，检验部队快速反应能力，各参训单位按照实战要求展开行动，取得良好效果。".repeat(7);
        List<Item> items = items("全国民航航班正常率达1.6%\n\n" + lead + "\n\n聚焦实战练硬功\n\n"
                + "国家统计局6月2日发布数据，前6个月全国规模以上工业增加值同比增长9.9%，比上月加快71.68个百分点。\n");
        assertThat(items).extracting(Item::headline).containsExactly("全国民航航班正常率达1.6%");
        assertThat(items.get(0).sections()).extracting(Section::heading).containsExactly(null, "聚焦实战练硬功");
    }

    @Test
    void layoutColumnsAreSplitAtTheirGutters() {
        // Kind 15: pdftotext -layout sets columns side by side; a narrow gutter may shrink to one space, and a
        // headline over both columns has a space of its own that is no gutter.
        String layout = String.join("\n",
                "            全国铁路春运首日发送旅客1093.5万人次",
                "    本报北京2月5日电 记者             为保障旅客平安有序出 在部分车站刷身份证即可进站",
                "从交通运输部获悉：春运首             行，铁路部门实行新的列车运 乘车。中国国家铁路集团有限",
                "日，全国铁路、公路、水路、            行图，增开旅客列车，并在北 公司有关负责人表示，铁路部",
                "民航共发送旅客1.43亿人次，          京、上海、广州等地的主要客 门将全力以赴做好春运工作，",
                "比去年同期增长2.7%。其中，          站增设售票窗口和自动售票   确保旅客走得了、走得好。",
                "铁路发送旅客1093.5万人次，         机。各地客站普遍延长售票时",
                "增长8.6%。                  间，方便旅客购票乘车。");
        assertThat(LayoutColumns.split(layout).strip().split("\n")).containsExactly(
                "全国铁路春运首日发送旅客1093.5万人次", "本报北京2月5日电 记者", "从交通运输部获悉：春运首",
                "日，全国铁路、公路、水路、", "民航共发送旅客1.43亿人次，", "比去年同期增长2.7%。其中，",
                "铁路发送旅客1093.5万人次，", "增长8.6%。", "",
                "为保障旅客平安有序出", "行，铁路部门实行新的列车运", "行图，增开旅客列车，并在北", "京、上海、广州等地的主要客",
                "站增设售票窗口和自动售票", "机。各地客站普遍延长售票时", "间，方便旅客购票乘车。", "",
                "在部分车站刷身份证即可进站", "乘车。中国国家铁路集团有限", "公司有关负责人表示，铁路部", "门将全力以赴做好春运工作，",
                "确保旅客走得了、走得好。");
        List<Item> items = items(layout);
        assertThat(items).hasSize(1);
        assertThat(items.get(0).sections().get(0).paragraphs()).hasSize(3);
        assertThat(LayoutColumns.isLayout(LineSplitter.rawLines(PDFTOTEXT_REPORT))).isFalse();
    }

    @Test
    void aHeadlineRowedUnderItsColumnsFirstLineStandsOverItInItsOwnColumn() {
        // pdftotext -layout rows a line by its top, and a headline in large type reaches above the first line of
        // text beside it: each headline comes a row under its column's first line. The right one starts in the
        // gutter and runs past the next column's start; the columns left of it held text the row before, so it
        // is no headline of theirs.
        String[] body = {"粮大户马磊指着手机上的监测", "画面说。“毫无疑问，这些机", "制将有助于扩大我们之间的务", "实合作。”"};
        List<String> rows = new ArrayList<>(List.of(
                placed(4, "（上接第一版）“过去种"),
                placed(24, "练兵场上砺精兵"),
                placed(28, "军某旅训练计划完成率提高", 57, "清晨六点，三亚某港口，", 87, "（上接第一版）湛江军分"),
                placed(111, "军地携手护航发展"),
                placed(115, "训练场灯火通明，一场夜间射")));
        for (String line : body) {
            rows.add(placed(0, line, 28, line, 57, line, 87, line, 115, line));
        }
        List<String> columns = Arrays.stream(LayoutColumns.split(String.join("\n", rows)).split("\n\n+"))
                .map(String::strip).toList();
        assertThat(columns).hasSize(5);
        assertThat(columns.get(0)).startsWith("练兵场上砺精兵\n（上接第一版）“过去种\n粮大户");
        assertThat(columns.get(3)).startsWith("军地携手护航发展\n（上接第一版）湛江军分\n粮大户");
        assertThat(columns.get(4)).startsWith("训练场灯火通明，一场夜间射\n粮大户");
    }

    /** A line of pdftotext -layout: each text at its character position. */
    private static String placed(Object... positionsAndTexts) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < positionsAndTexts.length; i += 2) {
            int gap = (Integer) positionsAndTexts[i] - line.length();
            line.append(" ".repeat(Math.max(i == 0 ? 0 : 1, gap))).append(positionsAndTexts[i + 1]);
        }
        return line.toString();
    }

    @Test
    void layoutColumnsGoOnUnderABlankLineAndAHeadlineStandsOverTheColumnUnderIt() {
        // Kind 15, as pdftotext -layout set a real page of the development corpus (cut to two columns): a blank
        // line where the left column's subhead shifts the baselines, which the right column reads on through;
        // a headline over both columns that pdftotext places by its larger characters' width, over the right
        // column; and a dateline whose single-space gutter draws the right column's text three places left.
        String layout = String.join("\n",
                "    （上接第一版）在上海港，自动化码头的桥",
                "                                           高原练兵 淬火成钢",
                "                            制将有助于扩大我们之间的务实合作。”",
                "吊正在有序作业，集装箱吞吐量同比增长1.2%。       北部战区空军某旅后勤部门为一线官兵配送",
                "会议指出，要坚持稳中求进工作总基调，完整准       防暑药品和饮品3890余份。上海市民秦思远说：",
                "确全面贯彻新发展理念。截至5月31日，上海累      “看到子弟兵来了，我们心里就踏实了。”",
                "计建成高标准农田68.77万亩。北部战区空军某       秦思远说：“守好祖国的每一寸土地，是我",
                "旅组织官兵走进上海的高新技术企业，参观人工       们的神圣职责。”“我们用上了APP预约，办事",
                "智能和5G应用成果展示。                不用再跑腿了。”上海市民秦思远说。国家统计",
                "",
                "●打通最后一公里                    局6月2日发布数据，前7个月全国规模以上工业",
                "                            增加值同比增长14.6%，比上月加快91.14个百分",
                "    据悉，这是该型装备列装以来首次在高原地",
                "                            点。郑浩然介绍，该系统投入使用后，数据处理",
                "",
                "",
                "                            北部战区海军某支队组织跨昼夜实兵对抗演练",
                "    新华社武汉6月3日电 北部战区海军某支队 真正明白了什么是打仗思维。”邓书豪感慨地",
                "卫生连军医邓书豪说，每一次出诊，都是对“人       说。在武汉，一批新建的营区文化设施陆续投入",
                "民军队为人民”的生动诠释。5月31日，第22届     使用，丰富了官兵的精神文化生活。“我坚信，",
                "军营开放日活动在武汉举行，110余名群众走进      这一机制将成为一个建设性、战略性协作关系的",
                "军营，近距离感受官兵训练生活。             生动典范。”活动现场，官兵展示了擒敌拳、战",
                "    武汉海关关长邓书豪说，作为向西开放的重     术动作和装备操作，赢得阵阵掌声。");
        assertThat(layoutLines(layout)).containsExactly(
                "（上接第一版）在上海港，自动化码头的桥", "吊正在有序作业，集装箱吞吐量同比增长1.2%。",
                "会议指出，要坚持稳中求进工作总基调，完整准", "确全面贯彻新发展理念。截至5月31日，上海累",
                "计建成高标准农田68.77万亩。北部战区空军某", "旅组织官兵走进上海的高新技术企业，参观人工",
                "智能和5G应用成果展示。", "●打通最后一公里", "据悉，这是该型装备列装以来首次在高原地",
                "高原练兵 淬火成钢", "制将有助于扩大我们之间的务实合作。”", "北部战区空军某旅后勤部门为一线官兵配送",
                "防暑药品和饮品3890余份。上海市民秦思远说：", "“看到子弟兵来了，我们心里就踏实了。”",
                "秦思远说：“守好祖国的每一寸土地，是我", "们的神圣职责。”“我们用上了APP预约，办事",
                "不用再跑腿了。”上海市民秦思远说。国家统计", "局6月2日发布数据，前7个月全国规模以上工业",
                "增加值同比增长14.6%，比上月加快91.14个百分", "点。郑浩然介绍，该系统投入使用后，数据处理",
                "北部战区海军某支队组织跨昼夜实兵对抗演练", "新华社武汉6月3日电 北部战区海军某支队",
                "卫生连军医邓书豪说，每一次出诊，都是对“人", "民军队为人民”的生动诠释。5月31日，第22届",
                "军营开放日活动在武汉举行，110余名群众走进", "军营，近距离感受官兵训练生活。",
                "武汉海关关长邓书豪说，作为向西开放的重", "真正明白了什么是打仗思维。”邓书豪感慨地",
                "说。在武汉，一批新建的营区文化设施陆续投入", "使用，丰富了官兵的精神文化生活。“我坚信，",
                "这一机制将成为一个建设性、战略性协作关系的", "生动典范。”活动现场，官兵展示了擒敌拳、战",
                "术动作和装备操作，赢得阵阵掌声。");
    }

    /**
     * A headline may hold a comma or end on a question mark; pdftotext -layout rows it with the signature or the
     * subtitle set at its end all the same. A sentence's first line with a comma is no such headline.
     */
    @Test
    void aLayoutHeadlineWithACommaRowedWithItsSignatureIsParted() {
        assertThat(LayoutColumns.headRows("强军路上，我们一起奋斗      ■戴强")).isEqualTo("强军路上，我们一起奋斗\n■戴强");
        assertThat(LayoutColumns.headRows("谁是最可爱的人？ ——武汉推进双拥共建工作综述"))
                .isEqualTo("谁是最可爱的人？\n——武汉推进双拥共建工作综述");
        for (String kept : List.of("今年以来，广州累计开行中欧班列 ■廖勇", "记者从有关部门获悉，今年 本报记者 王五",
                "强军路上，我们一起奋斗。 ■戴强")) {
            assertThat(LayoutColumns.headRows(kept)).as(kept).isEqualTo(kept);
        }
    }

    @Test
    void aLayoutHeadlineRowedWithItsBylineOrSubtitleIsParted() {
        // pdftotext -layout rows a headline's tall line with the smaller line set under it, at its end, with a
        // space or none; the headline keeps a dash of its own, and a byline's own role is never cut.
        assertThat(LayoutColumns.headRows("铁血担当书写忠诚答卷本报记者 廖利民")).isEqualTo("铁血担当书写忠诚答卷\n本报记者 廖利民");
        assertThat(LayoutColumns.headRows("出版发行   ■本报记者")).isEqualTo("出版发行\n■本报记者");
        // A commentary's signature close up against its headline.
        assertThat(LayoutColumns.headRows("全国民航航班正常率达3.9%■廖勇")).isEqualTo("全国民航航班正常率达3.9%\n■廖勇");
        assertThat(LayoutColumns.headRows("我国5G基站总数达71.24万个 ——东部战区陆军某合成营聚焦打赢"))
                .isEqualTo("我国5G基站总数达71.24万个\n——东部战区陆军某合成营聚焦打赢");
        for (String kept : List.of("本报记者 龙霞", "本报北京2月5日电 记者", "中国——东盟合作迈上新台阶", "在座谈会上的讲话 ——（2019年10月21日）",
                "●为伙伴关系开启新篇章", "■廖勇",
                "某旅营长王五告诉本报记者", "，连队把思想工作做到训练场 ——这是",
                // a dash with nothing after it (found by fuzzing: it cut the words after the dash, of which there were none)
                "铁血担当 --", "铁血担当 —— ")) {
            assertThat(LayoutColumns.headRows(kept)).as(kept).isEqualTo(kept);
        }
        String layout = String.join("\n",
                "                    高原练兵 淬火成钢本报记者 李红梅 通讯员 崔伟",
                "",
                "    本报北京1月1日电 连日来，某旅组       织官兵开展海上训练，检验部队在复",
                "杂海况下的作战能力。去年以来，该       旅先后有51人次在全军比武中获奖。",
                "    清晨六点，舰艇依次解缆起航，       夜幕降临，训练场灯火通明，一场夜",
                "奔赴任务海域。返航途中，编队还         间射击考核正在紧张进行。这是今年",
                "组织了损管、救生等多个课目训练。       该旅规模最大的一次综合演练。");
        Item report = onlyItem(layout);
        assertThat(report.headline()).isEqualTo("高原练兵 淬火成钢");
        assertThat(report.authors()).containsExactly("李红梅", "崔伟");
    }

    @Test
    void aLayoutHeadlineStandsOverItsReportNotOverAPhotosCaptionBesideIt() {
        // Kind 15: a headline at the top of a band whose first column is a photo's caption beside the report.
        String layout = String.join("\n",
                "                                        坚持以战领训 提升打赢能力",
                "                                  新华社连云港1月7日电 特别是28年前   党委把培养新型军事人才作为",
                "                              成功举办首次交流活动以来，机制建设四梁       重点工程，后选送52名骨干到",
                "                              八柱迅速成型，17个合作平台相继建立。从      院校深造。离开连云港时，当",
                "陆军工程大学某系直升机编队飞越长春上空。          数据看，居民消费价格指数同比上涨          地党政领导和驻地官兵代表到",
                "钟刚摄                           14.4%，核心CPI保持稳定。          机场送行。");
        assertThat(layoutLines(layout)).startsWith(
                "陆军工程大学某系直升机编队飞越长春上空。", "钟刚摄", "坚持以战领训 提升打赢能力",
                "新华社连云港1月7日电 特别是28年前", "成功举办首次交流活动以来，机制建设四梁");
    }

    /**
     * A three-column report as pdftotext (without -layout) gives it: the lines of neighbouring columns on one
     * baseline joined by a space where the gutter is narrow, and a row going on in a line of its own after a
     * paragraph's short last line or before an indented first line. The third column ends two rows early. One
     * line came out letter-spaced (justified), as pdftotext gives some: it is one column's line all the same.
     */
    private static final String PDFTOTEXT_ROWS = """
            全市就业形势稳中向好
            记者从有关部门获悉， 融合，让群众得到更多实惠 一千余名青年报名参军，其
            今年以来全市新增就业岗位 和便利。
            中大学生占比过半。
            五万余个，同比明显增长。
            今年一季度，全市外贸
            活动现场，官兵展示了
            各方一致认为，要持续推进 进出口总值同比增长，其中 战 术 动 作 和 装 备 操 作 ， 赢 得
            改革发展。
            出口增速高于全国，贸易结 阵阵掌声。
            下一步将加快部署，推 构持续优化。
            动数字经济和实体经济深度
            据统计，今年全市共有
            """;

    /**
     * A justified line that pdftotext gave letter-spaced keeps its figures whole (良 天 数 比 例 为 6.5% ，): it is
     * still one column's full line, and the columns beside it on its row are cut apart as on any other.
     */
    @Test
    void aSpacedLineHoldingAFigureIsOneColumnsLine() {
        String rows = """
                全市空气质量持续向好
                今年以来，全市空气质量优 组织专攻精练五十次，检验
                良 天 数 比 例 为 6.5% ， 了部队快速反应能力，演练
                较去年同期有明显提升，会 结束后部队组织复盘检讨，
                议要求各级要压实责任，细 梳理出多条经验教训，下一
                化措施，确保各项工作落实 步将持续深化军地合作，推
                见效。
                动发展。
                """;
        assertThat(InterleavedColumns.split(rows).strip().split("\n")).containsExactly(
                "全市空气质量持续向好",
                "今年以来，全市空气质量优", "良 天 数 比 例 为 6.5% ，", "较去年同期有明显提升，会", "议要求各级要压实责任，细",
                "化措施，确保各项工作落实", "见效。",
                "组织专攻精练五十次，检验", "了部队快速反应能力，演练", "结束后部队组织复盘检讨，", "梳理出多条经验教训，下一",
                "步将持续深化军地合作，推", "动发展。");
    }

    /**
     * pdftotext gives two columns set 1.6 lines apart a printed line at a time, in turn; one line it letter-spaced,
     * as justification stretched it around a figure. That line is a full line of its column like the others, so
     * the run is read column by column across it and it stays in its column.
     */
    @Test
    void aLetterSpacedLineInARunOfOneLineBlocksIsAFullLineOfItsColumn() {
        List<String> left = List.of("据统计，今年全市共有一千", "余名青年报名参军，其中大", "学生占比过半。双边贸易额",
                "实 现 17% 的 大 幅 增 长 ， 去 年", "达到五千亿元的历史新高。", "活动现场，官兵展示了战术",
                "动作和装备操作，赢得阵阵", "掌声。会议要求，各级要压", "实责任，细化措施，确保各", "项工作落地见效。");
        List<String> right = List.of("记者从有关部门获悉，今年", "以来全市新增就业岗位五万", "余个，同比明显增长。各方",
                "一致认为，要持续推进改革", "发展。下一步将加快部署，", "推动数字经济和实体经济深", "度融合，让群众得到更多实",
                "惠和便利。今年一季度，全", "市外贸进出口总值同比增长", "，贸易结构持续优化。");
        StringBuilder page = new StringBuilder();
        for (int i = 0; i < left.size(); i++) {
            page.append(left.get(i)).append("\n\n").append(right.get(i)).append("\n\n");
        }
        List<String> read = Arrays.stream(InterleavedColumns.split(page.toString()).split("\n"))
                .filter(line -> !line.isEmpty()).toList();
        List<String> columns = new ArrayList<>(left);
        columns.addAll(right);
        assertThat(read).containsExactlyElementsOf(columns);
    }

    /**
     * A generated page of six narrow columns as pdftotext gave it: the gutters are so narrow that an indented
     * first line joins the full lines beside it on its row, anywhere in the row (…的普 助精神。”钟新华… 合肥相关负责人表示，将持续
     * 练数据…). Cut there too, the columns read on, and the lead article's paragraphs come out whole.
     */
    @Test
    void anIndentedFirstLineJoinedInsideARowIsCutAtItsColumnsEdge() {
        List<String> paragraphs = convertedParagraphs("jfjb-2025-06-02-p03", "pdftotext");
        assertThat(paragraphs).containsSubsequence(
                "维护和平安宁是国际社会的普遍呼声，也是各方的共同愿望。梁丽在讲话中指出，在长期实践中，部队探索形成了一套行之有效的训练模式，"
                        + "为战斗力生成提供了重要遵循。联勤保障部队某中心卫生连军医钟新华说，每一次出诊，都是对“人民军队为人民”的生动诠释。"
                        + "合肥某高校国防教育中心主任钟新华表示，将继续深化与驻地部队的合作。在合肥召开的座谈会上，来自基层一线的40名代表畅谈了各自的体会。",
                "特别是34年前成功举办首次交流活动以来，机制建设四梁八柱迅速成型，19个合作平台相继建立。联勤保障部队某中心组织干部骨干赴合肥参观"
                        + "见学，学习兄弟单位的先进经验和做法。为破解保障难题，该旅成立专项攻关小组，先后解决46个制约训练质效的瓶颈问题。6月1日，"
                        + "合肥市举行退役军人座谈会，52名退役军人代表围绕创业就业建言献策。",
                "在合肥某医院，联勤保障部队某中心派出的医疗队已连续工作57天，累计救治患者3040人次。征兵工作开展以来，合肥各级坚持把政治考核放在"
                        + "首位，严把兵员入口关。梁丽介绍，该系统投入使用后，数据处理效率提高了71%，保障时间缩短近一半。");
    }

    /**
     * pdftotext gives a page set 1.6 lines apart a line at a time, row by row: between a photo's caption, wider
     * than a column, and its credit stands a column's line that leaves its sentence open. The caption is the line
     * that ends its sentence; the column's line stays in its report.
     */
    @Test
    void aColumnLineBetweenACaptionAndItsCreditIsNoCaption() {
        String page = String.join("\n\n", "全市就业形势稳中向好", "记者从有关部门获悉，今年以来全\n市新增就业岗位五万余个，同比明",
                "5月30日，杭州举行军营开放日活动，群众参观装备展示。", "显增长。各方一致认为，要持续推", "石丽摄", "进改革发展。") + "\n";
        List<Item> photos = items(page).stream().filter(item -> item.kind() == ItemKind.PHOTO).toList();
        assertThat(photos).extracting(Item::caption).containsExactly("5月30日，杭州举行军营开放日活动，群众参观装备展示。");
        assertThat(photos).extracting(Item::credit).containsExactly("石丽");
    }

    /**
     * pdftotext sets most of a page's columns apart, one under another, where their gutters are wide; two reports
     * side by side with a narrow gutter between them are joined row by row all the same. That block is cut at its
     * gutter and given column by column, though the page's joined lines are few among its lines; the rest of the
     * page stays as it is.
     */
    @Test
    void aBlockOfJoinedColumnsOnAPageSetApartIsGivenColumnByColumn() {
        String apart = String.join("\n", Collections.nCopies(4, PDFTOTEXT_REPORT));
        assertThat(InterleavedColumns.split(apart + "\n" + PDFTOTEXT_ROWS))
                .isEqualTo(apart + "\n" + InterleavedColumns.split(PDFTOTEXT_ROWS))
                .contains("下一步将加快部署，推\n动数字经济和实体经济深度\n融合，让群众得到更多实惠\n和便利。\n");
    }

    /**
     * pdftotext -layout may row a photo's credit, set flush right at its column's edge, with the next column's line
     * a space away (付静摄 制将成为一个建设性、战略性协). Short as it is, the credit ends a piece there, as a jump note
     * does; words that are neither stay on the line. In text that keeps no places (pdftotext without -layout) the
     * line stays whole, as one short piece would count for a column in every row of its block.
     */
    @Test
    void aCreditSetFlushRightEndsAPieceAtItsColumnsEdge() {
        String full = "制将成为一个建设性、战略性协";
        int column = PrintedLines.width(full);
        assertThat(InterleavedColumns.cut("付静摄 " + full, column, true)).extracting(InterleavedColumns.Piece::text)
                .containsExactly("付静摄", full);
        assertThat(InterleavedColumns.cut("本报记者 肖刚摄 " + full, column, true)).extracting(InterleavedColumns.Piece::text)
                .containsExactly("本报记者 肖刚摄", full);
        assertThat(InterleavedColumns.cut("（下转第二版） " + full, column, true)).extracting(InterleavedColumns.Piece::text)
                .containsExactly("（下转第二版）", full);
        assertThat(InterleavedColumns.cut("付静说 " + full, column, true)).hasSize(1);
        assertThat(InterleavedColumns.cut("付静摄 " + full, column, false)).hasSize(1);
    }

    @Test
    void columnsJoinedRowByRowAreGivenColumnByColumn() {
        assertThat(InterleavedColumns.split(PDFTOTEXT_ROWS).strip().split("\n")).containsExactly(
                "全市就业形势稳中向好",
                "记者从有关部门获悉，", "今年以来全市新增就业岗位", "五万余个，同比明显增长。", "各方一致认为，要持续推进",
                "改革发展。", "下一步将加快部署，推", "动数字经济和实体经济深度",
                "融合，让群众得到更多实惠", "和便利。", "今年一季度，全市外贸", "进出口总值同比增长，其中",
                "出口增速高于全国，贸易结", "构持续优化。", "据统计，今年全市共有",
                "一千余名青年报名参军，其", "中大学生占比过半。", "活动现场，官兵展示了", "战 术 动 作 和 装 备 操 作 ， 赢 得",
                "阵阵掌声。");
        List<Item> items = items(PDFTOTEXT_ROWS);
        assertThat(items).extracting(Item::headline).containsExactly("全市就业形势稳中向好");
        assertThat(items.get(0).sections().get(0).paragraphs()).containsExactly(
                "记者从有关部门获悉，今年以来全市新增就业岗位五万余个，同比明显增长。各方一致认为，要持续推进改革发展。",
                "下一步将加快部署，推动数字经济和实体经济深度融合，让群众得到更多实惠和便利。",
                "今年一季度，全市外贸进出口总值同比增长，其中出口增速高于全国，贸易结构持续优化。",
                "据统计，今年全市共有一千余名青年报名参军，其中大学生占比过半。",
                "活动现场，官兵展示了战术动作和装备操作，赢得阵阵掌声。");
    }

    @Test
    void curlyQuotesSetHalfWideAreMeasuredSo() {
        // A browser took the quotes from a Latin font: a full line holding quotes has more characters.
        String page = String.join("\n", "全市就业形势稳中向好", "记者从有关部门获悉，", "今年以来，全市新增就业岗",
                "五万余个。他说：“这是“稳", "就业”“惠民生”的成果。”各", "方一致认为，要持续推进改", "革发展。",
                "下一步将加快部署，推", "动数字经济、实体经济深度", "融合，让群众得到更多实惠", "和便利。");
        assertThat(PrintedLines.quoteWidth(LineSplitter.lines(page))).isEqualTo(1);
        assertThat(items(page).get(0).sections().get(0).paragraphs()).containsExactly(
                "记者从有关部门获悉，今年以来，全市新增就业岗五万余个。他说：“这是“稳就业”“惠民生”的成果。”各方一致认为，要持续推进改革发展。",
                "下一步将加快部署，推动数字经济、实体经济深度融合，让群众得到更多实惠和便利。");
        // Set a full em wide, as CJK type has them, the same quotes make a full line of fewer characters.
        String full = page.replace("五万余个。他说：“这是“稳", "五万余个。他说“这是“稳").replace("就业”“惠民生”的成果。”各",
                "就业”“惠民生”成果”各");
        assertThat(PrintedLines.quoteWidth(LineSplitter.lines(full))).isEqualTo(2);
    }

    @Test
    void punctuationSetSideBySideIsCompressed() {
        // Chromium (as CJK type does) sets the first of two marks side by side half wide: 。“ and 。” take an em
        // and a half. Measured as two ems, those lines would set the column's width too wide, and the indented
        // first line 清晨六点，湛江某港 would look like a heading's end.
        String column = """
                湛江某训练场灯火通明，一
                场夜间射击考核正在紧张进
                行。湛江某海域，中部战区
                陆军某旅54艘舰艇组成编
                队，展开对抗性训练。
                清晨六点，湛江某港
                口，16艘舰艇依次解缆起
                航，奔赴任务海域。“我们将
                持续加强与地方的协作，为
                官兵办实事、解难题。”经过
                31个昼夜的连续奋战，抢险
                官兵打通道路28公里，转移
                安置群众110余人。
                """;
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(column))).containsExactly(
                "湛江某训练场灯火通明，一场夜间射击考核正在紧张进行。湛江某海域，中部战区陆军某旅54艘舰艇组成编队，展开对抗性训练。",
                "清晨六点，湛江某港口，16艘舰艇依次解缆起航，奔赴任务海域。“我们将持续加强与地方的协作，为官兵办实事、解难题。”"
                        + "经过31个昼夜的连续奋战，抢险官兵打通道路28公里，转移安置群众110余人。");
        assertThat(PrintedLines.width("。“我")).isEqualTo(5);
    }

    @Test
    void aCharacterOrTwoAFullLineCouldNotHoldGoOnIt() {
        // A subhead or a numbered heading as long as the column leaves its last character to a line of its own.
        String column = """
                湛江某训练场灯火通明，一
                场夜间射击考核正在紧张进
                行，展开对抗性训练。
                ■为伙伴关系开启新篇章节
                目
                该系统投入使用后，数据处
                理效率提高了20%。
                一、科技赋能破解难题之道
                路
                比武设置武装越野、战术综
                合演练、实弹射击等课目。
                """;
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(column))).containsExactly(
                "湛江某训练场灯火通明，一场夜间射击考核正在紧张进行，展开对抗性训练。", "■为伙伴关系开启新篇章节目",
                "该系统投入使用后，数据处理效率提高了20%。", "一、科技赋能破解难题之道路", "比武设置武装越野、战术综合演练、实弹射击等课目。");
        // A short line under a full one that ends a sentence stays apart (a heading of two characters).
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(column.replace("开启新篇章节", "开启新篇章。")))).contains("目");
    }

    @Test
    void aNumberedSubheadOverAnIndentedFirstLineEndsThere() {
        // mutool: the subhead nearly fills the column; the line under it is a paragraph's first, an indent short,
        // though it ends on a comma as a line that carries a sentence on does.
        String column = """
                开展以来，郑州各级坚
                持把政治考核放在首
                位，严把兵员入口关。
                二、打通最后一公里
                余梓萌告诉记者，
                过去组织类似训练往往
                要提前数周准备，如今
                依托信息系统，数小时
                即可完成筹划。
                """;
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(column))).containsExactly(
                "开展以来，郑州各级坚持把政治考核放在首位，严把兵员入口关。", "二、打通最后一公里",
                "余梓萌告诉记者，过去组织类似训练往往要提前数周准备，如今依托信息系统，数小时即可完成筹划。");
    }

    @Test
    void aPhotosCreditCutAtTheCaptionsLineEndIsOneCredit() {
        // mutool: the credit after the caption's sentence went on to a line of its own, its role or names cut.
        for (String[] cut : new String[][] {{"本报记者", "于勇摄"}, {"黄", "博文摄"}, {"本报记者 孙", "鹏飞摄"}}) {
            String column = String.join("\n", "到极致，上了战场才能有底", "气。”于春生说。",
                    "2月25日，火箭军工程大学某系组织装甲车辆驾驶训练。 " + cut[0], cut[1], "让创新活力在基层充分涌流");
            assertThat(PrintedLines.paragraphs(LineSplitter.lines(column))).as(cut[0])
                    .contains("2月25日，火箭军工程大学某系组织装甲车辆驾驶训练。 " + cut[0] + cut[1]);
        }
        // A credit on a line of its own under the caption's finished sentence stays there.
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(String.join("\n", "到极致，上了战场才能有底", "气。”于春生说。",
                "2月25日，火箭军工程大学某系组织装甲车辆驾驶训练。", "于勇摄")))).endsWith("于勇摄");
    }

    @Test
    void aPhotosCreditCutInsideItsRoleStillClosesThePhoto() {
        // mutool: the caption's line holds the credit's role up to 记, and 者 邵磊摄 goes to the next line; the photo
        // is no paragraph of the brief above it.
        String page = String.join("\n\n", "8\n士兵之家\n解放军报 2025年1月2日 星期四", "我国5G基站总数",
                String.join("\n", "达52.8万个", "本 报 讯  陆 军 第"), String.join("\n", "71集团军某旅日前开", "展“读书月”活动，",
                        "官 兵 累 计 阅 读 书 籍", "8230余册。李敏说，", "全面落实基层减负各", "项要求，让官兵把精",
                        "力 集 中 到 练 兵 备 战", "上。"),
                String.join("\n", "南部战区空军某部组织夜间实弹射击考核。 本报记", "者 邵磊摄"), "在兰州看强军新风");
        List<Item> items = items(page);
        assertThat(items).extracting(Item::kind).startsWith(ItemKind.BRIEF, ItemKind.PHOTO);
        assertThat(items.get(0).bodyText().strip()).endsWith("让官兵把精力集中到练兵备战上。");
        assertThat(items.get(1).caption()).isEqualTo("南部战区空军某部组织夜间实弹射击考核。");
        assertThat(items.get(1).credit()).isEqualTo("邵磊");
    }

    @Test
    void aSubheadItsLineCouldNotHoldGoesOnToTheNextLine() {
        String column = """
                司令员表示，将进一步健
                全军地协调机制，推动双
                拥工作提质增效。
                ●高质量发展，迈向
                共同现代化
                记者从上海获悉，该项
                目总投资90.97亿元，预
                计年底建成投用。
                ●科技赋能
                上海农业农村部门数据
                显示，今年夏粮增产。
                """;
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(column))).containsExactly(
                "司令员表示，将进一步健全军地协调机制，推动双拥工作提质增效。", "●高质量发展，迈向共同现代化",
                "记者从上海获悉，该项目总投资90.97亿元，预计年底建成投用。", "●科技赋能", "上海农业农村部门数据显示，今年夏粮增产。");
    }

    @Test
    void aSubheadItsLineCouldNotHoldGoesOnOverAParagraphsIndentedFirstLine() {
        // mutool, a nine-character column: the subhead's second line is as long as a paragraph's first line
        // could be, but the indented line under it opens the paragraph, and a paragraph would have run on.
        String column = """
                关部门联合主办，持
                续41天。苏浩然强
                调，要以更加进取的
                姿态和更加务实的举
                措加强合作，推动各
                项工作不断取得新的
                更大发展。
                ■高质量发展，迈
                向共同现代化
                苏浩然说：“今
                年的订单比去年多了
                三成，生产线一直满
                负荷运转。”记者在
                武警某大队采访时看
                到，营区整洁有序，
                官兵精神饱满。
                """;
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(column))).containsExactly(
                "关部门联合主办，持续41天。苏浩然强调，要以更加进取的姿态和更加务实的举措加强合作，推动各项工作不断取得新的更大发展。",
                "■高质量发展，迈向共同现代化", "苏浩然说：“今年的订单比去年多了三成，生产线一直满负荷运转。”记者在武警某大队采访时看到，营区整洁有序，官兵精神饱满。");
    }

    @Test
    void aSentenceEndingWithRoomLeftAfterTheIndentEndsItsParagraph() {
        // mutool, a ten-character column: 领域密切合作。 is an indent and a character short, and the figure that
        // opens the next line would have fit there: the paragraph ended, though the next line is full.
        String column = """
                刘海涛说，目前，
                火箭军工程大学某系与
                地方在绿色创新、盐碱
                地治理和节水型农业等
                领域密切合作。
                5月30日，深圳举行
                新兵入营仪式，6370名
                新 兵 在 军 旗 下 庄 严 宣
                誓。据统计，今年上半
                年，全区共有8450名适
                龄青年报名参军。
                """;
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(column))).containsExactly(
                "刘海涛说，目前，火箭军工程大学某系与地方在绿色创新、盐碱地治理和节水型农业等领域密切合作。",
                "5月30日，深圳举行新兵入营仪式，6370名新兵在军旗下庄严宣誓。据统计，今年上半年，全区共有8450名适龄青年报名参军。");
        // Filled to its end by a sentence, the same line is still this paragraph's last, not a first line: the full
        // line above it, bare of marks, carries on the sentence above that (地方在绿色创新、盐碱 / 地治理和节水型农业等).
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(column.replace("领域密切合作。", "领域密切合作好。"))))
                .hasSize(2);
    }

    @Test
    void aColumnsLinesAreMeasuredAgainstTheirColumnNotAWiderBoxUnderIt() {
        // mutool: a boxed note twice the column's width follows the column's last paragraph. Measured against the
        // box's lines, the column's full lines look short and its last paragraph falls apart into a "headline".
        String page = """
                向海涛告诉记者，过去组织类
                似训练往往要提前数周准备，如今
                依托信息系统，数小时即可完成筹
                划。余卫东介绍，陆军第71集团军
                某旅近年来先后4次圆满完成上级赋
                予的急难险重任务。在郑州召开的
                座谈会上，来自基层一线的48名代
                表畅谈了各自的体会。会议要求，
                各级要压实责任，细化措施，确保
                各项工作落地见效。活动现场，官
                兵展示了擒敌拳、战术动作和装备
                操作，赢得阵阵掌声。
                延伸阅读
                汤永胜表示，下一步将加快IPv6规模部署，推动数字经济和实体
                经济深度融合。面对新形势新任务，各级齐心协力，践行相互尊重、
                开放包容、互利共赢的合作之道。“过去种地靠经验，现在靠数据。”
                种粮大户武雨桐指着手机上的监测画面说。
                武警某总队把党史学习教育融入日常，组织官兵走进成都革命纪
                念馆接受教育。
                """;
        List<String> paragraphs = PrintedLines.paragraphs(LineSplitter.lines(page));
        assertThat(paragraphs.get(0)).startsWith("向海涛告诉记者").endsWith("活动现场，官兵展示了擒敌拳、战术动作和装备操作，赢得阵阵掌声。");
        assertThat(paragraphs).hasSize(4).contains("延伸阅读");
    }

    @Test
    void aHeadlineAColumnWideEndsOverALineThatOnlyAnIndentCanHaveShortened() {
        // mutool: a small headline set in the column's width, over a paragraph whose indented first line ends on
        // a comma; two characters short, with 火 to follow, only an indent can have shortened it.
        String column = """
                才兼备的人放到关键岗
                位上。为基层减负，绝
                不是降低标准，而是让
                官兵把更多精力投入到
                练兵备战中去。
                火箭军工程大学某系组
                织跨昼夜实兵对抗演练
                在哈尔滨某医院，
                火箭军工程大学某系派
                出的医疗队已连续工作
                22天，累计救治患者
                7430人次。面对新形
                势新任务，各级齐心协
                力，践行相互尊重、开
                放包容、互利共赢的合
                作之道。
                """;
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(column))).containsExactly(
                "才兼备的人放到关键岗位上。为基层减负，绝不是降低标准，而是让官兵把更多精力投入到练兵备战中去。",
                "火箭军工程大学某系组织跨昼夜实兵对抗演练",
                "在哈尔滨某医院，火箭军工程大学某系派出的医疗队已连续工作22天，累计救治患者7430人次。"
                        + "面对新形势新任务，各级齐心协力，践行相互尊重、开放包容、互利共赢的合作之道。");
        // A figure too wide for that room opening the next line may have shortened it: no evidence then, and the
        // headline's lines run on into the paragraph as any full lines ending mid-sentence do.
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(column.replace("\n火箭军工程大学某系派\n", "\nPM2.5浓度下降后，派\n"))))
                .containsExactly("才兼备的人放到关键岗位上。为基层减负，绝不是降低标准，而是让官兵把更多精力投入到练兵备战中去。",
                        "火箭军工程大学某系组织跨昼夜实兵对抗演练在哈尔滨某医院，PM2.5浓度下降后，派出的医疗队已连续工作22天，"
                                + "累计救治患者7430人次。面对新形势新任务，各级齐心协力，践行相互尊重、开放包容、互利共赢的合作之道。");
    }

    @Test
    void aCaptionSignedAtItsEndEndsThere() {
        // mutool: two photos' captions, each signed on its line, and a headline under them; a caption across
        // columns wrapped onto a short line before its credit.
        String page = """
                声。据了解，该项目总投资810万
                元，建成后将惠及周边26个乡
                镇。
                南部战区空军某部舰艇编队在某海域进行补给训练。 孟艳摄
                兰州某地，官兵冒雨进行武装越野。 本报记者 顾书豪摄
                北部战区空军某旅官兵在高原某地域进行战术训
                练。 江勇摄
                前4个月全国铁路发送
                旅客28.24亿人次
                """;
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(page))).containsSequence(
                "南部战区空军某部舰艇编队在某海域进行补给训练。 孟艳摄", "兰州某地，官兵冒雨进行武装越野。 本报记者 顾书豪摄",
                "北部战区空军某旅官兵在高原某地域进行战术训练。 江勇摄", "前4个月全国铁路发送");
    }

    @Test
    void aSubheadAnIndentShortOverAFirstLineSpreadOutIsNoParagraphsFirst() {
        // mutool: the subhead is as short as an indented first line; the line under it lost 新 to the next (新，)
        // and was spread, still an indent short: the paragraph's first line is that one.
        String column = """
                今天，我们在这里召
                开座谈会，主要目的是总
                结经验、分析形势、部署
                任务。
                五、打通最后一公里
                我 们 要 坚 持 守 正 创
                新，不断开拓事业发展新
                境界。
                """;
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(column))).containsExactly(
                "今天，我们在这里召开座谈会，主要目的是总结经验、分析形势、部署任务。", "五、打通最后一公里",
                "我们要坚持守正创新，不断开拓事业发展新境界。");
        // Spread before a figure it could not hold (17.8%，), a full line is as short: the line above goes on.
        String figure = """
                健全军地协调机制，推
                动双拥工作提质增效。
                广州全年空气质量
                优 良 天 数 比 例 为
                17.8%，PM2.5平均浓
                度为每立方米30微克。
                """;
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(figure))).containsExactly(
                "健全军地协调机制，推动双拥工作提质增效。", "广州全年空气质量优良天数比例为17.8%，PM2.5平均浓度为每立方米30微克。");
    }

    @Test
    void aFullLineWithoutPunctuationOverAParagraphsFirstIsASubhead() {
        // mutool: the subhead in quotes fills the column, under a full line that ends its sentence; the line under
        // it opens a paragraph, so nothing carries the subhead on, and the paragraph above ended before it.
        String column = """
                新兵代表蒋永胜表
                示，将牢记入伍初心，
                在军营中淬炼成长。陆
                军工程大学某系后勤部
                门为一线官兵配送防暑
                药品和饮品1330余份。
                从“跟跑”到“领跑”
                记者在陆军工程大
                学某系采访时看到，营
                区整洁有序，官兵精神
                饱满。
                """;
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(column))).containsExactly(
                "新兵代表蒋永胜表示，将牢记入伍初心，在军营中淬炼成长。陆军工程大学某系后勤部门为一线官兵配送防暑药品和饮品1330余份。",
                "从“跟跑”到“领跑”", "记者在陆军工程大学某系采访时看到，营区整洁有序，官兵精神饱满。");
        // A full line without punctuation that a full line carries on is the paragraph's.
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(column.replace("记者在陆军工程大\n", "记者在陆军工程大学某\n"))))
                .hasSize(1);
    }

    @Test
    void aSubtitleItsLineCouldNotHoldGoesOnOverTheByline() {
        // mutool: the subtitle spans the item's columns and leaves four characters to a line of their own.
        String page = String.join("\n\n", "2024年全国粮食总产量", "71.23亿斤", "——火箭军工程大学某系扎实推进实战化", "训练见闻",
                "本报记者 石晓峰 通讯员 尹一鸣", "本报哈尔滨6月9日", "电 “这次经历让我真正", "明白了什么是打仗思", "维。”尹一鸣感慨地说。",
                "6月9日，第4届军营开放", "日活动在哈尔滨举行，", "5140余名群众走进军", "营，近距离感受官兵训", "练生活。");
        assertThat(items(page)).extracting(Item::headline, Item::subtitle).containsExactly(org.assertj.core.groups.Tuple
                .tuple("2024年全国粮食总产量71.23亿斤", "火箭军工程大学某系扎实推进实战化训练见闻"));
        // Over another subtitle the line is the next item's headline.
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(String.join("\n", "——火箭军工程大学某系扎实推进实战化",
                "训练见闻", "——长春军地协作纪实", "本报记者 石晓峰", "本报长春6月9日电 考核结果显示，参训官兵", "优良率达到16%。"))))
                .contains("训练见闻");
    }

    @Test
    void aKickerAnIndentShortOverAHeadlinesLinesIsNoParagraphsFirst() {
        // mutool: under the running head, a kicker as short as an indented first line, over a headline in two
        // lines that no text carries on; the text opens under them with no dateline.
        String column = """
                倾听官兵心声
                呼和浩特退役军人就
                业服务持续升温
                6月2日，第6届
                军营开放日活动在呼
                和浩特举行，1900余
                名群众走进军营，近
                距离感受官兵训练生
                活。
                """;
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(column))).containsExactly("倾听官兵心声", "呼和浩特退役军人就",
                "业服务持续升温", "6月2日，第6届军营开放日活动在呼和浩特举行，1900余名群众走进军营，近距离感受官兵训练生活。");
    }

    @Test
    void aReportsColumnIsMeasuredInsideTheReport() {
        // mutool: a commentary set wide ends over a report in a narrower column; the report's first line under
        // its dateline is as wide as its column, which the commentary's wider lines do not tell.
        String column = """
                打仗能力不是天上掉下来的，而是在一次次摔
                打磨砺中练出来的。人才是强军之本，人才工作是
                固本强基的战略工程。作风建设永远在路上，只有
                进行时，没有完成时。
                改革越是深入，越要注重协同，越要抓好落
                实。干部干部，干字当头；担当担当，重在行动。
                聚焦备战打仗 锤炼过硬作风
                ■本报记者 石长城  徐 明
                本报贵阳6月7日电
                石长城是西部战区陆军某
                旅的一名老兵，入伍60年
                来先后参加36项重大任
                务。石长城说：“今年的
                订单比去年多了三成，生
                产线一直满负荷运转。”
                """;
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(column))).last().isEqualTo(
                "本报贵阳6月7日电石长城是西部战区陆军某旅的一名老兵，入伍60年来先后参加36项重大任务。石长城说：“今年的订单比去年多了三成，生产线一直满负荷运转。”");
    }

    @Test
    void aSpacedOutFirstLineIsStillIndented() {
        // 力， may not be split, so the first line holds one character less and is spaced out to the column.
        String column = """
                司令员韦玉兰表示，将进
                一步健全军地协调机制，
                推动双拥工作提质增效。
                为 提 升 夜 间 作 战 能
                力，空降兵某旅将63%的
                训练时间安排在夜间。
                """;
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(column))).containsExactly(
                "司令员韦玉兰表示，将进一步健全军地协调机制，推动双拥工作提质增效。", "为提升夜间作战能力，空降兵某旅将63%的训练时间安排在夜间。");
    }

    @Test
    void aHeadlineUnderAFullFinishedLineStaysApart() {
        // mutool keeps no indent: a full line that ends a sentence may go on, but a line with no punctuation
        // over the character it could not hold and a subtitle is the next report's headline.
        String column = """
                演练中，指挥所依托信息系
                统对各类情况进行精准分析。
                西宁军营开放日吸引5340余名
                群众
                ——西宁军地协作纪实
                """;
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(column))).containsExactly(
                "演练中，指挥所依托信息系统对各类情况进行精准分析。", "西宁军营开放日吸引5340余名群众", "——西宁军地协作纪实");
        // The same line over a paragraph's next line is that paragraph's.
        String paragraph = """
                演练中，指挥所依托信息系
                统对各类情况进行精准分析。
                西宁军营开放日吸引5340余名
                群众前来参观，官兵为大家讲解
                装备性能。
                """;
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(paragraph))).hasSize(1);
    }

    @Test
    void aHeadlinesLastCharacterOnALineOfItsOwnIsTheHeadlines() {
        // mutool: a brief's headline, set larger than the text, leaves the one character its line could not hold
        // to a line of its own, over the brief's dateline; under the report above, not a subhead of that report.
        List<Item> items = items(String.join("\n\n", "练兵场上砺精兵", "本报记者 李小四", "据统计，酒泉外贸",
                "进出口总值18.43万亿", "元，同比增长1.1%。会", "议强调，要坚持以战领", "训、体系练兵，加快提", "升部队训练水平。",
                "为官兵办实事解难", "题", "本报讯 近日，陆", "军工程大学某系举办军", "事训练成果汇报展示，", "35个课目集中亮相。"));
        assertThat(items).extracting(Item::headline).containsExactly("练兵场上砺精兵", "为官兵办实事解难题");
        assertThat(items.get(0).bodyText().strip()).endsWith("加快提升部队训练水平。");
        assertThat(items.get(1).bodyText()).startsWith("本报讯 近日，陆军工程大学某系");
        // A two-character rest is a headline line of its own already, however its line is measured (人次).
        assertThat(items(String.join("\n\n", "国产大飞机C919累计", "运送旅客突破8970万", "人次", "本报记者 朱晓燕",
                "本报厦门6月5日电 前往机场途中，驻地群众和学生代表在道路两旁挥舞国旗。"))).extracting(Item::headline)
                .containsExactly("国产大飞机C919累计运送旅客突破8970万人次");
    }

    @Test
    void aShortLineOverAHeadlineAndItsBylineIsNoIndentedFirstLine() {
        // mutool: a kicker three characters shorter than a narrow column looks like a paragraph's indented first
        // line, but the line under it is a headline (no punctuation, a byline under it): the kicker stands apart.
        String column = """
                困难面前有我们，我们
                面前没有困难，这是一
                代代革命军人的誓言。
                安全是战斗力，安全工
                作必须警钟长鸣、常抓
                不懈。
                练兵备战正当时
                高原练兵 淬火成钢
                ■本报记者 杨 丽  贺一鸣
                为提升夜间作战能力，
                北部战区海军某支队将
                """;
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(column))).contains("练兵备战正当时", "高原练兵 淬火成钢");
        String body = PDFTOTEXT_REPORT.substring(PDFTOTEXT_REPORT.indexOf('\n') + 1);
        assertThat(items(column + "\n" + body)).extracting(Item::kicker, Item::headline)
                .contains(org.assertj.core.groups.Tuple.tuple("练兵备战正当时", "高原练兵 淬火成钢"));
        // The same over a headline the column wraps onto lines of its own, a subtitle under them.
        String wrapped = column.replace("练兵备战正当时\n高原练兵 淬火成钢\n", "奋进新征程 建功新时代\n新时代青年官兵的奋\n斗之歌\n"
                + "——重庆推进双拥共建工作综述\n");
        assertThat(items(wrapped + "\n" + body)).extracting(Item::kicker, Item::headline, Item::subtitle)
                .contains(org.assertj.core.groups.Tuple.tuple("奋进新征程 建功新时代", "新时代青年官兵的奋斗之歌", "重庆推进双拥共建工作综述"));
    }

    @Test
    void aHeadlineNamingItsPlaceBeforeAColonStandsApartFromTheFullLineAboveIt() {
        // mutool: a report's full last line, then the headline of a report continued from page 1, its jump line.
        String column = """
                雪松说，目前，火箭军某旅与地方在
                绿色创新、盐碱地治理和节水型农业
                等领域密切合作。火箭军某旅领导介
                绍，今年以来，他们坚持按纲施训、
                从严治训，共组织专攻精练58次。
                沈阳：“5G+工业互联网”赋能制造业升级
                （上接第一版）沈阳大力推进
                “互联网+政务服务”，7.3%的事项实
                现“一网通办”。西藏军区某边防团与
                沈阳有关方面签署合作协议，共建52
                """;
        assertThat(PrintedLines.paragraphs(LineSplitter.lines(column))).contains("沈阳：“5G+工业互联网”赋能制造业升级")
                .first().asString().endsWith("共组织专攻精练58次。");
    }

    @Test
    void aDatelineBrokenBeforeItsLastCharacterOpensTheParagraphUnderIt() {
        // mutool, a brief under a wider column's text: 本报日喀则6月2日 / 电 廖艳说….
        String page = String.join("\n\n", "共识和自觉行动。近年来，我军强力推进正风", "肃纪反腐，政治生态根本好转，新风正气不断",
                "上扬。", "历史告诉我们，落后就要挨打，发展才能", "自强。训练场上多流汗，战场上才能少流血，",
                "这是被实践反复证明了的真理。", "全国民航航班正常率达", "1.5%", "本报记者 廖艳 汤晓峰", "本报日喀则6月2日",
                "电 廖艳说：“今年的", "订单比去年多了三成，", "生 产 线 一 直 满 负 荷 运", "转。”今年1至8月，日",
                "喀 则 外 贸 进 出 口 总 值", "4.20万亿元，同比增长", "14.4%。廖艳介绍，该系", "统投入使用后，数据处",
                "理效率提高了84%，保", "障时间缩短近一半。");
        assertThat(items(page)).filteredOn(item -> "全国民航航班正常率达1.5%".equals(item.headline())).singleElement()
                .satisfies(item -> {
                    assertThat(item.dateline().place()).isEqualTo("日喀则");
                    assertThat(item.sections().get(0).paragraphs().get(0)).startsWith("本报日喀则6月2日电");
                });
    }

    @Test
    void aPagesNameUnderItsNumberAtThePagesTopIsNoHeadlinesFirstLine() {
        // mutool gives an inside page's running head a line per part. Right under it few lines yet tell the
        // column's width, so the name's shortfall looked like an indent and the name went onto the headline.
        String page = String.join("\n\n", "2025年6月1日 星期日\n第9版\n长征副刊", "全国民航航班正常", "率达12.6%",
                "本报讯 近日，西", "安军分区组织民兵开展", "应急拉动演练，检验了", "快速反应能力。在西安", "的一家智能工厂里，AI",
                "质检系统每分钟可检测", "产品11件，准确率达", "13.7%。");
        Edition edition = Fixtures.parse("jfjb-2025-06-01-p09.txt", page.getBytes(StandardCharsets.UTF_8));
        assertThat(edition.pages().get(0).name()).isEqualTo("长征副刊");
        assertThat(edition.pages().get(0).number()).isEqualTo(9);
        assertThat(edition.pages().get(0).items()).extracting(Item::headline).containsExactly("全国民航航班正常率达12.6%");
    }

    @Test
    void aPagesNameWithoutANamesWordUnderItsNumberIsStillTheName() {
        // The name ends in no word a page's name usually ends in (后勤保障), but stands under the page's number with
        // a headline under it; a short headline there has its byline or dateline under it instead.
        String body = String.join("\n\n", "全国民航航班正常", "率达12.6%", "本报讯 近日，西", "安军分区组织民兵开展",
                "应急拉动演练，检验了", "快速反应能力。在西安", "的一家智能工厂里，AI", "质检系统每分钟可检测", "产品11件，准确率达",
                "13.7%。");
        Edition named = Fixtures.parse("jfjb-2025-06-01-p09.txt",
                ("2025年6月1日 星期日\n第9版\n后勤保障\n\n" + body).getBytes(StandardCharsets.UTF_8));
        assertThat(named.pages().get(0).name()).isEqualTo("后勤保障");
        assertThat(named.pages().get(0).items()).extracting(Item::headline).containsExactly("全国民航航班正常率达12.6%");
        Edition unnamed = Fixtures.parse("jfjb-2025-06-01-p09.txt", ("2025年6月1日 星期日\n第9版\n练兵正当时\n\n"
                + body.substring(body.indexOf("本报讯"))).getBytes(StandardCharsets.UTF_8));
        assertThat(unnamed.pages().get(0).name()).isNull();
        assertThat(unnamed.pages().get(0).items()).extracting(Item::headline).containsExactly("练兵正当时");
    }

    @Test
    void aTableOfMoreColumnsThanAPageSetsKeepsItsOrder() {
        // Fourteen cells of a column's width on each line: no page sets that many columns side by side.
        List<String> cells = new java.util.ArrayList<>();
        StringBuilder table = new StringBuilder();
        for (String row : List.of("甲", "乙", "丙", "丁", "戊", "己")) {
            for (int cell = 1; cell <= 14; cell++) {
                cells.add(String.format(java.util.Locale.ROOT, "全市第%02d栏新增就业岗位%s", cell, row));
                table.append(cells.get(cells.size() - 1)).append(cell < 14 ? ' ' : '\n');
            }
        }
        assertThat(InterleavedColumns.split(table.toString()).strip().split("\n")).containsExactlyElementsOf(cells);
    }

    @Test
    void textNotSetInJoinedColumnsIsLeftAsItIs() {
        // One column a line, a dateline's space, a letter-spaced line, clean text: no line holds two columns.
        assertThat(InterleavedColumns.split(PDFTOTEXT_REPORT)).isSameAs(PDFTOTEXT_REPORT);
        String spaced = "新 华 社 北 京 2 月 5 日 电 记 者 从 交 通 运 输 部 获 悉 春 运 首 日 全 国 铁 路";
        String single = String.join("\n", "新华社北京2月5日电 记者从交", "通运输部获悉：春运首日，全",
                spaced, "国铁路发送旅客1093.5万人次，", "同比增长8.6%。");
        assertThat(InterleavedColumns.split(single)).isSameAs(single);
    }

    /** The lead report of the made-up front page in src/test/resources/converted, as each converter gave it. */
    @Test
    void theLeadReportOfARealConversionComesOutWhole() throws Exception {
        for (String name : List.of("front-noto.mutool.txt", "front-noto.layout.txt", "front-wqy.mutool.txt")) {
            byte[] bytes = Fixtures.resource("/converted/" + name);
            Edition edition = Fixtures.parse("shili-2019-02-06-p01.txt", bytes);
            assertThat(edition.title()).as(name).isEqualTo("示例日报");
            assertThat(edition.masthead().lunarDate()).as(name).isEqualTo("己亥年正月初二");
            Item lead = edition.pages().get(0).items().stream()
                    .filter(item -> "春运首日全国发送旅客1.43亿人次".equals(item.headline())).findFirst().orElseThrow();
            assertThat(lead.subtitle()).as(name).isEqualTo("民航航班正常率达90.78%");
            assertThat(lead.authors()).as(name).containsExactly("王五", "李小四");
            assertThat(lead.continuedOn()).as(name).isEqualTo(2);
            assertThat(lead.sections().get(0).paragraphs()).as(name).hasSize(5)
                    .allSatisfy(paragraph -> assertThat(paragraph).endsWith("。"));
            assertThat(edition.pages().get(0).editors()).as(name).containsExactly("段晓", "宋小明");
        }
    }

    /**
     * A two-column report set 1.6 lines apart (as much web type is), printed by Chromium: pdftotext makes every
     * printed line a block and gives the two columns' lines in turn, row by row; the bold dateline and the
     * padded name are blocks of their own. mutool gives the same blocks in reading order.
     */
    @Test
    void aReportPdftotextGaveLineByLineInTurnIsReadColumnByColumn() throws Exception {
        List<String> paragraphs = List.of(
                "本报北京2月5日电 记者从商务部获悉，春节假期以来，全国消费市场繁荣活跃，商品供应充足，节日氛围浓厚，重点监测零售和餐饮企业销售额同比明显增长。",
                "各地商务部门组织开展形式多样的促消费活动，年货市场人气旺盛，传统老字号和地方特色商品受到群众青睐，绿色智能家电和新能源汽车销售快速增长。",
                "在北京，多家商场延长营业时间，推出满减优惠和文化展演；在上海，步行街和夜市客流持续攀升，餐饮企业年夜饭预订火爆，不少门店需要提前一周预约。",
                "与此同时，线上消费保持较快增长。电商平台数据显示，节前一周生鲜食品、家居用品和数码产品订单量大幅增加，快递企业春节期间不打烊，保障年货及时送达。",
                "业内人士认为，随着居民收入稳步增加和消费环境持续改善，消费对经济增长的拉动作用将进一步增强，服务消费和品质消费将成为新的增长点。",
                "商务部有关负责人表示，下一步将继续加强市场运行监测，做好重要商品保供稳价工作，推动消费平稳增长，更好满足人民群众的美好生活需要。");
        for (String name : List.of("rows-wqy.pdftotext.txt", "rows-noto.pdftotext.txt", "rows-wqy.mutool.txt")) {
            byte[] bytes = Fixtures.resource("/converted/" + name);
            List<Item> items = Fixtures.parse("shili-2019-02-06-p03.txt", bytes).pages().get(0).items();
            assertThat(items).as(name).filteredOn(item -> !item.sections().isEmpty())
                    .flatExtracting(item -> item.sections().get(0).paragraphs()).containsSubsequence(paragraphs);
        }
        // In reading order already, the blocks run words on across their ends (商|务部, 全国消|费): left as they are.
        String mutool = new String(ConverterTextTest.class.getResourceAsStream("/converted/rows-wqy.mutool.txt")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(InterleavedColumns.split(Radicals.fold(mutool))).isEqualTo(Radicals.fold(mutool));
    }

    /** A whole edition's PDF through a converter: a form feed ends each page, and each is read as its own page. */
    @Test
    void anEditionsTextWithAFormFeedAfterEachPageGivesItsPages() throws Exception {
        for (String converter : List.of("pdftotext", "mutool")) {
            byte[] front;
            byte[] inner;
            try (var f = ConverterTextTest.class.getResourceAsStream("/converted/front-wqy." + converter + ".txt");
                 var i = ConverterTextTest.class.getResourceAsStream("/converted/inner-wqy." + converter + ".txt")) {
                front = f.readAllBytes();
                inner = i.readAllBytes();
            }
            byte[] edition = new byte[front.length + inner.length];
            System.arraycopy(front, 0, edition, 0, front.length);
            System.arraycopy(inner, 0, edition, front.length, inner.length);
            assertThat(new String(edition, java.nio.charset.StandardCharsets.UTF_8)).as(converter).contains("\f");
            Edition whole = Fixtures.parse("shili-2019-02-06.txt", edition);
            Edition apart = Fixtures.parseAll(List.of(new PageSource("shili-2019-02-06-p01.txt", front),
                    new PageSource("shili-2019-02-06-p02.txt", inner)));
            assertThat(whole.pages()).as(converter).extracting(Page::number).containsExactly(1, 2);
            assertThat(whole.masthead()).as(converter).isEqualTo(apart.masthead());
            for (int p = 0; p < 2; p++) {
                assertThat(whole.pages().get(p).items()).as(converter + " page " + (p + 1)).extracting(Item::headline)
                        .containsExactlyElementsOf(apart.pages().get(p).items().stream().map(Item::headline).toList());
            }
        }
    }

    /**
     * A literary page (src/test/resources/converted/verse.html: an essay, a poem of lines bare of marks, a poem
     * with them, a report) through the converters. The first poem's lines are its paragraphs, a line each, under its
     * title; no line is a headline or subhead and none runs on into the next, though each is as short and bare as a
     * heading, and in a narrow column as a full line. mutool gives its byline over it; pdftotext sets the byline
     * apart, by the essay, and the poem under its title alone. The punctuated poem reads as sentences.
     */
    @Test
    void aPoemsLinesAreItsParagraphsUnderItsTitle() throws Exception {
        List<String> poem = List.of("边关的月亮", "照着哨所的窗", "也照着故乡", "母亲的白发", "我站在界碑旁", "把思念站成",
                "一棵挺拔的白杨", "风吹过山岗", "雪落在肩上");
        for (String name : List.of("verse-wqy.mutool.txt", "verse-noto.mutool.txt", "verse-wqy.pdftotext.txt",
                "verse-wqy.layout.txt")) {
            List<Item> items = Fixtures.parse("shili-2019-02-09-p08.txt", Fixtures.resource("/converted/" + name))
                    .pages().get(0).items();
            Item moon = headed(items, "边关的月亮");
            assertThat(moon.sections()).as(name).singleElement().satisfies(section -> {
                assertThat(section.heading()).as(name).isNull();
                assertThat(section.paragraphs()).as(name).containsExactlyElementsOf(poem);
            });
            if (name.contains("mutool")) {
                assertThat(moon.authors()).as(name).containsExactly("张三");
                assertThat(headed(items, "春节里的坚守").authors()).as(name).containsExactly("赵文华");
                assertThat(items).as(name).extracting(Item::headline)
                        .containsExactly("哨所里的年夜饭", "边关的月亮", "写给远方的信", "春节里的坚守");
                assertThat(String.join("", headed(items, "写给远方的信").paragraphs())).as(name).isEqualTo("妈妈，今夜的雪很大，哨位上的灯很亮，我把想说的话都写进巡逻的脚印里。等到春暖花开，我就回家看您。");
            }
        }
    }

    /**
     * A page with text set vertically (src/test/resources/converted/vertical.html, printed by Chromium with two fonts):
     * a column's label boxed beside a headline (军营观察), and a headline (竖题) at the right of its text. mutool
     * gives each a character a line, one under another, where its horizontal headline would stand: joined, the label
     * is its headline's kicker and the vertical headline heads its text.
     */
    @Test
    void aLineSetVerticallyIsOneLineAKickerOrAHeadline() throws Exception {
        for (String name : List.of("vertical-wqy.mutool.txt", "vertical-noto.mutool.txt")) {
            List<Item> items = Fixtures.parse("shili-2019-02-10-p05.txt", Fixtures.resource("/converted/" + name))
                    .pages().get(0).items();
            assertThat(items).as(name).extracting(Item::headline).containsExactly("哨所里的年夜饭", "边关冬夜暖意浓");
            assertThat(items.get(0).kicker()).as(name).isEqualTo("军营观察");
            assertThat(items.get(1).authors()).as(name).containsExactly("张华");
            assertThat(items.get(1).paragraphs().get(0)).as(name).startsWith("雪落了一整天");
        }
    }

    /**
     * Two generated pages with a poem through mutool (src/test/resources/converted/regenerate.sh), each line a block
     * of its own: under the poem's last line a photo's caption, its credit on the line below, on one; on the other
     * a headline its line could not hold (规模以上工业增加值 / 同比增长9.6%) over its dateline. The caption heads
     * nothing and the headline's first line is no verse: the poem keeps its last line, the headline all of it.
     */
    @Test
    void aPoemEndsWhereTheNextItemsHeadlineBeginsNotAtACaption() {
        Item night = headed(Fixtures.parse("jfjb-2025-06-01-p08.txt",
                Fixtures.resource("/converted/jfjb-2025-06-01-p08.mutool.txt")).pages().get(0).items(), "夜航");
        assertThat(night.authors()).containsExactly("任超");
        assertThat(night.paragraphs()).containsExactly("巡逻路上", "我们把青春写成诗行", "星光落在钢枪上", "像一句没有说出的话",
                "远方的列车", "载着谁的牵挂", "营房的灯亮了", "有人在写信", "写给春天", "也写给远方的你", "戈壁的风很大",
                "吹不弯战士的脊梁", "沙粒打在脸上", "像岁月的刻刀");
        List<Item> items = Fixtures.parse("jfjb-2025-06-09-p06.txt",
                Fixtures.resource("/converted/jfjb-2025-06-09-p06.mutool.txt")).pages().get(0).items();
        assertThat(headed(items, "哨位上的星光").paragraphs()).containsExactly("也写给远方的你", "戈壁的风很大",
                "吹不弯战士的脊梁", "沙粒打在脸上", "像岁月的刻刀", "海浪一遍遍拍打礁石", "灯塔不眠", "守着归航的船", "守着那片蓝");
        assertThat(items).extracting(Item::headline).contains("规模以上工业增加值同比增长9.6%");
    }

    @Test
    void aHeadlineCutInsideAWordUnderAPoemIsNoLineOfIt() {
        // mutool: the next report's headline, its line unable to hold it, cut inside a word (保 / 障), under a poem's
        // last stanza. Its first line is as short as a verse line and bare of marks, but a poem breaks its lines
        // between words.
        List<Item> items = items("""
                致战友

                ■崔雪松

                我站在界碑旁
                把思念站成
                一棵挺拔的白杨
                风吹过山岗

                雪落在肩上
                我们守着祖国
                守着万家灯火
                一步一个脚印

                一程一段风霜
                巡逻路上

                海军陆战队某旅破解保

                障难题见实效

                本报石家庄12月31

                日电 吕天佑说，全面落
                实基层减负各项要求，让
                官兵把精力集中到练兵备
                战上。海军陆战队某旅领
                导介绍，今年以来，他们
                坚持按纲施训、从严治
                训，共组织专攻精练10
                次。

                截至12月28日，石

                家庄累计建成高标准农田
                34.28万亩。海军陆战队
                某旅组织官兵走进石家庄
                的高新技术企业，参观人
                工智能和5G应用成果展
                示。
                """);
        assertThat(headed(items, "致战友").paragraphs()).last().isEqualTo("巡逻路上");
        assertThat(items).extracting(Item::headline).contains("海军陆战队某旅破解保障难题见实效");
    }

    /** The inside page of src/test/resources/converted through mutool, with either font. */
    @Test
    void anInsidePageThroughMutool() throws Exception {
        for (String name : List.of("inner-noto.mutool.txt", "inner-wqy.mutool.txt")) {
            byte[] bytes = Fixtures.resource("/converted/" + name);
            Edition edition = Fixtures.parse("shili-2019-02-06-p02.txt", bytes);
            var page = edition.pages().get(0);
            assertThat(page.number()).as(name).isEqualTo(2);
            assertThat(page.name()).as(name).isEqualTo("要闻");
            assertThat(page.items()).as(name).extracting(Item::headline).containsSubsequence(null,
                    "5G手机出货量同比增长120%", "边防哨所的除夕夜", null, "让人民群众过一个欢乐祥和的春节", "相关链接");
            assertThat(page.items().get(0).continuedFrom()).as(name).isEqualTo(1);
            assertThat(page.items().get(0).sections().get(0).paragraphs()).as(name).hasSize(3);
            Item frontier = headed(page.items(), "边防哨所的除夕夜");
            assertThat(frontier.authors()).as(name).containsExactly("李强", "赵文华");
            assertThat(frontier.sections().get(0).paragraphs()).as(name).hasSize(3);
            Item photo = page.items().get(page.items().indexOf(frontier) + 1);
            assertThat(photo.caption()).as(name).isEqualTo("除夕夜，边防官兵在哨所前巡逻。");
            assertThat(headed(page.items(), "让人民群众过一个欢乐祥和的春节").authors()).as(name).containsExactly("本报评论员");
            assertThat(page.editors()).as(name).containsExactly("刘畅", "王小燕");
        }
    }

    /**
     * Kind 11: pdftotext takes the em spaces of a byline centred over the columns (本报记者　李　明　　赵小川) for
     * gutters: each name, or each character of a padded name, comes in a block of its own, under the role or
     * dropped between two lines of a column below.
     */
    private static final String PDFTOTEXT_SCATTERED_BYLINE = """
            海上砺剑 劈波斩浪

            本报记者

            李

            明

            本报北京6月2日电 连日来，某旅
            组织官兵开展海上训练。去年以
            来，该旅先后有51人次在全军比

            赵小川

            武中获奖，41人被评为优秀士官人
            才。
            清晨六点，舰艇依次解缆起航，
            奔赴任务海域。
            """;

    @Test
    void aBylinesNamesSetApartByPdftotextGoBackToIt() {
        Item report = onlyItem(PDFTOTEXT_SCATTERED_BYLINE.strip());
        assertThat(report.headline()).isEqualTo("海上砺剑 劈波斩浪");
        assertThat(report.authors()).containsExactly("李明", "赵小川");
        assertThat(report.sections().get(0).paragraphs()).containsExactly(
                "本报北京6月2日电 连日来，某旅组织官兵开展海上训练。去年以来，该旅先后有51人次在全军比武中获奖，"
                        + "41人被评为优秀士官人才。",
                "清晨六点，舰艇依次解缆起航，奔赴任务海域。");
        // A heading's words in a block between two paragraphs are no name (要闻, 短评: no family name), nor are
        // the last characters of a headline that a converter set apart (万 is a family name too).
        String text = "本报记者\n\n王五\n\n全文，如下。\n\n要闻\n\n所说，如下。\n\n"
                + "我国5G基站总数达36.81\n\n万个\n\n本报讯 近日，某旅";
        assertThat(BylineNames.restore(text)).isEqualTo(text.replace("记者\n\n王五", "记者 王五"));
    }

    @Test
    void aNameDroppedUnderAColumnLineWithoutMarksGoesBackToTheByline() {
        // The column's last line before the name holds no mark of its own; the column above it does.
        Item report = onlyItem("""
                把论文写在战位上
                ■本报记者

                本报北京6月2日电 连日来，某
                旅组织官兵开展海上训练。
                去年以来，海军陆战队某旅先
                后有51人次在全军比武中

                方秀英

                获奖，41人被评为“优秀士官
                人才”。返航途中，编队还组
                织了损管、救生等多个课目训
                练。""");
        assertThat(report.headline()).isEqualTo("把论文写在战位上");
        assertThat(report.authors()).containsExactly("方秀英");
        assertThat(report.sections().get(0).paragraphs()).containsExactly(
                "本报北京6月2日电 连日来，某旅组织官兵开展海上训练。",
                "去年以来，海军陆战队某旅先后有51人次在全军比武中获奖，41人被评为“优秀士官人才”。返航途中，编队还组织了"
                        + "损管、救生等多个课目训练。");
    }

    @Test
    void aHeadlineOfTwoMatchedPhrasesIsNoRestOfTheHeadlineAboveIt() {
        // pdftotext sets a big headline's line first where its tall box starts above a brief's headline beside it.
        List<Item> items = items("""
                为官兵办实事解难题

                高原练兵 淬火成钢

                本报讯 近日，某军分区组织民兵开展应急拉动演练，检验了快速反应能力。
                """);
        assertThat(items).extracting(Item::headline).contains("高原练兵 淬火成钢");
        // A headline its line could not hold still goes on under it.
        assertThat(items("长春拥军优属工作\n\n再上新台阶\n\n本报讯 近日，某军分区组织民兵开展应急拉动演练。"))
                .extracting(Item::headline).containsExactly("长春拥军优属工作再上新台阶");
    }

    @Test
    void longLinesOfEveryShapePassTheConverterStages() {
        // 3,000-character lines: spaced out, padded names, a layout gutter, an open jump note at the end.
        String spaced = "王 五 李 四 ，。 ".repeat(300);
        String page = "标题\n\n" + spaced + "\n" + spaced.replace(' ', '\u3000') + "\n    " + "正文，".repeat(500)
                + "     " + "正文。".repeat(500) + "\n" + "本报记者 王 五 ".repeat(300) + "（下转第\n";
        for (int copies = 1; copies <= 6; copies++) {
            assertThat(parse(page.repeat(copies)).pages()).hasSize(1);
        }
    }

    private static Item headed(List<Item> items, String headline) {
        return items.stream().filter(item -> headline.equals(item.headline())).findFirst().orElseThrow();
    }
}
