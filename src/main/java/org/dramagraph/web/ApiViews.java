package org.dramagraph.web;

import java.util.List;
import java.util.Map;
import org.dramagraph.graph.ArticlePhoto;
import org.dramagraph.graph.ArticleSummary;
import org.dramagraph.graph.CoStar;
import org.dramagraph.graph.Comment;
import org.dramagraph.graph.Entity;
import org.dramagraph.graph.GraphFact;
import org.dramagraph.graph.Mentioned;
import org.dramagraph.graph.Role;
import org.dramagraph.graph.Slice;
import org.dramagraph.graph.Source;
import org.dramagraph.search.SearchHit;

/**
 * The shapes of the JSON API: the domain's records with addresses added (every entity, article and source
 * links to its page and API resource) and dates as ISO-8601 text.
 */
final class ApiViews {
    private ApiViews() {
    }

    /** An entity: id, type, display name, page and API resource. */
    record EntityRef(long id, String type, String name, String url, String api) {
        static EntityRef of(Entity e) {
            return e == null ? null : new EntityRef(e.id(), e.type().label(), e.name(), Links.entity(e), Links.entityApi(e));
        }

        static List<EntityRef> all(List<Entity> entities) {
            return entities.stream().map(EntityRef::of).toList();
        }
    }

    /** One source of a fact: the article and its sentence. */
    record SourceRef(String article, String title, int sentence, String snippet, String rule, double confidence,
                     String url, String api) {
        static SourceRef of(Source s) {
            return new SourceRef(s.articleId(), s.articleTitle(), s.sentence(), s.snippet(), s.rule(), s.confidence(),
                    Links.sentence(s.articleId(), s.sentence()), Links.articleApi(s.articleId()));
        }
    }

    /**
     * A fact with a few sources; {@code sourcesApi} has them all. {@code confidence} is how sure its sources
     * make it together; {@code unconfirmed} facts are kept but not sure enough to count as known, and
     * {@code confirmed} ones were confirmed by an editor.
     */
    record FactView(long id, String type, EntityRef person, EntityRef character, EntityRef work, EntityRef org,
                    String quote, double confidence, boolean unconfirmed, boolean confirmed, int sourceCount,
                    List<SourceRef> sources, String url, String sourcesApi) {
        static FactView of(GraphFact f) {
            return new FactView(f.id(), f.type().key(), EntityRef.of(f.person()), EntityRef.of(f.character()),
                    EntityRef.of(f.work()), EntityRef.of(f.org()), f.quote(), Math.round(f.confidence() * 1000) / 1000.0,
                    f.unconfirmed(), f.confirmed(), f.sourceCount(),
                    f.sources().stream().map(SourceRef::of).toList(), Links.fact(f.id()),
                    "/api/facts/" + f.id() + "/sources");
        }

        static List<FactView> all(List<GraphFact> facts) {
            return facts.stream().map(FactView::of).toList();
        }
    }

    /** A person's part in a work. */
    record RoleView(EntityRef person, EntityRef work, List<EntityRef> characters, boolean cameo, List<FactView> facts) {
        static RoleView of(Role r) {
            return new RoleView(EntityRef.of(r.person()), EntityRef.of(r.work()), EntityRef.all(r.characters()),
                    r.cameo(), FactView.all(r.facts()));
        }

        static List<RoleView> all(List<Role> roles) {
            return roles.stream().map(RoleView::of).toList();
        }
    }

    /** A co-star and the works shared. */
    record CoStarView(EntityRef person, List<EntityRef> works, boolean reunion) {
        static CoStarView of(CoStar c) {
            return new CoStarView(EntityRef.of(c.person()), EntityRef.all(c.works()), c.reunion());
        }
    }

    /**
     * A photo: its image's address, the site's thumbnail of it (or null), caption, credit, alt text, the people
     * its caption names, and the article it is from.
     */
    record PhotoView(String url, String thumbnail, String caption, String credit, String alt, List<EntityRef> people,
                     String article, String articleTitle, String articleUrl) {
        static PhotoView of(ArticlePhoto p, boolean thumbnails) {
            return new PhotoView(p.url(), thumbnails && p.thumbnail() != null
                    ? Gallery.THUMBNAILS + "/" + Links.encode(p.thumbnail()) : null, p.caption(), p.credit(), p.alt(),
                    EntityRef.all(p.people()), p.articleId(), p.articleTitle(), Links.article(p.articleId()));
        }
    }

    /** An article in a list. */
    record ArticleRef(String id, String title, String date, String source, String excerpt, String url, String api) {
        static ArticleRef of(ArticleSummary a) {
            return new ArticleRef(a.id(), a.title(), a.date() == null ? null : a.date().toString(), a.url(), a.excerpt(),
                    Links.article(a.id()), Links.articleApi(a.id()));
        }
    }

    /** An entity and how many articles of the period name it. */
    record MentionedView(EntityRef entity, long articles) {
        static MentionedView of(Mentioned m) {
            return new MentionedView(EntityRef.of(m.entity()), m.articles());
        }
    }

    /** A visible comment. */
    record CommentView(long id, String author, String text, String created) {
        static CommentView of(Comment c) {
            return new CommentView(c.id(), c.author(), c.body(), c.created().toString());
        }
    }

    /** A search hit; {@code snippet} is HTML with {@code <mark>} around matched words. */
    record HitView(String kind, String id, String title, String date, String snippet, List<String> aliases,
                   float score, String url) {
        static HitView of(SearchHit h) {
            return new HitView(h.kind().label(), h.id(), h.title(), h.date() == null ? null : h.date().toString(),
                    h.snippet(), h.aliases(), h.score(), Links.hit(h));
        }
    }

    /**
     * One page of a list, with the addresses of the pages before and after it.
     *
     * @param items the items
     * @param total items in the whole list
     * @param page  this page's number, from 1
     * @param size  items per page
     * @param prev  the previous page's address, or null
     * @param next  the next page's address, or null
     */
    record PageView<T>(List<T> items, long total, int page, int size, String prev, String next) {
        static <S, T> PageView<T> of(Slice<S> slice, java.util.function.Function<S, T> map, String path,
                                     Map<String, String> query) {
            int page = slice.offset() / slice.limit() + 1;
            return new PageView<>(slice.items().stream().map(map).toList(), slice.total(), page, slice.limit(),
                    page > 1 ? address(path, query, page - 1, slice.limit()) : null,
                    slice.hasMore() ? address(path, query, page + 1, slice.limit()) : null);
        }

        static String address(String path, Map<String, String> query, int page, int size) {
            StringBuilder s = new StringBuilder(path).append('?');
            query.forEach((k, v) -> s.append(k).append('=').append(Links.encode(v)).append('&'));
            return s.append("page=").append(page).append("&size=").append(size).toString();
        }
    }
}
