package org.dramagraph.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * What every reader gets alike (successful GETs of readers who are not logged-in editors), with an ETag that
 * answers a matching {@code If-None-Match} with 304, and kept in a Caffeine cache bounded by bytes until the
 * store changes: the site's own writes empty it at once, and the search sync empties it when it sees articles
 * another process ingested. A page's form token differs per reader, so a page is kept in parts around it and
 * each reader's own is put in on the way out (and into the ETag).
 */
final class ResponseCache {
    private static final byte[] NO_TOKEN = new byte[0];

    /** A response split at each place the form token goes. */
    private record Entry(String contentType, byte[][] parts, String etag) {
        int bytes() {
            int n = 0;
            for (byte[] p : parts) {
                n += p.length;
            }
            return n;
        }
    }

    private final Site site;
    private final Cache<String, Entry> entries;

    ResponseCache(Site site, long maxBytes, MeterRegistry metrics) {
        this.site = site;
        this.entries = Caffeine.newBuilder().maximumWeight(maxBytes)
                .weigher((String key, Entry e) -> key.length() * 2 + e.bytes()).recordStats().build();
        CaffeineCacheMetrics.monitor(metrics, entries, "responses");
    }

    /** A handler that answers from the cache when it can and fills it when it cannot, with ETags either way. */
    Handler around(Handler handler) {
        return ctx -> {
            if (Editors.current(ctx) != null) {
                handler.handle(ctx);
                return;
            }
            String key = site.base(ctx) + ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            Entry entry = site.config.cache() ? entries.getIfPresent(key) : null;
            if (entry == null) {
                handler.handle(ctx);
                InputStream result = ctx.resultInputStream();
                String type = ctx.res().getContentType();
                if (ctx.statusCode() != 200 || result == null || type == null) {
                    return;
                }
                entry = entry(type, result.readAllBytes(),
                        ctx.attribute(Csrf.COOKIE) == null ? null : site.csrf.token(ctx));
                if (site.config.cache()) {
                    entries.put(key, entry);
                }
            }
            byte[] token = entry.parts().length > 1 ? site.csrf.token(ctx).getBytes(StandardCharsets.US_ASCII) : NO_TOKEN;
            String etag = "\"" + entry.etag() + (token.length == 0 ? "" : "-" + crc(token)) + "\"";
            ctx.header("ETag", etag);
            if (etag.equals(ctx.header("If-None-Match"))) {
                ctx.status(HttpStatus.NOT_MODIFIED).result(NO_TOKEN);
                return;
            }
            ctx.status(HttpStatus.OK).contentType(entry.contentType()).result(join(entry.parts(), token));
        };
    }

    /** Forgets everything: the store changed. */
    void clear() {
        entries.invalidateAll();
    }

    private static Entry entry(String type, byte[] body, String token) {
        List<byte[]> parts = new ArrayList<>();
        if (token == null) {
            parts.add(body);
        } else {
            byte[] t = token.getBytes(StandardCharsets.US_ASCII);
            int from = 0;
            for (int at = indexOf(body, t, 0); at >= 0; at = indexOf(body, t, from)) {
                parts.add(Arrays.copyOfRange(body, from, at));
                from = at + t.length;
            }
            parts.add(Arrays.copyOfRange(body, from, body.length));
        }
        CRC32C crc = new CRC32C();
        parts.forEach(crc::update);
        return new Entry(type, parts.toArray(new byte[0][]), Long.toHexString(crc.getValue())
                + Integer.toHexString(body.length));
    }

    private static int indexOf(byte[] data, byte[] what, int from) {
        outer:
        for (int i = from; i <= data.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static byte[] join(byte[][] parts, byte[] token) {
        if (parts.length == 1) {
            return parts[0];
        }
        int size = token.length * (parts.length - 1);
        for (byte[] p : parts) {
            size += p.length;
        }
        byte[] out = new byte[size];
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                System.arraycopy(token, 0, out, at, token.length);
                at += token.length;
            }
            System.arraycopy(parts[i], 0, out, at, parts[i].length);
            at += parts[i].length;
        }
        return out;
    }

    private static String crc(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return Long.toHexString(crc.getValue());
    }
}
