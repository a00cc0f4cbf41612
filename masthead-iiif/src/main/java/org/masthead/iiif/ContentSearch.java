package org.masthead.iiif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masthead.model.Box;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.Page;
import org.masthead.model.Region;
import org.masthead.model.TextLine;
import org.masthead.model.TextRange;
import org.masthead.search.Normalization;

/**
 * IIIF Content Search 2.0 within one edition: every occurrence of the query, under the same
 * normalisation as Masthead's search (so an exact CJK substring is never missed), as a highlighting
 * annotation whose target is the box of the characters on the page, cut from the boxes of the lines they
 * stand on. Items without line boxes are highlighted by their regions, or the whole page.
 */
public final class ContentSearch {
    private final IiifLinks links;

    public ContentSearch(IiifLinks links) {
        this.links = links;
    }

    /** The search response for {@code query} in the edition. */
    public Presentation.AnnotationPage search(String slug, Edition edition, String query) {
        LocalDate date = edition.date();
        String wanted = Normalization.normalize(query == null ? "" : query);
        List<Presentation.Annotation> hits = new ArrayList<>();
        if (!wanted.isEmpty()) {
            for (Page page : edition.pages()) {
                for (Item item : page.items()) {
                    hits(slug, date, page, item, wanted, hits);
                }
            }
        }
        String id = links.search(slug, date) + "?q=" + java.net.URLEncoder.encode(query == null ? "" : query,
                java.nio.charset.StandardCharsets.UTF_8);
        return new Presentation.AnnotationPage(List.of(Presentation.SEARCH_CONTEXT, Presentation.CONTEXT), id, "AnnotationPage", hits);
    }

    /**
     * The same hits as Content Search 1.0 gives them (an {@code sc:AnnotationList} with {@code resources} and
     * {@code hits}), for viewers that speak only 1.0: Mirador 3 and 4 look for no other.
     */
    public Map<String, Object> search1(String slug, Edition edition, String query) {
        String id = links.search1(slug, edition.date()) + "?q=" + java.net.URLEncoder.encode(query == null ? ""
                : query, java.nio.charset.StandardCharsets.UTF_8);
        List<Map<String, Object>> resources = new ArrayList<>();
        List<Map<String, Object>> hits = new ArrayList<>();
        for (Presentation.Annotation found : search(slug, edition, query).items()) {
            String annotation = links.search1(slug, edition.date()) + "/hit/" + (resources.size() + 1);
            String quote = found.label().get("none").get(0);
            resources.add(ordered("@id", annotation, "@type", "oa:Annotation", "motivation", "sc:painting",
                    "resource", ordered("@type", "cnt:ContentAsText", "chars", quote), "on", found.target()));
            hits.add(ordered("@type", "search:Hit", "annotations", List.of(annotation), "match", quote));
        }
        return ordered("@context", List.of("http://iiif.io/api/presentation/2/context.json",
                        "http://iiif.io/api/search/1/context.json"), "@id", id, "@type", "sc:AnnotationList",
                "within", ordered("@type", "sc:Layer", "total", resources.size()), "resources", resources, "hits", hits);
    }

    private static Map<String, Object> ordered(Object... keyThenValue) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyThenValue.length; i += 2) {
            map.put((String) keyThenValue[i], keyThenValue[i + 1]);
        }
        return map;
    }

    private void hits(String slug, LocalDate date, Page page, Item item, String wanted,
                      List<Presentation.Annotation> hits) {
        Map<TextRange, String> texts = new LinkedHashMap<>();
        if (item.headline() != null) {
            texts.put(new TextRange(TextRange.Part.HEADLINE, 0, 0, item.headline().length()), item.headline());
        }
        List<String> paragraphs = item.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            texts.put(new TextRange(TextRange.Part.PARAGRAPH, i, 0, paragraphs.get(i).length()), paragraphs.get(i));
        }
        for (Map.Entry<TextRange, String> text : texts.entrySet()) {
            Folded folded = Folded.of(text.getValue());
            for (int at = folded.text.indexOf(wanted); at >= 0; at = folded.text.indexOf(wanted, at + 1)) {
                int start = folded.origin.get(at);
                int end = folded.origin.get(at + wanted.length() - 1) + 1;
                for (Map.Entry<Integer, Box> target : boxes(page, item, text.getKey(), start, end).entrySet()) {
                    String canvas = links.canvas(slug, date, target.getKey());
                    String quote = text.getValue().substring(start, Math.min(end, text.getValue().length()));
                    hits.add(new Presentation.Annotation(links.search(slug, date) + "/hit/" + (hits.size() + 1),
                            "highlighting", Presentation.label("none", quote), null,
                            target.getValue() == null ? canvas : canvas + Manifests.xywh(target.getValue())));
                }
            }
        }
    }

    /** Per page, the box of the characters [start, end) of one text of the item (null box: whole page). */
    private static Map<Integer, Box> boxes(Page page, Item item, TextRange text, int start, int end) {
        Map<Integer, Box> boxes = new LinkedHashMap<>();
        for (TextLine line : item.lines()) {
            TextRange range = line.text();
            if (range.part() != text.part() || range.index() != text.index() || range.end() <= start
                    || range.start() >= end || line.box() == null) {
                continue;
            }
            int length = Math.max(1, range.end() - range.start());
            double unit = line.box().width() / length;
            int from = Math.max(start, range.start()) - range.start();
            int to = Math.min(end, range.end()) - range.start();
            Box part = new Box(line.box().x() + from * unit, line.box().y(), (to - from) * unit, line.box().height());
            boxes.merge(line.page(), part, Box::union);
        }
        if (boxes.isEmpty()) {
            for (Region region : item.regions()) {
                boxes.merge(region.page(), region.box(), Box::union);
            }
        }
        if (boxes.isEmpty()) {
            boxes.put(page.number(), null);
        }
        return boxes;
    }


    /** A text under search normalisation, with each normalised character's offset in the original. */
    private record Folded(String text, List<Integer> origin) {
        static Folded of(String original) {
            StringBuilder text = new StringBuilder();
            List<Integer> origin = new ArrayList<>();
            for (int i = 0; i < original.length(); ) {
                int c = original.codePointAt(i);
                String folded = Normalization.normalize(Character.toString(c));
                for (int k = 0; k < folded.length(); k++) {
                    origin.add(i);
                }
                text.append(folded);
                i += Character.charCount(c);
            }
            return new Folded(text.toString(), origin);
        }
    }
}
