package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small printed forms, one by one. */
class SegmentsTest {

    @Test
    void datelines() {
        Segments.DatelineMatch xinhua = Segments.dateline("新华社北京6月18日电 6月18日下午，国家主席");
        assertThat(xinhua.source()).isEqualTo("新华社");
        assertThat(xinhua.place()).isEqualTo("北京");
        assertThat(xinhua.month()).isEqualTo(6);
        assertThat(xinhua.day()).isEqualTo(18);
        Segments.DatelineMatch abroad = Segments.dateline("新华社阿斯塔纳6月17日电（记者张三）当地时间");
        assertThat(abroad.place()).isEqualTo("阿斯塔纳");
        Segments.DatelineMatch chinese = Segments.dateline("本报北京十二月三日电 记者从");
        assertThat(chinese.source()).isEqualTo("本报");
        assertThat(chinese.month()).isEqualTo(12);
        assertThat(chinese.day()).isEqualTo(3);
        assertThat(Segments.dateline("本报讯 连日来").source()).isEqualTo("本报");
        // The place-less forms: a paper's own news (本报消息) and a wire brief (据新华社电), their source named whole.
        assertThat(Segments.dateline("本报消息 连日来").source()).isEqualTo("本报");
        assertThat(Segments.dateline("据新华社电　国家统计局今天发布")).satisfies(wire -> {
            assertThat(wire.source()).isEqualTo("新华社");
            assertThat(wire.place()).isNull();
            assertThat(wire.end()).isEqualTo(5);
        });
        // A wire report with neither place nor date: 新华社电, a space or the reporters' bracket after it.
        assertThat(Segments.dateline("新华社电 国家统计局15日发布数据")).satisfies(wire -> {
            assertThat(wire.source()).isEqualTo("新华社");
            assertThat(wire.place()).isNull();
            assertThat(wire.end()).isEqualTo(4);
        });
        assertThat(Segments.datelineReporters("新华社电（记者王五）国家统计局15日发布数据",
                Segments.dateline("新华社电（记者王五）国家统计局15日发布数据"))).containsExactly("王五");
        assertThat(Segments.dateline("中新社电　据外媒报道")).extracting(Segments.DatelineMatch::source).isEqualTo("中新社");
        assertThat(Segments.dateline("新华社电视新闻中心近日发布")).isNull();
        // A paper's brief of its own without place or day (本报电), and an agency's with its place but not the day
        // (新华社北京电), as 人民日报 sets them.
        assertThat(Segments.dateline("本报电 （记者张三）近日，")).satisfies(own -> {
            assertThat(own.source()).isEqualTo("本报");
            assertThat(own.place()).isNull();
            assertThat(Segments.datelineReporters("本报电 （记者张三）近日，", own)).containsExactly("张三");
        });
        assertThat(Segments.dateline("新华社北京电 （记者张三）国务院")).satisfies(wire -> {
            assertThat(wire.source()).isEqualTo("新华社");
            assertThat(wire.place()).isEqualTo("北京");
            assertThat(wire.month()).isZero();
            assertThat(wire.end()).isEqualTo(6);
        });
        assertThat(Segments.dateline("新华社发电报称")).isNull();
        // Hong Kong papers' own news in square brackets.
        assertThat(Segments.dateline("【明报专讯】香港经济").source()).isEqualTo("明报");
        assertThat(Segments.dateline("【本报讯】香港经济")).satisfies(own -> {
            assertThat(own.source()).isEqualTo("本报");
            assertThat(own.end()).isEqualTo(5);
        });
        assertThat(Segments.dateline("本报电视台记者近日")).isNull();
        assertThat(Segments.dateline("据新华社华盛顿6月18日电 美国")).extracting(Segments.DatelineMatch::place)
                .isEqualTo("华盛顿");
        // Other papers' own news (新京报讯, 央视网消息) name their source the same way, a bracket or space after it.
        assertThat(Segments.dateline("新京报讯（记者 张三 通讯员 李四）6月18日")).satisfies(own -> {
            assertThat(own.source()).isEqualTo("新京报");
            assertThat(Segments.datelineReporters("新京报讯（记者 张三 通讯员 李四）6月18日", own))
                    .containsExactly("张三", "李四");
        });
        assertThat(Segments.dateline("央视网消息（新闻联播）：国家统计局")).extracting(Segments.DatelineMatch::source)
                .isEqualTo("央视网");
        assertThat(Segments.dateline("央广网北京6月18日消息（记者 张三）")).extracting(Segments.DatelineMatch::place)
                .isEqualTo("北京");
        assertThat(Segments.dateline("互联网消息传播速度越来越快")).isNull();
        assertThat(Segments.dateline("当地时间6月18日上午，国家主席")).isNull();
        assertThat(Segments.dateline("6月18日电")).isNull();
        assertThat(Segments.dateline("新华社北京13月18日电")).isNull();
    }

