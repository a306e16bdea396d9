package org.dramagraph.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.dramagraph.graph.GraphStore;
import org.dramagraph.search.IndexSync;
import org.dramagraph.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the handlers share: the store's connections, the search index kept in line with the store in the
 * background, the templates, form tokens, editor accounts and their log-in back-off, metrics and the JSON mapper.
 */
final class Site implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Site.class);

    final WebConfig config;
    final StorePool stores;
    final SearchIndex index;
    final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    final Csrf csrf;
    final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    final ObjectMapper json = new ObjectMapper();
    final Properties assets = assets();
    final ResponseCache cache;
    final LoginBackoff logins;
    private final IndexSync sync;
    private final AtomicReference<IndexSync.Report> lastSync = new AtomicReference<>();
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "search-sync");
        t.setDaemon(true);
        return t;
    });

    Site(WebConfig config, Clock clock) {
        this.config = config;
        this.logins = new LoginBackoff(clock);
        this.csrf = new Csrf(config.secret(), https());
        this.stores = new StorePool(config.store(), config.readers());
        this.index = config.searchIndex() == null ? SearchIndex.inMemory() : openIndex(config.searchIndex());
        this.sync = new IndexSync(index);
        this.cache = new ResponseCache(this, config.cacheBytes(), metrics);
    }

    /** The index in its folder, or in a copy beside it when another server on the same store holds that one. */
    private static SearchIndex openIndex(Path folder) {
        SearchIndex.Opened opened = SearchIndex.openUnheld(folder);
        if (!opened.folder().equals(folder)) {
            LOG.info("search index {} is another server's; this one keeps its own in {}", folder, opened.folder());
        }
        return opened.index();
    }

    /** Runs a write on the store; what was cached from before it is forgotten. */
    <T> T write(Function<GraphStore, T> write) {
        try {
            return stores.write(write);
        } finally {
            cache.clear();
        }
    }

    /** Brings the search index in line with the store now. */
    IndexSync.Report syncSearch() {
        IndexSync.Report report = stores.read(sync::sync);
        if (report.indexed() + report.removed() > 0) {
            cache.clear(); // articles came or went: pages may have changed
        }
        lastSync.set(report);
        return report;
    }

    /** Keeps the search index in line with the store from now on, in the background. */
    void startSync() {
        long every = config.syncEvery().toMillis();
        background.scheduleWithFixedDelay(() -> {
            try {
                IndexSync.Report r = syncSearch();
                if (r.indexed() + r.removed() > 0) {
                    LOG.info("search index: {} articles indexed, {} removed, {} entities", r.indexed(), r.removed(),
                            r.entities());
                }
            } catch (RuntimeException e) {
                LOG.error("search index update failed", e);
            }
        }, 0, every, TimeUnit.MILLISECONDS);
    }

    /** Whether the search index has been brought in line with the store at least once. */
    boolean searchReady() {
        return lastSync.get() != null;
    }

    /** Renders a template to the response as HTML (straight to UTF-8 bytes, as jte writes them fastest). */
    void render(Context ctx, String template, Object page) {
        Utf8ByteOutput out = new Utf8ByteOutput();
        templates.render(template, page, out);
        ctx.contentType("text/html; charset=utf-8").result(out.toByteArray());
    }

    /**
     * What the site's own addresses start with: the configured public address, or else nothing, so that they are
     * relative. Never the request's Host header: anyone can send one, and what is written with it is cached for all.
     */
    String base() {
        return config.publicUrl() != null ? config.publicUrl() : "";
    }

    /** Whether the site is served over HTTPS, as its configured public address says. */
    boolean https() {
        return config.publicUrl() != null && config.publicUrl().startsWith("https://");
    }

    /** The path of a webjar's files, at the version the build bundled. */
    String webjar(String name) {
        return "/webjars/" + name + "/" + assets.getProperty(name);
    }

    private static Properties assets() {
        Properties p = new Properties();
        try (InputStream in = Site.class.getResourceAsStream("assets.properties")) {
            if (in == null) {
                throw new IllegalStateException("assets.properties is missing from the build");
            }
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        background.shutdownNow();
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        index.close();
        stores.close();
        metrics.close();
    }
}
