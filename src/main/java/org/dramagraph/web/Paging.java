package org.dramagraph.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.dramagraph.graph.Slice;

/**
 * A page of a list as the query string asks for it: {@code page} from 1 and {@code size} up to a maximum.
 * Anything else is a 400 naming the parameter.
 *
 * @param page  the page number, from 1
 * @param size  items per page
 */
record Paging(int page, int size) {
    static final int MAX_PAGE = 100_000;

    /** The paging a request asks for, {@code defaultSize} items a page unless {@code size} says otherwise. */
    static Paging of(Context ctx, int defaultSize, int maxSize) {
        return new Paging(number(ctx, "page", 1, 1, MAX_PAGE), number(ctx, "size", defaultSize, 1, maxSize));
    }

    int offset() {
        return (page - 1) * size;
    }

    /** This page of a list, or a 404 when it lies past the list's end (the first page of an empty list is a page). */
    <T> Slice<T> within(Slice<T> slice) {
        if (page > 1 && slice.items().isEmpty()) {
            throw past(slice.total());
        }
        return slice;
    }

    /** The 404 for this page when the list has only {@code total} items. */
    NotFoundResponse past(long total) {
        long pages = Math.max(1, (total + size - 1) / size);
        return new NotFoundResponse("There is no page " + page + ": the list has " + total
                + (total == 1 ? " item" : " items") + " (" + pages + (pages == 1 ? " page" : " pages") + " of " + size
                + ").");
    }

    private static int number(Context ctx, String name, int otherwise, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return otherwise;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadRequestResponse("parameter '" + name + "' must be a whole number from " + min + " to " + max
                + ", not '" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'");
    }
}
