package org.dramagraph.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dramagraph.graph.CoStarNetwork;
import org.dramagraph.graph.Comment;
import org.dramagraph.graph.Entity;
import org.dramagraph.graph.EntityType;
import org.dramagraph.graph.GraphStore;
import org.dramagraph.search.Kind;
import org.dramagraph.search.SearchResults;
import org.dramagraph.web.ApiViews.ArticleRef;
import org.dramagraph.web.ApiViews.CoStarView;
import org.dramagraph.web.ApiViews.CommentView;
import org.dramagraph.web.ApiViews.EntityRef;
import org.dramagraph.web.ApiViews.FactView;
import org.dramagraph.web.ApiViews.HitView;
import org.dramagraph.web.ApiViews.MentionedView;
import org.dramagraph.web.ApiViews.PageView;
import org.dramagraph.web.ApiViews.PhotoView;
import org.dramagraph.web.ApiViews.RoleView;
import org.dramagraph.web.ApiViews.SourceRef;

/** The JSON API: what each page shows, as JSON, lists paginated with {@code page} and {@code size}. */
final class Api {
    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    /** Sources given with each fact; {@code /api/facts/{id}/sources} pages them all. */
    static final int SOURCES = 3;
    /** The most people a co-star network holds. */
    static final int NETWORK = 40;

    private final Site site;

    Api(Site site) {
        this.site = site;
    }

    /** The API explorer: Swagger UI (from its webjar) on the OpenAPI document. */
    void explorer(Context ctx) {
        PageFrame frame = Frames.of(site, ctx, "API explorer", "The Dramagraph REST API.", "/api-docs",
                new JsonLd(site.base()).page("WebPage", "API explorer", "/api-docs"), null);
        site.render(ctx, "api-docs.jte", new Pages.ApiDocs(frame, site.webjar("swagger-ui")));
    }

    void home(Context ctx) {
        ctx.json(site.stores.read(graph -> {
            NewsPages.Week week = NewsPages.Week.of(graph.articles().newestDate().orElse(null));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("latest", graph.articles().latest(0, NewsPages.LATEST).items().stream().map(ArticleRef::of).toList());
            out.put("from", week == null ? null : week.from().toString());
            out.put("to", week == null ? null : week.to().toString());
            for (EntityType type : List.of(EntityType.PERSON, EntityType.WORK)) {
                out.put(type == EntityType.PERSON ? "people" : "works", week == null ? List.of()
                        : graph.entities().mostNamed(type, week.from(), week.to(), NewsPages.RANKED).stream()
                        .map(MentionedView::of).toList());
            }
            return out;
        }));
    }

    void articles(Context ctx) {
        Paging paging = Paging.of(ctx, DEFAULT_SIZE, MAX_SIZE);
        ctx.json(site.stores.read(graph -> PageView.of(
                paging.within(graph.articles().latest(paging.offset(), paging.size())), ArticleRef::of,
                "/api/articles", Map.of())));
    }

    void article(Context ctx) {
        String id = Resolve.articleId(ctx);
        ctx.json(site.stores.read(graph -> {
            var view = graph.articles().view(id, SOURCES)
                    .orElseThrow(() -> new NotFoundResponse("no article " + Resolve.clip(id)));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("article", ArticleRef.of(view.article()));
            out.put("text", view.text());
            out.put("mentions", view.mentions().stream().map(m -> Map.of("entity", EntityRef.of(m.entity()),
                    "sentence", m.sentence(), "start", m.start(), "end", m.end())).toList());
            out.put("facts", FactView.all(view.facts()));
            out.put("evidence", view.evidence().stream().map(e -> Map.of("fact", e.factId(), "sentence", e.sentence(),
                    "snippet", e.snippet(), "url", Links.sentence(id, e.sentence()))).toList());
            out.put("photos", view.photos().stream().map(p -> PhotoView.of(p, thumbnails())).toList());
            out.put("comments", Links.articleApi(id) + "/comments");
            return out;
        }));
    }

    void articleComments(Context ctx) {
        String id = Resolve.articleId(ctx);
        ctx.json(site.stores.read(graph -> {
            if (!graph.articles().exists(id)) {
                throw new NotFoundResponse("no article " + Resolve.clip(id));
            }
            return comments(graph, Comment.Target.article(id));
        }));
    }

    void entity(Context ctx, EntityType type) {
        ctx.json(site.stores.read(graph -> {
            Entity e = Resolve.apiEntity(graph, ctx, type);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put(type.label(), EntityRef.of(e));
            switch (type) {
                case PERSON -> {
                    var p = graph.person(e.id(), SOURCES).orElseThrow(NotFoundResponse::new);
                    out.put("aliases", p.aliases());
                    out.put("roles", RoleView.all(p.roles()));
                    out.put("wrote", FactView.all(p.wrote()));
                    out.put("directed", FactView.all(p.directed()));
                    out.put("quotes", FactView.all(p.quotes()));
                    out.put("coStars", Links.entityApi(e) + "/costars");
                    out.put("photos", Links.entityApi(e) + "/photos");
                    out.put("network", Links.entityApi(e) + "/network");
                }
                case WORK -> {
                    var w = graph.work(e.id(), SOURCES).orElseThrow(NotFoundResponse::new);
                    out.put("aliases", w.aliases());
                    out.put("cast", RoleView.all(w.cast()));
                    out.put("cameos", RoleView.all(w.cameos()));
                    out.put("writers", FactView.all(w.writers()));
                    out.put("directors", FactView.all(w.directors()));
                    out.put("networks", FactView.all(w.networks()));
                }
                case CHARACTER -> {
                    var c = graph.character(e.id(), SOURCES).orElseThrow(NotFoundResponse::new);
                    out.put("aliases", c.aliases());
                    out.put("crossover", c.crossover());
                    out.put("portrayals", c.portrayals().stream().map(p -> Map.of("person", EntityRef.of(p.person()),
                            "work", EntityRef.of(p.work()), "cameo", p.cameo(), "fact", FactView.of(p.fact()))).toList());
                }
                case ORG -> {
                    var o = graph.org(e.id(), SOURCES).orElseThrow(NotFoundResponse::new);
                    out.put("aliases", o.aliases());
                    out.put("works", FactView.all(o.works()));
                }
            }
            out.put("articles", Links.entityApi(e) + "/articles");
            out.put("comments", Links.entityApi(e) + "/comments");
            out.put("feed", Links.entity(e) + "/feed.atom");
            return out;
        }));
    }

