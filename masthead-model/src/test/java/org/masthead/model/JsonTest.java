package org.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static Item item() {
        return Item.builder().id("p1-1").kind(ItemKind.COMMENTARY).headline("论英雄").subtitle("——副题")
                .authors(List.of("赖朝蔚")).dateline(new Dateline("新华社", "北京", LocalDate.of(2025, 6, 18)))
                .sections(List.of(new Section(null, List.of("第一段。")), new Section("一、小标题", List.of("第二段。"))))
                .continuedOn(3).flags(Set.of(ItemFlag.REORDERED, ItemFlag.TRUNCATED)).build();
    }

    private static Edition edition(Item item) {
        Page page = new Page(1, "要闻", List.of("王振江"), List.of(item));
        Masthead masthead = Masthead.builder().title("解放军报").date(LocalDate.of(2025, 6, 19)).weekday(4)
                .issueNumber(24632).lunarDate("乙巳年五月廿四").pageCount(12).build();
        return new Edition(masthead, List.of(new Warning("weekday-mismatch", "星期三 is not 2025-06-19")), List.of(page));
    }

    @Test
    void editionRoundTripsThroughJson() {
        Edition edition = edition(item());
        assertThat(Json.readEdition(Json.pretty(edition))).isEqualTo(edition);
    }

    @Test
    void jsonCarriesSchemaIsoDatesLowerCaseEnumsAndExplicitNulls() throws Exception {
        JsonNode json = Json.mapper().readTree(Json.pretty(edition(item())));
        assertThat(json.get("schema").asText()).isEqualTo("masthead.edition/2");
        assertThat(json.at("/masthead/date").asText()).isEqualTo("2025-06-19");
        assertThat(json.get("masthead").has("serial")).isTrue();
        assertThat(json.at("/masthead/serial").isNull()).isTrue();
        assertThat(json.has("title")).as("the masthead's fields live in masthead only").isFalse();
        assertThat(json.get("masthead").size()).as("its ten fields, nothing derived").isEqualTo(10);
        JsonNode item = json.at("/pages/0/items/0");
        assertThat(item.get("kind").asText()).isEqualTo("commentary");
        // Flags come out in declaration order whatever order they were given in.
        assertThat(item.get("flags").toString()).isEqualTo("[\"truncated\",\"reordered\"]");
        assertThat(item.at("/dateline/date").asText()).isEqualTo("2025-06-18");
        // Text input has no geometry: none of its fields is written.
        assertThat(item.has("regions") || item.has("lines") || item.has("spans")).isFalse();
        assertThat(json.at("/pages/0").has("size") || json.at("/pages/0").has("image")).isFalse();
    }

    @Test
    void schemaOneWithTheMastheadAtTheTopLevelStillReads() {
        String old = """
                {"schema":"masthead.edition/1","title":"解放军报","date":"2025-06-19","weekday":4,"issueNumber":24632,
                 "lunarDate":"乙巳年五月廿四","pageCount":12,"serial":null,"postalCode":null,"website":null,
                 "publisher":null,"warnings":[{"code":"weekday-mismatch","message":"星期三 is not 2025-06-19"}],
                 "pages":[{"number":1,"name":"要闻","editors":["王振江"],"items":[{"id":"p1-1","kind":"commentary",
                 "kicker":null,"headline":"论英雄","subtitle":"——副题","authors":["赖朝蔚"],
                 "dateline":{"source":"新华社","place":"北京","date":"2025-06-18"},
                 "sections":[{"heading":null,"paragraphs":["第一段。"]},{"heading":"一、小标题","paragraphs":["第二段。"]}],
                 "caption":null,"credit":null,"continuedOn":3,"continuedFrom":null,"refersToPages":[],
                 "flags":["truncated","reordered"]}]}]}""";
        assertThat(Json.readEdition(old)).isEqualTo(edition(item()));
    }

    @Test
    void geometryRoundTripsAndRangesPointIntoTheText() throws Exception {
        TextRange second = new TextRange(TextRange.Part.PARAGRAPH, 1, 1, 3);
        Item laidOut = item().toBuilder()
                .regions(List.of(new Region(1, new Box(10, 20, 300, 400), List.of()),
                        new Region(3, new Box(0, 0, 50, 60), List.of(new Point(0, 0), new Point(50, 0),
                                new Point(50, 60), new Point(0, 60)))))
                .lines(List.of(new TextLine(3, new Box(0, 0, 50, 12), second)))
                .spans(List.of(new Span("hit", second, null)))
                .build();
        Edition edition = edition(laidOut);
        edition = edition.withPages(List.of(edition.pages().get(0)
                .withGeometry(new PageSize(842, 1191, Unit.POINT), "sha256:00ff")));
        String json = Json.pretty(edition);
        assertThat(Json.readEdition(json)).isEqualTo(edition);
        JsonNode tree = Json.mapper().readTree(json);
        assertThat(tree.at("/pages/0/size/unit").asText()).isEqualTo("pt");
        assertThat(tree.at("/pages/0/items/0/regions/1/polygon/1").toString()).isEqualTo("[50.0,0.0]");
        assertThat(tree.at("/pages/0/items/0/lines/0/text/part").asText()).isEqualTo("paragraph");
        assertThat(second.of(laidOut)).isEqualTo("二段");
        assertThat(laidOut.paragraphs()).containsExactly("第一段。", "第二段。");
    }

    @Test
    void mastheadsMergeFieldByFieldAndBuildersKeepEveryField() {
        Masthead front = Masthead.builder().title("解放军报").issueNumber(24632).build();
        Masthead inner = Masthead.builder().title("人民日报").date(LocalDate.of(2025, 6, 19)).build();
        assertThat(front.orElse(inner)).isEqualTo(Masthead.builder().title("解放军报").issueNumber(24632)
                .date(LocalDate.of(2025, 6, 19)).build());
        assertThat(front.isFrontPage()).isTrue();
        assertThat(inner.isFrontPage()).isFalse();
        Item item = item();
        assertThat(item.toBuilder().build()).isEqualTo(item);
        assertThat(item.withId("x").headline()).isEqualTo(item.headline());
        Masthead full = edition(item).masthead();
        assertThat(full.toBuilder().build()).isEqualTo(full);
    }

    @Test
    void articleTextFallsBackToTheCaptionForPhotos() {
        Article photo = new Article("p1-5", "jiefangjunbao", "解放军报", LocalDate.of(2025, 6, 19), List.of(1),
                List.of("p1-5"), ItemKind.PHOTO, null, null, null, List.of(), null, List.of(), "官兵训练。", "董建华");
        assertThat(photo.text()).isEqualTo("官兵训练。\n");
        assertThat(Section.text(item().sections())).isEqualTo("第一段。\n一、小标题\n第二段。\n");
    }
}
