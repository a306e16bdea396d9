package org.dramagraph.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import org.dramagraph.graph.EntityType;

/**
 * Every route of the site and the API, in one place. Handlers are thin; the work is in the domain. What readers
 * all see alike goes through the response cache.
 */
final class Routes {
    private Routes() {
    }

    static void declare(RoutesConfig routes, Site site, Ops ops) {
        NewsPages news = new NewsPages(site);
        EntityPages entities = new EntityPages(site);
        SearchPage search = new SearchPage(site);
        CommentForms comments = new CommentForms(site);
        EditorPages editors = new EditorPages(site);
        Feeds feeds = new Feeds(site);
        Api api = new Api(site);
        Errors errors = new Errors(site);
        ResponseCache cached = site.cache;

        routes.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "same-origin");
            ctx.header("X-Frame-Options", "DENY");
            ctx.header("Content-Security-Policy", "default-src 'self'; img-src * data:; style-src 'self' 'unsafe-inline'; "
                    + "script-src 'self'; frame-ancestors 'none'; form-action 'self'");
            if (ctx.method() == HandlerType.POST) {
                site.csrf.check(ctx);
            }
        });

        // pages
        routes.get("/", cached.around(news::home));
        routes.get("/articles", cached.around(news::articles));
        routes.get("/articles/{id}", cached.around(news::article));
        routes.get("/people/{slug}", cached.around(entities::person));
        routes.get("/people/{slug}/graph", cached.around(entities::graph));
        routes.get("/works/{slug}", cached.around(entities::work));
        routes.get("/characters/{slug}", cached.around(entities::character));
        routes.get("/networks/{slug}", cached.around(entities::org));
        routes.get("/facts/{id}", cached.around(entities::fact));
        routes.get("/search", cached.around(search::search));
        routes.get("/api-docs", cached.around(api::explorer));

        // comments and editing
        routes.post("/comments", comments::post);
        routes.get("/login", editors::loginForm);
        routes.post("/login", editors::login);
        routes.post("/logout", editors::logout);
        routes.get("/editor", editors::desk);
        routes.post("/editor/comments/{id}", editors::commentStatus);
        routes.post("/editor/facts/{id}", editors::decideFact);
        routes.post("/editor/reviews/undo", editors::undo);

        // feeds and crawlers
        routes.get("/feed.atom", cached.around(feeds::latest));
        for (EntityType type : EntityType.values()) {
            routes.get("/" + Links.section(type) + "/{slug}/feed.atom", cached.around(ctx -> feeds.entity(ctx, type)));
        }
        routes.get("/sitemap.xml", cached.around(feeds::sitemapIndex));
        routes.get("/sitemaps/{part}", cached.around(feeds::sitemapPart));
        routes.get("/opensearch.xml", cached.around(feeds::openSearch));
        routes.get("/robots.txt", cached.around(feeds::robots));

        // the JSON API
        routes.get("/api/openapi.json", ctx -> OpenApi.serve(ctx));
        routes.get("/api/home", cached.around(api::home));
        routes.get("/api/articles", cached.around(api::articles));
        routes.get("/api/articles/{id}", cached.around(api::article));
        routes.get("/api/articles/{id}/comments", cached.around(api::articleComments));
        for (EntityType type : EntityType.values()) {
            String base = "/api/" + Links.section(type) + "/{id}";
            routes.get(base, cached.around(ctx -> api.entity(ctx, type)));
            routes.get(base + "/articles", cached.around(ctx -> api.entityArticles(ctx, type)));
            routes.get(base + "/comments", cached.around(ctx -> api.entityComments(ctx, type)));
        }
        routes.get("/api/people/{id}/costars", cached.around(api::coStars));
        routes.get("/api/people/{id}/network", cached.around(api::network));
        routes.get("/api/people/{id}/photos", cached.around(api::photos));
        routes.get("/api/facts/{id}", cached.around(api::fact));
        routes.get("/api/facts/{id}/sources", cached.around(api::factSources));
        routes.get("/api/search", cached.around(api::search));

        // operations
        routes.get("/health", ops::health);
        routes.get("/metrics", ops::metrics);

        routes.exception(HttpResponseException.class, errors::clientError);
        routes.exception(Exception.class, errors::serverError);
        routes.error(404, "*", errors::status);
        routes.error(405, "*", errors::status);
    }
}
