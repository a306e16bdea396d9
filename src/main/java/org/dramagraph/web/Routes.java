package org.dramagraph.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
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
            if (site.https()) {
                ctx.header("Strict-Transport-Security", "max-age=31536000");
            }
            if (ctx.method() == HandlerType.POST) {
                site.csrf.check(ctx);
            }
        });

        // pages
        get(routes, "/", cached.around(news::home));
        get(routes, "/articles", cached.around(news::articles));
        get(routes, "/articles/{id}", cached.around(news::article));
        get(routes, "/people/{slug}", cached.around(entities::person));
        get(routes, "/people/{slug}/graph", cached.around(entities::graph));
        get(routes, "/works/{slug}", cached.around(entities::work));
        get(routes, "/characters/{slug}", cached.around(entities::character));
        get(routes, "/networks/{slug}", cached.around(entities::org));
        get(routes, "/facts/{id}", cached.around(entities::fact));
        get(routes, "/search", cached.around(search::search));
        get(routes, "/api-docs", cached.around(api::explorer));

        // comments and editing
        routes.post("/comments", comments::post);
        get(routes, "/login", editors::loginForm);
        routes.post("/login", editors::login);
        routes.post("/logout", editors::logout);
        get(routes, "/editor", editors::desk);
        routes.post("/editor/comments/{id}", editors::commentStatus);
        routes.post("/editor/facts/{id}", editors::decideFact);
        routes.post("/editor/reviews/undo", editors::undo);

        // feeds and crawlers
        get(routes, "/feed.atom", cached.around(feeds::latest));
        for (EntityType type : EntityType.values()) {
            get(routes, "/" + Links.section(type) + "/{slug}/feed.atom", cached.around(ctx -> feeds.entity(ctx, type)));
        }
        get(routes, "/sitemap.xml", cached.around(feeds::sitemapIndex));
        get(routes, "/sitemaps/{part}", cached.around(feeds::sitemapPart));
        get(routes, "/opensearch.xml", cached.around(feeds::openSearch));
        get(routes, "/robots.txt", cached.around(feeds::robots));

        // the JSON API
        get(routes, "/api/openapi.json", cached.around(OpenApi::serve));
        get(routes, "/api/home", cached.around(api::home));
        get(routes, "/api/articles", cached.around(api::articles));
        get(routes, "/api/articles/{id}", cached.around(api::article));
        get(routes, "/api/articles/{id}/comments", cached.around(api::articleComments));
        for (EntityType type : EntityType.values()) {
            String base = "/api/" + Links.section(type) + "/{id}";
            get(routes, base, cached.around(ctx -> api.entity(ctx, type)));
            get(routes, base + "/articles", cached.around(ctx -> api.entityArticles(ctx, type)));
            get(routes, base + "/comments", cached.around(ctx -> api.entityComments(ctx, type)));
        }
        get(routes, "/api/people/{id}/costars", cached.around(api::coStars));
        get(routes, "/api/people/{id}/network", cached.around(api::network));
        get(routes, "/api/people/{id}/photos", cached.around(api::photos));
        get(routes, "/api/facts/{id}", cached.around(api::fact));
        get(routes, "/api/facts/{id}/sources", cached.around(api::factSources));
        get(routes, "/api/search", cached.around(api::search));

        // operations
        get(routes, "/health", ops::health);
        get(routes, "/metrics", ops::metrics);

        routes.exception(HttpResponseException.class, errors::clientError);
        routes.exception(Exception.class, errors::serverError);
        routes.error(404, "*", errors::status);
        routes.error(405, "*", errors::status);
    }

    /**
     * A GET route and its HEAD twin. Javalin alone answers HEAD with an empty 200 whatever GET would say; the
     * same handler gives HEAD GET's status and headers, and Jetty sends no body.
     */
    private static void get(RoutesConfig routes, String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }
}
