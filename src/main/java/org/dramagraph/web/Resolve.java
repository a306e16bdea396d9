package org.dramagraph.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.RedirectResponse;
import java.util.List;
import java.util.Optional;
import org.dramagraph.graph.Entity;
import org.dramagraph.graph.EntityType;
import org.dramagraph.graph.GraphStore;

/** Finds the entity or article a request's path names. */
final class Resolve {
    private Resolve() {
    }

    /**
     * The entity of type {@code type} the {@code slug} path parameter names. A slug whose name part is stale, or
     * a bare name that fits one entity, is redirected (301) to the canonical address, keeping what follows the slug
     * in the path; anything else is a 404.
     */
    static Entity entity(GraphStore graph, Context ctx, EntityType type) {
        String slug = ctx.pathParam("slug");
        Optional<Entity> byId = Links.idOf(slug).flatMap(id -> graph.entities().entity(id)).filter(e -> e.type() == type);
        Entity entity = byId.orElseGet(() -> byName(graph, slug, type));
        if (!Links.slug(entity).equals(slug)) {
            String prefix = "/" + Links.section(type) + "/" + slug;
            String rest = ctx.path().startsWith(prefix) ? ctx.path().substring(prefix.length()) : "";
            String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
            throw new RedirectResponse(HttpStatus.MOVED_PERMANENTLY, Links.entity(entity) + rest + query);
        }
        return entity;
    }

    /**
     * The entity an API path's {@code id} names: its id, or else its slug. An id that is neither is a 400 (the
     * client's mistake); one that names nothing of this type is a 404.
     */
    static Entity apiEntity(GraphStore graph, Context ctx, EntityType type) {
        String id = ctx.pathParam("id");
        long n = Links.idOf(id).orElseThrow(() -> notAnId(id));
        return graph.entities().entity(n).filter(e -> e.type() == type)
                .orElseThrow(() -> new NotFoundResponse("no " + type.label() + " with id " + clip(id)));
    }

    /** The number in an API path's {@code id}; a 400 when it is not one. */
    static long apiNumber(Context ctx) {
        String id = ctx.pathParam("id");
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw notAnId(id);
        }
    }

    private static BadRequestResponse notAnId(String id) {
        return new BadRequestResponse("path parameter 'id' must be a whole number, not '" + clip(id) + "'");
    }

    private static Entity byName(GraphStore graph, String slug, EntityType type) {
        String name = Links.nameOf(slug);
        List<Entity> found = name.isEmpty() ? List.of() : graph.find(name, type);
        if (found.size() != 1) {
            throw new NotFoundResponse("No " + type.label() + " is called \"" + clip(name) + "\".");
        }
        return found.get(0);
    }

    /** The article id of the {@code id} path parameter. */
    static String articleId(Context ctx) {
        String segment = ctx.pathParam("id");
        return Links.articleId(segment).orElseThrow(() -> new NotFoundResponse("no article " + clip(segment)));
    }

    /** The number in the {@code id} path parameter; a 404 naming {@code noun} when it is not one. */
    static long number(Context ctx, String noun) {
        String id = ctx.pathParam("id");
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundResponse("No " + noun + " " + clip(id) + ".");
        }
    }

    static String clip(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
