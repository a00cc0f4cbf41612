package org.masthead.iiif;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.masthead.model.Article;
import org.masthead.model.Box;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.Page;
import org.masthead.model.Region;

/**
 * Builds IIIF Presentation 3 resources from editions: a Collection per title, a Manifest per edition
 * (a Canvas per page, each article a Range over the areas of all its parts, across pages when it jumps,
 * each article area a linking annotation on its Canvas) and the Content Search 2 service.
 */
public final class Manifests {
    /** A canvas for a page that has no size (text input), in A-series proportions. */
    private static final int TEXT_WIDTH = 1000;
    private static final int TEXT_HEIGHT = 1414;
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("yyyy年M月d日", Locale.CHINESE);

    private final IiifLinks links;

    public Manifests(IiifLinks links) {
        this.links = links;
    }

    /** The title's Collection: a Manifest reference per edition, by date. */
    public Presentation.Collection collection(String slug, String titleName, List<LocalDate> dates) {
        List<Presentation.Reference> items = new ArrayList<>();
        for (LocalDate date : dates.stream().sorted().toList()) {
            items.add(new Presentation.Reference(links.manifest(slug, date), "Manifest", label(titleName, date),
                    null, null, navDate(date)));
        }
        return new Presentation.Collection(links.collection(slug), Presentation.label("zh", titleName, "en", titleName),
                Presentation.label("zh", items.size() + "期", "en", items.size() + " editions"), items);
    }

    /** The edition's Manifest; {@code articles} are its stitched articles (their parts name its items). */
    public Presentation.Manifest manifest(String slug, Edition edition, List<Article> articles) {
        LocalDate date = edition.date();
        String manifest = links.manifest(slug, date);
        Map<Integer, Page> pages = new HashMap<>();
        List<Presentation.Canvas> canvases = new ArrayList<>();
        for (Page page : edition.pages()) {
            pages.put(page.number(), page);
            canvases.add(canvas(slug, date, page, articles));
        }
        List<Presentation.Range> ranges = new ArrayList<>();
        for (Article article : articles) {
            List<Object> targets = new ArrayList<>();
            for (Item part : parts(edition, article)) {
                int pageOfPart = pageOf(edition, part);
                List<Region> regions = part.regions();
                if (regions.isEmpty()) {
                    targets.add(new Presentation.CanvasRef(links.canvas(slug, date, pageOfPart)));
                }
                for (Region region : regions) {
                    targets.add(new Presentation.CanvasRef(links.canvas(slug, date, region.page()) + xywh(region.box())));
                }
            }
            String headline = article.headline() != null ? article.headline() : article.kind().name().toLowerCase(Locale.ROOT);
            ranges.add(new Presentation.Range(links.range(slug, date, article.id()),
                    Presentation.label("zh", headline, "en", headline), dedupe(targets)));
        }
        List<Presentation.Reference> rendering = new ArrayList<>();
        String pdf = links.pdf(slug, date);
        if (pdf != null) {
            rendering.add(Presentation.Reference.of(pdf, "Text", Presentation.label("zh", "PDF版", "en", "PDF"),
                    "application/pdf"));
        }
        rendering.add(Presentation.Reference.of(links.text(slug, date), "Text",
                Presentation.label("zh", "全文", "en", "Full text"), "text/plain"));
        List<Presentation.Entry> metadata = new ArrayList<>();
        metadata.add(new Presentation.Entry(Presentation.label("zh", "报名", "en", "Title"),
                Presentation.label("none", edition.title())));
        metadata.add(new Presentation.Entry(Presentation.label("zh", "日期", "en", "Date"),
                Presentation.label("none", date.toString())));
        if (edition.masthead().issueNumber() != null) {
            metadata.add(new Presentation.Entry(Presentation.label("zh", "期号", "en", "Issue"),
                    Presentation.label("none", edition.masthead().issueNumber().toString())));
        }
        return new Presentation.Manifest(List.of(Presentation.SEARCH_CONTEXT, Presentation.CONTEXT), manifest,
                "Manifest", label(edition.title(), date),
                Presentation.label("zh", edition.pages().size() + "版，" + articles.size() + "篇",
                        "en", edition.pages().size() + " pages, " + articles.size() + " articles"),
                metadata, navDate(date), List.of("paged"),
                List.of(Presentation.Reference.of(links.edition(slug, date), "Text",
                        label(edition.title(), date), "text/html")),
                rendering,
                List.of(Presentation.Reference.of(links.mets(slug, date), "Dataset",
                        Presentation.label("en", "METS/MODS"), "application/xml")),
                List.of(new Presentation.Reference(links.collection(slug), "Collection", null, null, null, null)),
                List.of(new Presentation.Service(links.search(slug, date), "SearchService2", null),
                        new Presentation.LegacyService(links.search1(slug, date), "SearchService1",
                                "http://iiif.io/api/search/1/search")),
                canvases, ranges);
    }

