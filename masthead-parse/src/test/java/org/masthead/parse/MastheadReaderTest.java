package org.masthead.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.masthead.model.Warning;

class MastheadReaderTest {
    private final List<Warning> warnings = new ArrayList<>();

    private MastheadReader.Result read(String text) {
        return MastheadReader.read(PageReader.forText(text).read(text), warnings::add);
    }

    @Test
    void sampleMastheadTakesTitleAndTwoLines() {
        MastheadReader.Result result = read(Fixtures.sampleText());
        assertThat(result.blocksUsed()).isEqualTo(2);
        PageHead head = result.head();
        assertThat(head.masthead().title()).isEqualTo("解放军报");
        assertThat(head.isFrontPage()).isTrue();
        assertThat(head.pageNumber()).isNull();
    }

    @Test
    void plainTextMastheadWithFullWidthColonsAndChinesePageCount() {
        PageHead head = read("""
                光明日报
                2024年2月10日 星期六 农历正月初一
                第27000号 今日十二版 国内统一连续出版物号：CN 11-0026 邮发代号：1-16
                光明日报社出版 www.gmw.cn

                新春走基层
                """).head();
        assertThat(head.masthead().title()).isEqualTo("光明日报");
        assertThat(head.masthead().date()).isEqualTo(LocalDate.of(2024, 2, 10));
        assertThat(head.masthead().weekday()).isEqualTo(6);
        assertThat(head.masthead().lunarDate()).isEqualTo("正月初一");
        assertThat(head.masthead().issueNumber()).isEqualTo(27000);
        assertThat(head.masthead().pageCount()).isEqualTo(12);
        assertThat(head.masthead().serial()).isEqualTo("CN 11-0026");
        assertThat(head.masthead().postalCode()).isEqualTo("1-16");
        assertThat(head.masthead().publisher()).isEqualTo("光明日报社");
        assertThat(head.masthead().website()).isEqualTo("www.gmw.cn");
        assertThat(LunarCalendar.matches(head.masthead().lunarDate(), head.masthead().date())).isTrue();
        assertThat(warnings).isEmpty();
    }

    @Test
    void insidePageHeaders() {
        PageHead ordinal = read("第3版：要闻\n\n## 标题\n\n正文。").head();
        assertThat(ordinal.pageNumber()).isEqualTo(3);
        assertThat(ordinal.pageName()).isEqualTo("要闻");
        assertThat(ordinal.isFrontPage()).isFalse();
        PageHead chinese = read("解放军报 2025年6月19日 星期四 第十二版 国际\n\n## 标题").head();
        assertThat(chinese.pageNumber()).isEqualTo(12);
        assertThat(chinese.pageName()).isEqualTo("国际");
        assertThat(chinese.masthead().title()).isEqualTo("解放军报");
    }

    @Test
    void anInsidePagesRunningHeadFarFromTheTopIsTheHeadsAndNoHeadline() {
        // pdftotext: the page's number and name at the top, the running head's date among the columns' lines
        // (it orders a page's blocks by where they stand). A line that is all running head is the head's.
        MastheadReader.Result result = read(String.join("\n\n", "2", "专版", "长沙建成4个AI创新应用场景", "■唐敏",
                "训练场上多流汗，战场", "程。善于总结经验教训，才", "解放军报 2025年6月1日 星期日", "一堂别开生面的教育课",
                "本报重庆5月31日电 记者从有关部门获悉，"));
        PageHead head = result.head();
        assertThat(head.pageNumber()).isEqualTo(2);
        assertThat(head.pageName()).isEqualTo("专版");
        assertThat(head.masthead().title()).isEqualTo("解放军报");
        assertThat(head.masthead().date()).isEqualTo(java.time.LocalDate.of(2025, 6, 1));
        assertThat(result.left()).extracting(Block::spaced).containsExactly("长沙建成4个AI创新应用场景", "■唐敏",
                "训练场上多流汗，战场", "程。善于总结经验教训，才", "一堂别开生面的教育课", "本报重庆5月31日电 记者从有关部门获悉，");
        // A sentence naming the paper and a date is body text, wherever it stands.
        assertThat(read(String.join("\n\n", "2", "专版", "解放军报 2025年6月1日 星期日", "标题",
                "解放军报 2025年6月1日发表评论员文章。")).left()).extracting(Block::spaced)
                .contains("解放军报 2025年6月1日发表评论员文章。");
    }

    @Test
    void thePapersNameStillHeadsTheMastheadWhenThreeAsidesStandBeforeItsNextLine() {
        // pdftotext: the title and its romanised name, then a headline over two lines and a dateline beside the
        // masthead, then the masthead's next lines. Three asides may stand between two masthead lines, the
        // title's too.
        // A line each, as the converter stages give pdftotext's lines.
        MastheadReader.Result result = read(String.join("\n\n", "2025年6月8日", "星期日", "农历乙巳年五月十三",
                "中国军网网址：http://www.81.cn", "解放军报", "JIEFANGJUNBAO", "外贸进出口总值69.32", "万亿元", "新华社海口6月7",
                "第24621号", "今日11版", "国内统一连续出版物号", "CN 81-0001/(J)", "邮发代号1-26"));
        PageHead head = result.head();
        assertThat(head.masthead().title()).isEqualTo("解放军报");
        assertThat(head.masthead().issueNumber()).isEqualTo(24621);
        assertThat(head.masthead().pageCount()).isEqualTo(11);
        assertThat(result.left()).extracting(Block::spaced).contains("新华社海口6月7");
    }

