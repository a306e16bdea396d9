package org.dramagraph.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.plugin.bundled.RateLimitPlugin;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.dramagraph.comment.CommentPolicy;
import org.dramagraph.graph.Comment;

/** Posting a comment: checked by {@link CommentPolicy}, limited per client, then back to the page. */
final class CommentForms {
    private final Site site;

    CommentForms(Site site) {
        this.site = site;
    }

    void post(Context ctx) {
        try {
            ctx.with(RateLimitPlugin.class).requestPerTimeUnit(site.config.commentsPerMinute(), TimeUnit.MINUTES);
        } catch (HttpResponseException e) {
            if (e.getStatus() == HttpStatus.TOO_MANY_REQUESTS.getCode()) {
                // Javalin's limiter sends no Retry-After; it clears every count once a minute, so a minute is enough
                ctx.header("Retry-After", "60");
            }
            throw e;
        }
        String back = back(ctx);
        Comment.Target target = target(ctx);
        CommentPolicy.Draft draft;
        try {
            draft = CommentPolicy.review(ctx.formParam("name"), ctx.formParam("text"));
        } catch (CommentPolicy.InvalidComment e) {
            throw new BadRequestResponse(e.getMessage());
        }
        site.write(graph -> {
            boolean exists = target.type() == Comment.Target.Type.ARTICLE
                    ? graph.articles().exists(target.id())
                    : graph.entities().entity(Long.parseLong(target.id())).isPresent();
            if (!exists) {
                throw new NotFoundResponse("There is nothing to comment on here any more.");
            }
            return graph.comments().add(target, draft.author(), draft.body(), draft.status(), Instant.now());
        });
        String outcome = draft.status() == Comment.Status.HELD ? "held" : "posted";
        ctx.redirect(back + (back.contains("?") ? "&" : "?") + "comment=" + outcome + "#comments", HttpStatus.SEE_OTHER);
    }

    /** The message for a page after a post, from its {@code comment} parameter. */
    static String notice(Context ctx) {
        String outcome = ctx.queryParam("comment");
        if ("held".equals(outcome)) {
            return "Thank you. Your comment has a link, so it waits for an editor before it is shown.";
        }
        if ("posted".equals(outcome)) {
            return "Thank you, your comment is posted.";
        }
        return null;
    }

    private static Comment.Target target(Context ctx) {
        String type = ctx.formParam("target");
        String id = ctx.formParam("id");
        if (id == null || id.isBlank()) {
            throw new BadRequestResponse("the form names nothing to comment on");
        }
        if ("article".equals(type)) {
            return Comment.Target.article(id);
        }
        if ("entity".equals(type) && id.matches("\\d{1,18}")) {
            return Comment.Target.entity(Long.parseLong(id));
        }
        throw new BadRequestResponse("the form names nothing to comment on");
    }

    /** Where to go back to: a path on this site, never another site. */
    static String back(Context ctx) {
        String back = ctx.formParam("back");
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
            return "/";
        }
        return back;
    }
}
