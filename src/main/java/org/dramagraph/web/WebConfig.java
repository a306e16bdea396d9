package org.dramagraph.web;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;
import org.dramagraph.graph.StoreLocation;

/**
 * How to run the web server.
 *
 * @param host              the address to listen on
 * @param port              the port (0 picks a free one)
 * @param store             the store
 * @param searchIndex       the folder of the search index, or {@code null} to keep it in memory (and build it
 *                          from the store at every start)
 * @param editors           who may log in as an editor
 * @param secret            the key that signs form tokens (at least 32 bytes)
 * @param readers           connections to the store for reads
 * @param commentsPerMinute comments one client may post per minute
 * @param publicUrl         the site's public address (no trailing slash) for feeds and links elsewhere, or
 *                          {@code null} to take it from each request
 * @param syncEvery         how often the search index looks for new articles in the store (and the response
 *                          cache is emptied when it finds some)
 * @param cacheBytes        the most memory, in bytes, that rendered pages and API responses kept until the store
 *                          changes may take (bodies, their gzipped forms, addresses and headers); 0 keeps none
 * @param thumbnails        the folder of the photos' downloaded thumbnails ({@code ingest --thumbnails}) to serve,
 *                          or {@code null} to show photos from their own addresses only
 * @param openMetrics       whether {@code /metrics} answers every client, not only this machine's (loopback)
 */
public record WebConfig(String host, int port, StoreLocation store, Path searchIndex, EditorAccounts editors, byte[] secret,
                        int readers, int commentsPerMinute, String publicUrl, Duration syncEvery, long cacheBytes,
                        Path thumbnails, boolean openMetrics) {
    /** The response cache's size unless said otherwise. */
    public static final long DEFAULT_CACHE_BYTES = 128L * 1024 * 1024;

    public WebConfig {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(editors, "editors");
        if (secret == null || secret.length < 32) {
            throw new IllegalArgumentException("the form secret needs at least 32 bytes");
        }
        if (cacheBytes < 0) {
            throw new IllegalArgumentException("the cache size cannot be negative: " + cacheBytes);
        }
        secret = secret.clone();
    }

    /** Whether responses are cached at all. */
    public boolean cache() {
        return cacheBytes > 0;
    }

    /** Defaults for a store file, as {@link #of(StoreLocation)}. */
    public static WebConfig of(Path store) {
        return of(StoreLocation.of(store));
    }

    /**
     * Defaults for a store: this machine only (127.0.0.1), port 8080, a random secret, and the search index in a
     * folder beside a SQLite file, or in memory for a PostgreSQL database (no folder belongs to it).
     */
    public static WebConfig of(StoreLocation store) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Path file = store.file().map(Path::toAbsolutePath).orElse(null);
        return new WebConfig("127.0.0.1", 8080, file == null ? store : StoreLocation.of(file),
                file == null ? null : file.resolveSibling(file.getFileName() + ".search"),
                EditorAccounts.none(), secret, 4, 5, null, Duration.ofSeconds(10), DEFAULT_CACHE_BYTES, null, false);
    }

    /** This configuration on another port. */
    public WebConfig withPort(int port) {
        return new WebConfig(host, port, store, searchIndex, editors, secret, readers, commentsPerMinute, publicUrl,
                syncEvery, cacheBytes, thumbnails, openMetrics);
    }

    /** This configuration with other editors. */
    public WebConfig withEditors(EditorAccounts editors) {
        return new WebConfig(host, port, store, searchIndex, editors, secret, readers, commentsPerMinute, publicUrl,
                syncEvery, cacheBytes, thumbnails, openMetrics);
    }

    /** This configuration with a public address. */
    public WebConfig withPublicUrl(String url) {
        return new WebConfig(host, port, store, searchIndex, editors, secret, readers, commentsPerMinute,
                url == null ? null : url.replaceAll("/+$", ""), syncEvery, cacheBytes, thumbnails, openMetrics);
    }

    /** This configuration on another address. */
    public WebConfig withHost(String host) {
        return new WebConfig(host, port, store, searchIndex, editors, secret, readers, commentsPerMinute, publicUrl,
                syncEvery, cacheBytes, thumbnails, openMetrics);
    }

    /** This configuration with another form-signing key. */
    public WebConfig withSecret(byte[] key) {
        return new WebConfig(host, port, store, searchIndex, editors, key, readers, commentsPerMinute, publicUrl,
                syncEvery, cacheBytes, thumbnails, openMetrics);
    }

    /** This configuration with a response cache of at most this many bytes (0: none). */
    public WebConfig withCacheBytes(long bytes) {
        return new WebConfig(host, port, store, searchIndex, editors, secret, readers, commentsPerMinute, publicUrl,
                syncEvery, bytes, thumbnails, openMetrics);
    }

    /** This configuration letting one client post this many comments a minute. */
    public WebConfig withCommentsPerMinute(int comments) {
        return new WebConfig(host, port, store, searchIndex, editors, secret, readers, comments, publicUrl,
                syncEvery, cacheBytes, thumbnails, openMetrics);
    }

    /** This configuration with {@code /metrics} open to every client, or to this machine only. */
    public WebConfig withOpenMetrics(boolean open) {
        return new WebConfig(host, port, store, searchIndex, editors, secret, readers, commentsPerMinute, publicUrl,
                syncEvery, cacheBytes, thumbnails, open);
    }

    /** This configuration serving the thumbnails in a folder (or none). */
    public WebConfig withThumbnails(Path folder) {
        return new WebConfig(host, port, store, searchIndex, editors, secret, readers, commentsPerMinute, publicUrl,
                syncEvery, cacheBytes, folder == null ? null : folder.toAbsolutePath(), openMetrics);
    }
}
