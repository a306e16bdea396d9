package org.dramagraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramagraph.graph.ChildProcess;
import org.dramagraph.graph.EntityType;
import org.dramagraph.graph.GraphStore;
import org.dramagraph.graph.KnownName;
import org.dramagraph.graph.PostgresServer;
import org.dramagraph.graph.StoreKind;
import org.dramagraph.graph.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every store command run on a PostgreSQL database as a user runs it, beside the same on a SQLite file: the same
 * summaries, counts and reports, a site that serves the database, and the password in none of their output.
 */
class PostgresCliTest {
    private static final Pattern SERVING = Pattern.compile("Dramagraph serving (\\S+) at (http://\\S+/)");

    @TempDir
    Path dir;

    @Test
    void ingestStatsShowAndServeWorkOnADatabaseAsOnAFile() throws Exception {
        PostgresServer server = PostgresServer.shared();
        String database = server.createDatabase();
        String url = server.urlWithPassword(database);
        String shown = server.url(database) + "&password=***";
        String file = StoreKind.SQLITE.argument(dir);
        List<Cli> pgRuns = new ArrayList<>();

        Cli pg = run(pgRuns, "ingest", "examples", "--no-progress", "--db", url);
        Cli lite = Cli.run("ingest", "examples", "--no-progress", "--db", file);
        assertThat(pg.exitCode()).as(pg.err()).isEqualTo(ExitCodes.OK);
        assertThat(pg.out()).isEqualTo(lite.out().replace("(store: " + file + ")", "(store: " + shown + ")"));

        Cli stats = run(pgRuns, "stats", "--db", url);
        List<String> counts = Cli.run("stats", "--db", file).out().lines().skip(1).toList();
        assertThat(stats.out().lines().findFirst()).contains("Store     " + shown);
        assertThat(stats.out().lines().skip(1)).containsExactlyElementsOf(counts);

        List<KnownName> names;
        try (GraphStore graph = GraphStore.open(StoreLocation.parse(file))) {
            names = graph.catalog();
        }
        for (EntityType type : EntityType.values()) {
            for (KnownName name : names.stream().filter(n -> n.type() == type).limit(2).toList()) {
                Cli show = run(pgRuns, "show", name.name(), "--type", type.name(), "--db", url);
                Cli same = Cli.run("show", name.name(), "--type", type.name(), "--db", file);
                assertThat(show.exitCode()).as(name.toString()).isEqualTo(ExitCodes.OK);
                assertThat(show.out()).isEqualTo(same.out());
            }
        }
        Cli missing = run(pgRuns, "show", "Nobody Of That Name", "--db", url);
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(missing.err()).isEqualTo("dramagraph: nothing named \"Nobody Of That Name\" in " + shown
                + System.lineSeparator());

        for (Cli c : pgRuns) {
            assertThat(c.out() + c.err()).doesNotContain(server.password());
        }
        assertServes(server, database, counts.get(0), names.get(0));
    }

    @Test
    void aBadStoreUrlIsABadCommandLineThatShowsNoPassword() {
        Cli run = Cli.run("stats", "--db", "jdbc:postgresql://u:hunter2@localhost/graph");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("--db: store URL jdbc:postgresql://u:***@localhost/graph has a user before"
                + " the host").doesNotContain("hunter2");
    }

    /**
     * {@code serve} in a process of its own, its password from {@code $PGPASSWORD}: it says what it serves without
     * the password, and answers for what the database holds.
     */
    private void assertServes(PostgresServer server, String database, String articles, KnownName name)
            throws Exception {
        Path log = dir.resolve("serve.log");
        Process serve = ChildProcess.start(log, Map.of("PGPASSWORD", server.password()), Main.class.getName(),
                "serve", "--port", "0", "--db", server.url(database));
        try {
            Matcher serving = awaitLine(serve, log);
            assertThat(serving.group(1)).isEqualTo(server.url(database));
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String health = awaitSearch(http, serving.group(2));
            assertThat(health).contains("\"store\":{\"articles\":" + articles.replaceAll("\\D", "") + "}");
            HttpResponse<String> search = http.send(HttpRequest.newBuilder(URI.create(serving.group(2)
                    + "api/search?q=" + name.name().replace(' ', '+'))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(search.statusCode()).isEqualTo(200);
            assertThat(search.body()).contains("\"" + name.name() + "\"");
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(Files.readString(log)).doesNotContain(server.password());
    }

    /** The health report once the site's search index has read the store (it does so after it starts). */
    private static String awaitSearch(HttpClient http, String base) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String body = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            body = health.body();
            if (body.replace(" ", "").contains("\"ready\":true")) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the search index was not ready in 120 s: " + body);
    }

    private static Matcher awaitLine(Process serve, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            Matcher m = SERVING.matcher(Files.readString(log));
            if (m.find()) {
                return m;
            }
            assertThat(serve.isAlive()).as(Files.readString(log)).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("serve said nothing in 120 s: " + Files.readString(log));
    }

    private static Cli run(List<Cli> runs, String... args) {
        Cli run = Cli.run(args);
        runs.add(run);
        return run;
    }
}
