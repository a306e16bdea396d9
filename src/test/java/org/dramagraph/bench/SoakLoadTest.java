package org.dramagraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.List;
import org.dramagraph.graph.GraphStore;
import org.dramagraph.web.Stories;
import org.dramagraph.web.WebConfig;
import org.dramagraph.web.WebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The soak's load client, briefly, against two servers of one store: what bench/soak relies on. */
class SoakLoadTest {
    @TempDir
    Path dir;

    @Test
    void twoServersOfOneStoreTakeReadsAndCommentsWithoutAnErrorAndKeepEveryComment() throws Exception {
        Path store = dir.resolve("site.db");
        try (GraphStore graph = Stories.store(store)) {
            graph.stats();
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        WebConfig config = WebConfig.of(store).withPort(0).withSecret(secret).withCommentsPerMinute(1_000_000);
        SoakLoad.Totals totals;
        try (WebServer one = WebServer.start(config); WebServer two = WebServer.start(config)) {
            totals = new SoakLoad(List.of(address(one), address(two))).run(3, 4);
        }

        assertThat(totals.errors()).isZero();
        assertThat(totals.posted()).isPositive();
        assertThat(totals.requests()).isGreaterThan(totals.posted() * 5);
        assertThat(SoakLoad.check(store.toString(), totals.posted())).isTrue();
    }

    @Test
    void theCheckFindsACommentThatWasNotStored() throws SQLException {
        Path store = dir.resolve("site.db");
        try (GraphStore graph = Stories.store(store)) {
            graph.stats();
        }

        assertThat(SoakLoad.check(store.toString(), 0)).isTrue();
        assertThat(SoakLoad.check(store.toString(), 1)).isFalse();
    }

    private static URI address(WebServer server) {
        return URI.create("http://127.0.0.1:" + server.port());
    }
}
