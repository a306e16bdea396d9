package org.dramagraph.web;

import io.javalin.http.Context;

/** Builds the frame of a page for a request. */
final class Frames {
    private Frames() {
    }

    /**
     * The frame of a page.
     *
     * @param path   the page's canonical path
     * @param jsonLd the page's schema.org description (see {@link JsonLd})
     * @param feed   the page's own Atom feed path, or null
     */
    static PageFrame of(Site site, Context ctx, String title, String description, String path, String jsonLd,
                        String feed) {
        String q = ctx.queryParam("q");
        return new PageFrame(title, description, site.base() + path, jsonLd, site.csrf.token(ctx),
                Editors.current(ctx), feed, q == null ? "" : q);
    }
}