    @Test
    void englishDatelinesBylinesAndJumps() {
        Segments.DatelineMatch wire = Segments.dateline("WASHINGTON (AP) — The Senate voted on Tuesday");
        assertThat(wire.source()).isEqualTo("AP");
        assertThat(wire.place()).isEqualTo("WASHINGTON");
        assertThat("WASHINGTON (AP) — The Senate voted on Tuesday".substring(wire.end())).startsWith("The Senate");
        Segments.DatelineMatch dated = Segments.dateline("LONDON, June 18 (Reuters) - Shares rose");
        assertThat(dated.source()).isEqualTo("Reuters");
        assertThat(dated.month()).isEqualTo(6);
        assertThat(dated.day()).isEqualTo(18);
        assertThat(Segments.dateline("NEW YORK, N.Y. — A fire broke out").place()).isEqualTo("NEW YORK");
        assertThat(Segments.dateline("SPRINGFIELD—The council met").place()).isEqualTo("SPRINGFIELD");
        assertThat(Segments.dateline("U.S.-China talks resumed on Monday")).as("a hyphen in a word").isNull();
        assertThat(Segments.dateline("The council met - and then adjourned")).isNull();
        assertThat(Segments.dateline("JIEFANGJUNBAO——空降兵某旅破解训练难题")).as("Chinese after the dash").isNull();

        assertThat(Segments.byline("By JANE SMITH")).containsExactly("JANE SMITH");
        assertThat(Segments.byline("By John Doe and Mary Roe, Staff Writers")).containsExactly("John Doe", "Mary Roe");
        assertThat(Segments.byline("BY ANN LEE, BOB KING and CAROL WU")).containsExactly("ANN LEE", "BOB KING", "CAROL WU");
        assertThat(Segments.byline("By the end of the year")).isNull();

        assertThat(Segments.jumpOn("officials said. Continued on Page 4")).containsExactly(4, 15);
        assertThat(Segments.jumpOn("(Continued on page 12)")[0]).isEqualTo(12);
        assertThat(Segments.jumpOn("See BUDGET, Page 6")[0]).isEqualTo(6);
        assertThat(Segments.jumpOn("He turned the page 4 times")).isNull();
        assertThat(Segments.jumpFrom("Continued from Page 1")).containsExactly(1, 21);
        assertThat(Segments.jumpFrom("BUDGET, from Page 1 Council members argued")[0]).isEqualTo(1);
        assertThat(Segments.jumpFrom("From page one, the story")).isNull();
    }

    @Test
    void reportersAfterADateline() {
        String text = "本报北京6月18日电 （记者 李明、王芳）记者从";
        assertThat(Segments.datelineReporters(text, Segments.dateline(text))).containsExactly("李明", "王芳");
        // Without brackets, the names end where 报道 follows them.
        for (String unbracketed : List.of("本报讯 记者王五 通讯员李四报道：近日，", "本报讯 记者 王五 李四 报道 近日，")) {
            assertThat(Segments.datelineReporters(unbracketed, Segments.dateline(unbracketed)))
                    .containsExactly("王五", "李四");
        }
        String told = "本报讯 记者从市统计局获悉，今年以来经济运行平稳，相关报道见第二版。";
        assertThat(Segments.datelineReporters(told, Segments.dateline(told))).as("记者 as the sentence's subject")
                .isEmpty();
    }

