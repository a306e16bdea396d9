package org.dramagraph.web;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.plugin.bundled.RateLimitPlugin;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpCookie;

/**
 * The Dramagraph web site and REST API over one store: Javalin on Jetty, pages from precompiled jte templates,
 * search by Lucene. Start it, read {@link #port()}, stop it.
 *
 * <pre>{@code
 * try (WebServer server = WebServer.start(WebConfig.of(Path.of("graph.db")).withPort(8080))) {
 *     server.awaitStop();
 * }
 * }</pre>
 */
public final class WebServer implements AutoCloseable {
    /** Editor sessions end after this long without a request. */
    private static final int SESSION_IDLE_SECONDS = 8 * 60 * 60;
    private static final long MAX_REQUEST_BYTES = 64 * 1024;

    private final Site site;
    private final Javalin app;
    private final AtomicBoolean closed = new AtomicBoolean();

    private WebServer(Site site, Javalin app) {
        this.site = site;
        this.app = app;
    }

    /**
     * Opens the store and the search index, starts serving, and keeps the index in line with the store in the
     * background (the first sync starts at once; {@code /health} says when it is done).
     */
    public static WebServer start(WebConfig config) {
        return start(config, Clock.systemUTC());
    }

    /** Starts serving with log-in back-off timed by this clock (tests move it rather than wait). */
    static WebServer start(WebConfig config, Clock clock) {
        Site site = new Site(config, clock);
        try {
            Ops ops = new Ops(site);
            Javalin app = Javalin.create(c -> {
                c.jetty.host = config.host();
                c.jetty.port = config.port();
                c.http.generateEtags = false; // ResponseCache sets them, cheaply
                c.http.maxRequestSize = MAX_REQUEST_BYTES;
                c.jsonMapper(new JavalinJackson(JavalinJackson.defaultMapper()
                        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS), false));
                c.staticFiles.add(s -> {
                    s.hostedPath = "/static";
                    s.directory = "/static";
                    s.location = Location.CLASSPATH;
                    s.headers = Map.of("Cache-Control", "public, max-age=3600");
                    s.precompressMaxSize = 512 * 1024; // kept in memory, not read from the jar each time
                });
                if (config.thumbnails() != null) {
                    c.staticFiles.add(s -> {
                        s.hostedPath = Gallery.THUMBNAILS;
                        s.directory = config.thumbnails().toString();
                        s.location = Location.EXTERNAL;
                        s.headers = Map.of("Cache-Control", "public, max-age=86400");
                    });
                }
                c.staticFiles.enableWebjars();
                c.registerPlugin(new RateLimitPlugin(limits -> limits.setKeyFunction(ctx -> ctx.ip())));
                c.jetty.modifyServletContextHandler(handler -> {
                    var sessions = handler.getSessionHandler();
                    sessions.setSessionCookie("dg_session");
                    sessions.setHttpOnly(true);
                    sessions.setSameSite(HttpCookie.SameSite.LAX);
                    // behind a proxy that ends TLS the request looks plain, so the configured address decides
                    sessions.setSecureRequestOnly(!site.https());
                    sessions.setSecureCookies(site.https());
                    sessions.setMaxInactiveInterval(SESSION_IDLE_SECONDS);
                });
                c.jetty.modifyServer(server -> server.setErrorHandler(Errors.beforeRouting()));
                c.requestLogger.http(ops::record);
                Routes.declare(c.routes, site, ops);
            });
            app.start();
            site.startSync();
            return new WebServer(site, app);
        } catch (RuntimeException e) {
            site.close();
            throw e;
        }
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** Brings the search index in line with the store now, rather than at the next background sync. */
    public void syncSearch() {
        site.syncSearch();
    }

    /** Blocks until the server stops (on interrupt or shutdown). */
    public void awaitStop() throws InterruptedException {
        app.jettyServer().server().join();
    }

    /** Stops serving and closes the store; only the first call does anything (a shutdown hook may call it too). */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            app.stop();
            site.close();
        }
    }
}
