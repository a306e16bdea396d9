package org.dramagraph.web;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import jakarta.servlet.http.HttpSession;

/** The logged-in editor of a request, kept in the server-side session (the cookie holds only its id). */
final class Editors {
    private static final String ATTRIBUTE = "editor";

    private Editors() {
    }

    /** The editor logged in on this request's session, or null; never creates a session. */
    static String current(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        return session == null ? null : (String) session.getAttribute(ATTRIBUTE);
    }

    /** The logged-in editor; a 401 when there is none. */
    static String required(Context ctx) {
        String editor = current(ctx);
        if (editor == null) {
            throw new UnauthorizedResponse("Editors only: please log in.");
        }
        return editor;
    }

    /** Logs an editor in on a fresh session id, so a session id planted before the log-in is worth nothing. */
    static void logIn(Context ctx, String editor) {
        ctx.req().getSession(true);
        ctx.req().changeSessionId();
        ctx.req().getSession().setAttribute(ATTRIBUTE, editor);
    }

    static void logOut(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        if (session != null) {
            session.invalidate();
        }
    }
}
