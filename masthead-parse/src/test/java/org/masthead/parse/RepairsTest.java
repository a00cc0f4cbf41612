package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.ItemFlag;

/** Column-break and reading-order repair on pages other than the sample, and what they must leave alone. */
class RepairsTest {

    /** A finished report quoting 张建国; the tests put the next report after it. */
    private static final String DRILL_REPORT = """
            ## 某旅组织跨昼夜实兵对抗演练

            本报讯 某旅近日组织跨昼夜实兵对抗演练。张建国说，这次演练检验了部队的实战能力。

            """;

    private static List<Item> items(String markdown) {
        Edition edition = Fixtures.parse("test-p02.md", markdown.getBytes(StandardCharsets.UTF_8));
        return edition.pages().get(0).items();
    }

    @Test
    void aFragmentGoesBackByItsSpeakerAlone() {
        List<Item> items = items("""
                ## 外交部发言人答记者问

                本报北京6月18日电 外交部发言人林剑18日主持例行记者会。有记者问及中方对当前局势的看法。

                林剑说，中方始终主张通过对话协商解决争端，各方应保持冷静克制，避免局势进一步

                ## 春耕时节田间忙

                本报讯 连日来，各地抓住有利时机开展春耕生产，田间地头一派繁忙景象。

                农技人员深入田间，指导农民科学施肥、合理灌溉，确保春耕生产顺利推进。

                林剑表示，中方愿同各方一道，为推动问题政治解决发挥建设性作用。
                """);
        assertThat(items).hasSize(2);
        Item briefing = items.get(0);
        assertThat(briefing.bodyText()).endsWith("林剑表示，中方愿同各方一道，为推动问题政治解决发挥建设性作用。\n");
        assertThat(briefing.flags()).contains(ItemFlag.REORDERED, ItemFlag.TRUNCATED);
        assertThat(items.get(1).bodyText()).doesNotContain("林剑");
        assertThat(items.get(1).flags()).isEmpty();
    }

    @Test
    void paragraphsLeftAfterAPhotoGoBackToTheReportBeforeIt() {
        // The report ends on a full sentence; its last paragraph was placed after the photo that followed it.
        List<Item> items = items("""
                ## 某旅组织跨昼夜实兵对抗演练

                本报讯 某旅近日组织跨昼夜实兵对抗演练，检验部队在复杂条件下的作战能力。

                演练中，导演部临机设置多个特情，全程考验官兵的应变能力。

                官兵在训练场上展开战术动作训练。

                张伟摄

                演练结束后，某旅组织复盘检讨，梳理出多条经验教训。

                ## 春耕时节田间忙

                本报讯 连日来，各地抓住有利时机开展春耕生产，田间地头一派繁忙景象。
                """);
        assertThat(items).hasSize(3);
        Item report = items.get(0);
        assertThat(report.sections().get(0).paragraphs()).hasSize(3)
                .last().isEqualTo("演练结束后，某旅组织复盘检讨，梳理出多条经验教训。");
        assertThat(report.flags()).containsExactly(ItemFlag.REORDERED);
        assertThat(items.get(1).kind()).isEqualTo(org.masthead.model.ItemKind.PHOTO);
        assertThat(items.get(1).caption()).isEqualTo("官兵在训练场上展开战术动作训练。");
        assertThat(items.get(2).headline()).isEqualTo("春耕时节田间忙");
    }

    @Test
    void aReportAfterAPhotoKeepsItsOwnParagraphs() {
        // The same page without the displaced paragraph: the report after the photo has a headline of its
        // own, so its paragraphs stay, however much they share with the report before the photo.
        List<Item> items = items("""
                ## 某旅组织跨昼夜实兵对抗演练

                本报讯 某旅近日组织跨昼夜实兵对抗演练，检验部队在复杂条件下的作战能力。

                官兵在训练场上展开战术动作训练。

                张伟摄

                ## 某旅复盘演练

                演练结束后，某旅组织复盘检讨，梳理出多条经验教训。
                """);
        assertThat(items).hasSize(3);
        assertThat(items.get(0).sections().get(0).paragraphs()).hasSize(1);
        assertThat(items.get(0).flags()).isEmpty();
        assertThat(items.get(2).bodyText()).contains("演练结束后");
    }

