package org.masthead.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Path;
import java.util.function.Function;
import org.masthead.archive.PageImages;
import org.masthead.model.Article;
import org.masthead.model.Edition;
import org.masthead.model.Page;
import org.masthead.model.Warning;

/** The e-paper reader: server-rendered pages that work without JavaScript. */
public final class Reader {

    /** Renders a named template with its parameters to HTML. */
    interface Templates {
        String render(String name, Map<String, Object> params);
    }

    /** A title on the home page with its latest edition (null when it holds none yet). */
    public record Front(TitleSummary title, EditionView latest) {
    }

    /** One year of a title's calendar: editions held per month (index 0 = January). */
    public record Year(int year, int[] editionsPerMonth) {
    }

    private final Newsstand newsstand;
    private final Templates templates;

    Reader(Newsstand newsstand, Templates templates) {
        this.newsstand = newsstand;
        this.templates = templates;
    }

    void register(Javalin app) {
        app.get("/", this::home);
        app.get("/search", this::search);
        app.get("/articles/{id}", this::article);
        app.get("/{slug}/feed.atom", ctx -> new Feed(newsstand).send(ctx, Params.slug(ctx, newsstand)));
        app.get("/{slug}", this::title);
        app.get("/{slug}/latest", this::latest); // before /{slug}/{date}, which would take it for a date
        app.get("/{slug}/{date}", this::edition);
        app.get("/{slug}/{date}/{page}/{file}", this::pageFile);
        // One route for both /{slug}/{yyyy}/{mm} (a calendar month) and /{slug}/{date}/{page}: same shape.
        app.get("/{slug}/{a}/{b}", ctx -> {
            if (ctx.pathParam("a").matches("\\d{4}") && ctx.pathParam("b").matches("\\d{1,2}")) {
                month(ctx);
            } else if (ctx.pathParam("b").equals("findings")) {
                findings(ctx);
            } else {
                page(ctx);
            }
        });
    }

    private void render(Context ctx, String template, String cacheControl, Instant modified, Object... params) {
        Map<String, Object> model = new HashMap<>();
        model.put("ui", new Ui(WebServer.lang(ctx), ctx.path(), ctx.queryString()));
        for (int i = 0; i < params.length; i += 2) {
            model.put((String) params[i], params[i + 1]);
        }
        Responses.html(ctx, templates.render(template, model), cacheControl, modified);
    }

    void error(Context ctx, HttpStatus status, String message) {
        Map<String, Object> model = new HashMap<>();
        model.put("ui", new Ui(WebServer.lang(ctx), ctx.path(), ctx.queryString()));
        model.put("status", status.getCode());
        model.put("message", message);
        // A path under a title names its paper, so the page can say whose edition or page is missing and
        // offer its latest edition and calendar.
        String first = ctx.path().split("/").length > 1 ? ctx.path().split("/")[1] : "";
        model.put("paper", Urls.isSlug(first) ? newsstand.title(first).orElse(null) : null);
        ctx.status(status);
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/html; charset=utf-8").result(templates.render("error.jte", model));
    }

    private void home(Context ctx) {
        List<Front> fronts = new ArrayList<>();
        for (TitleSummary title : newsstand.titles()) {
            EditionView latest = title.latest() == null ? null : editionView(title.slug(), title.latest()).orElse(null);
            fronts.add(new Front(title, latest));
        }
        render(ctx, "home.jte", Responses.LISTING, null, "fronts", fronts);
    }

    private void title(Context ctx) {
        String slug = Params.slug(ctx, newsstand);
        TitleSummary title = newsstand.title(slug).orElseThrow();
        List<Year> years = new ArrayList<>();
        if (title.first() != null) {
            for (int y = title.latest().getYear(); y >= title.first().getYear(); y--) {
                int[] perMonth = new int[12];
                for (EditionSummary e : newsstand.editions(slug, y, null)) {
                    perMonth[e.date().getMonthValue() - 1]++;
                }
                years.add(new Year(y, perMonth));
            }
        }
        render(ctx, "title.jte", Responses.LISTING, null, "title", title, "years", years);
    }

    /** The title's latest edition, by redirect: a link that never goes stale. */
    private void latest(Context ctx) {
        String slug = Params.slug(ctx, newsstand);
        LocalDate latest = newsstand.title(slug).map(TitleSummary::latest)
                .orElseThrow(() -> new NotFoundResponse("no edition of " + slug + " is held yet"));
        ctx.header("Cache-Control", "no-cache");
        ctx.redirect(Urls.edition(slug, latest), HttpStatus.FOUND);
    }