    @Test
    void aPapersBracketedLeadNamesItsSourceAndReporters() {
        String lead = "【环球时报报道 记者 王晓明 刘洋】第二届中国—中亚峰会17日举行。";
        Segments.DatelineMatch own = Segments.dateline(lead);
        assertThat(own.source()).isEqualTo("环球时报");
        assertThat(own.place()).isNull();
        assertThat(lead.substring(own.end())).startsWith("第二届");
        assertThat(Segments.datelineReporters(lead, own)).containsExactly("王晓明", "刘洋");
        String abroad = "【环球时报驻美国特约记者 张远 环球时报记者 李青】据美国媒体18日报道";
        assertThat(Segments.datelineReporters(abroad, Segments.dateline(abroad))).containsExactly("张远", "李青");
        String compiled = "【环球时报综合报道】据路透社18日报道";
        assertThat(Segments.dateline(compiled).source()).isEqualTo("环球时报");
        assertThat(Segments.datelineReporters(compiled, Segments.dateline(compiled))).isEmpty();
        assertThat(Segments.dateline("【编者按】本版今起推出")).isNull();
        assertThat(Segments.dateline("【环球时报报道 记者 王晓明 刘洋 第二届中国—中亚峰会17日在哈萨克斯坦阿斯塔纳举行")).as("never closed")
                .isNull();
    }

