package org.dramagraph.web;

import java.time.LocalDate;
import java.util.List;
import org.dramagraph.graph.ArticleSummary;
import org.dramagraph.graph.ArticleView;
import org.dramagraph.graph.CharacterProfile;
import org.dramagraph.graph.CoStar;
import org.dramagraph.graph.Comment;
import org.dramagraph.graph.Entity;
import org.dramagraph.graph.GraphFact;
import org.dramagraph.graph.Mentioned;
import org.dramagraph.graph.OrgProfile;
import org.dramagraph.graph.PersonProfile;
import org.dramagraph.graph.Review;
import org.dramagraph.graph.Slice;
import org.dramagraph.graph.Source;
import org.dramagraph.graph.WorkProfile;
import org.dramagraph.search.SearchResults;

/** What each page template is given: the frame and the page's own data. */
public final class Pages {
    private Pages() {
    }

    /** The home page: latest articles and the people and works most named in the week to {@code to}. */
    public record Home(PageFrame frame, List<ArticleSummary> latest, List<Mentioned> people, List<Mentioned> works,
                       LocalDate from, LocalDate to) {
    }

    /** All articles, newest first. */
    public record Articles(PageFrame frame, Slice<ArticleSummary> articles) {
    }

    /** A person's page; {@code coStars} are the first of {@code coStarCount}; the newest photos that name them. */
    public record Person(PageFrame frame, String path, PersonProfile profile, List<CoStar> coStars, int coStarCount,
                         Gallery photos, Slice<ArticleSummary> articles, CommentsBox comments) {
    }

    /** A work's page. */
    public record Work(PageFrame frame, String path, WorkProfile profile, Slice<ArticleSummary> articles,
                       CommentsBox comments) {
    }

    /** A character's page. */
    public record Character(PageFrame frame, String path, CharacterProfile profile, Slice<ArticleSummary> articles,
                            CommentsBox comments) {
    }

    /** A channel's or platform's page. */
    public record Org(PageFrame frame, String path, OrgProfile profile, Slice<ArticleSummary> articles,
                      CommentsBox comments) {
    }

    /** An article's page. */
    public record Article(PageFrame frame, String path, ArticleView view, ArticleText.Body body, Gallery photos,
                          CommentsBox comments) {
    }

    /** One fact with all its sources. */
    public record Fact(PageFrame frame, GraphFact fact, Slice<Source> sources) {
    }

    /** The search page; {@code results} is null before a search. */
    public record Search(PageFrame frame, SearchResults results, String base) {
    }

    /** A person's co-star network. */
    public record Graph(PageFrame frame, Entity person, String data, String cytoscape) {
    }

    /** The editors' log-in form. */
    public record Login(PageFrame frame, String error, boolean possible) {
    }

    /** The editors' desk: comments held or hidden, and decisions on facts. */
    public record Desk(PageFrame frame, Slice<Comment> held, Slice<Comment> hidden, List<Review> reviews) {
    }

    /** An error. */
    public record Error(PageFrame frame, int status, String message) {
    }

    /** The API explorer. */
    public record ApiDocs(PageFrame frame, String swaggerUi) {
    }
}
