package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.masthead.model.Edition;
import org.masthead.model.Item;

/**
 * The real sample page as other PDF-to-Markdown converters mark a page: HTML anchors before headings and
 * comments for pictures, one heading level for everything, headings as bold lines. Each reads as the page
 * does in its own converter's marks.
 */
class MarkdownStylesTest {
    private static final Pattern HEADING = Pattern.compile("(?m)^(#+) (.*)$");
    private static final String PICTURE_CAPTION = "夏日,海军某大队开展海上训练。";

    private final String sample = Fixtures.sampleText();
    private final String expected = EditionMarkdown.of(Fixtures.parseSample());

    private static String read(String markdown) throws UnusableInputException {
        Source source = new Source(new PageSource("jfjb-2025-06-19-p01.md", markdown.getBytes(StandardCharsets.UTF_8)));
        assertThat(Formats.detect(source).name()).isEqualTo("markdown");
        return EditionMarkdown.of(Fixtures.parse("jfjb-2025-06-19-p01.md", markdown.getBytes(StandardCharsets.UTF_8)));
    }

    private String headings(String replacement) {
        Matcher m = HEADING.matcher(sample);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.replace("$1", m.group(1))
                    .replace("$2", m.group(2))));
        }
        return m.appendTail(out).toString();
    }

    @Test
    void htmlAnchorsBeforeHeadingsAndCommentsForPicturesAsSomeConvertersWriteThem() throws UnusableInputException {
        String marker = headings("<span id=\"page-0-1\"></span>$1 $2")
                .replace(PICTURE_CAPTION, "<!-- image -->\n\n<img src=\"p1.jpeg\"/>\n\n" + PICTURE_CAPTION);
        assertThat(marker).contains("<span id=\"page-0-1\"></span># 解放军报");
        assertThat(read(marker)).isEqualTo(expected);
    }

    @Test
    void everyHeadingAtOneLevelIsToldByItsLook() throws UnusableInputException {
        assertThat(read(headings("# $2"))).as("all #").isEqualTo(expected);
        assertThat(read(headings("## $2"))).as("all ##").isEqualTo(expected);
    }

    @Test
    void headingsSetAsBoldLinesAreToldByTheirLook() throws UnusableInputException {
        String bold = headings("**$2**").replaceFirst("\\*\\*解放军报\\*\\*", "# 解放军报");
        assertThat(read(bold)).isEqualTo(expected);
        assertThat(read(sample.replace("主旨发言。", "主旨发言。\n\n**这是加粗的一句话，不是标题。**\n\n")))
                .as("a bold sentence stays text").contains("这是加粗的一句话，不是标题。").doesNotContain("# 这是加粗");
    }

    @Test
    void anInnerPageWithBoldHeadingsAndNoHashIsMarkdownWithItsKickerSubheadAndItems() throws UnusableInputException {
        String page = """
                **深化改革创新**

                **走进空降兵某旅的训练场**

                本报记者 王五

                新华社北京6月18日电 6月18日下午，某旅组织新装备操作比武，60余名骨干同台竞技，检验训练成果。

                **●从能打仗到打胜仗**

                比武设置武装越野、战术综合演练、实弹射击等3个课目，全面检验官兵综合素质，参赛官兵成绩喜人，多项纪录被刷新。

                **以战领训**

                这次演习首次引入第三方评估，11名专家全程跟踪导调，确保考评结果客观公正，官兵深受鼓舞。

                **把论文写在战位上**

                新华社北京6月18日电 某部科研团队成功研制出新型训练模拟系统。
                """;
        Source source = new Source(new PageSource("jfjb-2025-06-19-p02.md", page.getBytes(StandardCharsets.UTF_8)));
        assertThat(Formats.detect(source).name()).isEqualTo("markdown");
        var items = Fixtures.parse("jfjb-2025-06-19-p02.md", page.getBytes(StandardCharsets.UTF_8)).pages().get(0).items();
        assertThat(items).extracting(org.masthead.model.Item::headline)
                .containsExactly("走进空降兵某旅的训练场", "把论文写在战位上");
        assertThat(items.get(0).kicker()).isEqualTo("深化改革创新");
        assertThat(items.get(0).sections()).extracting(org.masthead.model.Section::heading)
                .containsExactly(null, "●从能打仗到打胜仗", "以战领训");
    }

    @Test
    void aSpeechsHeadlineWithItsDateOnItsLineIsAHeadlineBoldOrFlat() throws UnusableInputException {
        // Failure kind 2 where headings are told by their look: the date's brackets are no sentence's. A bold line
        // is a heading only by its look; a flat # heading is one by its mark, and must stay one.
        String page = """
                # 第11版 军营观察

                %s在座谈会上的讲话 ——（2024年12月23日）%s

                金明

                同志们，朋友们！

                今天，我们在这里召开座谈会，主要目的是总结经验、分析形势、部署任务。各级领导干部要带头学习、带头落实。

                %s把论文写在战位上%s

                新华社北京12月22日电 某部科研团队成功研制出新型训练模拟系统。
                """;
        for (String[] marks : List.of(new String[] {"# ", ""}, new String[] {"**", "**"})) {
            String marked = page.formatted(marks[0], marks[1], marks[0], marks[1]);
            var items = Fixtures.parse("jfjb-2025-01-02-p11.md", marked.getBytes(StandardCharsets.UTF_8)).pages().get(0)
                    .items();
            assertThat(items).as(marks[0]).extracting(org.masthead.model.Item::headline)
                    .containsExactly("在座谈会上的讲话", "把论文写在战位上");
            assertThat(items.get(0).subtitle()).isEqualTo("（2024年12月23日）");
            assertThat(items.get(0).authors()).containsExactly("金明");
        }
    }

    @Test
    void aBoldLineWithAHeadlinesCommaOrQuestionMarkIsAHeadline() throws UnusableInputException {
        // Set bold on a line of its own, a headline keeps its phrase marks, its subtitle on its line or not, and its
        // two phrases need not match (广州，一座城的拥军情) as they must in plain text.
        var items = Fixtures.parse("jfjb-2024-01-02-p10.md", """
                # 第10版 长城论坛

                **谁是最可爱的人？ ——武汉推进双拥共建工作综述**

                新华社武汉12月31日电 各级坚持把政治考核放在首位，严把兵员入口关。

                **广州，一座城的拥军情**

                ■莫俊杰

                人才是强军之本，人才工作是固本强基的战略工程。
                """.getBytes(StandardCharsets.UTF_8)).pages().get(0).items();
        assertThat(items).extracting(org.masthead.model.Item::headline).containsExactly("谁是最可爱的人？", "广州，一座城的拥军情");
        assertThat(items.get(0).subtitle()).isEqualTo("武汉推进双拥共建工作综述");
        assertThat(items.get(1).authors()).containsExactly("莫俊杰");
        assertThat(items.get(1).bodyText()).startsWith("人才是强军之本");
    }

    @Test
    void aSubheadOfTwoPhrasesIsMeasuredWithoutTheSpaceBetweenThem() throws UnusableInputException {
        // One heading level: 高质量发展 迈向共同现代化 is twelve characters, as many as a bare subhead may have; the
        // space between its phrases is no character, so over plain text inside a report it is the report's subhead.
        String page = """
                # 第12版 综合新闻

                # 靠素质立身 凭实绩进步

                新华社太原1月2日电　（记者袁荣刚） 特别是33年前成功举办首次交流活动以来，机制建设四梁八柱迅速成型。

                # 坚持问题导向

                袁荣刚强调，要以更加进取的姿态和更加务实的举措加强合作，推动各项工作不断取得新的更大发展。

                为破解保障难题，该旅成立专项攻关小组，先后解决7个制约训练质效的瓶颈问题。考核结果显示，参训官兵优良率达到62%。

                # 高质量发展 迈向共同现代化

                12月31日晚，太原突降暴雨，新疆军区某边防团闻令而动，连夜奔赴受灾地区。
                """;
        var items = Fixtures.parse("jfjb-2025-01-02-p12.md", page.getBytes(StandardCharsets.UTF_8)).pages().get(0).items();
        assertThat(items).singleElement().satisfies(item -> assertThat(item.sections())
                .extracting(org.masthead.model.Section::heading)
                .containsExactly(null, "坚持问题导向", "高质量发展 迈向共同现代化"));
    }

    @Test
    void aBareHeadingBeforeNumberedSubheadsStartingAgainOpensAReport() throws UnusableInputException {
        // One heading level (MinerU): a report's numbered subheads run 一、二、; a bare heading under its last
        // paragraph, over a paragraph with no dateline, is another report's headline when the subheads under it
        // start again at 一、, as no report numbers its sections twice. Without that sequel it is a subhead.
        String page = """
                # 第8版 科技前沿

                # 新疆军区某边防团组织跨昼夜实兵对抗演练

                编者按：艰苦奋斗是我们的传家宝，什么时候都不能丢。

                # 一、从“跟跑”到“领跑”

                “我们将持续加强与地方的协作，为官兵办实事、解难题。”这些领域的合作正不断深化，各方一致认为成效显著。

                # 二、一张蓝图绘到底

                西安边防线上，新疆军区某边防团官兵每年徒步巡逻里程超过8790公里。5月30日晚，西安突降暴雨，新疆军区某边防团闻令而动，连夜奔赴受灾地区。

                # 把论文写在战位上

                比武设置武装越野、战术综合演练、实弹射击等38个课目，全面检验官兵综合素质，影响深远。

                # %s

                新疆军区某边防团卫生连军医范玉兰说，每一次出诊，都是对“人民军队为人民”的生动诠释。
                """;
        var items = itemsWithSubhead(page, "一、从能打仗到打胜仗");
        assertThat(items).extracting(Item::headline)
                .containsExactly("新疆军区某边防团组织跨昼夜实兵对抗演练", "把论文写在战位上");
        assertThat(items.get(1).sections()).extracting(org.masthead.model.Section::heading)
                .containsExactly(null, "一、从能打仗到打胜仗");
        items = itemsWithSubhead(page, "三、练兵场就是战场");
        assertThat(items).extracting(Item::headline).containsExactly("新疆军区某边防团组织跨昼夜实兵对抗演练");
    }

    @Test
    void aBareHeadingOverTheFirstOfNumberedSubheadsOpensAReport() throws UnusableInputException {
        // One heading level: under a report with no numbered subheads, a bare heading over a paragraph with no
        // dateline, then a subhead numbered first (一、): the sections of the report under the heading start there,
        // and no report sets a bare subhead before its first numbered one.
        String page = """
                # 第8版 科技前沿

                # 新疆军区某边防团组织跨昼夜实兵对抗演练

                本报乌鲁木齐6月1日电 西安边防线上，新疆军区某边防团官兵每年徒步巡逻里程超过8790公里。5月30日晚，西安突降暴雨，新疆军区某边防团闻令而动，连夜奔赴受灾地区。

                专家指出，科技是核心战斗力，必须把创新摆在更加突出的位置。比武设置武装越野、战术综合演练、实弹射击等38个课目。

                # 为官兵办实事解难题

                三亚某海域，海军某大队38艘舰艇组成编队，展开对抗性训练。征兵工作开展以来，三亚各级坚持把政治考核放在首位。

                # %s

                新疆军区某边防团卫生连军医范玉兰说，每一次出诊，都是对“人民军队为人民”的生动诠释。
                """;
        var items = itemsWithSubhead(page, "一、向新而行");
        assertThat(items).extracting(Item::headline)
                .containsExactly("新疆军区某边防团组织跨昼夜实兵对抗演练", "为官兵办实事解难题");
        items = itemsWithSubhead(page, "数据赋能");
        assertThat(items).extracting(Item::headline).containsExactly("新疆军区某边防团组织跨昼夜实兵对抗演练");
    }

    /** The items of a one-level page whose last heading ({@code %s}) is {@code subhead}. */
    private static List<Item> itemsWithSubhead(String page, String subhead) throws UnusableInputException {
        return Fixtures.parse("jfjb-2025-06-01-p08.md", page.formatted(subhead).getBytes(StandardCharsets.UTF_8))
                .pages().get(0).items();
    }

    @Test
    void closingHashesRulesAndCharacterEntitiesAsConvertersWriteThem() throws UnusableInputException {
        String marked = headings("$1 $2 $1").replace("\n## 坚持靠素质", "\n---\n\n* * *\n\n## 坚持靠素质")
                .replace("CN 81-0001/(J)", "CN&nbsp;81-0001/(J)").replace("——习近平主席", "&mdash;&#x2014;习近平主席");
        assertThat(marked).contains("习近平回到北京 ##", "&nbsp;", "&mdash;");
        assertThat(read(marked)).isEqualTo(expected);
    }

    @Test
    void noBreakSpacesWhereThePageHadSpaces() throws UnusableInputException {
        String spaced = sample.replace(' ', '\u00A0').replace("2025年6月19日", "2025年6月19日\u2002");
        assertThat(read(spaced)).isEqualTo(expected);
        assertThat(TextDecoder.plainSpaces("本报北京6月18日电\u3000\u3000（记者\u3000王\u3000五）\u00A0"))
                .as("the ideographic space is printed type").isEqualTo("本报北京6月18日电\u3000\u3000（记者\u3000王\u3000五） ");
    }

    @Test
    void ideographicSpacesBetweenAHeadingsPhrasesAreItsPhraseSpaces() throws UnusableInputException {
        // Chinese type and web text set U+3000 between a headline's phrases, between kicker and headline flattened
        // onto one line and before a subtitle's dash: the kicker and the subtitle still come apart.
        Matcher m = HEADING.matcher(sample);
        StringBuilder ideographic = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(ideographic, Matcher.quoteReplacement(m.group(1) + " " + m.group(2).replace(' ', '\u3000')));
        }
        String page = m.appendTail(ideographic).toString();
        assertThat(page).contains("中亚峰会\u3000习近平回到北京", "越开越灿烂\u3000——习近平主席");
        assertThat(read(page)).isEqualTo(expected);
    }

    @Test
    void aSpaceBesideFiguresOrALatinWordIsNoSpaceBetweenPhrases() throws UnusableInputException {
        // Web text and some converters set figures and Latin words apart from the Han characters round them; the
        // headline's last space is then no kicker's end (引题 主题 flattened onto one line is split at a space
        // between two phrases only).
        String page = """
                # 第4版 新闻专题

                ## 西宁建成 57 个 AI 创新应用场景

                （上接第一版）统计显示，平台运行以来，海军陆战队某旅训练计划完成率提高 47%。西宁有关负责人介绍，今年以来全市新增市场主体 6960 户。
                """;
        var items = Fixtures.parse("jfjb-2024-01-02-p04.md", page.getBytes(StandardCharsets.UTF_8)).pages().get(0).items();
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.headline()).isEqualTo("西宁建成 57 个 AI 创新应用场景");
            assertThat(item.kicker()).isNull();
        });
    }

    @Test
    void tablesAsPipesOrHtmlGiveTheirCellsAsText() throws UnusableInputException {
        String after = "热烈祝贺习近平主席出席中国—中亚峰会圆满成功。";
        String pipes = sample.replace(after, after + "\n\n| 国家 | 贸易额 |\n| --- | :---: |\n| 哈萨克斯坦 | 437亿美元 |\n");
        String html = sample.replace(after, after + "\n\n<table><tr><th>国家</th><th>贸易额</th></tr>"
                + "<tr><td class=\"n\">哈萨克斯坦</td><td>437亿美元</td></tr></table>\n");
        for (String page : List.of(pipes, html)) {
            assertThat(read(page)).contains("国家 贸易额", "哈萨克斯坦 437亿美元").doesNotContain("|", "---|", "<t");
            // Each row a paragraph of its own, the report's last: no sentence ends a row, yet none runs on into
            // the next row, nor the report into the next one.
            List<Item> items = Fixtures.parse("jfjb-2025-06-19-p01.md", page.getBytes(StandardCharsets.UTF_8))
                    .pages().get(0).items();
            List<String> paragraphs = items.get(0).sections().get(0).paragraphs();
            assertThat(paragraphs.subList(paragraphs.size() - 2, paragraphs.size()))
                    .containsExactly("国家 贸易额", "哈萨克斯坦 437亿美元");
            assertThat(paragraphs.get(paragraphs.size() - 3)).endsWith(after);
            assertThat(items.get(1).headline()).startsWith("合作之路越走越宽广");
        }
    }

    @Test
    void everyPrintedLineAParagraphOfItsOwnGetsItsParagraphsBack() throws UnusableInputException {
        // A converter that sets each printed line apart: the second report's paragraphs, cut into lines of 22
        // characters (never inside a figure), each a paragraph of its own. Some lines hold no mark at all.
        Item report = Fixtures.parseSample().pages().get(0).items().get(1);
        StringBuilder cut = new StringBuilder();
        for (String paragraph : report.sections().get(0).paragraphs()) {
            int at = 0;
            while (at < paragraph.length()) {
                int end = Math.min(paragraph.length(), at + 22);
                while (end < paragraph.length() && Character.isLetterOrDigit(paragraph.charAt(end))
                        && paragraph.charAt(end) < 0x80) {
                    end++;
                }
                cut.append(paragraph, at, end).append("\n\n");
                at = end;
            }
        }
        String opening = "当地时间6月17日下午";
        String page = sample.substring(0, sample.indexOf(opening)) + cut
                + sample.substring(sample.indexOf("### “中亚国家同中国合作的强大动力”"));
        Item read = Fixtures.parse("jfjb-2025-06-19-p01.md", page.getBytes(StandardCharsets.UTF_8)).pages().get(0)
                .items().get(1);
        assertThat(read.headline()).isEqualTo(report.headline());
        // (A space that fell at a line's end is gone, as a converter drops it.)
        assertThat(read.sections().get(0).paragraphs()).extracting(p -> p.replace(" ", ""))
                .containsExactlyElementsOf(report.sections().get(0).paragraphs().stream().map(p -> p.replace(" ", ""))
                        .toList());
    }

    @Test
    void figuresSetAsInlineFormulasReadAsTheFiguresTheyStandFor() throws UnusableInputException {
        // MinerU sets figures as TeX, token by token, a space either side: every figure of the sample's text so.
        Matcher figure = Pattern.compile("(?<=[\\u4e00-\\u9fff])\\d+(?=[\\u4e00-\\u9fff])").matcher(sample);
        StringBuilder formulas = new StringBuilder();
        while (figure.find()) {
            figure.appendReplacement(formulas, Matcher.quoteReplacement(" $" + String.join(" ", figure.group().split(""))
                    + "$ "));
        }
        String mineru = figure.appendTail(formulas).toString();
        assertThat(mineru).contains("2025年 $6$ 月 $1 9$ 日", "第 $2 4 6 3 2$ 号", "不到 $4 8$ 小时");
        assertThat(read(mineru)).isEqualTo(expected);
    }

    @Test
    void aHeadlineWhoseFigureIsAFormulaStaysTheHeadline() throws UnusableInputException {
        String page = """
                # 解放军报

                2025年6月19日 星期四 第2版 要闻

                # 前5个月全国铁路发送旅客 $1 . 4 3$ 亿人次

                本报北京6月18日电 国家铁路局数据显示，前5个月全国铁路发送旅客 $1 4 . 3 \\%$ ，同比增长 $6 . 5 \\%$ 。

                ![](images/0b1c2d3e4f.jpg)

                夏日，海军某大队开展海上训练。董建华摄

                # 全国民航航班正常率达 $9 0 . 7 8 \\%$

                新华社北京6月18日电 民航局数据显示，航班正常率达 $90.78\\%$ ，$\\mathrm{PM}_{2.5}$ 平均浓度下降，票价 $\\sim 5$ 元。
                """;
        var items = Fixtures.parse("jfjb-2025-06-19-p02.md", page.getBytes(StandardCharsets.UTF_8)).pages().get(0).items();
        assertThat(items).extracting(Item::headline).containsExactly("前5个月全国铁路发送旅客1.43亿人次", null,
                "全国民航航班正常率达90.78%");
        assertThat(items.get(0).sections().get(0).paragraphs())
                .containsExactly("本报北京6月18日电 国家铁路局数据显示，前5个月全国铁路发送旅客14.3%，同比增长6.5%。");
        assertThat(items.get(2).sections().get(0).paragraphs())
                .containsExactly("新华社北京6月18日电 民航局数据显示，航班正常率达90.78%，PM2.5平均浓度下降，票价~5元。");
    }

    @Test
    void aFormulaIsTextOnlyWhereItsTexIsFiguresTextAndSigns() {
        assertThat(InlineFormulas.asText("增长 $1 4 . 3 \\%$ ，同比")).isEqualTo("增长14.3%，同比");
        assertThat(InlineFormulas.asText("from $40\\%$ to $- 8 \\%$.")).isEqualTo("from 40% to -8%.");
        assertThat(InlineFormulas.asText("# $\\mathrm { P M } _ { 2 . 5 }$ 平均浓度")).as("the heading's mark keeps its space")
                .isEqualTo("# PM2.5平均浓度");
        assertThat(InlineFormulas.asText("气温 $3 6 ^ { \\circ } \\mathrm { C }$ ，第 $\\textcircled{3}$ 项"))
                .isEqualTo("气温36°C，第③项");
        assertThat(InlineFormulas.asText("上涨 $9.8\\%$  就业")).as("one space stays between words").isEqualTo("上涨9.8% 就业");
        assertThat(InlineFormulas.asText("$\\text{per cent}$")).as("a text command keeps its spaces").isEqualTo("per cent");
        String deep = "$" + "\\mathrm{".repeat(50_000) + "1" + "}".repeat(50_000) + "$";
        assertThat(InlineFormulas.asText(deep)).as("styles nested past any figure's depth stay as written").isEqualTo(deep);
        for (String kept : List.of("比值 $\\frac{1}{2}$ 。", "US$5 and $6", "价格 $ 5 $ 元", "$", "$x\n$", "\\$5$", "$\\mathrm$")) {
            assertThat(InlineFormulas.asText(kept)).as(kept).isEqualTo(kept);
        }
    }

    @Test
    void anAutolinkIsNoTag() {
        assertThat(MarkdownReader.withoutHtml("网址 <http://www.81.cn> <span id=\"a\">文</span><!-- x -->字<!-- open"))
                .isEqualTo("网址 <http://www.81.cn> 文字<!-- open");
    }
}
