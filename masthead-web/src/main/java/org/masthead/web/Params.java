package org.masthead.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.masthead.model.ItemKind;

/** Reads and checks request parameters; anything malformed becomes a 400 that names the parameter. */
final class Params {
    static final int MAX_ROWS = 100;
    static final int MAX_START = 10_000;
    static final int MAX_QUERY = 200;

    private Params() {
    }

    /** The title slug in the path; a slug that is malformed or not held is a 404. */
    static String slug(Context ctx, Newsstand newsstand) {
        String slug = ctx.pathParam("slug");
        if (!Urls.isSlug(slug) || newsstand.title(slug).isEmpty()) {
            throw new NotFoundResponse("no title '" + slug + "' in this archive");
        }
        return slug;
    }

    static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadRequestResponse(name + " must be a date as YYYY-MM-DD, not '" + value + "'");
        }
    }

    static LocalDate optionalDate(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? null : date(name, value);
    }

    static Integer optionalInt(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestResponse(name + " must be a whole number, not '" + value + "'");
        }
        if (parsed < min || parsed > max) {
            throw new BadRequestResponse(name + " must be between " + min + " and " + max + ", not " + parsed);
        }
        return parsed;
    }

    static Integer optionalInt(Context ctx, String name, int min, int max) {
        return optionalInt(name, ctx.queryParam(name), min, max);
    }

    static int pageNumber(Context ctx) {
        return optionalInt("page", ctx.pathParam("page"), 1, 999);
    }

    /** The search parameters shared by the search page, /api/search and /api/trends. */
    static SearchQuery search(Context ctx, int defaultRows, boolean queryRequired) {
        String q = ctx.queryParam("q");
        q = q == null ? "" : q.strip();
        if (q.isEmpty() && queryRequired) {
            throw new BadRequestResponse("q is required: the words or phrase to search for");
        }
        if (q.length() > MAX_QUERY) {
            throw new BadRequestResponse("q is too long: at most " + MAX_QUERY + " characters");
        }
        String title = blankToNull(ctx.queryParam("title"));
        if (title != null && !Urls.isSlug(title)) {
            throw new BadRequestResponse("title must be a title slug such as jiefangjunbao, not '" + title + "'");
        }
        LocalDate from = optionalDate(ctx, "from");
        LocalDate to = optionalDate(ctx, "to");
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadRequestResponse("from (" + from + ") is after to (" + to + ")");
        }
        String kind = blankToNull(ctx.queryParam("kind"));
        if (kind != null) {
            try {
                kind = ItemKind.of(kind).json();
            } catch (IllegalArgumentException e) {
                throw new BadRequestResponse("kind must be one of article, commentary, photo, teaser, brief, not '"
                        + kind + "'");
            }
        }
        String sortName = blankToNull(ctx.queryParam("sort"));
        SearchQuery.Sort sort = SearchQuery.Sort.RELEVANCE;
        if (sortName != null) {
            try {
                sort = SearchQuery.Sort.valueOf(sortName.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new BadRequestResponse("sort must be relevance, newest or oldest, not '" + sortName + "'");
            }
        }
        Integer page = optionalInt(ctx, "page", 1, 999);
        Integer start = optionalInt(ctx, "start", 0, MAX_START);
        Integer rows = optionalInt(ctx, "rows", 1, MAX_ROWS);
        return new SearchQuery(q, title, from, to, page, kind, sort, start == null ? 0 : start,
                rows == null ? defaultRows : rows);
    }

    static Trend.Interval interval(Context ctx) {
        String value = blankToNull(ctx.queryParam("interval"));
        if (value == null) {
            return Trend.Interval.MONTH;
        }
        try {
            return Trend.Interval.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("interval must be day, month or year, not '" + value + "'");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
