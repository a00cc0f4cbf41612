package org.masthead.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.masthead.alto.MetsExport;
import org.masthead.iiif.ContentSearch;
import org.masthead.iiif.IiifLinks;
import org.masthead.iiif.ImageTiles;
import org.masthead.iiif.Manifests;
import org.masthead.iiif.Presentation;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.Page;
import org.masthead.oai.OaiProvider;

/**
 * The archive in library standards: OAI-PMH at {@code /oai}; IIIF Presentation 3 collections and
 * manifests, Content Search 2, the edition's text, METS and per-page ALTO under {@code /iiif} (docs/iiif.md).
 * IIIF routes answer any origin (CORS), as viewers on other sites load them.
 */
final class Library {
    static final String JSON_LD = "application/ld+json;profile=\"http://iiif.io/api/presentation/3/context.json\"";
    private static final String METS_NS = "http://www.loc.gov/METS/";
    /** Records per OAI-PMH response before a resumption token; the property exists so tests can page small. */
    private static int oaiPage() {
        return Integer.getInteger("masthead.oai.pageSize", 100);
    }

    private final Newsstand newsstand;

    Library(Newsstand newsstand) {
        this.newsstand = newsstand;
    }

    void register(Javalin app) {
        app.get("/oai", this::oai);
        app.post("/oai", this::oai);
        app.before("/iiif/*", ctx -> {
            ctx.header("Access-Control-Allow-Origin", "*");
            ctx.header("Access-Control-Allow-Methods", "GET, OPTIONS");
            ctx.header("Access-Control-Allow-Headers", "*");
        });
        app.options("/iiif/*", ctx -> ctx.status(204));
        app.get("/iiif/{slug}/collection.json", this::collection);
        app.get("/iiif/{slug}/{date}/manifest.json", this::manifest);
        app.get("/iiif/{slug}/{date}/search", this::search);
        app.get("/iiif/{slug}/{date}/search1", this::search1);
        app.get("/iiif/{slug}/{date}/text.txt", this::text);
        app.get("/iiif/{slug}/{date}/mets.xml", this::mets);
        app.get("/iiif/{slug}/{date}/alto/{page}", this::alto);
        app.get("/iiif/{slug}/{date}/image/{page}", ctx -> ctx.redirect(ctx.path() + "/info.json", HttpStatus.SEE_OTHER));
        app.get("/iiif/{slug}/{date}/image/{page}/info.json", this::imageInfo);
        app.get("/iiif/{slug}/{date}/image/{page}/{region}/{size}/{rotation}/{quality}", this::imageTile);
    }

    /** The public base URL of this server as the request reached it. */
    private static String base(Context ctx) {
        String url = ctx.url();
        return url.substring(0, url.length() - ctx.path().length());
    }

    /** The links of this server, whose pages printed from PDFs are painted by their level 0 tiles. */
    private IiifLinks links(Context ctx) {
        return IiifLinks.of(base(ctx), (slug, date, page) -> newsstand.printed(slug, date, page.number())
                .map(printed -> PageTiles.size(printed.size())).orElse(null));
    }

    private void oai(Context ctx) {
        Map<String, String[]> query = new HashMap<>();
        ctx.queryParamMap().forEach((k, v) -> query.put(k, v.toArray(String[]::new)));
        if ("POST".equals(ctx.method().name())) {
            ctx.formParamMap().forEach((k, v) -> query.put(k, v.toArray(String[]::new)));
        }
        String base = base(ctx);
        IiifLinks links = IiifLinks.of(base);
        OaiProvider.Format mets = new OaiProvider.Format("mets", METS_NS, "http://www.loc.gov/standards/mets/mets.xsd",
                (entry, edition) -> metsXml(links, entry.set(), edition));
        OaiProvider oai = new OaiProvider(new NewsstandCatalog(newsstand), base + "/oai", ctx.host() == null
                ? "masthead" : ctx.host().replaceAll(":\\d+$", ""), id -> base + "/" + id, oaiPage(), List.of(mets));
        Responses.send(ctx, oai.handle(query).getBytes(StandardCharsets.UTF_8), "text/xml; charset=utf-8",
                "no-store");
    }

    private record Held(String slug, LocalDate date, Edition edition) {
    }

    private Held held(Context ctx) {
        String slug = Params.slug(ctx, newsstand);
        LocalDate date = Params.date("date", ctx.pathParam("date"));
        Edition edition = newsstand.edition(slug, date)
                .orElseThrow(() -> new NotFoundResponse("no edition of " + slug + " on " + date));
        return new Held(slug, date, edition);
    }

    private void collection(Context ctx) {
        String slug = Params.slug(ctx, newsstand);
        TitleSummary title = newsstand.title(slug).orElseThrow();
        List<LocalDate> dates = new ArrayList<>();
        if (title.first() != null) {
            for (int year = title.first().getYear(); year <= title.latest().getYear(); year++) {
                newsstand.editions(slug, year, null).forEach(e -> dates.add(e.date()));
            }
        }
        send(ctx, new Manifests(links(ctx)).collection(slug, title.name(), dates), Responses.LISTING);
    }

    private void manifest(Context ctx) {
        Held held = held(ctx);
        send(ctx, new Manifests(links(ctx)).manifest(held.slug, held.edition, newsstand.articles(held.slug, held.date)),
                Responses.CONTENT);
    }

    private void search(Context ctx) {
        Held held = held(ctx);
        send(ctx, new ContentSearch(links(ctx)).search(held.slug, held.edition, query(ctx)), "no-store");
    }

