package org.masthead.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.masthead.model.Article;
import org.masthead.model.Edition;
import org.masthead.model.Item;
import org.masthead.model.Json;
import org.masthead.model.Page;

/** The JSON API under /api, described by /api/openapi.json (docs/web.md). */
final class Api {
    private final Newsstand newsstand;
    private final byte[] openApi;

    Api(Newsstand newsstand) {
        this.newsstand = newsstand;
        try (InputStream in = Api.class.getResourceAsStream("openapi.json")) {
            this.openApi = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void register(Javalin app) {
        app.get("/api/openapi.json", ctx -> Responses.send(ctx, openApi, "application/json; charset=utf-8",
                Responses.LISTING));
        app.get("/api/titles", ctx -> Responses.json(ctx, Map.of("titles", newsstand.titles()), Responses.LISTING));
        app.get("/api/titles/{slug}/editions", this::editions);
        app.get("/api/editions/{slug}/{date}", this::edition);
        app.get("/api/editions/{slug}/{date}/pages/{page}", this::page);
        app.get("/api/articles/{id}", this::article);
        app.get("/api/search", this::search);
        app.get("/api/trends", this::trends);
    }

    private void editions(Context ctx) {
        String slug = Params.slug(ctx, newsstand);
        TitleSummary title = newsstand.title(slug).orElseThrow();
        Integer year = Params.optionalInt(ctx, "year", 1, 9999);
        Integer month = Params.optionalInt(ctx, "month", 1, 12);
        if (month != null && year == null) {
            throw new io.javalin.http.BadRequestResponse("month needs a year");
        }
        List<EditionSummary> editions = new ArrayList<>();
        if (year != null) {
            editions.addAll(newsstand.editions(slug, year, month));
        } else if (title.first() != null) {
            for (int y = title.first().getYear(); y <= title.latest().getYear(); y++) {
                editions.addAll(newsstand.editions(slug, y, null));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", slug);
        body.put("year", year);
        body.put("month", month);
        body.put("editions", editions);
        Responses.json(ctx, body, Responses.LISTING);
    }

    private EditionView editionView(Context ctx) {
        String slug = Params.slug(ctx, newsstand);
        LocalDate date = Params.date("date", ctx.pathParam("date"));
        Edition edition = newsstand.edition(slug, date)
                .orElseThrow(() -> new NotFoundResponse("no edition of " + slug + " on " + date));
        return new EditionView(slug, edition, newsstand.articles(slug, date));
    }

    /** The Edition JSON with each item's logical article named, the articles listed and check findings. */
    private void edition(Context ctx) {
        EditionView view = editionView(ctx);
        ObjectNode body = Json.mapper().valueToTree(view.edition());
        ArrayNode pages = (ArrayNode) body.get("pages");
        for (int i = 0; i < view.edition().pages().size(); i++) {
            markArticles(view, view.edition().pages().get(i), (ObjectNode) pages.get(i));
        }
        body.put("slug", view.slug());
        body.set("articles", Json.mapper().valueToTree(view.readingOrder().stream().map(Api::reference).toList()));
        body.set("findings", Json.mapper().valueToTree(newsstand.findings(view.slug(), view.edition().date())));
        Responses.json(ctx, body, Responses.CONTENT, modified(view.slug(), view.edition().date()));
    }

    private void page(Context ctx) {
        EditionView view = editionView(ctx);
        int number = Params.pageNumber(ctx);
        Page page = view.page(number).orElseThrow(() -> new NotFoundResponse(
                "the edition of " + view.slug() + " on " + view.edition().date() + " has no page " + number));
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("slug", view.slug());
        body.put("title", view.edition().title());
        body.put("date", view.edition().date().toString());
        ObjectNode pageNode = Json.mapper().valueToTree(page);
        markArticles(view, page, pageNode);
        body.setAll(pageNode);
        Responses.json(ctx, body, Responses.CONTENT, modified(view.slug(), view.edition().date()));
    }

    private static void markArticles(EditionView view, Page page, ObjectNode pageNode) {
        ArrayNode items = (ArrayNode) pageNode.get("items");
        for (int j = 0; j < page.items().size(); j++) {
            Item item = page.items().get(j);
            ObjectNode node = (ObjectNode) items.get(j);
            view.articleOf(item).ifPresent(article -> {
                node.put("articleId", article.id());
                node.put("part", view.partNumber(item));
                node.put("parts", article.partIds().size());
            });
        }
    }

    /** How an edition lists its logical articles: enough to find and fetch each, stitched ones marked. */
    private static Map<String, Object> reference(Article article) {
        Map<String, Object> ref = new LinkedHashMap<>();
        ref.put("id", article.id());
        ref.put("kind", article.kind());
        ref.put("headline", article.headline());
        ref.put("label", article.label());
        ref.put("pages", article.pages());
        ref.put("partIds", article.partIds());
        ref.put("stitched", article.partIds().size() > 1);
        ref.put("url", Urls.article(article.id()));
        return ref;
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        Article article = newsstand.article(id).orElse(null);
        if (article == null) {
            org.masthead.archive.RetiredItem retired = newsstand.retired(id)
                    .orElseThrow(() -> new NotFoundResponse("no article '" + id + "'"));
            if (retired.successor() != null) {
                ctx.redirect("/api/articles/" + Urls.encode(retired.successor()), HttpStatus.MOVED_PERMANENTLY);
                return;
            }
            ObjectNode gone = Json.mapper().createObjectNode();
            gone.put("message", "article '" + id + "' is not in the current revision of its page");
            gone.put("id", id);
            gone.put("slug", retired.edition().slug());
            gone.put("date", retired.edition().date().toString());
            gone.put("page", retired.page());
            gone.put("revision", retired.revision());
            gone.put("url", Urls.page(retired.edition().slug(), retired.edition().date(), retired.page()));
            ctx.status(HttpStatus.GONE);
            Responses.json(ctx, gone, Responses.CONTENT);
            return;
        }
        ObjectNode body = Json.mapper().valueToTree(article);
        body.put("stitched", article.partIds().size() > 1);
        body.put("url", Urls.article(article.id()));
        Responses.json(ctx, body, Responses.CONTENT, modified(article.title(), article.date()));
    }

    private java.time.Instant modified(String slug, LocalDate date) {
        return newsstand.modified(slug, date).orElse(null);
    }

    private void search(Context ctx) {
        SearchQuery query = Params.search(ctx, 10, true);
        SearchResults results = newsstand.search(query);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("total", results.total());
        body.put("start", results.start());
        body.put("hits", results.hits());
        body.put("facets", results.facets());
        Responses.json(ctx, body, Responses.LISTING);
    }

    private void trends(Context ctx) {
        SearchQuery query = Params.search(ctx, 1, true);
        Trend trend = newsstand.trend(query, Params.interval(ctx));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("q", query.q());
        body.put("interval", trend.interval());
        body.put("buckets", trend.buckets());
        Responses.json(ctx, body, Responses.LISTING);
    }
}
