package org.dramagraph.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The load of {@code bench/soak}: connections that each, one request after another, read pages, API responses and
 * searches of servers sharing one store, and post comments through the site's own form (its CSRF token read from
 * a page, as a browser does); and the check of the store afterwards.
 *
 * <pre>
 *   java -cp ... org.dramagraph.bench.SoakLoad load SECONDS CONNECTIONS URL...   prints the figures; exit 1 on errors
 *   java -cp ... org.dramagraph.bench.SoakLoad check STORE COMMENTS               integrity, and every comment posted is there
 * </pre>
 *
 * What is asked for comes from the servers' sitemaps, read again every ten seconds, since the store grows while an
 * ingest runs beside the load. Every request picks a server at random: with one form secret for all, a token one
 * server signed is good on the others, as on one site. A response counts as an error when it is a server error,
 * a failed or timed-out connection, or any status a reader should not get (a refused form, a bad request); a page
 * that is gone (404: an entity that re-extraction left without facts) is counted apart.
 */
public final class SoakLoad {
    private static final Pattern LOC = Pattern.compile("<loc>(?:[a-z]+://[^/<]+)?([^<]+)</loc>");
    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    /** The comment form's target: its kind and its id (HTML-escaped). */
    private static final Pattern TARGET = Pattern.compile(
            "name=\"target\" value=\"([a-z]+)\">\\s*<input type=\"hidden\" name=\"id\" value=\"([^\"]+)\"");
    private static final Pattern ENTITY = Pattern.compile("/(people|works|characters|networks)/[^/]*?-?(\\d+)");
    private static final Pattern ARTICLE = Pattern.compile("/articles/([^/?#]+)");
    private static final Duration REFRESH = Duration.ofSeconds(10);
    private static final Duration FIRST_PAGES = Duration.ofMinutes(5);

    private final List<URI> servers;
    private final AtomicReference<List<String>> paths = new AtomicReference<>(List.of());
    private volatile boolean running = true;

    SoakLoad(List<URI> servers) {
        this.servers = servers;
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 4 && args[0].equals("load")) {
            List<URI> servers = Arrays.stream(args, 3, args.length).map(u -> URI.create(u.replaceAll("/+$", ""))).toList();
            Totals totals = new SoakLoad(servers).run(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            System.out.print(totals.report(Integer.parseInt(args[1]), Integer.parseInt(args[2]), servers.size()));
            System.exit(totals.errors() == 0 ? 0 : 1);
        } else if (args.length == 3 && args[0].equals("check")) {
            System.exit(check(args[1], Long.parseLong(args[2])) ? 0 : 1);
        } else {
            System.err.println("usage: SoakLoad load SECONDS CONNECTIONS URL... | SoakLoad check STORE COMMENTS");
            System.exit(2);
        }
    }

    /** Runs the load for a while and gives what it counted. */
    Totals run(int seconds, int connections) throws InterruptedException {
        HttpClient reader = client();
        // a fresh store has no page until the ingest beside the load has stored its first articles
        for (long waited = 0; paths.get().isEmpty(); waited += 2) {
            if (waited > FIRST_PAGES.toSeconds()) {
                throw new IllegalStateException("the servers' sitemaps listed no page in " + FIRST_PAGES.toSeconds() + " s");
            }
            Thread.sleep(2000);
            refresh(reader);
        }
        Thread refresher = new Thread(() -> {
            while (running) {
                try {
                    Thread.sleep(REFRESH.toMillis());
                    refresh(reader);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // a sitemap read that failed is tried again; the load goes on with the paths it has
                }
            }
        }, "sitemaps");
        refresher.setDaemon(true);
        refresher.start();
        List<Worker> workers = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(connections);
        for (int i = 0; i < connections; i++) {
            Worker w = new Worker(i, done);
            workers.add(w);
            new Thread(w, "soak-" + i).start();
        }
        Thread.sleep(seconds * 1000L);
        running = false;
        done.await();
        refresher.interrupt();
        Totals totals = new Totals();
        workers.forEach(w -> totals.add(w.counts));
        return totals;
    }

    /** One connection: a browser of its own (cookies, form token), one request at a time. */
    private final class Worker implements Runnable {
        private final Random random;
        private final CountDownLatch done;
        private final HttpClient http = client();
        private final Counts counts = new Counts();

