package org.dramagraph.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32C;
import java.util.zip.GZIPOutputStream;

/**
 * What every reader gets alike (successful GETs and HEADs of readers who are not logged-in editors), with an ETag
 * that answers a matching {@code If-None-Match} with 304, and kept in a Caffeine cache bounded by bytes until the
 * store changes: the site's own writes empty it at once, and the search sync empties it when it sees articles
 * another process ingested. A page's form token differs per reader, so a page is kept in parts around it and
 * each reader's own is put in on the way out (and into the ETag). Bodies are gzipped here rather than by Javalin,
 * so that every response, HEAD's too, states its exact Content-Length.
 */
final class ResponseCache {
    private static final byte[] NO_TOKEN = new byte[0];
    /** Smaller bodies gain too little from gzip to be worth it (Javalin's own threshold). */
    private static final int GZIP_FROM = 1500;

    /**
     * A response split at each place the form token goes, with its gzipped form when it has no token and is
     * kept (so that it is compressed once, not per reader).
     */
    private record Entry(String contentType, byte[][] parts, String etag, byte[] gzip) {
        /** What an entry costs beyond its bytes: the objects and arrays that hold them, and the map's node. */
        private static final int OVERHEAD = 160;

        int bytes() {
            int n = 0;
            for (byte[] p : parts) {
                n += p.length;
            }
            return n;
        }

        /** The memory it takes under its key, about: strings count two bytes a character. */
        int weight(String key) {
            return OVERHEAD + 2 * (key.length() + contentType.length() + etag.length()) + bytes()
                    + 16 * parts.length + (gzip == null ? 0 : gzip.length);
        }

        byte[] body(byte[] token) {
            return join(parts, token);
        }
    }

    private final Site site;
    private final Cache<String, Entry> entries;

    ResponseCache(Site site, long maxBytes, MeterRegistry metrics) {
        this.site = site;
        this.entries = Caffeine.newBuilder().maximumWeight(maxBytes).weigher((String key, Entry e) -> e.weight(key))
                .recordStats().build();
        CaffeineCacheMetrics.monitor(metrics, entries, "responses");
        Gauge.builder("dramagraph_response_cache_max_bytes", () -> maxBytes)
                .description("The most memory the response cache may take").baseUnit("bytes").register(metrics);
        Gauge.builder("dramagraph_response_cache_weighted_bytes", this::weightedBytes)
                .description("The memory the responses kept take now, as weighed").baseUnit("bytes").register(metrics);
    }

    /** What the entries weigh together, once evictions due have run (Caffeine runs them in the background). */
    long weightedBytes() {
        entries.cleanUp();
        return entries.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    /** A handler that answers from the cache when it can and fills it when it cannot, with ETags either way. */
    Handler around(Handler handler) {
        return ctx -> {
            if (Editors.current(ctx) != null) {
                handler.handle(ctx);
                return;
            }
            String key = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
            Entry entry = site.config.cache() ? entries.getIfPresent(key) : null;
            if (entry == null) {
                handler.handle(ctx);
                InputStream result = ctx.resultInputStream();
                String type = ctx.res().getContentType();
                if (ctx.statusCode() != 200 || result == null || type == null) {
                    return;
                }
                // only a kept page needs cutting around this reader's token: an unkept one goes to them alone
                entry = entry(type, result.readAllBytes(), site.config.cache() && ctx.attribute(Csrf.COOKIE) != null
                        ? site.csrf.token(ctx) : null, site.config.cache());
                if (site.config.cache()) {
                    entries.put(key, entry);
                }
            }
            byte[] token = entry.parts().length > 1 ? site.csrf.token(ctx).getBytes(StandardCharsets.US_ASCII) : NO_TOKEN;
            boolean gzip = entry.bytes() >= GZIP_FROM && acceptsGzip(ctx.header("Accept-Encoding"));
            // a strong tag names one encoding's bytes, so the gzipped body has a tag of its own
            String etag = "\"" + entry.etag() + (token.length == 0 ? "" : "-" + crc(token)) + (gzip ? "-gzip" : "")
                    + "\"";
            ctx.header("ETag", etag);
            ctx.header("Vary", "Accept-Encoding");
            if (matches(ctx.header("If-None-Match"), etag)) {
                ctx.status(HttpStatus.NOT_MODIFIED).result(NO_TOKEN);
                return;
            }
            byte[] body = !gzip ? entry.body(token) : entry.gzip() != null ? entry.gzip() : gzip(entry.body(token));
            if (gzip) {
                ctx.header("Content-Encoding", "gzip"); // Javalin leaves an encoded body alone
            }
            ctx.header("Content-Length", Integer.toString(body.length));
            ctx.status(HttpStatus.OK).contentType(entry.contentType()).result(body);
        };
    }

    /**
     * Whether an {@code If-None-Match} header names this tag, by the weak comparison RFC 9110 asks of it
     * ({@code W/"x"} matches {@code "x"}); {@code *} matches any tag.
     */
    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** Forgets everything: the store changed. */
    void clear() {
        entries.invalidateAll();
    }

    /** Whether an {@code Accept-Encoding} header takes gzip: named, or by {@code *}, and not with q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            String name = parts[0].strip().toLowerCase(Locale.ROOT);
            if (name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) {
                for (int i = 1; i < parts.length; i++) {
                    if (parts[i].strip().matches("[qQ]\\s*=\\s*0(\\.0*)?")) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static Entry entry(String type, byte[] body, String token, boolean kept) {
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
        boolean once = kept && parts.size() == 1 && body.length >= GZIP_FROM;
        return new Entry(type, parts.toArray(new byte[0][]), Long.toHexString(crc.getValue())
                + Integer.toHexString(body.length), once ? gzip(body) : null);
    }

    private static int indexOf(byte[] data, byte[] what, int from) {
        byte first = what[0];
        for (int i = from, last = data.length - what.length; i <= last; i++) {
            if (data[i] == first && Arrays.equals(data, i, i + what.length, what, 0, what.length)) {
                return i;
            }
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