    @Test
    void reportersAReportClosesOn() {
        assertThat(Segments.closingReporters("新增市场主体6960户。（记者 李明 王芳）")).containsExactly("李明", "王芳");
        assertThat(Segments.closingReporters("新增市场主体6960户。（新华社记者　王　五）")).containsExactly("王五");
        assertThat(Segments.closingReporters("任务获得圆满成功。（李明）")).as("a brief's signature").containsExactly("李明");
        assertThat(Segments.closingReporters("筹备工作正有序推进。（王五、欧阳小明）")).containsExactly("王五", "欧阳小明");
        assertThat(Segments.closingReporters("新增市场主体6960户。（待续）")).as("no family name").isEmpty();
        assertThat(Segments.closingReporters("新增市场主体6960户。（全文完）")).as("the end of the text").isEmpty();
        assertThat(Segments.closingReporters("新增市场主体6960户。（新华社）")).as("an agency").isEmpty();
        assertThat(Segments.closingReporters("据统计，全市新增市场主体（户数）")).as("no sentence closed before").isEmpty();
        assertThat(Segments.closingReporters("新增市场主体6960户。（本报记者 李明 王芳 报道）")).containsExactly("李明", "王芳");
        assertThat(Segments.closingReporters("官兵进行战术训练。（新华社记者 李明 摄）")).as("a photo's credit").isEmpty();
        assertThat(Segments.closingReporters("官兵进行战术训练。（本报记者 李明 摄影报道）")).isEmpty();
        assertThat(Segments.closingReporters("（记者 李明）新增市场主体6960户。")).as("not at the end").isEmpty();
        var items = Fixtures.parse("jfjb-2024-01-02-p02.txt", """
                第2版 要闻

                西宁建成多个创新应用场景

                统计显示，平台运行以来，训练计划完成率提高47%。今年以来全市新增市场主体6960户。（记者 李明）
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)).pages().get(0).items();
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.authors()).containsExactly("李明");
            assertThat(item.sections().get(0).paragraphs().get(0)).as("the text as printed").endsWith("（记者 李明）");
        });
    }

    @Test
    void jumpNotes() {
        assertThat(Segments.jumpOn("务实合作。”（下转第三版）")).containsExactly(3, 6);
        assertThat(Segments.jumpOn("务实合作。(下转第12版)")[0]).isEqualTo(12);
        assertThat(Segments.jumpOn("下转第三版")[0]).isEqualTo(3);
        assertThat(Segments.jumpOn("他说转第三版的事")).isNull();
        // A page with several jumps numbers each pair of notes.
        assertThat(Segments.jumpOn("务实合作。（下转第三版①）")).containsExactly(3, 5);
        assertThat(Segments.jumpFrom("（上接第一版①）哈萨克斯坦")).containsExactly(1, 8);
        assertThat(Segments.jumpFrom("（上接第一版）哈萨克斯坦")).containsExactly(1, 7);
        assertThat(Segments.jumpFrom("(上接第1版) 王毅说")[0]).isEqualTo(1);
        assertThat(Segments.jumpFrom("接下来，")).isNull();
    }

    @Test
    void pageReferences() {
        assertThat(Segments.pageRef("（第五至八版）").pages()).containsExactly(5, 6, 7, 8);
        assertThat(Segments.pageRef("(第五至八版)").pages()).containsExactly(5, 6, 7, 8);
        Segments.PageRef line = Segments.pageRef("城市更新激活发展新动能（详见第二版）");
        assertThat(line.pages()).containsExactly(2);
        assertThat(line.start()).isEqualTo(11);
        assertThat(Segments.pageRef("（第八至五版）")).isNull();
        assertThat(Segments.pageRef("（第24632号）")).isNull();
    }

    @Test
    void bylines() {
        assertThat(Segments.byline("■赖朝蔚")).containsExactly("赖朝蔚");
        assertThat(Segments.byline("■ 本报记者 张三 李四")).containsExactly("张三", "李四");
        assertThat(Segments.byline("本报记者 张三 通讯员 李四")).containsExactly("张三", "李四");
        // A resident correspondent, a chief reporter, the credit for text and pictures before the role.
        assertThat(Segments.byline("本报驻莫斯科记者 张三")).containsExactly("张三");
        assertThat(Segments.byline("新华社驻联合国记者 张三 李四")).containsExactly("张三", "李四");
        assertThat(Segments.byline("本报首席记者 张三")).containsExactly("张三");
        assertThat(Segments.byline("文/图 本报记者 张三")).containsExactly("张三");
        assertThat(Segments.byline("图／文　记者　张　三")).containsExactly("张三");
        // Other papers' reporters; what the reporters did closing the byline; the credit for the text alone before
        // the role or the names.
        Map.of("中国青年报记者 张三 李四", List.of("张三", "李四"), "中国军网记者 王五", List.of("王五"),
                "本报记者 张三 通讯员 李四 报道", List.of("张三", "李四"), "本报记者 张　三 摄影报道", List.of("张三"),
                "文/本报记者 张三", List.of("张三"), "文·图/张三", List.of("张三")).forEach((line, names) ->
                        assertThat(Segments.byline(line)).as(line).containsExactlyElementsOf(names));
        // The paper's desk signs for itself, no name after it; a reporter's role alone waits for its names.
        assertThat(Segments.byline("本报评论员")).containsExactly("本报评论员");
        assertThat(Segments.byline("人民日报评论部")).containsExactly("人民日报评论部");
        assertThat(Segments.byline("■本报评论员")).containsExactly("本报评论员");
        assertThat(Segments.byline("本报记者")).isNull();
        // Taiwan's bylines name where the report was filed after a slash, and spell 报道 报导.
        assertThat(Segments.byline("记者王五／台北报导")).containsExactly("王五");
        assertThat(Segments.byline("记者王五、李四/综合报导")).containsExactly("王五", "李四");
        assertThat(Segments.byline("评论员")).isNull();
        assertThat(Segments.byline("记者从国家粮食和物资储备局获悉，今年夏粮收购已在主产区全面展开。")).isNull();
    }

    @Test
    void photoCredits() {
        assertThat(Segments.credit("董建华摄")).isEqualTo("董建华");
        assertThat(Segments.credit("新华社记者 张浩然 摄")).isEqualTo("张浩然");
        // A slash before 摄, the word first, the agency that hands the picture on before the photographer.
        assertThat(Segments.credit("本报记者 张三/摄")).isEqualTo("张三");
        assertThat(Segments.credit("摄影：张三")).isEqualTo("张三");
        assertThat(Segments.credit("（摄影/张三 李四）")).isEqualTo("张三 李四");
        assertThat(Segments.credit("新华社发 张三摄")).isEqualTo("张三");
        assertThat(Segments.captionWithCredit("官兵进行战术训练。张三/摄")).containsExactly("官兵进行战术训练。", "张三");
        // The picture desk or agency a paper names after the photographer (人民视觉, 视觉中国) is no photographer.
        assertThat(Segments.credit("苏　阳摄（人民视觉）")).isEqualTo("苏阳");
        assertThat(Segments.captionWithCredit("图为市民在玄武湖畔赏秋。 苏　阳摄（人民视觉）"))
                .containsExactly("图为市民在玄武湖畔赏秋。", "苏阳");
        assertThat(Segments.captionWithCredit("图为市民在湖畔赏秋。 张三摄（视觉中国）")).containsExactly("图为市民在湖畔赏秋。", "张三");
        // An agency that handed the picture on closes the caption, or stands before the photographer it handed on.
        assertThat(Segments.captionWithCredit("图为市民在玄武湖畔赏秋。（新华社发）")).containsExactly("图为市民在玄武湖畔赏秋。", "新华社");
        assertThat(Segments.captionWithCredit("图为市民在湖畔赏秋。新华社记者 李四 发")).containsExactly("图为市民在湖畔赏秋。", "李四");
        assertThat(Segments.captionWithCredit("图为市民在玄武湖畔赏秋。 新华社发（张三摄）"))
                .containsExactly("图为市民在玄武湖畔赏秋。", "张三");
        assertThat(Segments.captionWithCredit("图为市民在玄武湖畔赏秋。 新华社发 张三摄")).containsExactly("图为市民在玄武湖畔赏秋。", "张三");
        assertThat(Segments.captionWithCredit("各地已将这份通知印发")).as("a verb, no agency").isNull();
        assertThat(Segments.credit("摄影爱好者走进军营")).isNull();
        assertThat(Segments.credit("本报记者 张三、李四摄")).isEqualTo("张三 李四");
        assertThat(Segments.credit("他用手机拍下这一幕并发给记者，请记者拍摄")).isNull();
        assertThat(Segments.credit("（董建华摄）")).isEqualTo("董建华");
        assertThat(Segments.credit("新华社发（张进刚摄）")).isEqualTo("张进刚");
        assertThat(Segments.credit("本报记者\u3000张\u3000伟摄")).isEqualTo("张伟");
        assertThat(Segments.byline("■王\u3000平")).containsExactly("王平");
        assertThat(Segments.byline("记者手记")).isNull();
        assertThat(Segments.byline("本报记者\u3000王\u3000五\u3000\u3000本报通讯员\u3000李小四")).containsExactly("王五", "李小四");
        assertThat(Segments.byline("新华社记者 胡喆 实习生 宋晨")).containsExactly("胡喆", "宋晨");
        assertThat(Segments.credit("张三 摄影")).isEqualTo("张三");
        assertThat(Segments.credit("新华社发")).isEqualTo("新华社");
        assertThat(Segments.credit("（新华社记者 李四 发）")).isEqualTo("李四");
        assertThat(Segments.credit("某部供图")).isEqualTo("某部");
        assertThat(Segments.credit("他们出发")).isNull();
        assertThat(Segments.captionWithCredit("夏日，海军某大队开展海上训练。 董建华摄"))
                .containsExactly("夏日，海军某大队开展海上训练。", "董建华");
        assertThat(Segments.captionWithCredit("官兵在训练中。（新华社记者 张浩然摄）"))
                .containsExactly("官兵在训练中。", "张浩然");
        assertThat(Segments.captionWithCredit("这一幕被他用手机拍摄")).isNull();
        // The credit on a line of its own under the caption: the lines' text joins with no space between.
        assertThat(Segments.captionWithCredit("空降兵某旅组织新兵开展队列训练。周梓萌摄"))
                .containsExactly("空降兵某旅组织新兵开展队列训练。", "周梓萌");
        assertThat(Segments.captionWithCredit("官兵们深受感动。记者请他拍摄")).isNull();
    }

    @Test
    void numberedHeadingsAndSpeakers() {
        assertThat(Segments.numberedHeading("一、继往开来，点亮“中国—中亚精神”")).isEqualTo(1);
        assertThat(Segments.numberedHeading("十二、结语")).isEqualTo(12);
        assertThat(Segments.numberedHeading("（三）强化保障")).isEqualTo(3);
        assertThat(Segments.numberedHeading("2. 主要做法")).isEqualTo(2);
        assertThat(Segments.numberedHeading("一、")).isZero();
        assertThat(Segments.numberedHeading("一个国家只有立足粮食基本自给")).isZero();
        assertThat(Segments.numberedHeading("2025年6月")).isZero();
        assertThat(Segments.speaker("王毅表示，今年是")).isEqualTo("王毅");
        assertThat(Segments.speaker("王毅说，中国与中亚")).isEqualTo("王毅");
        assertThat(Segments.speaker("托卡耶夫指出")).isEqualTo("托卡耶夫");
        assertThat(Segments.speaker("习近平主席在讲话中指出")).isNull();
        assertThat(Segments.speaker("“我坚信")).isNull();
        // An adverb between subject and verb is not part of the name: 王毅也表示 quotes 王毅, 人们常说 nobody
        // by name; a two-character name stays whole (张也说).
        assertThat(Segments.speaker("王毅也表示，今年是")).isEqualTo("王毅");
        assertThat(Segments.speaker("人们常说：关系是泥饭碗")).isEqualTo("人们");
        assertThat(Segments.speaker("张也说，今年是")).isEqualTo("张也");
        assertThat(Segments.quotes("会上，王毅还指出，合作前景广阔。", "王毅")).isTrue();
        assertThat(Segments.speakers("王毅表示，今年是关键之年。“我们有信心。”张建国说，训练质效明显提升。"
                + "记者看到，营长李文华说的话很实在。王毅说，合作前景广阔。"))
                .containsExactly("王毅", "张建国");
        assertThat(Segments.speakers("训练结束后，官兵进行复盘")).isEmpty();
    }

    @Test
    void finishedSentences() {
        assertThat(Segments.finished("不断发扬光大。")).isTrue();
        assertThat(Segments.finished("务实合作。”")).isTrue();
        assertThat(Segments.finished("他说：")).isTrue();
        assertThat(Segments.finished("“走后门”行")).isFalse();
        assertThat(Segments.finished("被表彰为“护航先进个人”“海军优秀参谋”")).isFalse();
        assertThat(Segments.finished("互利、互助体")).isFalse();
    }

    @Test
    void punctuationInChineseContextOnly() {
        assertThat(Punctuation.normalize("6月18日下午,国家主席(新华社)说:好!对?是;"))
                .isEqualTo("6月18日下午，国家主席（新华社）说：好！对？是；");
        assertThat(Punctuation.normalize("收购小麦1,200万吨")).isEqualTo("收购小麦1,200万吨");
        assertThat(Punctuation.normalize("网址: http://www.81.cn")).isEqualTo("网址： http://www.81.cn");
        assertThat(Punctuation.normalize("CN 81-0001/(J)")).isEqualTo("CN 81-0001/(J)");
        assertThat(Punctuation.normalize("Hello, world (test).")).isEqualTo("Hello, world (test).");
        // A full stop: after Chinese only, and never inside a number, a domain or a row of dots.
        assertThat(Punctuation.normalize("峰会举行.专家表示,合作深化.”他说.")).isEqualTo("峰会举行。专家表示，合作深化。”他说。");
        assertThat(Punctuation.normalize("零售价2.00元,见www.81.cn")).isEqualTo("零售价2.00元，见www.81.cn");
        assertThat(Punctuation.normalize("等等......")).isEqualTo("等等......");
    }
}