        Worker(int n, CountDownLatch done) {
            this.random = new Random(n);
            this.done = done;
        }

        @Override
        public void run() {
            try {
                while (running) {
                    step();
                }
            } finally {
                done.countDown();
            }
        }

        private void step() {
            List<String> known = paths.get();
            String path = known.get(random.nextInt(known.size()));
            URI server = servers.get(random.nextInt(servers.size()));
            int roll = random.nextInt(100);
            if (roll < 10) {
                comment(server, path);
            } else if (roll < 25) {
                get(server, api(path));
            } else if (roll < 35) {
                get(server, "/search?q=" + URLEncoder.encode(words(path), StandardCharsets.UTF_8));
            } else if (roll < 40) {
                get(server, "/");
            } else if (roll < 43) {
                get(server, "/articles?page=" + (1 + random.nextInt(3)));
            } else {
                get(server, path);
            }
        }

        /** Reads a page; its text when it is one (200), else {@code null}. */
        private String get(URI server, String path) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.resolve(path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                counts.read(System.nanoTime() - start, r.statusCode(), path);
                return r.statusCode() == 200 ? r.body() : null;
            } catch (IOException e) {
                counts.failed("GET " + path, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
            return null;
        }

        /** Opens a page and posts a comment with its form, as a reader does; pages without a form are only read. */
        private void comment(URI server, String path) {
            String page = get(server, path);
            Matcher token = page == null ? null : TOKEN.matcher(page);
            Matcher target = page == null ? null : TARGET.matcher(page);
            if (token == null || !token.find() || !target.find()) {
                return;
            }
            int n = counts.posts + 1;
            String form = "_csrf=" + encode(token.group(1)) + "&target=" + encode(target.group(1)) + "&id="
                    + encode(Parser.unescapeEntities(target.group(2), true)) + "&back=" + encode(path)
                    + "&name=" + encode("Soak reader " + n) + "&text=" + encode("Comment " + n + " of a soak test.");
            long start = System.nanoTime();
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(server.resolve("/comments"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
                counts.posted(System.nanoTime() - start, r.statusCode(), path);
            } catch (IOException e) {
                counts.failed("POST /comments on " + path, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The JSON of a page: an entity's or an article's; other pages are read as they are. */
    private static String api(String path) {
        Matcher entity = ENTITY.matcher(path);
        if (entity.matches()) {
            return "/api/" + entity.group(1) + "/" + entity.group(2);
        }
        Matcher article = ARTICLE.matcher(path);
        return article.matches() ? "/api/articles/" + article.group(1) : path;
    }

    /** The words of a page's slug, as a search: {@code /people/han-seo-yeon-12} is "han seo yeon". */
    private static String words(String path) {
        String slug = path.substring(path.lastIndexOf('/') + 1).replaceAll("-\\d+$", "");
        return slug.replace('-', ' ').replace('~', ' ');
    }

    /** Reads every page address of the first server's sitemaps. */
    private void refresh(HttpClient http) {
        List<String> found = new ArrayList<>();
        URI server = servers.get(0);
        for (String part : locs(http, server, "/sitemap.xml")) {
            found.addAll(locs(http, server, part));
        }
        if (!found.isEmpty()) {
            paths.set(List.copyOf(found));
        }
    }

    private static List<String> locs(HttpClient http, URI server, String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.resolve(path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            List<String> out = new ArrayList<>();
            Matcher m = LOC.matcher(r.statusCode() == 200 ? r.body() : "");
            while (m.find()) {
                out.add(m.group(1));
            }
            return out;
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .build();
    }

    /** What one connection counted. */
    static final class Counts {
        long[] readNanos = new long[1024];
        int reads;
        long[] postNanos = new long[256];
        int posts;
        int posted;
        int gone;
        int errors;
        final List<String> firstErrors = new ArrayList<>();
        final List<String> firstGone = new ArrayList<>();

        void read(long nanos, int status, String path) {
            if (reads == readNanos.length) {
                readNanos = Arrays.copyOf(readNanos, reads * 2);
            }
            readNanos[reads++] = nanos;
            // 301: a page whose name changed since the sitemap was read is sent to its new address
            if (status == 404) {
                gone("GET " + path);
            } else if (status != 200 && status != 301) {
                error("GET " + path + ": HTTP " + status);
            }
        }

        void posted(long nanos, int status, String path) {
            if (posts == postNanos.length) {
                postNanos = Arrays.copyOf(postNanos, posts * 2);
            }
            postNanos[posts++] = nanos;
            if (status == 303) {
                posted++;
            } else if (status == 404) {
                gone("POST /comments on " + path);
            } else {
                error("POST /comments on " + path + ": HTTP " + status);
            }
        }

        private void gone(String what) {
            gone++;
            if (firstGone.size() < 3) {
                firstGone.add(what);
            }
        }

        void failed(String what, Exception e) {
            error(what + ": " + e);
        }

        private void error(String what) {
            errors++;
            if (firstErrors.size() < 5) {
                firstErrors.add(what);
            }
        }
    }

    /** The counts of all connections together. */
    static final class Totals {
        private long[] reads = new long[0];
        private long[] posts = new long[0];
        private long posted;
        private long gone;
        private long errors;
        private final List<String> firstErrors = new ArrayList<>();
        private final List<String> firstGone = new ArrayList<>();

        void add(Counts c) {
            reads = concat(reads, c.readNanos, c.reads);
            posts = concat(posts, c.postNanos, c.posts);
            posted += c.posted;
            gone += c.gone;
            errors += c.errors;
            c.firstErrors.stream().limit(5 - Math.min(5, firstErrors.size())).forEach(firstErrors::add);
            c.firstGone.stream().limit(3 - Math.min(3, firstGone.size())).forEach(firstGone::add);
        }

        long errors() {
            return errors;
        }

        long posted() {
            return posted;
        }

        long requests() {
            return reads.length + posts.length;
        }

        String report(int seconds, int connections, int servers) {
            Arrays.sort(reads);
            Arrays.sort(posts);
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "load: %d s, %d connections over %d servers%n", seconds, connections,
                    servers));
            out.append(String.format(Locale.ROOT, "requests: %,d (%,.0f/s): %,d reads, %,d comment posts (%,d posted)%n",
                    requests(), requests() / (double) seconds, reads.length, posts.length, posted));
            out.append(String.format(Locale.ROOT, "errors: %,d; pages gone meanwhile (404): %,d%n", errors, gone));
            firstErrors.forEach(e -> out.append("  error: ").append(e).append(System.lineSeparator()));
            firstGone.forEach(e -> out.append("  gone: ").append(e).append(System.lineSeparator()));
            out.append(String.format(Locale.ROOT, "latency ms: reads p50 %.1f p99 %.1f max %.0f; posts p50 %.1f p99 %.1f max %.0f%n",
                    ms(reads, 0.50), ms(reads, 0.99), ms(reads, 1), ms(posts, 0.50), ms(posts, 0.99), ms(posts, 1)));
            out.append("posted comments: ").append(posted).append(System.lineSeparator());
            return out.toString();
        }

        private static double ms(long[] sorted, double quantile) {
            if (sorted.length == 0) {
                return 0;
            }
            int i = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
            return sorted[Math.max(0, i)] / 1e6;
        }

        private static long[] concat(long[] a, long[] b, int n) {
            long[] out = Arrays.copyOf(a, a.length + n);
            System.arraycopy(b, 0, out, a.length, n);
            return out;
        }
    }

    /** Checks the store after the soak: SQLite's integrity and foreign-key checks, and every posted comment there. */
    static boolean check(String store, long comments) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + store); Statement s = c.createStatement()) {
            String integrity = one(s, "PRAGMA integrity_check");
            long foreignKeys = count(s, "SELECT count(*) FROM pragma_foreign_key_check");
            long stored = count(s, "SELECT count(*) FROM comment");
            long orphanEvidence = count(s, "SELECT count(*) FROM evidence WHERE article_id NOT IN (SELECT id FROM article)");
            long factsWithoutSource = count(s, "SELECT count(*) FROM fact WHERE id NOT IN (SELECT fact_id FROM evidence)");
            System.out.printf(Locale.ROOT, "store: integrity_check %s; foreign key violations %d; evidence of no article %d;"
                    + " facts without a source %d; comments %d (posted %d)%n", integrity, foreignKeys, orphanEvidence,
                    factsWithoutSource, stored, comments);
            return integrity.equals("ok") && foreignKeys == 0 && orphanEvidence == 0 && factsWithoutSource == 0
                    && stored == comments;
        }
    }

    private static String one(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : "";
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getLong(1) : -1;
        }
    }
}
