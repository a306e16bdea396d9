package org.dramagraph.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Optional;
import org.dramagraph.graph.Comment;
import org.dramagraph.graph.Review;

/** Editors' log-in and log-out, their desk, and what they do: show or hide comments, confirm or reject facts. */
final class EditorPages {
    private static final int DESK = 50;

    private final Site site;

    EditorPages(Site site) {
        this.site = site;
    }

    void loginForm(Context ctx) {
        site.render(ctx, "login.jte", new Pages.Login(frame(ctx, "Editor log-in", "/login"), null,
                site.config.editors().any()));
    }

    void login(Context ctx) {
        String name = ctx.formParam("name");
        Optional<LoginBackoff.Refusal> refusal = site.logins.attempt(ctx.ip(), name);
        if (refusal.isPresent()) {
            long seconds = refusal.get().retryAfterSeconds();
            ctx.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", Long.toString(seconds));
            site.render(ctx, "login.jte", new Pages.Login(frame(ctx, "Editor log-in", "/login"),
                    (refusal.get().reason() == LoginBackoff.Reason.CLIENT ? "Too many log-ins from your address"
                            : "Too many failed log-ins under this name") + "; try again in " + seconds
                            + (seconds == 1 ? " second." : " seconds."), site.config.editors().any()));
            return;
        }
        Optional<String> editor = site.config.editors().check(name, ctx.formParam("password"));
        if (editor.isEmpty()) {
            ctx.status(HttpStatus.UNAUTHORIZED);
            site.render(ctx, "login.jte", new Pages.Login(frame(ctx, "Editor log-in", "/login"),
                    "That name and password do not match an editor.", site.config.editors().any()));
            return;
        }
        site.logins.succeeded(name);
        Editors.logIn(ctx, editor.get());
        site.csrf.renew(ctx);
        ctx.redirect("/editor", HttpStatus.SEE_OTHER);
    }

    void logout(Context ctx) {
        Editors.logOut(ctx);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    void desk(Context ctx) {
        Editors.required(ctx);
        site.stores.read(graph -> {
            site.render(ctx, "desk.jte", new Pages.Desk(frame(ctx, "Editor's desk", "/editor"),
                    graph.comments().withStatus(Comment.Status.HELD, 0, DESK),
                    graph.comments().withStatus(Comment.Status.HIDDEN, 0, DESK), graph.reviews().reviews()));
            return null;
        });
    }

    void commentStatus(Context ctx) {
        Editors.required(ctx);
        long id = Resolve.number(ctx, "comment");
        Comment.Status status = switch (String.valueOf(ctx.formParam("status"))) {
            case "visible" -> Comment.Status.VISIBLE;
            case "hidden" -> Comment.Status.HIDDEN;
            default -> throw new BadRequestResponse("status must be visible or hidden");
        };
        if (!site.write(graph -> graph.comments().setStatus(id, status))) {
            throw new NotFoundResponse("No comment #" + id + ".");
        }
        ctx.redirect(CommentForms.back(ctx), HttpStatus.SEE_OTHER);
    }

    void decideFact(Context ctx) {
        String editor = Editors.required(ctx);
        long id = Resolve.number(ctx, "fact");
        Review.Decision decision = switch (String.valueOf(ctx.formParam("decision"))) {
            case "confirm" -> Review.Decision.CONFIRMED;
            case "reject" -> Review.Decision.REJECTED;
            default -> throw new BadRequestResponse("decision must be confirm or reject");
        };
        if (!site.write(graph -> graph.reviews().decide(id, decision, editor, Instant.now()))) {
            throw new NotFoundResponse("No fact #" + id + ".");
        }
        ctx.redirect(ownPage(ctx.header("Referer"), ctx.host()).orElse("/editor"), HttpStatus.SEE_OTHER);
    }

    void undo(Context ctx) {
        Editors.required(ctx);
        String key = ctx.formParam("key");
        if (key == null || !site.write(graph -> graph.reviews().undo(key))) {
            throw new NotFoundResponse("No such decision.");
        }
        ctx.redirect("/editor#reviews", HttpStatus.SEE_OTHER);
    }

    /** The path and query of a referring page on this site (the request's own host), never of another site. */
    static Optional<String> ownPage(String referer, String host) {
        if (referer == null || host == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(referer);
            String path = uri.getRawPath();
            // "//x" would be read as another host
            if (!host.equalsIgnoreCase(uri.getRawAuthority()) || path == null || !path.startsWith("/")
                    || path.startsWith("//")) {
                return Optional.empty();
            }
            return Optional.of(path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private PageFrame frame(Context ctx, String title, String path) {
        return Frames.of(site, ctx, title, "For Dramagraph's editors.", path,
                new JsonLd(site.base()).page("WebPage", title, path), null);
    }
}