    private Presentation.Canvas canvas(String slug, LocalDate date, Page page, List<Article> articles) {
        String id = links.canvas(slug, date, page.number());
        int width = page.size() == null ? TEXT_WIDTH : (int) Math.round(page.size().width());
        int height = page.size() == null ? TEXT_HEIGHT : (int) Math.round(page.size().height());
        // A page without an image still has its (empty) painting page: the canvas keeps its size and areas.
        List<Presentation.Annotation> painting = new ArrayList<>();
        IiifLinks.Image image = links.image(slug, date, page);
        List<Presentation.Body> thumbnail = new ArrayList<>();
        if (image != null) {
            painting.add(new Presentation.Annotation(id + "/painting/image", "painting", null, body(image), id));
            if (image.thumbnail() != null) {
                thumbnail.add(new Presentation.Body(image.thumbnail(), "Image", image.format(), null, null, null, null,
                        null));
            }
        }
        List<Presentation.Annotation> areas = new ArrayList<>();
        int n = 0;
        for (Item item : page.items()) {
            String article = articleOf(item, articles);
            for (Region region : item.regions()) {
                if (region.page() != page.number()) {
                    continue;
                }
                String headline = item.headline() != null ? item.headline() : item.kind().name().toLowerCase(Locale.ROOT);
                areas.add(new Presentation.Annotation(id + "/area/" + ++n, "linking",
                        Presentation.label("zh", headline, "en", headline),
                        Presentation.Body.link(links.article(article != null ? article : item.id()), null),
                        id + xywh(region.box())));
            }
        }
        List<Presentation.AnnotationPage> annotations = areas.isEmpty() ? List.of()
                : List.of(new Presentation.AnnotationPage(id + "/areas", areas));
        return new Presentation.Canvas(id, Presentation.label("zh", "第" + page.number() + "版"
                + (page.name() == null ? "" : " " + page.name()), "en", "Page " + page.number()), width, height,
                thumbnail, List.of(new Presentation.AnnotationPage(id + "/painting", painting)), annotations);
    }

    private static Presentation.Body body(IiifLinks.Image image) {
        return Presentation.Body.image(image.id(), image.format(), image.width(), image.height(),
                image.service() == null ? null : new Presentation.Service(image.service(), "ImageService3", "level0"));
    }

    static String xywh(Box box) {
        return "#xywh=" + Math.round(box.x()) + "," + Math.round(box.y()) + "," + Math.max(1, Math.round(box.width()))
                + "," + Math.max(1, Math.round(box.height()));
    }

    private static List<Object> dedupe(List<Object> targets) {
        return new ArrayList<>(new java.util.LinkedHashSet<>(targets));
    }

    private static String articleOf(Item item, List<Article> articles) {
        for (Article article : articles) {
            if (article.partIds().contains(item.id())) {
                return article.id();
            }
        }
        return null;
    }

    static List<Item> parts(Edition edition, Article article) {
        List<Item> parts = new ArrayList<>();
        for (String id : article.partIds()) {
            for (Page page : edition.pages()) {
                for (Item item : page.items()) {
                    if (id.equals(item.id())) {
                        parts.add(item);
                    }
                }
            }
        }
        return parts;
    }

    static int pageOf(Edition edition, Item item) {
        for (Page page : edition.pages()) {
            if (page.items().contains(item)) {
                return page.number();
            }
        }
        throw new IllegalArgumentException("item not in edition: " + item.id());
    }

    static Map<String, List<String>> label(String title, LocalDate date) {
        return Presentation.label("zh", title + " " + CHINESE.format(date), "en", title + ", " + ENGLISH.format(date));
    }

    private static String navDate(LocalDate date) {
        return date + "T00:00:00Z";
    }
}
