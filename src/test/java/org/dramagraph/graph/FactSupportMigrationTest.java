package org.dramagraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store made before facts kept their sources' count and doubt (V5) gets them from its evidence when opened. */
class FactSupportMigrationTest {
    @TempDir
    Path dir;

    @Test
    void anOlderStoreIsFilledInFromItsEvidence() throws Exception {
        Path file = dir.resolve("old.db");
        String url = "jdbc:sqlite:" + file;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("4").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String a : new String[] {"a", "b", "c"}) {
                s.execute("INSERT INTO article (id, origin, content_hash, title, original_text, cleaned_text, ingested_at)"
                        + " VALUES ('" + a + "', 'test', '" + a + "', 'T', 'x', 'x', '2026-01-01T00:00:00Z')");
            }
            s.execute("INSERT INTO entity (id, type, name) VALUES (1, 'PERSON', 'Park Ji-eun'), (2, 'WORK', 'Harbor')");
            s.execute("INSERT INTO fact (id, type, fact_key, person_id, work_id) VALUES (7, 'WROTE', 'k7', 1, 2),"
                    + " (8, 'CAST', 'k8', 1, 2)");
            s.execute("INSERT INTO evidence (fact_id, article_id, sentence, start_offset, end_offset, snippet, confidence)"
                    + " VALUES (7, 'a', 0, 0, 1, 'x', 0.5), (7, 'b', 0, 0, 1, 'x', 0.8), (7, 'c', 2, 0, 1, 'x', 1.0),"
                    + " (8, 'a', 1, 0, 1, 'x', 0.3)");
        }

        try (GraphStore graph = GraphStore.open(file)) {
            PersonProfile p = graph.person(1, 1).orElseThrow();
            GraphFact wrote = p.wrote().get(0);
            assertThat(wrote.sourceCount()).isEqualTo(3);
            // a sure source counts as 0.999999 sure: one in a million doubt is left
            assertThat(wrote.confidence()).isCloseTo(1 - 0.5 * 0.2 * 0.000001, within(1e-12));
            GraphFact cast = p.roles().get(0).facts().get(0);
            assertThat(cast.sourceCount()).isEqualTo(1);
            assertThat(cast.confidence()).isCloseTo(0.3, within(1e-12));
        }
    }
}
