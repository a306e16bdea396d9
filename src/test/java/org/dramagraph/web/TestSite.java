package org.dramagraph.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.dramagraph.graph.GraphStore;
import org.dramagraph.graph.StoreKind;
import org.dramagraph.graph.StoreLocation;

/** A web server over a fresh store of {@link Stories}, its search index synced, and a client for it. */
final class TestSite implements AutoCloseable {
    static final String EDITOR = "editor";
    static final String PASSWORD = "correct horse battery";
    private static final String EDITOR_ENTRY = EDITOR + ":" + EditorAccounts.hash(PASSWORD);
    private static final ObjectMapper JSON = new ObjectMapper();

    final WebServer server;
    final StoreLocation store;
    /** The folder of downloaded thumbnails the site serves. */
    final Path thumbnails;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    TestSite(Path dir) {
        this(dir, StoreKind.SQLITE);
    }

    /** A site over a store of this kind. */
    TestSite(Path dir, StoreKind kind) {
        this(dir, kind, 100, c -> c, Clock.systemUTC());
    }

    TestSite(Path dir, StoreKind kind, int commentsPerMinute) {
        this(dir, kind, commentsPerMinute, c -> c, Clock.systemUTC());
    }

    /** A site configured as the tests' own but for what {@code setup} changes. */
    TestSite(Path dir, UnaryOperator<WebConfig> setup) {
        this(dir, StoreKind.SQLITE, 100, setup, Clock.systemUTC());
    }

    /** A site whose log-in back-off is timed by this clock. */
    TestSite(Path dir, Clock clock) {
        this(dir, StoreKind.SQLITE, 100, c -> c, clock);
    }

    private TestSite(Path dir, StoreKind kind, int commentsPerMinute, UnaryOperator<WebConfig> setup, Clock clock) {
        store = kind.create(dir);
        thumbnails = dir.resolve("thumbnails");
        try {
            java.nio.file.Files.createDirectories(thumbnails);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (GraphStore graph = Stories.store(store)) {
            graph.stats();
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        WebConfig config = new WebConfig("127.0.0.1", 0, store, null, EditorAccounts.parse(EDITOR_ENTRY), secret, 2,
                commentsPerMinute, null, Duration.ofHours(1), WebConfig.DEFAULT_CACHE_BYTES, thumbnails, false);
        server = WebServer.start(setup.apply(config), clock);
        server.syncSearch();
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build());
    }

    HttpResponse<String> get(String path, String header, String value) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header(header, value).GET().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
