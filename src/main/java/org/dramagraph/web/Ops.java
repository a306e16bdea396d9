package org.dramagraph.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dramagraph.graph.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code /health} and {@code /metrics} (Prometheus text format), and the request timings behind the latter. */
final class Ops {
    private static final Logger LOG = LoggerFactory.getLogger(Ops.class);

    private final Site site;

    Ops(Site site) {
        this.site = site;
        new JvmMemoryMetrics().bindTo(site.metrics);
        new JvmGcMetrics().bindTo(site.metrics);
        new JvmThreadMetrics().bindTo(site.metrics);
        new ProcessorMetrics().bindTo(site.metrics);
        new UptimeMetrics().bindTo(site.metrics);
        site.metrics.gauge("dramagraph_search_documents", site.index, i -> i.size());
    }

    /** Records a finished request under its route (not its path, so that the series stay few). */
    void record(Context ctx, Float millis) {
        String route = ctx.endpoint() == null ? "unmatched" : ctx.endpoint().path;
        Timer.builder("http_server_requests")
                .description("HTTP requests by method, route and status")
                .tags("method", ctx.method().name(), "route", route, "status", Integer.toString(ctx.statusCode()))
                .publishPercentileHistogram()
                .register(site.metrics)
                .record((long) (millis * 1_000_000L), TimeUnit.NANOSECONDS);
    }

    void metrics(Context ctx) {
        if (!site.config.openMetrics() && !local(ctx)) {
            throw new NotFoundResponse("There is no page at this address.");
        }
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
        ctx.result(site.metrics.scrape());
    }

    /**
     * Whether a request comes from this machine itself, and not through a proxy on it: a forwarded request from
     * loopback is someone else's.
     */
    private static boolean local(Context ctx) {
        if (ctx.header("Forwarded") != null || ctx.header("X-Forwarded-For") != null) {
            return false;
        }
        try {
            // a literal address, so no name is looked up
            return InetAddress.getByName(ctx.req().getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    void health(Context ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            long articles = site.stores.read(graph -> graph.articles().latest(0, 1).total());
            out.put("status", site.searchReady() ? "UP" : "STARTING");
            out.put("store", Map.of("articles", articles)); // not its path: that is the operator's business
        } catch (StoreException e) {
            LOG.error("health check: the store cannot be read", e);
            out.put("status", "DOWN");
            out.put("store", Map.of("error", "the store cannot be read (the log says why)"));
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
        }
        out.put("search", Map.of("ready", site.searchReady(), "documents", site.index.size()));
        ctx.json(out);
    }
}
