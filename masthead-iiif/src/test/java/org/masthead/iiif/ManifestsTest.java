package org.masthead.iiif;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.masthead.model.Article;
import org.masthead.model.Box;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.ItemKind;
import org.masthead.model.Masthead;
import org.masthead.model.Page;
import org.masthead.model.PageSize;
import org.masthead.model.Region;
import org.masthead.model.Section;
import org.masthead.model.TextLine;
import org.masthead.model.TextRange;
import org.masthead.model.Unit;

/** Manifests, collections and search responses validate against the Presentation 3 schema and say what they should. */
class ManifestsTest {
    static final IiifLinks LINKS = IiifLinks.of("http://127.0.0.1:8080");
    static final ObjectMapper JSON = new ObjectMapper();
    static JsonSchema schema;

    @BeforeAll
    static void schema() throws Exception {
        try (InputStream in = ManifestsTest.class.getResourceAsStream("/schema/iiif_3_0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    static Set<String> problems(Object resource) throws Exception {
        JsonNode json = JSON.readTree(Presentation.json(resource));
        return schema.validate(json).stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
    }

    /** 解放军报 2025-06-19: page 1 with an article that jumps to page 3, and page 3 with its rest and a brief. */
    static Edition edition() {
        String p1 = "中亚峰会在阿斯塔纳举行，各方同意深化合作。";
        Item front = Item.builder().id("a1").kind(ItemKind.ARTICLE).headline("合作之路越走越宽广")
                .sections(List.of(new Section(null, List.of(p1)))).continuedOn(3)
                .regions(List.of(new Region(1, new Box(40, 60, 200, 120), List.of())))
                .lines(List.of(
                        new TextLine(1, new Box(40, 60, 180, 30), new TextRange(TextRange.Part.HEADLINE, 0, 0, 9)),
                        new TextLine(1, new Box(40, 100, 200, 20), new TextRange(TextRange.Part.PARAGRAPH, 0, 0, 10)),
                        new TextLine(1, new Box(40, 124, 200, 20), new TextRange(TextRange.Part.PARAGRAPH, 0, 10,
                                p1.length()))))
                .build();
        String p3 = "（上接第一版）中亚峰会通过了联合声明。";
        Item jump = Item.builder().id("c2").kind(ItemKind.ARTICLE).headline("合作之路越走越宽广")
                .sections(List.of(new Section(null, List.of(p3)))).continuedFrom(1)
                .regions(List.of(new Region(3, new Box(300, 400, 150, 60), List.of())))
                .lines(List.of(new TextLine(3, new Box(300, 420, 190, 20), new TextRange(TextRange.Part.PARAGRAPH, 0, 0,
                        p3.length()))))
                .build();
        Item brief = Item.builder().id("c1").kind(ItemKind.BRIEF).headline("简讯")
                .sections(List.of(new Section(null, List.of("無線電軍事演習")))).build();
        PageSize a3 = new PageSize(842, 1191, Unit.POINT);
        return new Edition(Masthead.builder().title("解放军报").date(LocalDate.of(2025, 6, 19)).issueNumber(24632).build(),
                List.of(), List.of(new Page(1, "要闻", List.of(), List.of(front)).withGeometry(a3, null),
                new Page(3, null, List.of(), List.of(brief, jump)).withGeometry(a3, null)));
    }

    static List<Article> articles() {
        return List.of(
                new Article("a1", "jiefangjunbao", "解放军报", LocalDate.of(2025, 6, 19), List.of(1, 3), List.of("a1", "c2"),
                        ItemKind.ARTICLE, null, "合作之路越走越宽广", null, List.of(), null, List.of(), null, null),
                new Article("c1", "jiefangjunbao", "解放军报", LocalDate.of(2025, 6, 19), List.of(3), List.of("c1"),
                        ItemKind.BRIEF, null, "简讯", null, List.of(), null, List.of(), null, null));
    }

    @Test
    void manifestValidatesWithCanvasesRangesAndAreas() throws Exception {
        Presentation.Manifest manifest = new Manifests(LINKS).manifest("jiefangjunbao", edition(), articles());
        assertThat(problems(manifest)).isEmpty();
        JsonNode json = JSON.readTree(Presentation.json(manifest));
        String base = "http://127.0.0.1:8080/iiif/jiefangjunbao/2025-06-19";
        assertThat(json.get("id").asText()).isEqualTo(base + "/manifest.json");
        assertThat(json.get("label").get("zh").get(0).asText()).isEqualTo("解放军报 2025年6月19日");
        assertThat(json.get("label").get("en").get(0).asText()).isEqualTo("解放军报, 19 June 2025");
        assertThat(json.get("navDate").asText()).isEqualTo("2025-06-19T00:00:00Z");
        assertThat(json.get("items")).hasSize(2);
        assertThat(json.get("items").get(1).get("id").asText()).isEqualTo(base + "/canvas/p3");
        assertThat(json.get("items").get(0).get("width").asInt()).isEqualTo(842);
        assertThat(json.get("items").get(0).get("label").get("zh").get(0).asText()).isEqualTo("第1版 要闻");
        // The jumped article is one Range over its areas on pages 1 and 3 (cookbook recipe 0025 style).
        JsonNode range = json.get("structures").get(0);
        assertThat(range.get("items")).hasSize(2);
        assertThat(range.get("items").get(0).get("id").asText()).isEqualTo(base + "/canvas/p1#xywh=40,60,200,120");
        assertThat(range.get("items").get(1).get("id").asText()).isEqualTo(base + "/canvas/p3#xywh=300,400,150,60");
        // A part without regions covers its page.
        assertThat(json.get("structures").get(1).get("items").get(0).get("id").asText()).isEqualTo(base + "/canvas/p3");
        JsonNode area = json.get("items").get(1).get("annotations").get(0).get("items").get(0);
        assertThat(area.get("motivation").asText()).isEqualTo("linking");
        assertThat(area.get("target").asText()).isEqualTo(base + "/canvas/p3#xywh=300,400,150,60");
        assertThat(area.get("body").get("id").asText()).isEqualTo("http://127.0.0.1:8080/articles/a1");
        assertThat(json.get("service").get(0).get("type").asText()).isEqualTo("SearchService2");
        assertThat(json.get("rendering").get(0).get("format").asText()).isEqualTo("text/plain");
    }

    @Test
    void pagesWithImagesArePaintedByTheirLevel0ServiceAndHaveThumbnails() throws Exception {
        // Page 1 has a 1754 × 2481 image (A3 at 150 dpi); page 3 none yet.
        IiifLinks links = IiifLinks.of("http://127.0.0.1:8080",
                (slug, date, page) -> page.number() == 1 ? new ImageTiles.Size(1754, 2481) : null);
        Presentation.Manifest manifest = new Manifests(links).manifest("jiefangjunbao", edition(), articles());
        assertThat(problems(manifest)).isEmpty();
        JsonNode json = JSON.readTree(Presentation.json(manifest));
        String service = "http://127.0.0.1:8080/iiif/jiefangjunbao/2025-06-19/image/p1";
        JsonNode canvas = json.get("items").get(0);
        JsonNode painting = canvas.get("items").get(0).get("items").get(0);
        assertThat(painting.get("motivation").asText()).isEqualTo("painting");
        assertThat(painting.get("target").asText()).isEqualTo(canvas.get("id").asText());
        JsonNode body = painting.get("body");
        assertThat(body.get("type").asText()).isEqualTo("Image");
        // The largest whole image the tree keeps (half size: 1754 is wider than the reader's 1600); viewers
        // zoom further by the service's tiles.
        assertThat(body.get("id").asText()).isEqualTo(service + "/full/877,1241/0/default.jpg");
        assertThat(body.get("format").asText()).isEqualTo("image/jpeg");
        assertThat(body.get("width").asInt()).isEqualTo(877);
        assertThat(body.get("height").asInt()).isEqualTo(1241);
        assertThat(body.get("service").get(0).get("id").asText()).isEqualTo(service);
        assertThat(body.get("service").get(0).get("type").asText()).isEqualTo("ImageService3");
        assertThat(body.get("service").get(0).get("profile").asText()).isEqualTo("level0");
        // The reader's thumbnail (made with the page images), so a viewer's page strip cuts no tiles.
        JsonNode thumbnail = canvas.get("thumbnail").get(0);
        assertThat(thumbnail.get("id").asText()).isEqualTo("http://127.0.0.1:8080/jiefangjunbao/2025-06-19/1/thumbnail.jpg");
        assertThat(thumbnail.get("type").asText()).isEqualTo("Image");
        // The canvas keeps the page's own size (points), so article areas and search hits stay where they are.
        assertThat(canvas.get("width").asInt()).isEqualTo(842);
        JsonNode page3 = json.get("items").get(1);
        assertThat(page3.get("items").get(0).get("items")).isEmpty();
        assertThat(page3.has("thumbnail")).isFalse();
    }

    @Test
    void collectionListsEditionsByDate() throws Exception {
        Presentation.Collection collection = new Manifests(LINKS).collection("jiefangjunbao", "解放军报",
                List.of(LocalDate.of(2025, 6, 20), LocalDate.of(2025, 6, 19)));
        assertThat(problems(collection)).isEmpty();
        JsonNode json = JSON.readTree(Presentation.json(collection));
        assertThat(json.get("items").get(0).get("navDate").asText()).isEqualTo("2025-06-19T00:00:00Z");
        assertThat(json.get("items").get(1).get("id").asText())
                .isEqualTo("http://127.0.0.1:8080/iiif/jiefangjunbao/2025-06-20/manifest.json");
    }

    @Test
    void schemaCatchesABrokenManifest() throws Exception {
        assertThat(schema.validate(JSON.readTree("{\"type\":\"Manifest\",\"id\":\"x\"}"))).isNotEmpty();
    }

    @Test
    void contentSearchFindsCjkSubstringsWithTheirBoxes() throws Exception {
        ContentSearch search = new ContentSearch(LINKS);
        Presentation.AnnotationPage page = search.search("jiefangjunbao", edition(), "中亚峰会");
        assertThat(problems(page)).isEmpty();
        List<String> targets = page.items().stream().map(a -> (String) a.target()).toList();
        String base = "http://127.0.0.1:8080/iiif/jiefangjunbao/2025-06-19";
        // On page 1 the phrase is characters 0-4 of a 10-character line 200 wide; on page 3 characters 7-11
        // of a 19-character line 190 wide.
        assertThat(targets).containsExactly(base + "/canvas/p1#xywh=40,100,80,20", base + "/canvas/p3#xywh=370,420,40,20");
        // Traditional characters and full-width forms are found as Masthead's search finds them.
        assertThat(search.search("jiefangjunbao", edition(), "无线电军事").items()).hasSize(1)
                .allSatisfy(a -> assertThat((String) a.target()).isEqualTo(base + "/canvas/p3"));
        assertThat(search.search("jiefangjunbao", edition(), "不存在").items()).isEmpty();
    }

    @Test
    void contentSearch1GivesTheSameHitsForViewersThatSpeakOnlyIt() throws Exception {
        JsonNode list = JSON.readTree(Presentation.json(new ContentSearch(LINKS).search1("jiefangjunbao", edition(),
                "中亚峰会")));
        String base = "http://127.0.0.1:8080/iiif/jiefangjunbao/2025-06-19";
        assertThat(list.get("@type").asText()).isEqualTo("sc:AnnotationList");
        assertThat(list.get("@id").asText()).isEqualTo(base + "/search1?q=%E4%B8%AD%E4%BA%9A%E5%B3%B0%E4%BC%9A");
        assertThat(list.get("within").get("total").asInt()).isEqualTo(2);
        JsonNode hit = list.get("resources").get(0);
        assertThat(hit.get("@type").asText()).isEqualTo("oa:Annotation");
        assertThat(hit.get("on").asText()).isEqualTo(base + "/canvas/p1#xywh=40,100,80,20");
        assertThat(hit.get("resource").get("chars").asText()).isEqualTo("中亚峰会");
        assertThat(list.get("hits").get(1).get("annotations").get(0).asText())
                .isEqualTo(list.get("resources").get(1).get("@id").asText());
        // The manifest offers both services; Mirador finds 1.0 by its profile.
        JsonNode manifest = JSON.readTree(Presentation.json(new Manifests(LINKS).manifest("jiefangjunbao", edition(),
                articles())));
        assertThat(manifest.get("service").get(1).get("@id").asText()).isEqualTo(base + "/search1");
        assertThat(manifest.get("service").get(1).get("profile").asText()).isEqualTo("http://iiif.io/api/search/1/search");
    }
}
