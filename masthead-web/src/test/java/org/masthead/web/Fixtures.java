package org.masthead.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.masthead.model.Dateline;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.ItemKind;
import org.masthead.model.Page;
import org.masthead.model.Section;
import org.masthead.model.Warning;

/** Interim hand-built editions, until tests ingest the shipped sample through the real archive. */
final class Fixtures {
    static final LocalDate DATE = LocalDate.of(2025, 6, 19);

    private Fixtures() {
    }

    static List<Edition> editions() {
        Item lead = item("p1-1", ItemKind.ARTICLE, null, "圆满结束出席第二届中国—中亚峰会 习近平回到北京", null,
                new Dateline("新华社", "北京", LocalDate.of(2025, 6, 18)),
                List.of(new Section(null, List.of("6月18日下午,国家主席习近平结束出席第二届中国—中亚峰会后乘专机回到北京。"))),
                null, null);
        Item jump = item("p1-2", ItemKind.ARTICLE, null, "合作之路越走越宽广 友谊之花越开越灿烂",
                "习近平主席重要讲话为中国中亚携手前行擘画蓝图", null,
                List.of(new Section(null, List.of("当地时间6月17日下午,第二届中国—中亚峰会在哈萨克斯坦阿斯塔纳独立宫举行。")),
                        new Section("“为地区伙伴关系开启新篇章”", List.of("“我欢迎建立关于减贫、教育交流、荒漠化防治的合作中心。”"))),
                3, null);
        Item photo = new Item("p1-3", ItemKind.PHOTO, null, null, null, List.of(), null, List.of(),
                "夏日,海军某大队开展海上训练。", "董建华", null, null, List.of(), Set.of());
        Item teaser = new Item("p1-4", ItemKind.TEASER, null, "纪念中国人民抗日战争暨世界反法西斯战争胜利80周年特刊",
                null, List.of(), null, List.of(), null, null, null, null, List.of(5, 6, 7, 8), Set.of());
        Item column = new Item("p1-5", ItemKind.COMMENTARY, null, "坚持靠素质立身、凭实绩进步", null, List.of("赖朝蔚"),
                null, List.of(new Section(null, List.of("天道酬勤,力耕不欺。"))), null, null, null, null, List.of(), Set.of());
        Item rest = item("p3-1", ItemKind.ARTICLE, null, "合作之路越走越宽广 友谊之花越开越灿烂", null, null,
                List.of(new Section(null, List.of("塔吉克斯坦学者说,中亚国家同中国合作的强大动力来自互信。"))), null, 1);
        Item other = item("p3-2", ItemKind.ARTICLE, null, "边防官兵巡逻在帕米尔高原", null, null,
                List.of(new Section(null, List.of("6月中旬,新疆军区某边防团官兵踏上巡逻路。"))), null, null);
        Edition today = new Edition("解放军报", DATE, 4, 24632, "乙巳年五月廿四", 12, "CN 81-0001/(J)", "1-26",
                "http://www.81.cn", "解放军报社", List.of(new Warning("pages-missing", "今日12版, 2 held")),
                List.of(new Page(1, "要闻", List.of("张三"), List.of(lead, jump, photo, teaser, column)),
                        new Page(3, "要闻", List.of(), List.of(rest, other))));
        Item yesterdayLead = item("y1-1", ItemKind.ARTICLE, null, "第二届中国—中亚峰会在阿斯塔纳举行", null, null,
                List.of(new Section(null, List.of("第二届中国—中亚峰会17日在阿斯塔纳举行。"))), null, null);
        Edition yesterday = new Edition("解放军报", DATE.minusDays(1), 3, 24631, "乙巳年五月廿三", 8, null, null, null,
                null, List.of(), List.of(new Page(1, "要闻", List.of(), List.of(yesterdayLead))));
        return List.of(yesterday, today);
    }

    private static Item item(String id, ItemKind kind, String kicker, String headline, String subtitle,
                             Dateline dateline, List<Section> sections, Integer continuedOn, Integer continuedFrom) {
        return new Item(id, kind, kicker, headline, subtitle, List.of(), dateline, sections, null, null, continuedOn,
                continuedFrom, List.of(), Set.of());
    }
}
