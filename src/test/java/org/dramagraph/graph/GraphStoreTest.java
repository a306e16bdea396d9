package org.dramagraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dramagraph.fact.Fact;
import org.dramagraph.fact.FactType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The store's contract, on each kind of store: what a store is made of, and what ingest writes. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class GraphStoreTest {
    @TempDir
    Path dir;

    @Parameter
    StoreKind kind;

    @Test
    void migratesAFreshStoreOnceAndStartsEmpty() throws Exception {
        StoreLocation store = kind.create(dir);
        try (GraphStore graph = GraphStore.open(store)) {
            assertThat(graph.stats().articles()).isZero();
            assertThat(graph.stats().factCount()).isZero();
        }
        try (GraphStore graph = GraphStore.open(store)) {
            assertThat(graph.stats().entityCount()).isZero();
        }
        List<String> applied = Fixtures.column(store, "SELECT version FROM flyway_schema_history"
                + " WHERE version IS NOT NULL AND success ORDER BY installed_rank");
        assertThat(Fixtures.column(store, "SELECT COUNT(*) FROM flyway_schema_history WHERE NOT success"))
                .containsExactly("0");
        assertThat(applied).startsWith("1").contains("2", "3", "4", "5").doesNotHaveDuplicates();
        assertThat(Fixtures.rowCounts(store)).containsKeys("article", "entity", "alias", "name_use", "fact",
                "evidence", "mention", "photo", "photo_person", "feed", "feed_item", "fact_decision", "comment")
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isEqualTo(table.equals("flyway_schema_history")
                        ? applied.size() : 0L));
    }

    @Test
    void storesFactsWithTheirEvidence() {
        try (GraphStore graph = GraphStore.open(kind.create(dir))) {
            IngestResult r = graph.ingest(Fixtures.article("a1",
                    "Kim Ji-won plays Hong Hae-in in 'Queen of Tears'. The series airs on tvN.",
                    Fact.plays("Kim Ji-won", "Hong Hae-in", "Queen of Tears"),
                    Fact.cast("Kim Ji-won", "Queen of Tears"),
                    Fact.network("Queen of Tears", "tvN")));

            assertThat(r.outcome()).isEqualTo(IngestResult.Outcome.NEW);
            assertThat(r.factsAdded()).isEqualTo(3);
            GraphStats stats = graph.stats();
            assertThat(stats.articles()).isEqualTo(1);
            assertThat(stats.facts()).containsEntry(FactType.PLAYS, 1L).containsEntry(FactType.NETWORK, 1L)
                    .containsEntry(FactType.QUOTE, 0L);
            assertThat(stats.entities()).containsEntry(EntityType.PERSON, 1L).containsEntry(EntityType.WORK, 1L)
                    .containsEntry(EntityType.CHARACTER, 1L).containsEntry(EntityType.ORG, 1L);
            assertThat(stats.evidence()).isEqualTo(3);

            List<GraphFact> facts = graph.factsFrom("a1");
            assertThat(facts).extracting(GraphFact::type)
                    .containsExactlyInAnyOrder(FactType.PLAYS, FactType.CAST, FactType.NETWORK);
            GraphFact network = facts.stream().filter(f -> f.type() == FactType.NETWORK).findFirst().orElseThrow();
            assertThat(network.org().name()).isEqualTo("tvN");
            assertThat(network.sources()).singleElement().satisfies(s -> {
                assertThat(s.articleId()).isEqualTo("a1");
                assertThat(s.sentence()).isEqualTo(0);
                assertThat(s.snippet()).startsWith("Kim Ji-won plays");
            });
        }
    }

    @Test
    void skipsFactsMissingAFieldTheirTypeNeeds() {
        try (GraphStore graph = GraphStore.open(kind.create(dir))) {
            IngestResult r = graph.ingest(Fixtures.article("a1", "Someone said something.",
                    Fact.quote(null, "I had the best time on this set."),
                    Fact.plays("Kim Ji-won", " ", "Queen of Tears"),
                    Fact.quote("Kim Ji-won", "  ")));

            assertThat(r.facts()).isZero();
            assertThat(graph.stats().entityCount()).isZero();
            assertThat(graph.stats().articles()).isEqualTo(1);
        }
    }
}
