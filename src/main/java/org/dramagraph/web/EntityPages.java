package org.dramagraph.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.dramagraph.graph.ArticleSummary;
import org.dramagraph.graph.Comment;
import org.dramagraph.graph.Entity;
import org.dramagraph.graph.EntityType;
import org.dramagraph.graph.GraphFact;
import org.dramagraph.graph.GraphStore;
import org.dramagraph.graph.Slice;
import org.dramagraph.graph.Source;

/** The person, work, character and network pages, a person's co-star network, and a fact's page. */
final class EntityPages {
    /**
     * Sources shown with each fact on a page: the first, then how many more, linking to the fact's page, which
     * pages them all. A much-named person's facts have thousands each; more of them would make the page weigh
     * what they do without telling a reader more.
     */
    static final int SOURCES_SHOWN = 1;
    static final int ARTICLES_SHOWN = 10;
    /** Co-stars listed on a person's page, those with the most shared works first; the API has them all. */
    static final int COSTARS_SHOWN = 40;
    /** Photos shown on a person's page, the newest first; the API has them all. */
    static final int PHOTOS_SHOWN = 12;

    private final Site site;

    EntityPages(Site site) {
        this.site = site;
    }

    void person(Context ctx) {
        Paging paging = Paging.of(ctx, ARTICLES_SHOWN, ARTICLES_SHOWN);
        site.stores.read(graph -> {
            Entity e = Resolve.entity(graph, ctx, EntityType.PERSON);
            var profile = graph.person(e.id(), SOURCES_SHOWN).orElseThrow(NotFoundResponse::new);
            String path = Links.entity(e);
            PageFrame frame = frame(ctx, e, path, "Roles, co-stars, quotes and news of " + e.name() + ".",
                    new JsonLd(site.base()).person(profile));
            var coStars = graph.entities().coStars(e.id(), COSTARS_SHOWN);
            var photos = graph.photosOf(e.id(), 0, PHOTOS_SHOWN);
            site.render(ctx, "person.jte", new Pages.Person(frame, path, profile, coStars.items(),
                    (int) coStars.total(),
                    new Gallery(photos.items(), photos.total(), site.config.thumbnails() != null, true),
                    articles(graph, e, paging), comments(graph, ctx, e)));
            return null;
        });
    }

    void work(Context ctx) {
        Paging paging = Paging.of(ctx, ARTICLES_SHOWN, ARTICLES_SHOWN);
        site.stores.read(graph -> {
            Entity e = Resolve.entity(graph, ctx, EntityType.WORK);
            var profile = graph.work(e.id(), SOURCES_SHOWN).orElseThrow(NotFoundResponse::new);
            String path = Links.entity(e);
            PageFrame frame = frame(ctx, e, path, "Cast, characters, cameos, writers, directors and networks of "
                    + e.name() + ".", new JsonLd(site.base()).work(profile));
            site.render(ctx, "work.jte", new Pages.Work(frame, path, profile, articles(graph, e, paging),
                    comments(graph, ctx, e)));
            return null;
        });
    }

    void character(Context ctx) {
        Paging paging = Paging.of(ctx, ARTICLES_SHOWN, ARTICLES_SHOWN);
        site.stores.read(graph -> {
            Entity e = Resolve.entity(graph, ctx, EntityType.CHARACTER);
            var profile = graph.character(e.id(), SOURCES_SHOWN).orElseThrow(NotFoundResponse::new);
            String path = Links.entity(e);
            PageFrame frame = frame(ctx, e, path, "Who played " + e.name() + ", in which works.",
                    new JsonLd(site.base()).character(profile));
            site.render(ctx, "character.jte", new Pages.Character(frame, path, profile, articles(graph, e, paging),
                    comments(graph, ctx, e)));
            return null;
        });
    }

    void org(Context ctx) {
        Paging paging = Paging.of(ctx, ARTICLES_SHOWN, ARTICLES_SHOWN);
        site.stores.read(graph -> {
            Entity e = Resolve.entity(graph, ctx, EntityType.ORG);
            var profile = graph.org(e.id(), SOURCES_SHOWN).orElseThrow(NotFoundResponse::new);
            String path = Links.entity(e);
            PageFrame frame = frame(ctx, e, path, "Works on " + e.name() + ".", new JsonLd(site.base()).org(profile));
            site.render(ctx, "org.jte", new Pages.Org(frame, path, profile, articles(graph, e, paging),
                    comments(graph, ctx, e)));
            return null;
        });
    }

    /** A person's co-star network, drawn in the browser from the API's network resource. */
    void graph(Context ctx) {
        site.stores.read(graph -> {
            Entity e = Resolve.entity(graph, ctx, EntityType.PERSON);
            String path = Links.entity(e) + "/graph";
            PageFrame frame = Frames.of(site, ctx, "Co-star network of " + e.name(), "Who " + e.name()
                    + " acted with, and who of them acted together.", path,
                    new JsonLd(site.base()).page("WebPage", "Co-star network of " + e.name(), path), null);
            site.render(ctx, "graph.jte", new Pages.Graph(frame, e, Links.entityApi(e) + "/network",
                    site.webjar("cytoscape") + "/dist/cytoscape.min.js"));
            return null;
        });
    }

    void fact(Context ctx) {
        long id = Resolve.number(ctx, "fact");
        Paging paging = Paging.of(ctx, 50, 50);
        site.stores.read(graph -> {
            GraphFact fact = graph.reviews().fact(id, SOURCES_SHOWN)
                    .orElseThrow(() -> new NotFoundResponse("No fact #" + id + "."));
            Slice<Source> sources = paging.within(graph.reviews().sources(id, paging.offset(), paging.size()));
            String path = Links.fact(id);
            PageFrame frame = Frames.of(site, ctx, "Fact #" + id, "Every source of a " + fact.type().key() + " fact.",
                    path, new JsonLd(site.base()).page("WebPage", "Fact #" + id, path), null);
            site.render(ctx, "fact.jte", new Pages.Fact(frame, fact, sources));
            return null;
        });
    }

    private PageFrame frame(Context ctx, Entity e, String path, String description, String jsonLd) {
        return Frames.of(site, ctx, e.name(), description, path, jsonLd, path + "/feed.atom");
    }

    private static Slice<ArticleSummary> articles(GraphStore graph, Entity e, Paging paging) {
        return paging.within(graph.articles().naming(e.id(), paging.offset(), paging.size()));
    }

    private static CommentsBox comments(GraphStore graph, Context ctx, Entity e) {
        Comment.Target target = Comment.Target.entity(e.id());
        return new CommentsBox(target, graph.comments().visible(target), CommentForms.notice(ctx));
    }
}
