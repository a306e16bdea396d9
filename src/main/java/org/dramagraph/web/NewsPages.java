package org.dramagraph.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.List;
import org.dramagraph.graph.Comment;
import org.dramagraph.graph.EntityType;
import org.dramagraph.graph.Mentioned;

/** The home page, the list of articles and an article's page. */
final class NewsPages {
    static final int LATEST = 10;
    static final int RANKED = 10;
    static final int PAGE = 20;

    private final Site site;

    NewsPages(Site site) {
        this.site = site;
    }

    void home(Context ctx) {
        site.stores.read(graph -> {
            Week week = Week.of(graph.articles().newestDate().orElse(null));
            List<Mentioned> people = week == null ? List.of()
                    : graph.entities().mostNamed(EntityType.PERSON, week.from(), week.to(), RANKED);
            List<Mentioned> works = week == null ? List.of()
                    : graph.entities().mostNamed(EntityType.WORK, week.from(), week.to(), RANKED);
            PageFrame frame = Frames.of(site, ctx, "Korean drama news as sourced knowledge",
                    "Who plays whom in Korean dramas, with every fact linked to the sentence it came from.", "/",
                    new JsonLd(site.base()).site(), null);
            site.render(ctx, "home.jte", new Pages.Home(frame, graph.articles().latest(0, LATEST).items(), people, works,
                    week == null ? null : week.from(), week == null ? null : week.to()));
            return null;
        });
    }

    void articles(Context ctx) {
        Paging paging = Paging.of(ctx, PAGE, PAGE);
        site.stores.read(graph -> {
            PageFrame frame = Frames.of(site, ctx, "Articles", "Every article, newest first.", "/articles",
                    new JsonLd(site.base()).page("CollectionPage", "Articles", "/articles"), null);
            site.render(ctx, "articles.jte", new Pages.Articles(frame,
                    paging.within(graph.articles().latest(paging.offset(), paging.size()))));
            return null;
        });
    }

    void article(Context ctx) {
        String id = Resolve.articleId(ctx);
        site.stores.read(graph -> {
            var view = graph.articles().view(id, EntityPages.SOURCES_SHOWN)
                    .orElseThrow(() -> new NotFoundResponse("No article " + Resolve.clip(id) + "."));
            String path = Links.article(id);
            PageFrame frame = Frames.of(site, ctx, view.article().title(), view.article().excerpt(), path,
                    new JsonLd(site.base()).article(view), null);
            Comment.Target target = Comment.Target.article(id);
            site.render(ctx, "article.jte", new Pages.Article(frame, path, view,
                    ArticleText.of(view, view.article().title()),
                    new Gallery(view.photos(), view.photos().size(), site.config.thumbnails() != null, false),
                    new CommentsBox(target, graph.comments().visible(target), CommentForms.notice(ctx))));
            return null;
        });
    }

    /**
     * The seven days of news the home page ranks by: those ending on the newest article's date (or today, if
     * that date lies ahead), so a site fed yesterday still shows last week's names.
     */
    record Week(LocalDate from, LocalDate to) {
        static Week of(LocalDate newest) {
            if (newest == null) {
                return null;
            }
            LocalDate today = LocalDate.now();
            LocalDate to = newest.isAfter(today) ? today : newest;
            return new Week(to.minusDays(6), to);
        }
    }
}