    private static String query(Context ctx) {
        String q = ctx.queryParam("q");
        if (q != null && q.length() > Params.MAX_QUERY) {
            throw new io.javalin.http.BadRequestResponse("q is longer than " + Params.MAX_QUERY + " characters");
        }
        return q;
    }

    private void search1(Context ctx) {
        Held held = held(ctx);
        Responses.send(ctx, Presentation.json(new ContentSearch(links(ctx)).search1(held.slug, held.edition,
                query(ctx))).getBytes(StandardCharsets.UTF_8), "application/json; charset=utf-8", "no-store");
    }

    private static void send(Context ctx, Object resource, String cache) {
        Responses.send(ctx, Presentation.json(resource).getBytes(StandardCharsets.UTF_8), JSON_LD, cache);
    }

    private void text(Context ctx) {
        Held held = held(ctx);
        StringBuilder text = new StringBuilder(held.edition.title()).append(", ").append(held.date).append("\n");
        for (Page page : held.edition.pages()) {
            text.append("\n== ").append(page.number()).append(" ==\n");
            for (Item item : page.items()) {
                if (item.headline() != null) {
                    text.append("\n").append(item.headline()).append("\n");
                }
                text.append(item.bodyText());
            }
        }
        Responses.send(ctx, text.toString().getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8",
                Responses.CONTENT);
    }

    private void mets(Context ctx) {
        Held held = held(ctx);
        Responses.send(ctx, metsXml(links(ctx), held.slug, held.edition).getBytes(StandardCharsets.UTF_8),
                "application/xml; charset=utf-8", Responses.CONTENT);
    }

    private static String metsXml(IiifLinks links, String slug, Edition edition) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String alto = links.mets(slug, edition.date()).replace("/mets.xml", "/alto/");
        try {
            MetsExport.mets(edition, slug + "/" + edition.date(),
                    i -> alto + edition.pages().get(i).number() + ".xml", out);
        } catch (javax.xml.stream.XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        String xml = out.toString(StandardCharsets.UTF_8);
        // Embedded in OAI-PMH responses, so without its XML declaration.
        return xml.startsWith("<?xml") ? xml.substring(xml.indexOf("?>") + 2).strip() : xml;
    }

    /** A page's tile tree (cut now on its first request), and the page number the route names ({@code p3}). */
    private record Tiled(Path tree, ImageTiles.Info info, String service) {
    }

    private Tiled tiled(Context ctx) throws IOException {
        String slug = Params.slug(ctx, newsstand);
        LocalDate date = Params.date("date", ctx.pathParam("date"));
        String name = ctx.pathParam("page");
        if (!name.matches("p\\d{1,3}")) {
            throw new NotFoundResponse("no image " + name + "; pages are p1, p2, …");
        }
        int page = Params.optionalInt("page", name.substring(1), 1, 999);
        Path tree = newsstand.pageTiles(slug, date, page).orElseThrow(() -> new NotFoundResponse(
                "no image of page " + page + " of " + slug + " on " + date + " (a page read from text has none)"));
        String service = links(ctx).imageService(slug, date, page);
        return new Tiled(tree, ImageTiles.Info.read(tree).withId(service), service);
    }

    private void imageInfo(Context ctx) throws IOException {
        Tiled tiled = tiled(ctx);
        // Image API 3.0 section 5: JSON-LD with the image context as profile when asked for, else JSON.
        String accept = ctx.header("Accept");
        String type = accept != null && accept.contains("application/ld+json")
                ? "application/ld+json;profile=\"" + ImageTiles.CONTEXT + "\"" : "application/json";
        Responses.send(ctx, tiled.info().json().getBytes(StandardCharsets.UTF_8), type, Responses.CONTENT);
    }

    private void imageTile(Context ctx) throws IOException {
        Tiled tiled = tiled(ctx);
        String region = ctx.pathParam("region");
        String size = ctx.pathParam("size");
        Path tile = ImageTiles.tile(tiled.tree(), tiled.info(), region, size, ctx.pathParam("rotation"),
                ctx.pathParam("quality")).orElseThrow(() -> new NotFoundResponse("level 0: only the tiles and "
                        + "sizes " + tiled.service() + "/info.json lists are served, not " + region + "/" + size + "/"
                        + ctx.pathParam("rotation") + "/" + ctx.pathParam("quality")));
        // Named by the original's hash and page (the tree's folder) and the tile's own path.
        Responses.file(ctx, tile, "image/jpeg", tiled.tree().getParent().getFileName() + "/"
                + tiled.tree().getFileName() + "/" + tiled.tree().relativize(tile), null);
    }

    private void alto(Context ctx) {
        Held held = held(ctx);
        String name = ctx.pathParam("page");
        int number = Params.optionalInt("page", name.endsWith(".xml") ? name.substring(0, name.length() - 4) : name,
                1, 9999);
        for (int i = 0; i < held.edition.pages().size(); i++) {
            if (held.edition.pages().get(i).number() == number) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    MetsExport.alto(held.edition, i, out);
                } catch (javax.xml.stream.XMLStreamException e) {
                    throw new IllegalStateException(e);
                }
                Responses.send(ctx, out.toByteArray(), "application/xml; charset=utf-8", Responses.CONTENT);
                return;
            }
        }
        throw new NotFoundResponse("no page " + number + " in " + held.slug + " " + held.date);
    }
}
