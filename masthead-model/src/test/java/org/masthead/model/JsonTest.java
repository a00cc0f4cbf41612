package org.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static Edition edition() {
        Item item = new Item("p1-1", ItemKind.COMMENTARY, null, "论英雄", "——副题", List.of("赖朝蔚"),
                new Dateline("新华社", "北京", LocalDate.of(2025, 6, 18)),
                List.of(new Section(null, List.of("第一段。")), new Section("一、小标题", List.of("第二段。"))),
                null, null, 3, null, List.of(), Set.of(ItemFlag.REORDERED, ItemFlag.TRUNCATED));
        Page page = new Page(1, "要闻", List.of("王振江"), List.of(item));
        return new Edition("解放军报", LocalDate.of(2025, 6, 19), 4, 24632, "乙巳年五月廿四", 12, null, null, null,
                null, List.of(new Warning("weekday-mismatch", "星期三 is not 2025-06-19")), List.of(page));
    }

    @Test
    void editionRoundTripsThroughJson() {
        Edition edition = edition();
        assertThat(Json.readEdition(Json.pretty(edition))).isEqualTo(edition);
    }

    @Test
    void jsonCarriesSchemaIsoDatesLowerCaseEnumsAndExplicitNulls() throws Exception {
        JsonNode json = Json.mapper().readTree(Json.pretty(edition()));
        assertThat(json.get("schema").asText()).isEqualTo(Edition.SCHEMA);
        assertThat(json.get("date").asText()).isEqualTo("2025-06-19");
        assertThat(json.has("serial")).isTrue();
        assertThat(json.get("serial").isNull()).isTrue();
        JsonNode item = json.at("/pages/0/items/0");
        assertThat(item.get("kind").asText()).isEqualTo("commentary");
        // Flags come out in declaration order whatever order they were given in.
        assertThat(item.get("flags").toString()).isEqualTo("[\"truncated\",\"reordered\"]");
        assertThat(item.at("/dateline/date").asText()).isEqualTo("2025-06-18");
    }

    @Test
    void articleTextFallsBackToTheCaptionForPhotos() {
        Article photo = new Article("p1-5", "jiefangjunbao", "解放军报", LocalDate.of(2025, 6, 19), List.of(1),
                List.of("p1-5"), ItemKind.PHOTO, null, null, null, List.of(), null, List.of(), "官兵训练。", "董建华");
        assertThat(photo.text()).isEqualTo("官兵训练。\n");
        assertThat(Section.text(edition().pages().get(0).items().get(0).sections())).isEqualTo("第一段。\n一、小标题\n第二段。\n");
    }
}
