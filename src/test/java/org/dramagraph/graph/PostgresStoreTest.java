package org.dramagraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What only a PostgreSQL store does: its password from the URL, {@code $PGPASSWORD} or a password file, and errors
 * that name the database but never show the password.
 */
class PostgresStoreTest {
    @TempDir
    Path dir;

    @Test
    void thePasswordMayComeFromTheEnvironment() {
        PostgresServer server = PostgresServer.shared();
        String database = server.createDatabase();
        StoreLocation store = StoreLocation.parse(server.url(database), Map.of("PGPASSWORD", server.password()));

        try (GraphStore graph = GraphStore.open(store)) {
            graph.ingest(Fixtures.article("a1", "Yoon Da-hae directs 'Paper Lanterns'.",
                    org.dramagraph.fact.Fact.directed("Yoon Da-hae", "Paper Lanterns")));
            assertThat(graph.stats().articles()).isEqualTo(1);
            assertThat(graph.location()).hasToString(server.url(database));
        }
    }

    @Test
    void orFromAPasswordFile() throws IOException {
        PostgresServer server = PostgresServer.shared();
        String database = server.createDatabase();
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, "127.0.0.1:*:" + database + ":" + PostgresServer.ROLE + ":" + server.password() + "\n");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString()); // the driver's own look-up, as of ~/.pgpass
        try (GraphStore graph = GraphStore.open(StoreLocation.parse(server.url(database), Map.of()))) {
            assertThat(graph.stats().articles()).isZero();
        } finally {
            System.clearProperty("org.postgresql.pgpassfile");
        }
    }

    @Test
    void aWrongPasswordIsAClearErrorThatShowsNoPassword() {
        PostgresServer server = PostgresServer.shared();
        String database = server.createDatabase();
        StoreLocation wrong = StoreLocation.parse(server.url(database) + "&password=not-" + server.password(), Map.of());

        assertThatThrownBy(() -> GraphStore.open(wrong)).isInstanceOf(StoreException.class)
                .hasMessage("cannot open store " + server.url(database) + "&password=***: FATAL: password authentication"
                        + " failed for user \"" + PostgresServer.ROLE + "\"");
    }

    @Test
    void aDatabaseThatIsNotThereIsAClearError() {
        PostgresServer server = PostgresServer.shared();

        assertThatThrownBy(() -> GraphStore.open(StoreLocation.parse(server.urlWithPassword("no_such_store"))))
                .isInstanceOf(StoreException.class)
                .hasMessage("cannot open store " + server.url("no_such_store") + "&password=***: FATAL: database"
                        + " \"no_such_store\" does not exist");
    }

    @Test
    void aServerThatIsNotThereIsAClearError() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = free.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/graph?user=u&password=hunter2&connectTimeout=5";

        assertThatThrownBy(() -> GraphStore.open(StoreLocation.parse(url, Map.of()))).isInstanceOf(StoreException.class)
                .hasMessage("cannot open store jdbc:postgresql://127.0.0.1:" + port
                        + "/graph?user=u&password=***&connectTimeout=5: Connection refused");
    }
}
