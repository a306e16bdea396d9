package org.dramagraph.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;

/**
 * Rendered pages and API responses, kept (in a Caffeine cache bounded by bytes) until the store changes: the
 * site's own writes empty it at once, and the search sync empties it when it sees articles that another
 * process ingested. Only what every reader gets the same is kept: successful GETs of readers who are not
 * logged-in editors. A page's form token differs per reader, so it is kept as a placeholder and each reader's
 * own is put back on the way out.
 */
final class ResponseCache {
    private static final String TOKEN = "__dg_csrf_token__";

    private record Entry(String contentType, String body) {
    }

    private final Site site;
    private final Cache<String, Entry> entries;

    ResponseCache(Site site, long maxBytes, MeterRegistry metrics) {
        this.site = site;
        this.entries = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((String key, Entry e) -> key.length() + e.body().length() * 2).recordStats().build();
        CaffeineCacheMetrics.monitor(metrics, entries, "responses");
    }

    /** A handler that answers from the cache when it can, and fills it when it cannot. */
    Handler around(Handler handler) {
        return ctx -> {
            if (!site.config.cache() || Editors.current(ctx) != null) {
                handler.handle(ctx);
                return;
            }
            String key = site.base(ctx) + ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            Entry hit = entries.getIfPresent(key);
            if (hit != null) {
                ctx.status(HttpStatus.OK).contentType(hit.contentType());
                ctx.result(hit.body().contains(TOKEN) ? hit.body().replace(TOKEN, site.csrf.token(ctx)) : hit.body());
                return;
            }
            handler.handle(ctx);
            String body = ctx.result();
            String type = ctx.res().getContentType();
            if (ctx.statusCode() == 200 && body != null && type != null) {
                String token = ctx.attribute(Csrf.COOKIE) == null ? null : site.csrf.token(ctx);
                entries.put(key, new Entry(type, token == null ? body : body.replace(token, TOKEN)));
            }
        };
    }

    /** Forgets everything: the store changed. */
    void clear() {
        entries.invalidateAll();
    }
}
