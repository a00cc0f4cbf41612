package org.masthead.iiif;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The IIIF Presentation API 3.0 resources Masthead serves, as plain records: what is null or empty is
 * left out of the JSON. Only the properties Masthead fills are modelled.
 */
public final class Presentation {
    public static final String CONTEXT = "http://iiif.io/api/presentation/3/context.json";
    public static final String SEARCH_CONTEXT = "http://iiif.io/api/search/2/context.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    private Presentation() {
    }

    /** JSON text of a resource. */
    public static String json(Object resource) {
        try {
            return JSON.writeValueAsString(resource);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A language map: {"zh": ["解放军报"], "en": ["PLA Daily"]}, in the order given. */
    public static Map<String, List<String>> label(String... languageThenText) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < languageThenText.length; i += 2) {
            if (languageThenText[i + 1] != null) {
                map.computeIfAbsent(languageThenText[i], k -> new java.util.ArrayList<>()).add(languageThenText[i + 1]);
            }
        }
        return map;
    }

    /** A label/value pair of {@code metadata}. */
    public record Entry(Map<String, List<String>> label, Map<String, List<String>> value) {
    }

    /** A reference to another resource: rendering, homepage, seeAlso, a Manifest in a Collection. */
    @JsonPropertyOrder({"id", "type", "label", "format", "profile", "navDate"})
    public record Reference(String id, String type, Map<String, List<String>> label, String format, String profile,
                            String navDate) {
        public static Reference of(String id, String type, Map<String, List<String>> label, String format) {
            return new Reference(id, type, label, format, null, null);
        }
    }

    /** A service: an image service or a content search service. */
    @JsonPropertyOrder({"id", "type", "profile"})
    public record Service(String id, String type, String profile) {
    }

    /** A service of an older API (Content Search 1.0), written as that API writes it (Presentation 3, 5.8.1). */
    @JsonPropertyOrder({"@id", "@type", "profile"})
    public record LegacyService(@JsonProperty("@id") String id, @JsonProperty("@type") String type, String profile) {
    }

    @JsonPropertyOrder({"@context", "id", "type", "label", "summary", "items"})
    public record Collection(@JsonProperty("@context") String context, String id, String type,
                             Map<String, List<String>> label, Map<String, List<String>> summary,
                             List<Reference> items) {
        public Collection(String id, Map<String, List<String>> label, Map<String, List<String>> summary,
                          List<Reference> items) {
            this(CONTEXT, id, "Collection", label, summary, items);
        }
    }

    @JsonPropertyOrder({"@context", "id", "type", "label", "summary", "metadata", "navDate", "viewingDirection",
            "behavior", "homepage", "rendering", "seeAlso", "partOf", "service", "items", "structures"})
    public record Manifest(@JsonProperty("@context") List<String> context, String id, String type,
                           Map<String, List<String>> label, Map<String, List<String>> summary, List<Entry> metadata,
                           String navDate, List<String> behavior, List<Reference> homepage,
                           List<Reference> rendering, List<Reference> seeAlso, List<Reference> partOf,
                           List<Object> service, List<Canvas> items, List<Range> structures) {
    }

    @JsonPropertyOrder({"id", "type", "label", "width", "height", "thumbnail", "items", "annotations"})
    public record Canvas(String id, String type, Map<String, List<String>> label, int width, int height,
                         List<Body> thumbnail, List<AnnotationPage> items, List<AnnotationPage> annotations) {
        public Canvas(String id, Map<String, List<String>> label, int width, int height, List<Body> thumbnail,
                      List<AnnotationPage> items, List<AnnotationPage> annotations) {
            this(id, "Canvas", label, width, height, thumbnail, items, annotations);
        }
    }

    @JsonPropertyOrder({"@context", "id", "type", "items", "partOf", "next"})
    public record AnnotationPage(@JsonProperty("@context") Object context, String id, String type,
                                 @JsonInclude(JsonInclude.Include.ALWAYS) List<Annotation> items) {
        public AnnotationPage(String id, List<Annotation> items) {
            this(null, id, "AnnotationPage", items);
        }
    }

    @JsonPropertyOrder({"id", "type", "motivation", "label", "body", "target"})
    public record Annotation(String id, String type, String motivation, Map<String, List<String>> label, Body body,
                             Object target) {
        public Annotation(String id, String motivation, Map<String, List<String>> label, Body body, Object target) {
            this(id, "Annotation", motivation, label, body, target);
        }
    }

    /** An annotation body: an Image (with its service), a TextualBody, or a linked Text. */
    @JsonPropertyOrder({"id", "type", "format", "language", "value", "width", "height", "service"})
    public record Body(String id, String type, String format, String language, String value, Integer width,
                       Integer height, List<Service> service) {
        public static Body image(String id, String format, int width, int height, Service service) {
            return new Body(id, "Image", format, null, null, width, height, service == null ? null : List.of(service));
        }

        public static Body text(String value, String language) {
            return new Body(null, "TextualBody", "text/plain", language, value, null, null, null);
        }

        public static Body link(String id, String language) {
            return new Body(id, "Text", "text/html", language, null, null, null, null);
        }
    }

    /** A Range: an article, whose items are the regions of canvases it covers, on one page or several. */
    @JsonPropertyOrder({"id", "type", "label", "items"})
    public record Range(String id, String type, Map<String, List<String>> label, List<Object> items) {
        public Range(String id, Map<String, List<String>> label, List<Object> items) {
            this(id, "Range", label, items);
        }
    }

    /** A reference to a Canvas or a part of one ({@code canvas#xywh=…}). */
    @JsonPropertyOrder({"id", "type"})
    public record CanvasRef(String id, String type) {
        public CanvasRef(String id) {
            this(id, "Canvas");
        }
    }
}
