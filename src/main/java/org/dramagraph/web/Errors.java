package org.dramagraph.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.RedirectResponse;
import io.javalin.router.EndpointNotFound;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Redirects thrown by handlers (a stale slug), and errors as the client wants them: JSON ({@code {"status", "error", "message"}}) under {@code /api/} and for
 * clients that accept only JSON, an HTML page otherwise. A client's mistake (4xx) is answered, not logged with a
 * stack trace; only the server's own failures are.
 */
final class Errors {
    private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NO_PAGE = "There is no page at this address.";

    private final Site site;

    Errors(Site site) {
        this.site = site;
    }

    void clientError(HttpResponseException e, Context ctx) {
        if (e instanceof RedirectResponse) {
            ctx.redirect(e.getMessage(), HttpStatus.forStatus(e.getStatus()));
            return;
        }
        // Javalin's own says "Endpoint GET /x not found": the method is no news to the reader, and HEAD must match GET
        respond(ctx, e.getStatus(), e instanceof EndpointNotFound ? NO_PAGE : e.getMessage());
    }

    void serverError(Exception e, Context ctx) {
        LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        respond(ctx, 500, "Something went wrong on our side; it has been logged.");
    }

    /** Statuses set without an exception (a path no route matches). */
    void status(Context ctx) {
        if (ctx.result() == null || ctx.result().isEmpty()) {
            respond(ctx, ctx.statusCode(), ctx.statusCode() == 404 ? NO_PAGE
                    : HttpStatus.forStatus(ctx.statusCode()).getMessage());
        }
    }

    private void respond(Context ctx, int status, String message) {
        ctx.status(status);
        if (wantsJson(ctx)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", HttpStatus.forStatus(status).getMessage());
            body.put("message", message);
            ctx.json(body);
            return;
        }
        PageFrame frame = new PageFrame(status == 404 ? "Not found" : "Error " + status, message,
                site.base() + ctx.path(), new JsonLd(site.base()).page("WebPage", "Error", ctx.path()),
                site.csrf.token(ctx), Editors.current(ctx), null, "");
        site.render(ctx, "error.jte", new Pages.Error(frame, status, message));
    }

    /**
     * What Jetty answers itself, before any route sees the request (an address that is not valid URI syntax or
     * UTF-8, headers too large): the same JSON error, without Jetty's HTML page, and nothing logged.
     */
    static ErrorHandler beforeRouting() {
        return new ErrorHandler() {
            @Override
            protected void generateResponse(Request request, Response response, int code, String message,
                                            Throwable cause, Callback callback) throws IOException {
                String reason = HttpStatus.forStatus(code).getMessage();
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("status", code);
                body.put("error", reason);
                body.put("message", "The request cannot be read: "
                        + (message == null || message.isBlank() ? reason : message) + ".");
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
                response.write(true, ByteBuffer.wrap(JSON.writeValueAsBytes(body)), callback);
            }
        };
    }

    private static boolean wantsJson(Context ctx) {
        String accept = ctx.header("Accept");
        return ctx.path().startsWith("/api/") || ctx.path().equals("/health")
                || (accept != null && accept.contains("application/json") && !accept.contains("text/html"));
    }
}
