package org.dramagraph.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import org.dramagraph.graph.EntityType;

/** Every route of the site and the API, in one place. Handlers are thin; the work is in the domain. */
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
        routes.get("/", news::home);
        routes.get("/articles", news::articles);
        routes.get("/articles/{id}", news::article);
        routes.get("/people/{slug}", entities::person);
        routes.get("/people/{slug}/graph", entities::graph);
        routes.get("/works/{slug}", entities::work);
        routes.get("/characters/{slug}", entities::character);
        routes.get("/networks/{slug}", entities::org);
        routes.get("/facts/{id}", entities::fact);
        routes.get("/search", search::search);
        routes.get("/api-docs", ctx -> site.render(ctx, "api-docs.jte", new Pages.ApiDocs(Frames.of(site, ctx,
                "API explorer", "The Dramagraph REST API.", "/api-docs", new JsonLd(site.base(ctx)).page("WebPage",
                        "API explorer", "/api-docs"), null), site.webjar("swagger-ui"))));

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
        routes.get("/feed.atom", feeds::latest);
        for (EntityType type : EntityType.values()) {
            routes.get("/" + Links.section(type) + "/{slug}/feed.atom", ctx -> feeds.entity(ctx, type));
        }
        routes.get("/sitemap.xml", feeds::sitemapIndex);
        routes.get("/sitemaps/{part}", feeds::sitemapPart);
        routes.get("/opensearch.xml", feeds::openSearch);
        routes.get("/robots.txt", feeds::robots);

        // the JSON API
        routes.get("/api/openapi.json", ctx -> OpenApi.serve(ctx));
        routes.get("/api/home", api::home);
        routes.get("/api/articles", api::articles);
        routes.get("/api/articles/{id}", api::article);
        routes.get("/api/articles/{id}/comments", api::articleComments);
        for (EntityType type : EntityType.values()) {
            String base = "/api/" + Links.section(type) + "/{id}";
            routes.get(base, ctx -> api.entity(ctx, type));
            routes.get(base + "/articles", ctx -> api.entityArticles(ctx, type));
            routes.get(base + "/comments", ctx -> api.entityComments(ctx, type));
        }
        routes.get("/api/people/{id}/costars", api::coStars);
        routes.get("/api/people/{id}/network", api::network);
        routes.get("/api/facts/{id}", api::fact);
        routes.get("/api/facts/{id}/sources", api::factSources);
        routes.get("/api/search", api::search);

        // operations
        routes.get("/health", ops::health);
        routes.get("/metrics", ops::metrics);

        routes.exception(HttpResponseException.class, errors::clientError);
        routes.exception(Exception.class, errors::serverError);
        routes.error(404, "*", errors::status);
        routes.error(405, "*", errors::status);
    }
}
