package org.dramagraph.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import org.dramagraph.search.Kind;
import org.dramagraph.search.SearchIndex;
import org.dramagraph.search.SearchResults;

/** The search page. */
final class SearchPage {
    static final int PAGE = 10;
    static final int MAX_QUERY = 200;

    private final Site site;

    SearchPage(Site site) {
        this.site = site;
    }

    void search(Context ctx) {
        String q = query(ctx);
        Kind kind = kind(ctx);
        Paging paging = Paging.of(ctx, PAGE, PAGE);
        SearchResults results = q.isEmpty() ? null : run(site, q, kind, paging);
        String base = "/search?q=" + Links.encode(q) + (kind == null ? "" : "&type=" + kind.label());
        PageFrame frame = Frames.of(site, ctx, q.isEmpty() ? "Search" : "Search: " + q,
                "Search people, dramas, characters and news.", q.isEmpty() ? "/search" : base,
                new JsonLd(site.base()).page("SearchResultsPage", "Search", "/search"), null);
        site.render(ctx, "search.jte", new Pages.Search(frame, results, base));
    }

    /** Runs a search, a 400 when the page asked for lies too deep. */
    static SearchResults run(Site site, String q, Kind kind, Paging paging) {
        if (paging.offset() + paging.size() > SearchIndex.MAX_DEPTH) {
            throw new BadRequestResponse("parameter 'page' goes past the " + SearchIndex.MAX_DEPTH + "th result");
        }
        SearchResults results = site.index.search(q, kind, paging.offset(), paging.size());
        if (paging.page() > 1 && results.hits().isEmpty()) {
            throw paging.past(results.total());
        }
        return results;
    }

    /** The {@code q} parameter, stripped; a 400 when it is too long. */
    static String query(Context ctx) {
        String q = ctx.queryParam("q");
        q = q == null ? "" : q.strip();
        if (q.length() > MAX_QUERY) {
            throw new BadRequestResponse("parameter 'q' can have at most " + MAX_QUERY + " characters");
        }
        return q;
    }

    /** The {@code type} parameter: a kind, or null for all; a 400 when it names no kind. */
    static Kind kind(Context ctx) {
        String type = ctx.queryParam("type");
        if (type == null || type.isEmpty()) {
            return null;
        }
        return Kind.parse(type).orElseThrow(() -> new BadRequestResponse(
                "parameter 'type' must be one of article, person, work, character, org"));
    }
}