    @Test
    void aFinishedReportTakesNothingFromTheNextHeadedItem() {
        // The next item's second section opens with a speaker the first report quotes too, but the first
        // report ends on a full sentence: only paragraphs nobody claimed may join it by position.
        List<Item> items = items("""
                ## 某旅举行新装备列装仪式

                本报讯 某旅近日举行新装备列装仪式。专家指出，新装备将有效提升部队作战能力。

                ## 某支队开展实战化训练

                本报讯 某支队近日开展实战化训练，官兵们在复杂条件下锤炼本领。

                ### 科技赋能破解难题

                专家指出，科技是核心战斗力，必须把创新摆在更加突出的位置。
                """);
        assertThat(items).hasSize(2);
        assertThat(items.get(0).flags()).isEmpty();
        assertThat(items.get(1).sections()).hasSize(2);
        assertThat(items.get(1).bodyText()).contains("科技是核心战斗力");
    }

    @Test
    void aTailPlacedAfterTheNextReportGoesBackByThePersonItNames() {
        // The tail names 张建国 and speaks of the drill, not of the training it was placed under. (A name
        // alone moves nothing: see CleanMarkdownTest, where a report goes on to name the leader quoted above.)
        List<Item> items = items(DRILL_REPORT + """
                ## 某支队开展实战化训练

                本报讯 某支队近日开展实战化训练。指导员李文华表示，官兵们在复杂条件下锤炼了本领。

                训练中，某支队注重按纲施训，官兵们的战术素养明显提升。

                跨昼夜演练结束后，张建国组织对抗双方复盘检讨，梳理出多条经验教训。
                """);
        assertThat(items).hasSize(2);
        assertThat(items.get(0).sections().get(0).paragraphs()).hasSize(2)
                .last().isEqualTo("跨昼夜演练结束后，张建国组织对抗双方复盘检讨，梳理出多条经验教训。");
        assertThat(items.get(0).flags()).containsExactly(ItemFlag.REORDERED);
        assertThat(items.get(1).sections().get(0).paragraphs()).hasSize(2);
        assertThat(items.get(1).bodyText()).doesNotContain("张建国");
    }

    @Test
    void aTailNamingTheReportsReporterGoesBack() {
        List<Item> items = items("""
                ## 边防连的新年

                本报记者 谭娜

                本报讯 新年前夕，记者来到某边防连，官兵们正在进行巡逻前的准备。

                ## 某支队开展实战化训练

                本报记者 朱强

                本报讯 某支队近日开展实战化训练，官兵们在复杂条件下锤炼了本领。

                巡逻途中，谭娜跟随官兵在界碑前重温入党誓词。
                """);
        assertThat(items.get(0).sections().get(0).paragraphs()).hasSize(2)
                .last().isEqualTo("巡逻途中，谭娜跟随官兵在界碑前重温入党誓词。");
        assertThat(items.get(0).flags()).containsExactly(ItemFlag.REORDERED);
        assertThat(items.get(1).sections().get(0).paragraphs()).hasSize(1);
    }

    @Test
    void aParagraphNamingItsOwnReporterStays() {
        // Both reports are signed by 谭娜: a paragraph naming her belongs where it is.
        List<Item> items = items("""
                ## 边防连的新年

                本报记者 谭娜

                本报讯 新年前夕，记者来到某边防连，官兵们正在进行巡逻前的准备。

                ## 某支队开展实战化训练

                本报记者 谭娜

                本报讯 某支队近日开展实战化训练，官兵们在复杂条件下锤炼了本领。

                巡逻途中，谭娜跟随官兵在界碑前重温入党誓词。
                """);
        assertThat(items.get(0).flags()).isEmpty();
        assertThat(items.get(1).sections().get(0).paragraphs()).hasSize(2);
    }

    @Test
    void aReportsOwnLastParagraphStaysThoughItNamesThePreviousReportsPerson() {
        // The same page, but the next report named 张建国 itself before: his paragraph is its own.
        List<Item> items = items(DRILL_REPORT + """
                ## 某支队开展实战化训练

                本报讯 某支队近日开展实战化训练，邀请某旅张建国观摩。李文华表示，官兵们锤炼了本领。

                演练结束后，张建国组织复盘检讨，梳理出多条经验教训。
                """);
        assertThat(items.get(0).sections().get(0).paragraphs()).hasSize(1);
        assertThat(items.get(0).flags()).isEmpty();
        assertThat(items.get(1).sections().get(0).paragraphs()).hasSize(2);
    }