    private void month(Context ctx) {
        String slug = Params.slug(ctx, newsstand);
        TitleSummary title = newsstand.title(slug).orElseThrow();
        int year = Params.optionalInt("year", ctx.pathParam("a"), 1, 9999);
        int month = Params.optionalInt("month", ctx.pathParam("b"), 1, 12);
        YearMonth shown = YearMonth.of(year, month);
        Map<LocalDate, EditionSummary> editions = new LinkedHashMap<>();
        newsstand.editions(slug, year, month).forEach(e -> editions.put(e.date(), e));
        // Neighbouring months that hold editions, so the reader never steps into an empty month.
        YearMonth previous = newsstand.adjacentEdition(slug, shown.atDay(1), false).map(YearMonth::from).orElse(null);
        YearMonth next = newsstand.adjacentEdition(slug, shown.atEndOfMonth(), true).map(YearMonth::from).orElse(null);
        render(ctx, "month.jte", Responses.LISTING, null, "title", title, "month", shown, "editions", editions,
                "weeks", weeks(shown), "previous", previous, "next", next);
    }

    /** The month's days as calendar weeks from Monday; days outside the month are null. */
    static List<List<LocalDate>> weeks(YearMonth month) {
        List<List<LocalDate>> weeks = new ArrayList<>();
        LocalDate day = month.atDay(1).minusDays(month.atDay(1).getDayOfWeek().getValue() - 1L);
        while (!day.isAfter(month.atEndOfMonth())) {
            List<LocalDate> week = new ArrayList<>();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                week.add(YearMonth.from(day).equals(month) ? day : null);
            }
            weeks.add(week);
        }
        return weeks;
    }

    private Optional<EditionView> editionView(String slug, LocalDate date) {
        return newsstand.edition(slug, date).map(e -> new EditionView(slug, e, newsstand.articles(slug, date)));
    }

    private EditionView requireEdition(Context ctx, String dateParam) {
        String slug = Params.slug(ctx, newsstand);
        LocalDate date = Params.date("date", ctx.pathParam(dateParam));
        return editionView(slug, date).orElseThrow(() -> new NotFoundResponse("no edition of " + slug + " on " + date));
    }

    private void edition(Context ctx) {
        EditionView view = requireEdition(ctx, "date");
        Edition edition = view.edition();
        render(ctx, "edition.jte", Responses.CONTENT, modified(view), "view", view,
                "previous", newsstand.adjacentEdition(view.slug(), edition.date(), false).orElse(null),
                "next", newsstand.adjacentEdition(view.slug(), edition.date(), true).orElse(null));
    }

    /** The curators' page of an edition: what masthead check finds and what the parser warned of. */
    private void findings(Context ctx) {
        EditionView view = requireEdition(ctx, "a");
        Edition edition = view.edition();
        List<Warning> findings = new ArrayList<>(edition.warnings());
        newsstand.findings(view.slug(), edition.date()).stream().filter(w -> !findings.contains(w)).forEach(findings::add);
        ctx.header("X-Robots-Tag", "noindex");
        render(ctx, "findings.jte", Responses.CONTENT, modified(view), "view", view, "findings", findings);
    }

    private void page(Context ctx) {
        EditionView view = requireEdition(ctx, "a");
        int number = Params.optionalInt("page", ctx.pathParam("b"), 1, 999);
        Page page = view.page(number).orElseThrow(() -> new NotFoundResponse(
                "the edition of " + view.slug() + " on " + view.edition().date() + " has no page " + number));
        List<Page> pages = view.edition().pages();
        int at = pages.indexOf(page);
        String retiredId = Params.blankToNull(ctx.queryParam("retired"));
        org.masthead.archive.RetiredItem retired = retiredId == null ? null : newsstand.retired(retiredId)
                .filter(r -> r.page() == number && r.edition().date().equals(view.edition().date())).orElse(null);
        String highlight = Params.blankToNull(ctx.queryParam("hl"));
        String slug = view.slug();
        LocalDate date = view.edition().date();
        Facsimile facsimile = page.size() == null
                || newsstand.pageImage(slug, date, number, PageImages.Size.READER).isEmpty() ? null
                : Facsimile.of(view, page, Urls.pageImage(slug, date, number), highlight);
        render(ctx, "page.jte", highlight == null ? Responses.CONTENT : Responses.LISTING, modified(view),
                "view", view, "page", page, "retired", retired, "facsimile", facsimile, "thumbnail", thumbnails(view),
                "pdf", newsstand.pagePdf(slug, date, number).isPresent() ? Urls.pagePdf(slug, date, number) : null,
                "previous", at > 0 ? pages.get(at - 1) : null,
                "next", at + 1 < pages.size() ? pages.get(at + 1) : null);
    }

    /** The page strip's thumbnails: each page's that has one. */
    private Function<Page, String> thumbnails(EditionView view) {
        LocalDate date = view.edition().date();
        return p -> newsstand.pageImage(view.slug(), date, p.number(), PageImages.Size.THUMBNAIL).isPresent()
                ? Urls.pageThumbnail(view.slug(), date, p.number()) : null;
    }

    /** A page's stored files: its reader image, its thumbnail, and the original PDF as a download. */
    private void pageFile(Context ctx) throws java.io.IOException {
        String slug = Params.slug(ctx, newsstand);
        LocalDate date = Params.date("date", ctx.pathParam("date"));
        int number = Params.optionalInt("page", ctx.pathParam("page"), 1, 999);
        String name = ctx.pathParam("file");
        Optional<Path> file = switch (name) {
            case "image.jpg" -> newsstand.pageImage(slug, date, number, PageImages.Size.READER);
            case "thumbnail.jpg" -> newsstand.pageImage(slug, date, number, PageImages.Size.THUMBNAIL);
            case "page.pdf" -> newsstand.pagePdf(slug, date, number);
            default -> Optional.empty();
        };
        Path found = file.orElseThrow(() -> new NotFoundResponse("no " + name + " of page " + number + " of " + slug
                + " on " + date));
        // Named by content: an original by its hash, an image by its original's hash and page.
        String tag = found.getParent().getFileName() + "/" + found.getFileName();
        if (name.equals("page.pdf")) {
            Responses.file(ctx, found, "application/pdf", tag, slug + "-" + date + "-p" + number + ".pdf");
        } else {
            Responses.file(ctx, found, "image/jpeg", tag, null);
        }
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        Article article = newsstand.article(id).orElse(null);
        if (article == null) {
            // An id once handed out never gives a bare 404: to the item that continues it, or to its page
            // with a note saying which revision held it.
            org.masthead.archive.RetiredItem retired = newsstand.retired(id)
                    .orElseThrow(() -> new NotFoundResponse("no article '" + id + "'"));
            if (retired.successor() != null) {
                ctx.redirect(Urls.article(retired.successor()), HttpStatus.MOVED_PERMANENTLY);
            } else {
                ctx.redirect(Urls.page(retired.edition().slug(), retired.edition().date(), retired.page())
                        + "?retired=" + Urls.encode(id), HttpStatus.FOUND);
            }
            return;
        }
        EditionView view = editionView(article.title(), article.date())
                .orElseThrow(() -> new NotFoundResponse("the edition of article '" + id + "' is not held"));
        String highlight = Params.blankToNull(ctx.queryParam("hl"));
        render(ctx, "article.jte", highlight == null ? Responses.CONTENT : Responses.LISTING, modified(view),
                "view", view, "article", article, "highlight", highlight,
                "permalink", WebServer.baseUrl(ctx) + Urls.article(article.id()),
                "previous", view.neighbour(article, -1).orElse(null),
                "next", view.neighbour(article, 1).orElse(null));
    }

    private Instant modified(EditionView view) {
        return newsstand.modified(view.slug(), view.edition().date()).orElse(null);
    }

    /**
     * The search's trend in the period that draws best: a chart reads well with a few dozen bars, so days
     * when the articles searched span at most three months, years when they span more than ten years,
     * months between. Months are counted with the search's hits already; years are summed from them.
     */
    private Trend chartable(SearchQuery query) {
        Trend months = newsstand.trend(query, Trend.Interval.MONTH);
        if (months.buckets().size() <= 3) {
            return newsstand.trend(query, Trend.Interval.DAY);
        }
        return months.buckets().size() > 120 ? newsstand.trend(query, Trend.Interval.YEAR) : months;
    }

    private void search(Context ctx) {
        SearchQuery query = Params.search(ctx, 10, false);
        SearchResults results = null;
        Trend trend = null;
        if (!query.q().isEmpty()) {
            results = newsstand.search(query);
            trend = chartable(query);
        }
        render(ctx, "search.jte", Responses.LISTING, null, "query", query, "results", results, "trend", trend,
                "titles", newsstand.titles());
    }
}
