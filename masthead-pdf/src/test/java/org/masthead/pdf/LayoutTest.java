package org.masthead.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.masthead.pdf.PdfPagesTest.pdf;
import static org.masthead.pdf.PdfPagesTest.text;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.masthead.parse.LaidOutPage;
import org.masthead.parse.PageSource;
import org.masthead.parse.UnusableInputException;

/** Layout on small pages drawn with PDFBox, each in a shape a second typesetter (Chromium) prints. */
class LayoutTest {
    @Test
    void aShortHeadlineCentredOverFourColumnsKeepsItsLastColumnFromTheNextArticlesHead() throws Exception {
        // Article A's headline, centred over its four columns, ends further from its fourth column than article
        // B's headline, over the columns to the right, begins: A's reach grows column by column and gets there
        // first.
        List<LaidOutPage.Area> areas = twoArticles(588, 100, null);
        assertThat(holdsFourthColumn(areas, "坚持以战领训提升")).isTrue();
        assertThat(holdsFourthColumn(areas, "在大连看强军新风")).isFalse();
    }

    @Test
    void aColumnBetweenTwoArticlesGoesWithTheColumnsItStartsLevelWith() throws Exception {
        // Article A's fourth column stands a little nearer to article B's first column than to A's third, but it
        // starts level with A's columns, while B's text starts lower, under its byline.
        assertThat(holdsFourthColumn(twoArticles(586, 116, "本报记者　李小四"), "坚持以战领训提升")).isTrue();
    }