    @Test
    void aSayingIsNoPersonToGoBackBy() {
        // 人们常说 (as people say) opens a sentence of the speech and a paragraph of the commentary after
        // it: that is a saying, not a person both quote, and the commentary keeps its paragraph.
        List<Item> items = items("""
                ## 在表彰大会上的讲话

                同志们！战斗精神是军队的魂。人们常说：关系是泥饭碗，是会碎的。

                ## 在石家庄看强军新风

                ■唐磊

                练兵备战，功在平时，难在坚持。

                人们常说：能力是金饭碗，是会升值的。军队党员干部追求进步，最终目标是为了能打仗打胜仗。
                """);
        assertThat(items).hasSize(2);
        assertThat(items.get(0).flags()).isEmpty();
        assertThat(items.get(1).sections().get(0).paragraphs()).hasSize(2);
    }

    @Test
    void aParagraphQuotingTheNextReportsOwnSpeakerStays() {
        // It names the first report's person, but quotes the second report's: it is the second report's.
        List<Item> items = items(DRILL_REPORT + """
                ## 某支队开展实战化训练

                本报讯 某支队近日开展实战化训练。指导员李文华表示，官兵们在复杂条件下锤炼了本领。

                李文华说，张建国所在的某旅也派人前来观摩。
                """);
        assertThat(items.get(0).flags()).isEmpty();
        assertThat(items.get(1).sections().get(0).paragraphs()).hasSize(2);
    }

    @Test
    void nothingMovesWithoutEvidence() {
        // The first article is left open, but nothing on the page continues it: no numbering, no speaker.
        List<Item> items = items("""
                ## 某部开展夜间训练

                本报讯 某部近日组织夜间实弹射击训练，官兵们在复杂条件下锤炼

                ## 春耕时节田间忙

                本报讯 连日来，各地抓住有利时机开展春耕生产，田间地头一派繁忙景象。

                农技人员深入田间，指导农民科学施肥、合理灌溉，确保春耕生产顺利推进。
                """);
        assertThat(items).hasSize(2);
        assertThat(items.get(0).flags()).containsExactly(ItemFlag.TRUNCATED);
        assertThat(items.get(1).flags()).isEmpty();
        assertThat(items.get(1).sections().get(0).paragraphs()).hasSize(2);
    }

    @Test
    void aSpeakerTheCurrentItemAlreadyQuotesStays() {
        List<Item> items = items("""
                ## 外交部发言人答记者问

                本报北京6月18日电 外交部发言人林剑18日主持例行记者会，回答记者提问时谈及

                ## 林剑谈中方立场

                本报北京6月18日电 林剑说，中方始终主张通过对话协商解决争端。

                林剑表示，中方愿同各方一道，为推动问题政治解决发挥建设性作用。
                """);
        assertThat(items.get(1).sections().get(0).paragraphs()).hasSize(2);
        assertThat(items.get(0).flags()).doesNotContain(ItemFlag.REORDERED);
    }

    @Test
    void columnBreakIsJoinedButNotAcrossHeadingsOrDatelines() {
        List<Item> items = items("""
                ## 标题

                本报讯 官兵们在高温条件下反复锤

                炼过硬本领。

                ### 一、练兵

                这一段没有写

                ### 二、备战

                新华社北京6月18日电 另一篇报道的开头。
                """);
        assertThat(items).hasSize(2);
        assertThat(items.get(0).sections().get(0).paragraphs()).containsExactly("本报讯 官兵们在高温条件下反复锤炼过硬本领。");
        assertThat(items.get(0).sections().get(1).paragraphs()).containsExactly("这一段没有写");
        assertThat(items.get(0).flags()).containsExactly(ItemFlag.TRUNCATED);
        assertThat(items.get(1).dateline().source()).isEqualTo("新华社");
    }

    @Test
    void damagedCopiesOfTheSampleNeverBreakTheParser() {
        String[] lines = Fixtures.sampleText().split("\n", -1);
        Random random = new Random(42);
        for (int round = 0; round < 300; round++) {
            StringBuilder damaged = new StringBuilder();
            for (String line : lines) {
                int dice = random.nextInt(20);
                if (dice == 0) {
                    continue; // a lost line
                }
                if (dice == 1 && line.length() > 2) {
                    line = line.substring(0, random.nextInt(line.length())); // a cut line
                }
                damaged.append(line).append(dice == 2 ? "\n\n" : "\n");
            }
            String text = damaged.toString();
            if (text.isBlank()) {
                continue;
            }
            Edition edition = Fixtures.parse("damaged-p01.md", text.getBytes(StandardCharsets.UTF_8));
            assertThat(edition.pages()).hasSize(1);
            for (Item item : edition.pages().get(0).items()) {
                assertThat(item.id()).hasSize(16);
            }
        }
    }
}
