package org.dramagraph.source.fetch;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A small web site on the loopback interface for tests: fixed responses by path, and a log of every
 * request (path, headers, arrival time). Paths without a response answer 404.
 */
public final class LocalWeb implements AutoCloseable {
    /** One answer: status, headers and body. */
    public record Answer(int status, Map<String, String> headers, byte[] body) {
        public static Answer ok(String contentType, String body) {
            return ok(contentType, body.getBytes(StandardCharsets.UTF_8));
        }

        public static Answer ok(String contentType, byte[] body) {
            return new Answer(200, Map.of("Content-Type", contentType), body);
        }
    }

    /** A request as the server saw it. */
    public record Request(String path, Headers headers, long nanoTime) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Function<Headers, Answer>> routes = new ConcurrentHashMap<>();
    private final List<Request> log = new ArrayList<>();

    public LocalWeb() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.start();
    }

    /** Serves a fixed answer at a path. */
    public LocalWeb serve(String path, Answer answer) {
        routes.put(path, headers -> answer);
        return this;
    }

    /** Serves an answer that depends on the request headers (for conditional requests). */
    public LocalWeb serve(String path, Function<Headers, Answer> answer) {
        routes.put(path, answer);
        return this;
    }

    /** The absolute address of a path on this server. */
    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Every request so far, in arrival order. */
    public synchronized List<Request> requests() {
        return List.copyOf(log);
    }

    /** The paths requested so far, in arrival order. */
    public List<String> paths() {
        return requests().stream().map(Request::path).toList();
    }

    /**
     * The time between the arrivals of two requests (by index in {@link #requests()}). The first
     * request of a run may be slowed by opening the connection, so spacing is best measured after it.
     */
    public java.time.Duration between(int first, int last) {
        List<Request> log = requests();
        return java.time.Duration.ofNanos(log.get(last).nanoTime() - log.get(first).nanoTime());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        if (exchange.getRequestURI().getRawQuery() != null) {
            path += "?" + exchange.getRequestURI().getRawQuery();
        }
        synchronized (this) {
            log.add(new Request(path, exchange.getRequestHeaders(), System.nanoTime()));
        }
        Function<Headers, Answer> route = routes.get(path);
        Answer answer = route == null ? new Answer(404, Map.of("Content-Type", "text/plain"),
                "not found".getBytes(StandardCharsets.UTF_8)) : route.apply(exchange.getRequestHeaders());
        answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
        boolean empty = answer.body().length == 0 || answer.status() == 304;
        exchange.sendResponseHeaders(answer.status(), empty ? -1 : answer.body().length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer.body());
            }
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