    @Test
    void aColumnAGutterFromTwoArticlesGoesWithTheColumnsItEndsLevelWith() throws Exception {
        // Article A's fourth column stands a gutter from its third and a hair nearer B's only column, all starting
        // level; it ends level with A's columns, B's column far higher.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            bold(content, () -> text(content, font, 26, 50, 100, 0, "石家庄建成创新场景"));
            for (int c = 0; c < 4; c++) {
                for (int i = 0; i < 10; i++) {
                    text(content, font, 7.5f, 40 + c * 96.7f, 126 + i * 11.1f, 0, c == 3 && i == 0 ? "第四栏的文字从这里开"
                            : "征兵工作开展以来各级坚");
                }
            }
            bold(content, () -> text(content, font, 13.4f, 428.5f, 88, 0, "铁血担当书写"));
            for (int i = 0; i < 4; i++) {
                text(content, font, 7.5f, 426.3f, 125 + i * 11.1f, 0, "本报讯火箭军某旅组织专");
            }
        });
        assertThat(holdsFourthColumn(areas, "石家庄建成创新场景")).isTrue();
    }

    @Test
    void aWideArticlesFirstColumnNearerTheArticleBesideGoesWithTheHeadlineCentredOverAllItsColumns() throws Exception {
        // Article A over two columns; article B's five columns start a narrow gap from A's second, their own gutters
        // twice as wide, all starting and ending level. B's headline, centred over its five, reaches over the
        // middle three only; its first column stands nearer A's reach than B's, but mirrors B's last about B's
        // headline.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            text(content, font, 24, 63, 60, 0, "在大连看新风");
            text(content, font, 24, 421, 60, 0, "坚持以战领训提升");
            for (int c = 0; c < 7; c++) {
                float x = c < 2 ? 40 + c * 100 : 242 + (c - 2) * 115;
                for (int i = 0; i < 8; i++) {
                    text(content, font, 10, x, 100 + i * 16, 0, c == 2 && i == 0 ? "第四栏的文字从这里" : "征兵工作开展以来各");
                }
            }
        });
        assertThat(holdsFourthColumn(areas, "坚持以战领训提升")).isTrue();
        assertThat(holdsFourthColumn(areas, "在大连看新风")).isFalse();
    }

    /**
     * Article A, its headline centred over four columns, the fourth opening 第四栏的文字; beside it article B, its
     * headline over two columns from x {@code columns}, their text from {@code top} down, under a byline if any.
     */
    private static List<LaidOutPage.Area> twoArticles(float columns, float top, String byline) throws Exception {
        return areas((document, content, font) -> {
            text(content, font, 28, 206, 60, 0, "坚持以战领训提升");
            for (int c = 0; c < 4; c++) {
                text(content, font, 10, 60 + c * 132, 100, 0, c == 3 ? "第四栏的文字从这里开始排" : "征兵工作开展以来各级坚持");
                for (int i = 1; i < 6; i++) {
                    text(content, font, 10, 60 + c * 132, 100 + i * 16, 0, "把政治考核放在首位严把兵");
                }
            }
            text(content, font, 24, 600, 60, 0, "在大连看强军新风");
            if (byline != null) {
                text(content, font, 10, 640, 84, 0, byline);
            }
            for (int c = 0; c < 2; c++) {
                for (int i = 0; i < 6; i++) {
                    text(content, font, 10, columns + c * 132, top + i * 16, 0, "比武设置武装越野战术演练项");
                }
            }
        });
    }

    private static boolean holdsFourthColumn(List<LaidOutPage.Area> areas, String headline) {
        return areas.stream().filter(a -> piece(a.pieces().get(0)).equals(headline)).findFirst().orElseThrow()
                .pieces().stream().map(LayoutTest::piece).anyMatch(text -> text.contains("第四栏的文字"));
    }

    @Test
    void aBriefsBoldHeadLittleAboveBodySizeLevelWithAHeadlineHeadsItsBrief() throws Exception {
        // A row of items starts under a rule: a brief in the first column under its bold head, 1.1 × body, and
        // beside it a commentary's headline, its top level with the head's, over its own columns.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            briefUnderRule(content, font, "国产大飞机累计运送", "旅客突破810万人次",
                    "　　本报讯　6月3日，天津", "举行双拥共建签约仪式，", "48家企业与驻地部队结对", "共建。");
            text(content, font, 20, 260, 108, 0, "把论文写在战位上");
            for (int c = 0; c < 2; c++) {
                for (int i = 0; i < 8; i++) {
                    text(content, font, 10, 192 + c * 132, 134 + i * 16, 0, "同样只有真正有本事真正干");
                }
            }
        });
        assertThat(areas).filteredOn(a -> piece(a.pieces().get(0)).equals("国产大飞机累计运送旅客突破810万人次"))
                .singleElement().satisfies(brief -> {
                    assertThat(brief.pieces().get(0).role()).isEqualTo(LaidOutPage.Role.HEADLINE);
                    assertThat(brief.pieces()).extracting(LayoutTest::piece)
                            .contains("本报讯 6月3日，天津举行双拥共建签约仪式，48家企业与驻地部队结对共建。");
                });
    }

    @Test
    void aBriefPrintedInTraditionalCharactersIsReadAsABriefAndKeepsItsCharacters() throws Exception {
        // The brief above as a Hong Kong or Taiwan paper prints it: 本報訊 is the place-less dateline that makes a
        // brief (the rules read the page's lines in Simplified characters); the item keeps the printed ones.
        List<org.masthead.model.Item> items = items(pdf(1, (document, content, font) -> briefUnderRule(content, font,
                "國產大飛機累計運送", "旅客突破810萬人次",
                "　　本報訊　6月3日，天津", "舉行雙擁共建簽約儀式，", "48家企業與駐地部隊結對", "共建。"), null));
        assertThat(items).singleElement().satisfies(brief -> {
            assertThat(brief.kind()).isEqualTo(org.masthead.model.ItemKind.BRIEF);
            assertThat(brief.headline()).isEqualTo("國產大飛機累計運送旅客突破810萬人次");
            assertThat(brief.sections().get(0).paragraphs().get(0)).contains("舉行雙擁共建簽約儀式");
        });
    }

    @Test
    void aHeadLittleAboveBodySizeRightUnderARuleHeadsItsBrief() throws Exception {
        // The page's top row: a rule, then a brief's head 1.1 × body, not bold, centred over the brief's two
        // lines; no headline beside it.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            ruleAcross(content, 600);
            text(content, font, 11, 100, 100, 0, "走进火箭军某旅的训练场");
            text(content, font, 10, 80, 120, 0, "本报讯　6月3日，长沙举行双拥共建");
            text(content, font, 10, 60, 136, 0, "签约仪式，9家企业与驻地部队结对共建。");
        });
        assertThat(areas).singleElement().satisfies(brief -> {
            assertThat(brief.pieces().get(0).role()).isEqualTo(LaidOutPage.Role.HEADLINE);
            assertThat(brief.pieces()).extracting(LayoutTest::piece).containsExactly("走进火箭军某旅的训练场",
                    "本报讯 6月3日，长沙举行双拥共建签约仪式，9家企业与驻地部队结对共建。");
        });
    }

    @Test
    void aBriefUnderAHeadCentredOverTheRowReachesAsFarRightAsItsTextReachesLeft() throws Exception {
        // A brief's lines in the first two columns, its head centred over the whole row (x 60 to 560).
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            ruleAcross(content, 600);
            text(content, font, 11, 249.5f, 100, 0, "走进火箭军某旅的训练场");
            text(content, font, 10, 80, 120, 0, "本报讯　6月3日，长沙");
            text(content, font, 10, 60, 136, 0, "举行双拥共建签约仪式，");
            text(content, font, 10, 192, 120, 0, "9家企业与驻地部队结对");
            text(content, font, 10, 192, 136, 0, "共建。");
        });
        assertThat(areas).singleElement().satisfies(brief -> {
            float left = (float) brief.region().stream().mapToDouble(org.masthead.model.Box::x).min().orElseThrow();
            float right = (float) brief.region().stream().mapToDouble(box -> box.x() + box.width()).max().orElseThrow();
            assertThat(left).isCloseTo(60, org.assertj.core.data.Offset.offset(2f));
            assertThat(right).isCloseTo(560, org.assertj.core.data.Offset.offset(4f));
        });
    }

    @Test
    void aBriefBalancedOverFourOfFiveColumnsUnderAHeadCentredOverTheMiddleOneIsOneItem() throws Exception {
        // A brief set in five columns, its two lines a column filling four; its head, centred over the five,
        // stands over the third alone, as a one-column brief's head would.
        String[] lines = {"本报讯　北部战区", "海军某支队近日开展安", "全隐患排查整治，共发", "现并整改问题32个。海",
                "口军分区司令员杜霞表", "示，将进一步健全军地", "协调机制，推动双拥工", "作提质增效。"};
        assertBrief(briefOverArticle(12.5f, 284, "军地携手护航发展", 10, lines, 2, 112, 20, 2, "比武设置武装越野战术演"),
                "军地携手护航发展", "本报讯 北部战区海军某支队近日开展安全隐患排查整治，共发现并整改问题32个。"
                        + "海口军分区司令员杜霞表示，将进一步健全军地协调机制，推动双拥工作提质增效。");
    }

    @Test
    void aBriefBalancedOverThreeColumnsItsLastLeftShortUnderAHeadOverTheMiddleOneIsOneItem() throws Exception {
        // Two lines a column, the third column holding the last line alone; the head, centred over the three,
        // stands over the middle one.
        assertThreeColumnBrief(232);
    }

    @Test
    void aBriefsHeadOverItsShortLastColumnTakesTheLongerColumnsBeforeIt() throws Exception {
        // The same brief, its head standing over the third column, the one balancing left a line short.
        assertThreeColumnBrief(391);
    }

    /** A brief of five lines balanced over three columns (two, two, one), its head set at {@code headX}, is one. */
    private static void assertThreeColumnBrief(float headX) throws Exception {
        String[] lines = {"本报讯　近日，南昌军分区", "组织民兵开展应急拉动演练，检", "验了快速反应能力。今年一至六",
                "月，南昌外贸进出口总值九十七", "万亿元，同比增长。"};
        assertBrief(briefOverArticle(12.8f, headX, "高原练兵 淬火成钢", 10, lines, 2, 157, 20, 3, "比武设置武装越野战术演练项目"),
                "高原练兵 淬火成钢", "本报讯 近日，南昌军分区组织民兵开展应急拉动演练，检验了快速反应能力。"
                        + "今年一至六月，南昌外贸进出口总值九十七万亿元，同比增长。");
    }

    @Test
    void aShortColumnBesideABriefThatOpensAParagraphIsTheNextBriefs() throws Exception {
        // Brief A in one column of four lines; to its right, a column of two lines level with its top that opens
        // with an indented 本报讯: brief B's, whose head stands over the column after it.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            brief(content, font, 12.8f, 70, 100, "自贸区建设取得新进展", 10,
                    new String[] {"本报讯　济南退役军人事", "务局组织专场招聘会，提", "供就业岗位六千余个。维", "护和平安宁。"},
                    4, 60, 157, 20, 120);
            brief(content, font, 12.8f, 390, 100, "在天津看强军新风", 10,
                    new String[] {"本报讯　东部战区海军某", "部举办军事训练成果汇报", "展示，二十五个课目集中", "亮相，参赛队员说。"},
                    2, 217, 157, 20, 120);
            text(content, font, 24, 100, 200, 0, "在大连看强军新风");
            for (int c = 0; c < 3; c++) {
                for (int i = 0; i < 8; i++) {
                    text(content, font, 10, 60 + c * 157, 240 + i * 16, 0, "比武设置武装越野战术演练项目");
                }
            }
        });
        assertBrief(areas, "自贸区建设取得新进展", "本报讯 济南退役军人事务局组织专场招聘会，提供就业岗位六千余个。维护和平安宁。");
        assertBrief(areas, "在天津看强军新风", "本报讯 东部战区海军某部举办军事训练成果汇报展示，二十五个课目集中亮相，参赛队员说。");
    }

    @Test
    void aBriefsHeadUnderTheRunningHeadAndItsRuleIsAtItsColumnsTop() throws Exception {
        // Two briefs side by side at the top of a page, their columns as long, their bold heads 1.12 × body right
        // under the rule below the running head: the date over the first column is the page's head, not text of
        // that column, so the first head heads its brief and the second does not take its column.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            text(content, font, 10, 60, 50, 0, "2024年1月10日 星期三");
            content.moveTo(50, PAGE - 60);
            content.lineTo(600, PAGE - 60);
            content.stroke();
            bold(content, () -> text(content, font, 11.2f, 60, 88, 0, "烟台退役军人就业"));
            bold(content, () -> text(content, font, 11.2f, 172, 88, 0, "一堂别开生面教育"));
            for (int c = 0; c < 2; c++) {
                for (int i = 0; i < 6; i++) {
                    text(content, font, 10, 60 + c * 112, 108 + i * 16, 0, c == 0 ? "西藏军区某边防团联合" : "大学某学院近日开展安");
                }
            }
        });
        assertThat(areas).extracting(a -> a.pieces().get(0).role(), a -> piece(a.pieces().get(0)), a -> a.pieces().size())
                .contains(org.assertj.core.groups.Tuple.tuple(LaidOutPage.Role.HEADLINE, "烟台退役军人就业", 2),
                        org.assertj.core.groups.Tuple.tuple(LaidOutPage.Role.HEADLINE, "一堂别开生面教育", 2));
    }

    @Test
    void aColumnUnderASubheadStaysWithTheArticleWhoseTextTopsIt() throws Exception {
        // A speech over five columns, its head centred over the middle three, a subhead in its fifth column; the
        // next article's head, further right, ends lower, right over the paragraph under that subhead.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            bold(content, () -> text(content, font, 22.3f, 187, 89, 0, "在座谈会上的讲话"));
            text(content, font, 12.2f, 210, 111, 0, "——（2024年12月9日）");
            for (int c = 0; c < 5; c++) {
                for (int i = 0; i < (c == 4 ? 2 : 14); i++) {
                    text(content, font, 7.5f, 40 + c * 96.5f, 141 + i * 12.3f, 0, c == 4 && i == 1 ? "务。" : "总结经验分析形势部署任");
                }
            }
            bold(content, () -> text(content, font, 8.3f, 436, 177, 0, "五、让群众少跑腿"));
            for (int i = 0; i < 10; i++) {
                text(content, font, 7.5f, 426, 189 + i * 12.3f, 0, "每一名官兵都是强军事业");
            }
            bold(content, () -> text(content, font, 15.6f, 528, 94, 0, "联勤保障部队某中心破解"));
            bold(content, () -> text(content, font, 15.6f, 559, 115, 0, "保障难题见实效"));
            text(content, font, 8.6f, 554, 132, 0, "——重庆推进双拥共建工作综述");
            for (int c = 0; c < 2; c++) {
                for (int i = 0; i < 14; i++) {
                    text(content, font, 7.5f, 522 + c * 96.5f, 147 + i * 12.3f, 0, "该系统可模拟多种战场环");
                }
            }
        });
        LaidOutPage.Area speech = areas.stream().filter(a -> piece(a.pieces().get(0)).equals("在座谈会上的讲话"))
                .findFirst().orElseThrow();
        assertThat(speech.pieces()).extracting(LayoutTest::piece).contains("五、让群众少跑腿")
                .anyMatch(text -> text.startsWith("每一名官兵都是强军事业"));
    }

    @Test
    void aSubtitleATenthAboveBodySizeRightOverTheTextIsNoLineOfIt() throws Exception {
        // ——南昌军地协作纪实 at 1.1 × body, centred under the headline, its foot a few points over the dateline.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            bold(content, () -> text(content, font, 17.1f, 627, 1047, 0, "新疆军区某边防团举行"));
            bold(content, () -> text(content, font, 17.1f, 652, 1071, 0, "新装备列装仪式"));
            text(content, font, 9.4f, 665, 1089, 0, "——南昌军地协作纪实");
            text(content, font, 8.5f, 640, 1106, 0, "本报南昌1月12日");
            String[] lines = {"电　经过23个昼夜的连", "续奋战，抢险官兵打通", "道路16公里，转移安置", "群众2340余人。"};
            for (int i = 0; i < lines.length; i++) {
                text(content, font, 8.5f, 623, 1120 + i * 13.8f, 0, lines[i]);
            }
        });
        assertThat(areas).singleElement().satisfies(article -> assertThat(article.pieces())
                .extracting(LaidOutPage.Piece::role, LayoutTest::piece).startsWith(
                        org.assertj.core.groups.Tuple.tuple(LaidOutPage.Role.HEADLINE, "新疆军区某边防团举行新装备列装仪式"),
                        org.assertj.core.groups.Tuple.tuple(LaidOutPage.Role.SUBTITLE, "——南昌军地协作纪实")));
    }

    @Test
    void aSentenceEndingAtAColumnsEdgeDoesNotEndTheParagraphInTheNextColumn() throws Exception {
        // A brief under a headline across the page, its one paragraph a line in each column: 义诊。 fills its
        // column, a narrower one than the next, and the paragraph goes on.
        String[] lines = {"本报讯　1月12日，", "新疆军区某边防团组织", "专业技术人员赴银川开", "展巡诊服务，为7210",
                "余名官兵和群众义诊。", "各方一致认为，保持富", "有成效的全方位合作，", "符合各方的根本利益。"};
        List<LaidOutPage.Area> areas = areas((document, content, font) ->
                brief(content, font, 30, 239, 686, "让创新活力在基层充分涌流", 8.5f, lines, 1, 40, 96.7f, 17, 710));
        assertThat(areas).singleElement().satisfies(brief -> assertThat(brief.pieces()).extracting(LayoutTest::piece)
                .hasSize(2).last().asString().contains("群众义诊。各方一致认为").endsWith("符合各方的根本利益。"));
    }

    @Test
    void aParagraphsLastLineStandingWhollyInTheIndentAboveEndsThatParagraph() throws Exception {
        // A commentary set wide, leading 1.7: its first paragraph's second line is 力。 alone, left of where the
        // indented first line begins, so the two lines share no width.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            bold(content, () -> text(content, font, 15, 543, 116, 0, "PM2.5平均浓度同比下降18.8%"));
            text(content, font, 11.3f, 368.6f, 137, 0, "天道酬勤，力耕不欺。各级党委和政治机关要坚持原则、实事求是、敢于负责、公正无私，突出政治标准和打仗能");
            text(content, font, 11.3f, 346, 156.2f, 0, "力。");
            text(content, font, 11.3f, 368.6f, 175.4f, 0, "历史告诉我们，落后就要挨打，发展才能自强。官兵是强军兴军的主体，必须充分调动官兵积极性、主动性、创造");
            text(content, font, 11.3f, 346, 194.6f, 0, "性。创新是引领发展的第一动力。");
        });
        assertThat(areas).singleElement().satisfies(article -> assertThat(article.pieces())
                .extracting(LaidOutPage.Piece::role, LayoutTest::piece).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LaidOutPage.Role.HEADLINE, "PM2.5平均浓度同比下降18.8%"),
                        org.assertj.core.groups.Tuple.tuple(LaidOutPage.Role.TEXT,
                                "天道酬勤，力耕不欺。各级党委和政治机关要坚持原则、实事求是、敢于负责、公正无私，突出政治标准和打仗能力。"),
                        org.assertj.core.groups.Tuple.tuple(LaidOutPage.Role.TEXT,
                                "历史告诉我们，落后就要挨打，发展才能自强。官兵是强军兴军的主体，必须充分调动官兵积极性、主动性、创造性。创新是引领发展的第一动力。")));
    }

    @Test
    void aBriefsHeadCentredOverTwoColumnsWithItsSpaceOnTheGutterIsOneHeadline() throws Exception {
        // 坚持以战领训 提升打赢能力 in bold 1.2 × body, its space between the phrases right over the gutter; the row
        // under it starts at a first line's indent.
        String[] lines = {"本报讯　12月30", "日，火箭军某旅联合银", "川消防救援支队开展森", "林灭火演练。“我们将",
                "持续加强与地方的协作", "为官兵办实事解难题。", "会议强调要坚持以战领", "训体系练兵。"};
        List<LaidOutPage.Area> areas = areas((document, content, font) ->
                brief(content, font, 12.8f, 761, 385, "坚持以战领训 提升打赢能力", 10.5f, lines, 4, 730, 117, 21, 405));
        assertThat(areas).singleElement().satisfies(brief -> assertThat(brief.pieces()).first()
                .extracting(LaidOutPage.Piece::role, LayoutTest::piece)
                .containsExactly(LaidOutPage.Role.HEADLINE, "坚持以战领训 提升打赢能力"));
    }

    @Test
    void aHeadWhoseGlyphsPrintIntoTheGutterOnBothSidesOfItsSpaceIsOneHeadline() throws Exception {
        // A brief's head centred over four columns, its text balanced over three: the head's space stands in the
        // second gutter, 广 and 友 printed into it, and the head ends past the third column's edge.
        String[] lines = {"本报讯　西藏军区", "某边防团近日开展安全", "隐患排查整治，共发现", "并整改问题五十个。在",
                "广州不到四十小时时间", "里，李卫东密集出席十", "余场活动，共商合作大", "计，共绘发展蓝图，达", "成百余项合作成果。"};
        List<LaidOutPage.Area> areas = briefOverArticle(12.8f, 171.7f, "合作之路越走越宽广 友谊之花越开越灿烂", 10.5f, lines, 3,
                117.5f, 21, 4, "比武设置武装越野战术");
        assertThat(areas).extracting(a -> piece(a.pieces().get(0)))
                .contains("合作之路越走越宽广 友谊之花越开越灿烂").doesNotContain("友谊之花越开越灿烂");
    }

    @Test
    void aBriefsHeadOnTwoLinesLittleAboveBodySizeIsOneHeadline() throws Exception {
        // Under a rule, a brief's head 1.1 × body, not bold, its last character centred on a line of its own.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            ruleAcross(content, 600);
            text(content, font, 11, 60, 100, 0, "铁血担当书写忠诚答");
            text(content, font, 11, 104, 116, 0, "卷");
            text(content, font, 10, 80, 136, 0, "本报讯　12月30日，陆军");
            text(content, font, 10, 60, 152, 0, "某旅开展森林灭火演练。");
        });
        assertThat(areas).singleElement().satisfies(brief -> assertThat(brief.pieces())
                .extracting(LaidOutPage.Piece::role, LayoutTest::piece)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LaidOutPage.Role.HEADLINE, "铁血担当书写忠诚答卷"),
                        org.assertj.core.groups.Tuple.tuple(LaidOutPage.Role.TEXT, "本报讯 12月30日，陆军某旅开展森林灭火演练。")));
    }

    private static final float PAGE = PDRectangle.A3.getHeight();

    @Test
    void anItemsAreaTakesInTheLeadingRoundItsLines() throws Exception {
        // Four lines of 10 pt type set 16 pt apart fill 64 pt as set: the 6 pt of leading between two lines is
        // shared out above the first and below the last, so the area is four pitches high, not the 58 pt its glyphs
        // cover.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            text(content, font, 24, 60, 100, 0, "在大连看强军新风");
            text(content, font, 10, 60, 130, 0, "本报讯　6月3日，大连举行");
            text(content, font, 10, 60, 146, 0, "双拥共建签约仪式，9家企");
            text(content, font, 10, 60, 162, 0, "业与驻地部队结对共建，为");
            text(content, font, 10, 60, 178, 0, "官兵解决实际困难。");
        });
        assertThat(areas).singleElement().satisfies(article -> assertThat(article.region())
                .filteredOn(box -> box.y() > 110).singleElement().satisfies(column -> {
                    assertThat(column.height()).isCloseTo(64, org.assertj.core.data.Offset.offset(0.5));
                    assertThat(column.y()).isCloseTo(130 - 8.8 - 3, org.assertj.core.data.Offset.offset(0.5));
                }));
    }

    /** A rule from x 50 to {@code right}, 80 below the page's top: over a row of items. */
    private static void ruleAcross(org.apache.pdfbox.pdmodel.PDPageContentStream content, float right) throws IOException {
        content.moveTo(50, PAGE - 80);
        content.lineTo(right, PAGE - 80);
        content.stroke();
    }

    /**
     * A brief, its bold head at baseline 100 and its lines set in columns from x 60 under it, over an article whose
     * columns, at the brief's pitch, set the page's.
     */
    private static List<LaidOutPage.Area> briefOverArticle(float headSize, float headX, String head, float size,
            String[] lines, int perColumn, float pitch, float indent, int articleColumns, String articleLine)
            throws Exception {
        return areas((document, content, font) -> {
            brief(content, font, headSize, headX, 100, head, size, lines, perColumn, 60, pitch, indent, 120);
            text(content, font, 24, 100, 200, 0, "在大连看强军新风");
            for (int c = 0; c < articleColumns; c++) {
                for (int i = 0; i < 8; i++) {
                    text(content, font, size, 60 + c * pitch, 240 + i * 16, 0, articleLine);
                }
            }
        });
    }

    /** The area headed {@code head} is one brief: that head and the text under it. */
    private static void assertBrief(List<LaidOutPage.Area> areas, String head, String text) {
        assertThat(areas).filteredOn(a -> piece(a.pieces().get(0)).equals(head)).singleElement()
                .satisfies(brief -> assertThat(brief.pieces()).extracting(LayoutTest::piece).containsExactly(head, text));
    }

    /** A brief in the first column under a rule across the page: its bold head on two lines over its lines. */
    private static void briefUnderRule(org.apache.pdfbox.pdmodel.PDPageContentStream content,
            org.apache.pdfbox.pdmodel.font.PDType0Font font, String headTop, String headBottom, String... lines)
            throws IOException {
        ruleAcross(content, 600);
        bold(content, () -> text(content, font, 11, 60, 100, 0, headTop));
        bold(content, () -> text(content, font, 11, 60, 114, 0, headBottom));
        for (int i = 0; i < lines.length; i++) {
            text(content, font, 10, 60, 134 + i * 16, 0, lines[i]);
        }
    }

    /** A brief: its bold head, and its lines in columns under it ({@link #briefColumns}). */
    private static void brief(org.apache.pdfbox.pdmodel.PDPageContentStream content,
            org.apache.pdfbox.pdmodel.font.PDType0Font font, float headSize, float headX, float headTop, String head,
            float size, String[] lines, int perColumn, float left, float pitch, float indent, float top) throws IOException {
        bold(content, () -> text(content, font, headSize, headX, headTop, 0, head));
        briefColumns(content, font, size, lines, perColumn, left, pitch, indent, top);
    }

    /**
     * A brief's one paragraph set {@code perColumn} lines to a column, the columns {@code pitch} apart from x
     * {@code left}, its first line indented by {@code indent}, from {@code top} down.
     */
    private static void briefColumns(org.apache.pdfbox.pdmodel.PDPageContentStream content,
            org.apache.pdfbox.pdmodel.font.PDType0Font font, float size, String[] lines, int perColumn, float left,
            float pitch, float indent, float top) throws IOException {
        for (int i = 0; i < lines.length; i++) {
            text(content, font, size, left + i / perColumn * pitch + (i == 0 ? indent : 0), top + i % perColumn * size * 1.6f,
                    0, lines[i]);
        }
    }

    private static List<LaidOutPage.Area> areas(PdfPagesTest.Drawing drawing) throws IOException, UnusableInputException {
        return PdfPages.read(new PageSource("p.pdf", pdf(1, drawing, null))).get(0).areas();
    }

    /** The items the whole parse chain reads from a one-page PDF of 解放军报's page 2. */
    private static List<org.masthead.model.Item> items(byte[] bytes) throws UnusableInputException {
        return new org.masthead.parse.EditionParser().parse(List.of(new PageSource("jfjb-2025-06-19-p02.pdf", bytes)),
                new org.masthead.parse.ParseOptions(null, "解放军报")).pages().get(0).items();
    }

    private static List<String> lines(List<LaidOutPage.Area> areas) {
        return areas.stream().flatMap(a -> a.pieces().stream()).flatMap(p -> p.lines().stream())
                .map(LaidOutPage.Line::text).toList();
    }

    private static String piece(LaidOutPage.Piece piece) {
        return String.join("", piece.lines().stream().map(LaidOutPage.Line::text).toList());
    }

    @Test
    void aColumnsFirstLineSpreadWideUnderItsHeadlineIsOneLine() throws Exception {
        // A brief in a narrow column: its headline, then 本报讯 and one character justified to the column's full
        // width, a gap wider than the body's word space; only the lines below show the column there.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            bold(content, () -> text(content, font, 18, 723, 90, 0, "粮食总产量"));
            bold(content, () -> text(content, font, 10.5f, 740.8f, 185, 0, "本报讯"));
            text(content, font, 10.5f, 791.5f, 185, 0, "近");
            briefColumns(content, font, 10.5f, new String[] {"日，国防科技大", "学某学院举办军", "事训练成果汇报",
                "展示，58个课目"}, 4, 720, 0, 0, 200);
        });
        assertThat(lines(areas)).doesNotContain("近").anySatisfy(line -> assertThat(line).startsWith("本报讯").endsWith("近"));
    }

    @Test
    void aTwoCharacterHeadlineSpreadOverAGutterIsOneWord() throws Exception {
        // A box's label in display type, its two characters spread 0.6 em apart, the gap right over the gutter
        // between two of the columns under it.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            bold(content, () -> text(content, font, 28.9f, 383, 690, 18, "数说"));
            String[] lines = new String[12];
            java.util.Arrays.fill(lines, "征兵工作开展以来各级坚");
            briefColumns(content, font, 7.5f, lines, 3, 137, 96.7f, 0, 730);
        });
        assertThat(lines(areas)).doesNotContain("数", "说").anySatisfy(line -> assertThat(line).isIn("数说", "数 说"));
    }

    @Test
    void aTrailingSpaceHangingIntoTheGutterDoesNotJoinTwoColumns() throws Exception {
        // Column 1 ends its first line with a dateline and a space that hangs past the column's edge, right up to
        // column 2, whose first line is a paragraph's short last line. Column width 12 em, gutter 1.2 em.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            text(content, font, 10, 60, 100, 0, "　　新华社北京六月一日电　");
            text(content, font, 10, 192, 100, 0, "的生动诠释。");
            for (int i = 1; i < 6; i++) {
                text(content, font, 10, 60, 100 + i * 16, 0, "征兵工作开展以来各级坚持");
                text(content, font, 10, 192, 100 + i * 16, 0, "把政治考核放在首位严把兵");
            }
        });
        assertThat(lines(areas)).as(lines(areas).toString()).contains("新华社北京六月一日电", "的生动诠释。").noneMatch(l -> l.contains("电的"));
    }

    @Test
    void aSpaceHangingIntoTheGutterBesideIndentedLinesDoesNotJoinTwoColumns() throws Exception {
        // A dateline's space hangs into the gutter beside column 2's full line. Around it a subtitle across both
        // columns, a row whose column 1 line ends short of its edge (a figure is narrower than a character) and
        // a row whose column 2 line is an indented first line: both show the columns parted there.
        List<String> lines = linesUnderDateline(new String[] {"征兵工作开展以来各级1", "员雷子涵说。去年以来全市"},
                new String[] {"雷子涵说：“只要群众需要", "　　在兰州召开的座谈会"},
                new String[] {"我们就冲在最前面比武就是", "　　来自基层一线的代表"});
        assertThat(lines).as(lines.toString()).contains("新华社北京六月一日电", "战，赛场就是战场。”参赛队");
    }

    @Test
    void aSpaceAtAGutterTheRowsFurtherDownLeaveOpenDoesNotJoinTwoColumns() throws Exception {
        // The rows right around part the columns nowhere (a short byline, a deeply indented line); the rows
        // further down do, again and again, and the dateline starts at its column's indent.
        String[][] rows = new String[11][];
        rows[0] = new String[] {"（记者任勇、雷子涵）", "员雷子涵说。"};
        rows[1] = new String[] {"雷子涵说：“只要群众需要", "　　　　在兰州召开的座"};
        java.util.Arrays.fill(rows, 2, rows.length, new String[] {"我们就冲在最前面比武就是", "来自基层一线的代表畅谈了"});
        List<String> lines = linesUnderDateline(rows);
        assertThat(lines).as(lines.toString()).contains("新华社北京六月一日电", "战，赛场就是战场。”参赛队");
    }

    /**
     * The lines read from a subtitle across two columns, a dateline whose space hangs into the gutter beside
     * column 2's full line, and under them the rows given (column 1's line, column 2's).
     */
    private static List<String> linesUnderDateline(String[]... rows) throws Exception {
        return lines(areas((document, content, font) -> {
            text(content, font, 12, 110, 80, 0, "——来自兰州某训练场的报道");
            text(content, font, 10, 60, 100, 0, "　　新华社北京六月一日电　");
            text(content, font, 10, 192, 100, 0, "战，赛场就是战场。”参赛队");
            for (int i = 0; i < rows.length; i++) {
                text(content, font, 10, 60, 116 + i * 16, 0, rows[i][0]);
                text(content, font, 10, 192, 116 + i * 16, 0, rows[i][1]);
            }
        }));
    }

    @Test
    void aNarrowUnruledGutterThatTheRowsLeaveOpenAgainAndAgainPartsTheColumns() throws Exception {
        // Two columns a gutter of 0.7 em apart, no rule between; the left one set ragged, every other line stopping
        // a character short. Half the rows leave no gap an em wide, but every row leaves one open where the right
        // column starts.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            bold(content, () -> text(content, font, 24, 100, 80, 0, "在大连看强军新风"));
            for (int i = 0; i < 12; i++) {
                text(content, font, 10, 60, 110 + i * 15, 0, i % 2 == 1 ? "比武设置武装越野战术演练项" : "比武设置武装越野战术演练项目");
                text(content, font, 10, 207, 110 + i * 15, 0, "官兵在陌生地域连续奋战二十");
            }
        });
        assertThat(lines(areas)).filteredOn(line -> line.startsWith("比武")).hasSize(12)
                .allSatisfy(line -> assertThat(line).doesNotContain("官兵"));
        assertThat(lines(areas)).filteredOn("官兵在陌生地域连续奋战二十"::equals).hasSize(12);
    }

    @Test
    void aNarrowGutterBetweenColumnsWhoseBaselinesDoNotLineUpPartsTheColumns() throws Exception {
        // A dateline filling its column's line beside the next column's quoted subhead a size up, 0.7 em apart
        // with no rule: the subhead pushed that column's lines down, so no row below holds both columns, and
        // each column leaves the gutter open in rows of its own (the left one's rows go on in a third column).
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            bold(content, () -> text(content, font, 24, 100, 60, 0, "在大连看强军新风"));
            text(content, font, 10, 60, 100, 0, "　　新华社杭州十二月三十一");
            text(content, font, 11, 197, 100, 0, "“练兵场就是战场”");
            for (int i = 0; i < 12; i++) {
                text(content, font, 10, 60, 116 + i * 16, 0, "比武设置武装越野战术演练项");
                text(content, font, 10, 197, 121 + i * 16, 0, "官兵在陌生地域连续奋战二");
                text(content, font, 10, 350, 116 + i * 16, 0, "训练场上多流汗战场上才能");
            }
        });
        assertThat(lines(areas)).as(lines(areas).toString()).contains("新华社杭州十二月三十一", "“练兵场就是战场”");
    }

    @Test
    void aLineReachingFurtherIntoANarrowGutterThanTheRowsAroundItStillEndsAtTheGutter() throws Exception {
        // A short article (too few rows for the page to show its gutter) whose columns stand an em apart; one line
        // of the left column is set wider, leaving 0.7 em. The rows above and below part the columns right there.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            bold(content, () -> text(content, font, 24, 100, 60, 0, "在大连看强军新风"));
            for (int i = 0; i < 5; i++) {
                text(content, font, 10, 60, 100 + i * 16, i == 2 ? 0.2f : 0, "比武设置武装越野战术演练项");
                text(content, font, 10, 200, 100 + i * 16, 0, "官兵在陌生地域连续奋战二十");
            }
        });
        assertThat(lines(areas)).as(lines(areas).toString()).filteredOn("比武设置武装越野战术演练项"::equals).hasSize(5);
    }

    @Test
    void aClosingMarkHangingIntoANarrowGutterDoesNotJoinTwoColumns() throws Exception {
        // Columns 0.7 em apart, no rule; one line ends 。” with the quote pulled up against the full stop, its em
        // box reaching to within a tenth of an em of the next column, its ink in the box's left half.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            headedColumns(content, font, 8, 197, i -> i == 3 ? "体现了军民团结与互助精神。" : "比武设置武装越野战术演练项");
            text(content, font, 10, 185.5f, 148, 0, "”");
        });
        assertThat(lines(areas)).as(lines(areas).toString()).contains("体现了军民团结与互助精神。”")
                .filteredOn(RIGHT_COLUMN::equals).hasSize(8);
    }

    @Test
    void aShortLastColumnANarrowGutterAwayStandsApartThoughOnlyItsTwoLinesShowTheGutter() throws Exception {
        // A short article over three columns 0.8 em apart, no rules; the last column holds two lines. The rows
        // under them end at the middle column's edge, nothing beside them.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            headedColumns(content, font, 4, 198, i -> "比武设置武装越野战术演练项");
            text(content, font, 10, 336, 100, 0, "山口时当地党政领导和驻地官");
            text(content, font, 10, 336, 116, 0, "兵代表到机场送行。");
        });
        assertThat(lines(areas)).as(lines(areas).toString()).contains("山口时当地党政领导和驻地官", "兵代表到机场送行。")
                .filteredOn(RIGHT_COLUMN::equals).hasSize(4);
    }

    @Test
    void aBylineInBodyTypeCentredOverTwoNarrowColumnsIsNoLineOfTheFirst() throws Exception {
        // Columns nine characters wide; the byline, in their type, starts an em right of the first column's
        // indented first line and reaches well into the second column, over its first line. The first column holds
        // two paragraphs, both read before the second column.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            bold(content, () -> text(content, font, 24, 70, 60, 0, "在大连看强军新风"));
            text(content, font, 10, 90, 100, 0, "■本报记者　付博文　汪文博");
            for (int i = 0; i < 10; i++) {
                text(content, font, 10, 60, 116 + i * 16, 0, i == 0 ? "　　北部战区空军" : i == 4 ? "干。" : i == 5 ? "　　这是今年北部" : "旅把党史学习教育融");
                text(content, font, 10, 162, 116 + i * 16, 0, "挥员临机处置能力。");
            }
        });
        List<String> lines = lines(areas);
        assertThat(lines.indexOf("这是今年北部")).as(lines.toString()).isGreaterThan(lines.indexOf("北部战区空军"))
                .isLessThan(lines.indexOf("挥员临机处置能力。"));
    }

    @Test
    void aClosingMarkHangingIntoTheGutterBesideDoesNotMakeALineLookCentredAcrossTheNext() throws Exception {
        // Three columns 0.8 em apart, no rules; the last holds two short lines. Under the first of them the
        // second one's row parts the columns, its first column's line ending 。” with the quote hanging into the
        // gutter before the middle column: that column's line still starts where the column does.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            headedColumns(content, font, 10, 198, i -> i == 5 ? "体现了军民团结与互助精神。" : "比武设置武装越野战术演练项");
            text(content, font, 10, 185.5f, 180, 0, "”");
            text(content, font, 10, 336, 164, 0, "通办。");
            text(content, font, 10, 336, 180, 0, "兵代表到机场送行。");
        });
        assertThat(lines(areas)).as(lines(areas).toString()).contains("通办。", "兵代表到机场送行。")
                .filteredOn(RIGHT_COLUMN::equals).hasSize(10);
    }

    /** The second column's line, the same in every row of {@link #headedColumns}. */
    private static final String RIGHT_COLUMN = "官兵在陌生地域连续奋战二十";

    /**
     * A headline over {@code rows} rows of two columns in body type, 16 points apart from 100 points down: the first
     * column at x 60, its line in each row as {@code left} gives it, the second at {@code rightX}.
     */
    private static void headedColumns(org.apache.pdfbox.pdmodel.PDPageContentStream content,
            org.apache.pdfbox.pdmodel.font.PDType0Font font, int rows, float rightX,
            java.util.function.IntFunction<String> left) throws IOException {
        bold(content, () -> text(content, font, 24, 100, 60, 0, "在大连看强军新风"));
        for (int i = 0; i < rows; i++) {
            text(content, font, 10, 60, 100 + i * 16, 0, left.apply(i));
            text(content, font, 10, rightX, 100 + i * 16, 0, RIGHT_COLUMN);
        }
    }

    @Test
    void aSpaceSetBetweenGlyphsKeepsTheLineWhole() throws Exception {
        // A credit after the caption's space, a dateline before the text: no column stands around them.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            text(content, font, 10, 60, 100, 0, "官兵在高原某地域进行战术训练。　张三摄");
            text(content, font, 10, 60, 300, 0, "本报讯　北部战区海军某支队近日开展安全隐患排查");
        });
        assertThat(lines(areas)).contains("官兵在高原某地域进行战术训练。 张三摄", "本报讯 北部战区海军某支队近日开展安全隐患排查");
    }

    @Test
    void anUprightRuleBetweenTwoColumnsSplitsEvenANarrowGap() throws Exception {
        // Gutter of 0.6 em, narrower than any gap layout would split at, but a column rule stands in it.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            content.setLineWidth(0.75f);
            content.moveTo(183, PAGE - 90);
            content.lineTo(183, PAGE - 200);
            content.stroke();
            for (int i = 0; i < 6; i++) {
                text(content, font, 10, 60, 100 + i * 16, 0, "征兵工作开展以来各级坚持");
                text(content, font, 10, 186, 100 + i * 16, 0, "把政治考核放在首位严把兵");
            }
        });
        assertThat(lines(areas)).hasSize(12).allMatch(l -> l.length() == 12);
    }

    @Test
    void aBriefsHeadlineSetLittleAboveBodySizeAndNotBoldHeadsItsItem() throws Exception {
        // A brief in a column under a rule: its headline 1.25 × body, centred over two lines, then one paragraph;
        // beside it, a report whose text starts at the same height.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            ruleAcross(content, 500);
            text(content, font, 12.5f, 60, 100, 0, "全国粮食总产量");
            text(content, font, 12.5f, 66, 116, 0, "再创新高");
            String[] brief = {"　　本报讯　国家统计局", "日前发布数据，全年粮食", "总产量再创历史新高。"};
            for (int i = 0; i < brief.length; i++) {
                text(content, font, 10, 60, 136 + i * 16, 0, brief[i]);
            }
            for (int i = 0; i < 8; i++) {
                text(content, font, 10, 200, 100 + i * 16, 0, "演练中官兵闻令而动快速机动圆满完成任务");
            }
        });
        LaidOutPage.Area brief = areas.stream().filter(a -> a.pieces().get(0).role() == LaidOutPage.Role.HEADLINE)
                .findFirst().orElseThrow();
        assertThat(piece(brief.pieces().get(0))).isEqualTo("全国粮食总产量再创新高");
        assertThat(brief.pieces()).hasSize(2);
        assertThat(piece(brief.pieces().get(1))).isEqualTo("本报讯 国家统计局日前发布数据，全年粮食总产量再创历史新高。");
    }

    @Test
    void aBriefsHeadOverItsColumnTakesNotTheColumnBesideIt() throws Exception {
        // A brief under its small head in the first column; the second column, beside the head, is the next
        // article's, whose headline in display type stands further right, over its columns.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            text(content, font, 12.5f, 60, 80, 0, "全国粮食总产量创新高");
            String[] brief = {"　　本报讯　国家统计局", "日前发布数据，全年粮食", "总产量再创历史新高。"};
            for (int i = 0; i < brief.length; i++) {
                text(content, font, 10, 60, 100 + i * 16, 0, brief[i]);
            }
            text(content, font, 28, 330, 50, 0, "在大连看强军新风");
            text(content, font, 10, 192, 100, 0, "　　国家统计局发布数据");
            for (int i = 1; i < 8; i++) {
                text(content, font, 10, 192, 100 + i * 16, 0, "演练中官兵闻令而动快速");
            }
            for (int i = 0; i < 8; i++) {
                text(content, font, 10, 324, 100 + i * 16, 0, "比武设置武装越野战术演");
                text(content, font, 10, 456, 100 + i * 16, 0, "比武设置武装越野战术演");
            }
        });
        LaidOutPage.Area brief = areas.stream().filter(a -> piece(a.pieces().get(0)).equals("全国粮食总产量创新高"))
                .findFirst().orElseThrow();
        assertThat(brief.pieces()).extracting(LayoutTest::piece).noneMatch(text -> text.contains("演练中"));
        assertThat(areas).filteredOn(a -> piece(a.pieces().get(0)).equals("在大连看强军新风")).singleElement()
                .satisfies(article -> assertThat(article.pieces()).extracting(LayoutTest::piece)
                        .anyMatch(text -> text.startsWith("国家统计局发布数据")));
    }

    @Test
    void aSectionHeadingAFifthAboveBodySizeInsideRunningTextStaysInItsArticle() throws Exception {
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            text(content, font, 24, 60, 80, 0, "海军某部开展训练");
            for (int i = 0; i < 4; i++) {
                text(content, font, 10, 60, 110 + i * 16, 0, "演练中官兵闻令而动快速机动圆满完成任务");
            }
            text(content, font, 12.5f, 60, 180, 0, "练兵备战");
            for (int i = 0; i < 4; i++) {
                text(content, font, 10, 60, 200 + i * 16, 0, "演练中官兵闻令而动快速机动圆满完成任务");
            }
        });
        assertThat(areas).hasSize(1);
    }

    @Test
    void aFramedCommentaryKeepsItsKickerAboveItsHeadline() throws Exception {
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            content.addRect(50, PAGE - 250, 260, 200);
            content.stroke();
            text(content, font, 12, 160, 75, 0, "短评");
            text(content, font, 15, 90, 95, 0, "全国民航航班正常率达九成");
            for (int i = 0; i < 5; i++) {
                text(content, font, 10, 60, 120 + i * 16, 0, (i == 0 ? "　　" : "") + "近年来我军强力推进正风肃纪反腐政治");
            }
        });
        assertThat(areas).hasSize(1);
        List<LaidOutPage.Piece> pieces = areas.get(0).pieces();
        assertThat(pieces).extracting(LaidOutPage.Piece::role).startsWith(LaidOutPage.Role.KICKER, LaidOutPage.Role.HEADLINE);
        assertThat(piece(pieces.get(0))).isEqualTo("短评");
    }

    @Test
    void aColumnLabelOverAFramedCommentaryIsItsKickerAndMakesItCommentary() throws Exception {
        // The label shares no words with the headline: only its place (smaller, right above it) makes it the kicker,
        // even where it names reporters' notes; the signature under the headline stays the author.
        for (String label : List.of("短评", "记者手记")) {
            byte[] bytes = pdf(1, (document, content, font) -> {
                content.addRect(50, PAGE - 250, 260, 200);
                content.stroke();
                text(content, font, 12, 180 - label.length() * 6, 75, 0, label);
                text(content, font, 15, 90, 95, 0, "全国民航航班正常率达九成");
                text(content, font, 10, 160, 118, 0, "■姚晨曦");
                for (int i = 0; i < 5; i++) {
                    text(content, font, 10, 60, 140 + i * 16, 0, (i == 0 ? "　　" : "") + "近年来我军强力推进正风肃纪反腐政治" + (i == 4 ? "。" : ""));
                }
            }, null);
            assertThat(items(bytes)).singleElement().satisfies(item -> {
                assertThat(item.kicker()).isEqualTo(label);
                assertThat(item.headline()).isEqualTo("全国民航航班正常率达九成");
                assertThat(item.authors()).containsExactly("姚晨曦");
                assertThat(item.kind()).isEqualTo(org.masthead.model.ItemKind.COMMENTARY);
            });
        }
    }

    @Test
    void aPhotoAcrossThePageKeepsItsCaptionAndCredit() throws Exception {
        // A picture drawn as a tone across the whole type area (the full-width photo of a front page), its
        // caption under it at the left and the credit at the right; a report above it.
        byte[] bytes = pdf(1, (document, content, font) -> {
            text(content, font, 15, 30, 60, 0, "全国民航航班正常率达九成");
            for (int i = 0; i < 5; i++) {
                text(content, font, 10, 30, 90 + i * 16, 0, (i == 0 ? "　　" : "") + "近年来我军强力推进正风肃纪反腐政治" + (i == 4 ? "。" : ""));
            }
            content.setNonStrokingColor(0.8f);
            content.addRect(20, PAGE - 400, 802, 200);
            content.fill();
            content.setNonStrokingColor(0f);
            text(content, font, 9, 22, 414, 0, "1月2日，哈尔滨举行军营开放日活动，群众参观装备展示。");
            text(content, font, 8.5f, 786, 428, 0, "潘新华摄");
        }, null);
        List<org.masthead.model.Item> items = items(bytes);
        assertThat(items).filteredOn(item -> item.kind() == org.masthead.model.ItemKind.PHOTO).singleElement()
                .satisfies(photo -> {
                    assertThat(photo.caption()).isEqualTo("1月2日，哈尔滨举行军营开放日活动，群众参观装备展示。");
                    assertThat(photo.credit()).isEqualTo("潘新华");
                });
        assertThat(items).extracting(org.masthead.model.Item::headline).containsExactly("全国民航航班正常率达九成", null);
    }

    @Test
    void aDatelineRunInBoldAtAParagraphsStartStaysInItsParagraph() throws Exception {
        // Two reports, each opening with its dateline in bold run into the first line (one short, one wrapping
        // onto the second line), then running text in columns 19 em wide: every first line set full out.
        byte[] bytes = pdf(1, (document, content, font) -> {
            text(content, font, 24, 60, 80, 0, "海军某部开展训练");
            bold(content, () -> text(content, font, 10, 80, 110, 0, "本报连云港6月18日电"));
            text(content, font, 10, 171, 110, 0, "　雷春生是陆军某");
            for (int i = 1; i < 4; i++) {
                text(content, font, 10, 60, 110 + i * 16, 0, "演练中官兵闻令而动快速机动圆满完成任务");
            }
            text(content, font, 24, 360, 80, 0, "高原练兵淬火成钢");
            bold(content, () -> text(content, font, 10, 380, 110, 0, "新华社塔什库尔干塔吉克自治县6月18日"));
            bold(content, () -> text(content, font, 10, 360, 126, 0, "电"));
            text(content, font, 10, 370, 126, 0, "　此次活动由西藏军区某边防团和沈阳市");
            for (int i = 2; i < 4; i++) {
                text(content, font, 10, 360, 110 + i * 16, 0, "演练中官兵闻令而动快速机动圆满完成任务");
            }
        }, null);
        List<org.masthead.model.Item> items = items(bytes);
        assertThat(items).extracting(org.masthead.model.Item::headline).containsExactly("海军某部开展训练", "高原练兵淬火成钢");
        assertThat(items.get(0).dateline().place()).as(items.toString()).isEqualTo("连云港");
        assertThat(items.get(0).paragraphs()).singleElement().asString().startsWith("本报连云港6月18日电 雷春生是陆军某演练中");
        assertThat(items.get(1).dateline()).as(items.get(1).toString()).isNotNull();
        assertThat(items.get(1).dateline().source()).isEqualTo("新华社");
        assertThat(items.get(1).dateline().place()).isEqualTo("塔什库尔干塔吉克自治县");
        assertThat(items.get(1).paragraphs()).singleElement().asString().startsWith("新华社塔什库尔干塔吉克自治县6月18日电 此次活动由西藏军区某边防团和沈阳市演练中");
    }

    @Test
    void aBoldDatelineThatFillsItsLineHeadsTheParagraphUnderIt() throws Exception {
        // The dateline fills the indented first line to the column's edge, so the text starts on the next line.
        assertThat(itemUnderBoldLine("新华社三亚县城东区6月18日电", null, "征兵工作开展以来各级坚持把政治考核放"))
                .startsWith("新华社三亚县城东区6月18日电征兵工作");
    }

    @Test
    void aBoldDatelineBrokenInsideItsDateHeadsTheParagraphUnderIt() throws Exception {
        // 日， may not be parted and did not fit after 本报讯 1月3: the dateline's line broke inside its date.
        assertThat(itemUnderBoldLine("本报讯　1月3", null, "日，征兵工作开展以来各级坚持把政治考"))
                .startsWith("本报讯 1月3日，征兵工作");
    }

    @Test
    void aBoldDatelineLineLeftShortByAnOpeningQuoteAndItsCharacterHeadsTheParagraphUnderIt() throws Exception {
        // “ may not end a line: it went down with 今, leaving the first line two characters short of the edge.
        assertThat(itemUnderBoldLine("本报日喀则6月2日电", "廖艳说：", "“今年的订单比去年多了三成，生产线一"))
                .startsWith("本报日喀则6月2日电 廖艳说：“今年的订单");
    }

    /**
     * The one paragraph of the one item under a headline, a bold line opening its first line (the rest of the line
     * {@code after} it in regular type, if any), and full lines.
     */
    private static String itemUnderBoldLine(String bold, String after, String next) throws Exception {
        byte[] bytes = pdf(1, (document, content, font) -> {
            text(content, font, 24, 60, 80, 0, "练兵场上砺精兵");
            bold(content, () -> text(content, font, 10, 80, 110, 0, bold));
            if (after != null) {
                text(content, font, 10, 178, 110, 0, after);
            }
            text(content, font, 10, 60, 126, 0, next);
            for (int i = 2; i < 4; i++) {
                text(content, font, 10, 60, 110 + i * 16, 0, "征兵工作开展以来各级坚持把政治考核放");
            }
        }, null);
        org.masthead.model.Item item = org.assertj.core.api.Assertions.assertThat(items(bytes)).singleElement().actual();
        assertThat(item.dateline()).as(item.toString()).isNotNull();
        assertThat(item.sections()).singleElement().satisfies(section -> {
            assertThat(section.heading()).isNull();
            assertThat(section.paragraphs()).hasSize(1);
        });
        return item.sections().get(0).paragraphs().get(0);
    }

    @Test
    void aSubheadSetLikeItsTextBetweenTwoParagraphsIsASectionHeading() throws Exception {
        // Nothing but its place tells it: same face, weight and size as the text, flush and short, no full stop,
        // after a paragraph's last line and before an indented first line.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            text(content, font, 24, 60, 80, 0, "海军某部开展训练");
            text(content, font, 10, 80, 110, 0, "演练中官兵闻令而动快速机动圆满完成");
            text(content, font, 10, 60, 126, 0, "各项任务。");
            text(content, font, 10, 60, 142, 0, "一、练兵备战");
            text(content, font, 10, 80, 158, 0, "演练中官兵闻令而动快速机动圆满完成");
            text(content, font, 10, 60, 174, 0, "各项任务，检验了部队实战能力。");
        });
        assertThat(areas).hasSize(1);
        List<LaidOutPage.Piece> pieces = areas.get(0).pieces();
        assertThat(pieces).extracting(LaidOutPage.Piece::role).containsExactly(LaidOutPage.Role.HEADLINE,
                LaidOutPage.Role.TEXT, LaidOutPage.Role.HEADING, LaidOutPage.Role.TEXT);
        assertThat(piece(pieces.get(2))).isEqualTo("一、练兵备战");
        assertThat(piece(pieces.get(1))).endsWith("各项任务。");
    }

    @Test
    void aSubheadSetASizeUpIsASectionHeadingEvenInQuotesOrOnTwoLines() throws Exception {
        // Columns 12 em wide of 10-point text; subheads in 10.5 point with a little space above: one in quotes (its
        // ” is no sentence's end), one filling its line, and one wrapped onto two lines atop the second column.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            text(content, font, 24, 60, 80, 0, "海军某部开展训练");
            text(content, font, 10, 80, 110, 0, "演练中官兵闻令而动快");
            text(content, font, 10, 60, 126, 0, "速机动圆满完成任务。");
            text(content, font, 10.5f, 60, 146, 0, "“坚持问题导向”");
            text(content, font, 10, 80, 166, 0, "演练中官兵闻令而动快");
            text(content, font, 10, 60, 182, 0, "速机动，完成任务。");
            text(content, font, 10.5f, 60, 202, 0, "在急难险重任务中砺精兵");
            text(content, font, 10, 80, 222, 0, "演练中官兵闻令而动快");
            text(content, font, 10, 60, 238, 0, "速机动圆满完成任务检验了");
            text(content, font, 10, 60, 254, 0, "部队实战能力。");
            text(content, font, 10.5f, 200, 110, 0, "■从“跟跑”到“领");
            text(content, font, 10.5f, 200, 128, 0, "跑”");
            text(content, font, 10, 220, 148, 0, "演练中官兵闻令而动快");
            text(content, font, 10, 200, 164, 0, "速机动圆满完成任务检验了");
            text(content, font, 10, 200, 180, 0, "部队实战能力。");
        });
        assertThat(areas).hasSize(1);
        List<LaidOutPage.Piece> pieces = areas.get(0).pieces();
        assertThat(pieces).as(pieces.stream().map(LayoutTest::piece).toList().toString())
                .extracting(LaidOutPage.Piece::role).containsExactly(LaidOutPage.Role.HEADLINE,
                LaidOutPage.Role.TEXT, LaidOutPage.Role.HEADING, LaidOutPage.Role.TEXT, LaidOutPage.Role.HEADING,
                LaidOutPage.Role.TEXT, LaidOutPage.Role.HEADING, LaidOutPage.Role.TEXT);
        assertThat(pieces.stream().filter(p -> p.role() == LaidOutPage.Role.HEADING).map(LayoutTest::piece))
                .containsExactly("“坚持问题导向”", "在急难险重任务中砺精兵", "■从“跟跑”到“领跑”");
    }

    @Test
    void aLineLeftShortUnderAParagraphsIndentedFirstLineStaysWithIt() throws Exception {
        // Under a paragraph, the next one's indented first line over a line that stops short (67%， would not fit
        // after 达到), then the rest of that paragraph back at the edge.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            text(content, font, 24, 60, 80, 0, "海军某部开展训练");
            text(content, font, 10, 80, 110, 0, "八柱迅速成型，多个合作平");
            text(content, font, 10, 60, 126, 0, "台相继建立。");
            text(content, font, 10, 80, 142, 0, "考核结果显示，参训官兵优");
            text(content, font, 10, 60, 158, 0, "良率提高到");
            text(content, font, 10, 60, 174, 0, "67%，较去年同期有明显提升。");
        });
        List<LaidOutPage.Piece> pieces = areas.get(0).pieces();
        assertThat(pieces).extracting(LayoutTest::piece).containsExactly("海军某部开展训练", "八柱迅速成型，多个合作平台相继建立。",
                "考核结果显示，参训官兵优良率提高到67%，较去年同期有明显提升。");
    }

    /** Two columns of twelve characters, 1.2 em apart, six lines each from 130 pt down. */
    private static void twoColumns(org.apache.pdfbox.pdmodel.PDPageContentStream content,
                                   org.apache.pdfbox.pdmodel.font.PDType0Font font) throws IOException {
        for (int i = 0; i < 6; i++) {
            text(content, font, 10, 60, 130 + i * 16, 0, "演练中官兵闻令而动快速机");
            text(content, font, 10, 192, 130 + i * 16, 0, "比武设置武装越野战术演练项");
        }
    }

    @Test
    void aBylineCentredAcrossTwoColumnsIsOneLineThoughAPaddedSpaceFallsOnTheGutter() throws Exception {
        // 本报记者　尹　强　　许　艳 centred over two columns of twelve characters; the space after 尹 is the gutter.
        // At the foot of the first column a jump note is set flush right beside the second column's line.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            text(content, font, 24, 90, 80, 0, "海军某部开展训练");
            text(content, font, 10, 120, 110, 0, "本报记者　尹　");
            text(content, font, 10, 192, 110, 0, "强　　许　艳");
            twoColumns(content, font);
            text(content, font, 10, 110, 226, 0, "（下转第二版）");
            text(content, font, 10, 192, 226, 0, "比武设置武装越野战术演练项");
        });
        assertThat(lines(areas)).contains("（下转第二版）").anySatisfy(line -> assertThat(line).startsWith("本报记者").endsWith("艳"));
        // With more names it ends within three em of the second column's edge: still further in than an indent.
        List<LaidOutPage.Area> wider = areas((document, content, font) -> {
            text(content, font, 24, 90, 80, 0, "海军某部开展训练");
            text(content, font, 10, 120, 110, 0, "本报记者　邱　");
            text(content, font, 10, 192, 110, 0, "勇　　许建设　王五");
            twoColumns(content, font);
        });
        assertThat(lines(wider)).anySatisfy(line -> assertThat(line).startsWith("本报记者").endsWith("王五"));
    }

    @Test
    void aBylineCentredOverColumnsWhoseTextRunsOnIsAParagraphOfItsOwn() throws Exception {
        // The byline stands over both columns; the first column's top line goes on from elsewhere, unindented.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            text(content, font, 24, 90, 80, 0, "海军某部开展训练");
            text(content, font, 10, 140, 110, 0, "本报记者　钟　刚");
            twoColumns(content, font);
        });
        List<String> pieces = areas.stream().flatMap(a -> a.pieces().stream()).map(LayoutTest::piece).toList();
        assertThat(pieces).anySatisfy(piece -> assertThat(piece).startsWith("本报记者").endsWith("刚"));
    }

    @Test
    void aLineLeftShortBecauseWhatFollowsCouldNotFitRunsOn() throws Exception {
        // A paragraph runs on to the top of the second column, whose first line stops short: 绍， may not be
        // split, and the line under it holds a figure that pushes it past the column's edge.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            text(content, font, 24, 90, 80, 0, "海军某部开展训练");
            text(content, font, 10, 80, 110, 0, "演练中官兵闻令而动快");
            for (int i = 1; i < 4; i++) {
                text(content, font, 10, 60, 110 + i * 16, 0, "速机动圆满完成各项任务");
            }
            text(content, font, 10, 200, 110, 0, "官兵们都深受感动。据介");
            text(content, font, 10, 200, 126, 0, "绍，全国民航保障航班10200");
            text(content, font, 10, 200, 142, 0, "架次，航班正常率为19.2%。");
            text(content, font, 10, 220, 158, 0, "演练中官兵闻令而动快");
            text(content, font, 10, 200, 174, 0, "速机动圆满完成各项任务。");
        });
        assertThat(areas.get(0).pieces()).extracting(LayoutTest::piece).hasSize(3)
                .anySatisfy(text -> assertThat(text).contains("据介绍，全国民航"));
    }

    @Test
    void anIndentedFirstLineLeftShortAtAColumnsFootRunsOnAtTheNextColumnsTop() throws Exception {
        // 计， may not be split and did not fit after 统, the first column's last line, set where a typeset page set
        // it (the short line a block of its own): the paragraph goes on atop the second column.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            text(content, font, 24, 90, 60, 0, "海军某部开展训练");
            String[] column = {"该系统可模拟24种战", "场环境，已在海口等地的", "24个单位推广使用。1月4", "日上午，火箭军工程大学",
                    "某系在海口某训练场组织", "专业技能比武，3支代表", "队同场竞技。各方一致认", "为，保持富有成效的全方",
                    "位合作，符合各方的根本", "利益。", "据海口有关部门统"};
            for (int i = 0; i < column.length; i++) {
                boolean indented = i == 0 || i == column.length - 1;
                text(content, font, 7.5f, indented ? 55 : 40, 100 + i * 11.2f, 0, column[i]);
            }
            String[] next = {"计，今年全市共接收安置", "退役军人，安置率达到了", "百分之九十以上。"};
            for (int i = 0; i < next.length; i++) {
                text(content, font, 7.5f, 137, 100 + i * 11.2f, 0, next[i]);
            }
        });
        assertThat(areas.get(0).pieces()).extracting(LayoutTest::piece)
                .anySatisfy(text -> assertThat(text).startsWith("据海口有关部门统计，今年全市"));
    }

    @Test
    void aHeadlinesSecondLineCentredUnderItAndNearlyAsWideIsTheSameHeadline() throws Exception {
        // The second line is inset one size on each side: centred, though its start is little right of the first's.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            text(content, font, 24, 100, 80, 0, "全国跨区域人员流动");
            text(content, font, 24, 124, 108, 0, "量超八千万人次");
            for (int i = 0; i < 4; i++) {
                text(content, font, 10, 100, 140 + i * 16, 0, (i == 0 ? "　　" : "") + "演练中官兵闻令而动快速机动圆满完成" + (i == 3 ? "。" : ""));
            }
        });
        assertThat(areas).hasSize(1);
        assertThat(areas.get(0).pieces().get(0).role()).isEqualTo(LaidOutPage.Role.HEADLINE);
        assertThat(piece(areas.get(0).pieces().get(0))).isEqualTo("全国跨区域人员流动量超八千万人次");
    }

    @Test
    void aBylinesWordSpaceOverADatelinesIsNoGutter() throws Exception {
        // The space after 本报记者 stands right over the space after the dateline under it: one row parted there
        // is a coincidence, not a gutter, which every row of two columns shows.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            text(content, font, 24, 60, 80, 0, "海军某部开展训练");
            text(content, font, 10, 100, 110, 0, "本报记者 丁国庆");
            text(content, font, 10, 80, 130, 0, "本报郑州市电 这次演习首");
            for (int i = 1; i < 5; i++) {
                text(content, font, 10, 60, 130 + i * 16, 0, "演练中官兵闻令而动快速机动圆");
            }
        });
        assertThat(lines(areas)).contains("本报记者 丁国庆").anySatisfy(line -> assertThat(line).startsWith("本报郑州市电 这次"));
    }

    @Test
    void aNarrowWordSpaceInABylineIsKept() throws Exception {
        // A byline with the font's own space between names (Noto CJK's is 0.224 em): names stay apart.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            text(content, font, 10, 100, 100, 0, "本报记者");
            text(content, font, 10, 142.2f, 100, 0, "龚海波");
            text(content, font, 10, 174.4f, 100, 0, "范娟");
        });
        assertThat(lines(areas)).containsExactly("本报记者 龚海波 范娟");
    }

    @Test
    void anIndentedFirstLineLeftShortByLineBreakingStaysWithItsParagraph() throws Exception {
        // 担 ends the indented first line (spread a little) over an em short of the edge: 当 went down with the 。”
        // after it, as no line may start with them. Inset 2 em left and 1.35 em right: not centred.
        List<LaidOutPage.Area> areas = areas((document, content, font) -> {
            text(content, font, 24, 60, 80, 0, "海军某部开展训练");
            text(content, font, 10, 80, 110, 0.5f, "“这身军装穿在身上就意味着担");
            text(content, font, 10, 60, 126, 0, "当。”他说。演练中官兵闻令而动快速");
            text(content, font, 10, 60, 142, 0, "机动圆满完成各项任务。");
        });
        List<LaidOutPage.Piece> pieces = areas.get(0).pieces();
        assertThat(pieces).extracting(LaidOutPage.Piece::role).containsExactly(LaidOutPage.Role.HEADLINE, LaidOutPage.Role.TEXT);
        assertThat(piece(pieces.get(1))).startsWith("“这身军装穿在身上就意味着担当。”");
    }

    /** A poem's stanzas as the generator and literary pages set them: flush left, a gap after each, the last short. */
    private static final List<List<String>> STANZAS = List.of(
            List.of("和一枚褪色的军功章", "夜航的机翼", "划过寂静的云层", "大地在脚下沉睡"),
            List.of("我们替它醒着", "雪山无言", "界碑无言", "我们也无言"),
            List.of("只把忠诚刻进冻土", "战友啊"));

    @Test
    void aPoemFlushLeftUnderItsCentredTitleIsItsItemALineAParagraph() throws Exception {
        // The poem's box runs from x 330 to 700: its title and signature centred over it, its lines flush left, so
        // the lines stand well left of the title, and nearer to the reach of the article beside it (its second
        // column ends 20 points from them) than to the title's. Each stanza is a block of its own.
        byte[] bytes = pdf(1, (document, content, font) -> {
            text(content, font, 24, 89, 60, 0, "在大连看强军新风");
            for (int c = 0; c < 2; c++) {
                for (int i = 0; i < 14; i++) {
                    text(content, font, 10, 60 + c * 130, 100 + i * 16, 0,
                            i % 5 == 0 ? "　　征兵工作开展以来各" : "把政治考核放在首位严把");
                }
            }
            text(content, font, 20, 465, 60, 0, "边关的月亮");
            text(content, font, 10, 495, 88, 0, "■覃德明");
            float top = 110;
            for (List<String> stanza : STANZAS) {
                for (String line : stanza) {
                    text(content, font, 10, 330, top, 0, line);
                    top += 16;
                }
                top += 16;
            }
        }, null);
        List<org.masthead.model.Item> items = items(bytes);
        org.masthead.model.Item poem = items.stream().filter(item -> "边关的月亮".equals(item.headline())).findFirst()
                .orElseThrow();
        assertThat(poem.authors()).containsExactly("覃德明");
        assertThat(poem.sections()).flatExtracting(org.masthead.model.Section::paragraphs)
                .containsExactlyElementsOf(STANZAS.stream().flatMap(List::stream).toList());
        assertThat(items).filteredOn(item -> item != poem).hasSize(1);
    }

    /**
     * Article A: its column's label 军营观察 boxed and set vertically at its left edge, beside its headline's row,
     * the headline centred over its two columns. Article B, to its right: its signature in bold over two columns,
     * its headline set vertically (竖题) at their right, its first character lower than the signature.
     */
    private static byte[] verticalHeads() throws IOException {
        return pdf(1, (document, content, font) -> {
            for (int i = 0; i < 4; i++) {
                text(content, font, 14, 40, 74 + i * 15, 0, String.valueOf("军营观察".charAt(i)));
            }
            content.addRect(36, PDRectangle.A3.getHeight() - 124, 22, 66);
            content.stroke();
            bold(content, () -> text(content, font, 10, 360, 70, 0, "■张　华"));
            text(content, font, 20, 125, 70, 0, "哨所里的年夜饭");
            for (int c = 0; c < 2; c++) {
                for (int i = 0; i < 8; i++) {
                    text(content, font, 10, 70 + c * 130, 100 + i * 16, 0,
                            i == 0 && c == 0 ? "　　大年三十的傍晚山上" : "的风比往常更硬一些炊事");
                }
            }
            for (int c = 0; c < 2; c++) {
                for (int i = 0; i < 10; i++) {
                    text(content, font, 10, 360 + c * 130, 88 + i * 16, 0,
                            i == 0 && c == 0 ? "　　边防连的战士们轮流" : "下哨轮流进伙房有人擀皮");
                }
            }
            for (int i = 0; i < 7; i++) {
                text(content, font, 24, 628, 100 + i * 26, 0, String.valueOf("边关冬夜暖意浓".charAt(i)));
            }
        }, null);
    }

    @Test
    void aHeadlineSetVerticallyHeadsTheTextBesideIt() throws Exception {
        List<org.masthead.model.Item> items = items(verticalHeads());
        org.masthead.model.Item vertical = items.stream().filter(item -> "边关冬夜暖意浓".equals(item.headline()))
                .findFirst().orElseThrow();
        assertThat(String.join("", vertical.sections().get(0).paragraphs())).startsWith("边防连的战士们轮流")
                .doesNotContain("大年三十");
        assertThat(vertical.authors()).containsExactly("张华");
        assertThat(items).noneMatch(item -> item.headline() == null);
    }

    @Test
    void aColumnsLabelSetVerticallyBesideAHeadlineIsItsKicker() throws Exception {
        List<org.masthead.model.Item> items = items(verticalHeads());
        org.masthead.model.Item labelled = items.stream().filter(item -> "哨所里的年夜饭".equals(item.headline()))
                .findFirst().orElseThrow();
        assertThat(labelled.kicker()).isEqualTo("军营观察");
        assertThat(String.join("", labelled.sections().get(0).paragraphs())).startsWith("大年三十的傍晚山上")
                .doesNotContain("边防连");
        assertThat(items).extracting(org.masthead.model.Item::headline).containsExactly("哨所里的年夜饭", "边关冬夜暖意浓");
    }

    /**
     * A front page: the masthead (its title in 72 pt, small lines beside it, the lowest two
     * within a fraction of the title's size below its baseline), optionally a rule along the top border and
     * one under the masthead, and one article.
     */
    private static byte[] frontPage(boolean border, boolean ruleUnder) throws Exception {
        return pdf(1, (document, content, font) -> {
            if (border) {
                content.moveTo(40, PAGE - 30);
                content.lineTo(800, PAGE - 30);
            }
            if (ruleUnder) {
                content.moveTo(40, PAGE - 140);
                content.lineTo(800, PAGE - 140);
            }
            content.stroke();
            text(content, font, 10, 60, 70, 0, "2024年1月1日 星期一");
            text(content, font, 10, 60, 85, 0, "农历癸卯年十一月二十");
            text(content, font, 72, 300, 110, 0, "解放军报");
            text(content, font, 10, 640, 85, 0, "第24097号 今日8版");
            text(content, font, 10, 640, 100, 0, "CN 81-0001/(J)");
            text(content, font, 10, 640, 115, 0, "邮发代号1-26");
            text(content, font, 10, 640, 130, 0, "解放军报社出版");
            text(content, font, 24, 60, 180, 0, "海军某部开展训练");
            for (int i = 0; i < 4; i++) {
                text(content, font, 10, 60, 210 + i * 16, 0, "演练中官兵闻令而动快速机动圆满完成任务。");
            }
        }, null);
    }

    private static org.masthead.model.Edition parsed(byte[] bytes) throws UnusableInputException {
        return new org.masthead.parse.EditionParser()
                .parse(List.of(new PageSource("p01.pdf", bytes)), org.masthead.parse.ParseOptions.DEFAULTS);
    }

    @Test
    void aMastheadUnderTheBordersRuleOrOverNoRuleIsStillTheHead() throws Exception {
        // One page draws a rule along its top border and one under the masthead; another draws no rule at all.
        for (boolean ruled : new boolean[] {true, false}) {
            byte[] bytes = frontPage(ruled, ruled);
            if (ruled) {
                // The rule under the masthead divides it off, not the border's, which has nothing above it.
                assertThat(PdfPages.read(new PageSource("p01.pdf", bytes)).get(0).head()).isNotEmpty();
            }
            org.masthead.model.Edition edition = parsed(bytes);
            assertThat(edition.masthead().title()).as("ruled: %s", ruled).isEqualTo("解放军报");
            assertThat(edition.masthead().issueNumber()).as("ruled: %s", ruled).isEqualTo(24097);
            assertThat(edition.masthead().lunarDate()).as("ruled: %s", ruled).isEqualTo("癸卯年十一月二十");
            assertThat(edition.pages().get(0).items()).as("ruled: %s", ruled).extracting(org.masthead.model.Item::headline)
                    .containsExactly("海军某部开展训练");
        }
    }

    @Test
    void smallMastheadLinesBesideTheTitleKeepTheirOwnRows() throws Exception {
        // The lines of small type beside the title, whose baselines fall within a fraction of the title's size
        // below its own, are rows of their own, not one row with the title.
        org.masthead.model.Masthead masthead = parsed(frontPage(false, true)).masthead();
        assertThat(masthead.title()).isEqualTo("解放军报");
        assertThat(masthead.issueNumber()).isEqualTo(24097);
        assertThat(masthead.postalCode()).isEqualTo("1-26");
        assertThat(masthead.publisher()).isEqualTo("解放军报社");
    }

    private interface Drawn {
        void draw() throws IOException;
    }

    /** Draws in fill-and-stroke, the way faux bold (and Chromium's bold) is printed. */
    private static void bold(org.apache.pdfbox.pdmodel.PDPageContentStream content, Drawn drawn) throws IOException {
        content.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL_STROKE);
        drawn.draw();
        content.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.FILL);
    }

    @Test
    void aSubheadInAnotherFaceAtBodySizeIsASectionHeading() throws Exception {
        // Running text in one face; a subhead at the same size, not bold, in another face (黑体 in 宋体 text),
        // right under a full line of the paragraph above.
        byte[] bytes = pdf(1, (document, content, font) -> {
            org.apache.pdfbox.pdmodel.font.PDType0Font mono = otherFace(document);
            text(content, font, 24, 60, 80, 0, "海军某部开展训练");
            for (int i = 0; i < 3; i++) {
                text(content, mono, 10, 60, 110 + i * 16, 0, (i == 0 ? "　　" : "") + "演练中官兵闻令而动快速机动圆满完成任");
            }
            text(content, font, 10, 60, 158, 0, "一、练兵备战");
            for (int i = 0; i < 3; i++) {
                text(content, mono, 10, 60, 176 + i * 16, 0, (i == 0 ? "　　" : "") + "演练中官兵闻令而动快速机动圆满完成任");
            }
        }, null);
        List<LaidOutPage.Area> areas = PdfPages.read(new PageSource("p.pdf", bytes)).get(0).areas();
        assertThat(areas).hasSize(1);
        assertThat(areas.get(0).pieces()).extracting(LaidOutPage.Piece::role).containsExactly(LaidOutPage.Role.HEADLINE,
                LaidOutPage.Role.TEXT, LaidOutPage.Role.HEADING, LaidOutPage.Role.TEXT);
        assertThat(piece(areas.get(0).pieces().get(2))).isEqualTo("一、练兵备战");
    }

    /** The collection's second face (WenQuanYi Micro Hei Mono), kept open for the document's saving. */
    private static org.apache.pdfbox.pdmodel.font.PDType0Font otherFace(org.apache.pdfbox.pdmodel.PDDocument document)
            throws IOException {
        var collection = new org.apache.fontbox.ttf.TrueTypeCollection(java.nio.file.Files.newInputStream(
                java.nio.file.Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")));
        org.apache.fontbox.ttf.TrueTypeFont[] second = new org.apache.fontbox.ttf.TrueTypeFont[1];
        int[] seen = {0};
        collection.processAllFonts(ttf -> {
            if (seen[0]++ == 1) {
                second[0] = ttf;
            }
        });
        return org.apache.pdfbox.pdmodel.font.PDType0Font.load(document, second[0], true);
    }
}