    void entityArticles(Context ctx, EntityType type) {
        Paging paging = Paging.of(ctx, DEFAULT_SIZE, MAX_SIZE);
        ctx.json(site.stores.read(graph -> {
            Entity e = Resolve.apiEntity(graph, ctx, type);
            return PageView.of(paging.within(graph.articles().naming(e.id(), paging.offset(), paging.size())),
                    ArticleRef::of, Links.entityApi(e) + "/articles", Map.of());
        }));
    }

    void entityComments(Context ctx, EntityType type) {
        ctx.json(site.stores.read(graph -> comments(graph,
                Comment.Target.entity(Resolve.apiEntity(graph, ctx, type).id()))));
    }

    void coStars(Context ctx) {
        ctx.json(site.stores.read(graph -> {
            Entity e = Resolve.apiEntity(graph, ctx, EntityType.PERSON);
            return Map.of("person", EntityRef.of(e),
                    "coStars", graph.entities().coStars(e.id()).stream().map(CoStarView::of).toList());
        }));
    }

    /** The photos whose captions name a person, the newest first. */
    void photos(Context ctx) {
        Paging paging = Paging.of(ctx, DEFAULT_SIZE, MAX_SIZE);
        ctx.json(site.stores.read(graph -> {
            Entity e = Resolve.apiEntity(graph, ctx, EntityType.PERSON);
            return PageView.of(paging.within(graph.photosOf(e.id(), paging.offset(), paging.size())),
                    p -> PhotoView.of(p, thumbnails()), Links.entityApi(e) + "/photos", Map.of());
        }));
    }

    /** A person's co-star network as nodes and edges, the shape graph libraries draw. */
    void network(Context ctx) {
        ctx.json(site.stores.read(graph -> {
            Entity e = Resolve.apiEntity(graph, ctx, EntityType.PERSON);
            CoStarNetwork n = graph.entities().network(e.id(), NETWORK).orElseThrow(NotFoundResponse::new);
            return Map.of("center", EntityRef.of(n.center()),
                    "nodes", n.people().stream().map(EntityRef::of).toList(),
                    "edges", n.links().stream().map(l -> Map.of("source", l.a().id(), "target", l.b().id(),
                            "works", EntityRef.all(l.works()))).toList());
        }));
    }

    void fact(Context ctx) {
        long id = Resolve.apiNumber(ctx);
        ctx.json(site.stores.read(graph -> FactView.of(graph.reviews().fact(id, SOURCES)
                .orElseThrow(() -> new NotFoundResponse("no fact " + id)))));
    }

    void factSources(Context ctx) {
        long id = Resolve.apiNumber(ctx);
        Paging paging = Paging.of(ctx, DEFAULT_SIZE, MAX_SIZE);
        ctx.json(site.stores.read(graph -> {
            if (graph.reviews().fact(id, 0).isEmpty()) {
                throw new NotFoundResponse("no fact " + id);
            }
            return PageView.of(paging.within(graph.reviews().sources(id, paging.offset(), paging.size())),
                    SourceRef::of, "/api/facts/" + id + "/sources", Map.of());
        }));
    }

    void search(Context ctx) {
        String q = SearchPage.query(ctx);
        if (q.isEmpty()) {
            throw new io.javalin.http.BadRequestResponse("parameter 'q' is required");
        }
        Kind kind = SearchPage.kind(ctx);
        Paging paging = Paging.of(ctx, DEFAULT_SIZE, MAX_SIZE);
        SearchResults r = SearchPage.run(site, q, kind, paging);
        Map<String, String> query = new LinkedHashMap<>();
        query.put("q", q);
        if (kind != null) {
            query.put("type", kind.label());
        }
        int page = paging.page();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", q);
        out.put("type", kind == null ? null : kind.label());
        Map<String, Long> facets = new LinkedHashMap<>();
        for (Kind k : Kind.values()) {
            facets.put(k.label(), r.facets().get(k));
        }
        out.put("facets", facets);
        out.put("items", r.hits().stream().map(HitView::of).toList());
        out.put("total", r.total());
        out.put("page", page);
        out.put("size", paging.size());
        out.put("prev", page > 1 ? PageView.address("/api/search", query, page - 1, paging.size()) : null);
        out.put("next", r.hasMore() ? PageView.address("/api/search", query, page + 1, paging.size()) : null);
        ctx.json(out);
    }

    private boolean thumbnails() {
        return site.config.thumbnails() != null;
    }

    private static Map<String, Object> comments(GraphStore graph, Comment.Target target) {
        return Map.of("items", graph.comments().visible(target).stream().map(CommentView::of).toList());
    }
}