    @Test
    void shortLinesSetAmongTheMastheadsAreLeftToTheBodyAndTheFieldsAfterThemStillCount() {
        // pdftotext reads the first item's kicker and headline, printed beside the masthead, between its lines;
        // the name over each QR code's label stands apart from the label. The title itself was a picture.
        MastheadReader.Result result = read("""
                2024年1月5日
                星期五

                深化改革创新

                北部战区空军某旅开展实战化训练

                第24101号 今日8版
                国内统一连续出版物号
                CN 81-0001/(J)

                解放军报

                解放军报

                解放军报社出版

                客户端

                在重庆看强军新风

                本报重庆1月4日电 夏日，北部战区空军某旅开展海上训练，检验部队在复杂海况下的作战能力。
                """);
        PageHead head = result.head();
        assertThat(head.masthead().issueNumber()).isEqualTo(24101);
        assertThat(head.masthead().pageCount()).isEqualTo(8);
        assertThat(head.masthead().publisher()).isEqualTo("解放军报社");
        assertThat(head.masthead().title()).isEqualTo("解放军报");
        assertThat(result.left()).extracting(Block::spaced).startsWith("深化改革创新", "北部战区空军某旅开展实战化训练",
                "解放军报", "解放军报", "客户端", "在重庆看强军新风");
    }

    @Test
    void aShortLineWithNoMastheadLineAfterItEndsTheHead() {
        MastheadReader.Result result = read("""
                2024年1月5日 星期五 第24101号

                深化改革创新

                北部战区空军某旅开展实战化训练

                本报重庆1月4日电 夏日，北部战区空军某旅开展海上训练。

                据统计，今年全区共有2170名适龄青年报名参军。
                """);
        assertThat(result.blocksUsed()).isEqualTo(1);
        assertThat(result.left()).extracting(Block::spaced).startsWith("深化改革创新");
    }

    @Test
    void aBooksHeadlineBrokenUnderAPageHeaderIsNoMastheadLine() {
        // 出版 names the publisher in a masthead (解放军报社出版), never a book: the headline's halves stay text.
        MastheadReader.Result result = read("第2版\n\n文化周刊\n\n《空军某旅英模事迹\n\n选编》出版发行\n\n"
                + "本报讯 近日，《空军某旅英模事迹选编》由解放军出版社出版发行。\n");
        assertThat(result.head().pageNumber()).isEqualTo(2);
        assertThat(result.head().masthead().publisher()).isNull();
        assertThat(result.left()).extracting(Block::spaced).containsSubsequence("《空军某旅英模事迹", "选编》出版发行");
    }

    @Test
    void noHeadMeansNothingUsed() {
        MastheadReader.Result result = read("## 习近平回到北京\n\n新华社北京6月18日电 正文。");
        assertThat(result.blocksUsed()).isZero();
        assertThat(result.head()).isEqualTo(PageHead.NONE);
    }

    @Test
    void anImpossibleDateIsAWarning() {
        PageHead head = read("# 解放军报\n\n2025年2月30日 星期日 第24000号").head();
        assertThat(head.masthead().date()).isNull();
        assertThat(warnings).extracting(Warning::code).containsExactly("invalid-date");
    }

    @Test
    void lunarDatesAsPapersPrintThem() {
        LocalDate date = LocalDate.of(2025, 6, 19);
        assertThat(LunarCalendar.of(date).printed()).isEqualTo("乙巳年五月廿四");
        assertThat(LunarCalendar.matches("乙巳年五月廿四", date)).isTrue();
        assertThat(LunarCalendar.matches("乙巳年五月二十四", date)).isTrue();
        assertThat(LunarCalendar.matches("五月廿四", date)).isTrue();
        assertThat(LunarCalendar.matches("乙巳年五月廿三", date)).isFalse();
        assertThat(LunarCalendar.matches("甲辰年五月廿四", date)).isFalse();
        assertThat(LunarCalendar.matches("乙巳年闰五月廿四", date)).isFalse();
        // 2025 has a leap sixth month; 2025-07-25 is its first day.
        assertThat(LunarCalendar.of(LocalDate.of(2025, 7, 25)).printed()).isEqualTo("乙巳年闰六月初一");
        assertThat(LunarCalendar.matches("乙巳年闰六月初一", LocalDate.of(2025, 7, 25))).isTrue();
        assertThat(LunarCalendar.matches("乙巳年六月初一", LocalDate.of(2025, 7, 25))).isFalse();
        // 冬月 and 腊月 are the eleventh and twelfth months.
        assertThat(LunarCalendar.matches("甲辰年冬月初一", LocalDate.of(2024, 12, 1))).isTrue();
        assertThat(LunarCalendar.matches("甲辰年腊月廿九", LocalDate.of(2025, 1, 28))).isTrue();
        assertThat(LunarCalendar.of(LocalDate.of(2025, 1, 29)).printed()).isEqualTo("乙巳年正月初一");
    }

    @Test
    void lunarDateAgreesWithIcuFormatter() {
        com.ibm.icu.text.SimpleDateFormat format = new com.ibm.icu.text.SimpleDateFormat("U年MMMd",
                new com.ibm.icu.util.ULocale("zh@calendar=chinese;numbers=hanidays"));
        format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
        for (LocalDate date = LocalDate.of(2023, 1, 1); date.isBefore(LocalDate.of(2027, 1, 1)); date = date.plusDays(1)) {
            String icu = format.format(new java.util.Date(date.toEpochDay() * 86_400_000L + 12 * 3_600_000L));
            assertThat(LunarCalendar.matches(icu, date)).as(date + " " + icu).isTrue();
        }
    }
}
