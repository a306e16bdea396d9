package org.dramagraph.web;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Objects;

/**
 * How to run the web server.
 *
 * @param host              the address to listen on
 * @param port              the port (0 picks a free one)
 * @param store             the store file
 * @param searchIndex       the folder of the search index, or {@code null} to keep it in memory
 * @param editors           who may log in as an editor
 * @param secret            the key that signs form tokens (at least 32 bytes)
 * @param readers           connections to the store for reads
 * @param commentsPerMinute comments one client may post per minute
 * @param publicUrl         the site's public address (no trailing slash) for feeds and links elsewhere, or
 *                          {@code null} to take it from each request
 * @param syncEvery         how often the search index looks for new articles in the store (and the response
 *                          cache is emptied when it finds some)
 * @param cache             whether rendered pages and API responses are cached until the store changes
 * @param thumbnails        the folder of the photos' downloaded thumbnails ({@code ingest --thumbnails}) to serve,
 *                          or {@code null} to show photos from their own addresses only
 */
public record WebConfig(String host, int port, Path store, Path searchIndex, EditorAccounts editors, byte[] secret,
                        int readers, int commentsPerMinute, String publicUrl, Duration syncEvery, boolean cache,
                        Path thumbnails) {
    public WebConfig {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(editors, "editors");
        if (secret == null || secret.length < 32) {
            throw new IllegalArgumentException("the form secret needs at least 32 bytes");
        }
        secret = secret.clone();
    }

    /** Defaults for a store: this machine only (127.0.0.1), port 8080, the index beside the store, a random secret. */
    public static WebConfig of(Path store) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Path file = store.toAbsolutePath();
        return new WebConfig("127.0.0.1", 8080, file, file.resolveSibling(file.getFileName() + ".search"),
                EditorAccounts.none(), secret, 4, 5, null, Duration.ofSeconds(10), true, null);
    }

    /** This configuration on another port. */
    public WebConfig withPort(int port) {
        return new WebConfig(host, port, store, searchIndex, editors, secret, readers, commentsPerMinute, publicUrl,
                syncEvery, cache, thumbnails);
    }

    /** This configuration with other editors. */
    public WebConfig withEditors(EditorAccounts editors) {
        return new WebConfig(host, port, store, searchIndex, editors, secret, readers, commentsPerMinute, publicUrl,
                syncEvery, cache, thumbnails);
    }

    /** This configuration with a public address. */
    public WebConfig withPublicUrl(String url) {
        return new WebConfig(host, port, store, searchIndex, editors, secret, readers, commentsPerMinute,
                url == null ? null : url.replaceAll("/+$", ""), syncEvery, cache, thumbnails);
    }

    /** This configuration on another address. */
    public WebConfig withHost(String host) {
        return new WebConfig(host, port, store, searchIndex, editors, secret, readers, commentsPerMinute, publicUrl,
                syncEvery, cache, thumbnails);
    }

    /** This configuration with another form-signing key. */
    public WebConfig withSecret(byte[] key) {
        return new WebConfig(host, port, store, searchIndex, editors, key, readers, commentsPerMinute, publicUrl,
                syncEvery, cache, thumbnails);
    }

    /** This configuration with the response cache on or off. */
    public WebConfig withCache(boolean on) {
        return new WebConfig(host, port, store, searchIndex, editors, secret, readers, commentsPerMinute, publicUrl,
                syncEvery, on, thumbnails);
    }

    /** This configuration serving the thumbnails in a folder (or none). */
    public WebConfig withThumbnails(Path folder) {
        return new WebConfig(host, port, store, searchIndex, editors, secret, readers, commentsPerMinute, publicUrl,
                syncEvery, cache, folder == null ? null : folder.toAbsolutePath());
    }
}
