package org.dramagraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dramagraph.extract.Extraction;
import org.dramagraph.mention.Mention;
import org.dramagraph.mention.MentionType;
import org.dramagraph.fact.Confidence;
import org.dramagraph.fact.Fact;
import org.dramagraph.source.Photo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(StoreKind.class)
class ReingestTest {
    static final String TEXT = "Kim Soo-hyun plays Baek Hyun-woo in 'Queen of Tears'. Park Ji-eun wrote it."
            + " \"We laughed every day,\" Kim Soo-hyun said.";

    @TempDir
    Path dir;

    @Parameter
    StoreKind kind;

    static Extraction queenOfTears() {
        List<Mention> mentions = List.of(
                new Mention(MentionType.PERSON, 0, 12, "Kim Soo-hyun", 0, "name"),
                new Mention(MentionType.CHARACTER, 19, 32, "Baek Hyun-woo", 0, "plays"),
                new Mention(MentionType.WORK, 37, 51, "Queen of Tears", 0, "quoted"));
        List<Photo> photos = List.of(new Photo("https://example.org/p.jpg", "On set", "Studio", "two actors"));
        return Fixtures.article("qot", TEXT, mentions, photos,
                Fact.plays("Kim Soo-hyun", "Baek Hyun-woo", "Queen of Tears"),
                Fact.cast("Kim Soo-hyun", "Queen of Tears"),
                Fact.wrote("Park Ji-eun", "Queen of Tears"),
                Fact.quote("Kim Soo-hyun", "We laughed every day"));
    }

    @Test
    void theSameArticleTwiceChangesNothingAndSaysSo() throws Exception {
        StoreLocation store = kind.create(dir);
        try (GraphStore graph = GraphStore.open(store)) {
            assertThat(graph.ingest(queenOfTears()).outcome()).isEqualTo(IngestResult.Outcome.NEW);
        }
        Map<String, Long> before = Fixtures.rowCounts(store);
        List<String> ingestedAt = Fixtures.column(store, "SELECT ingested_at FROM article");

        try (GraphStore graph = GraphStore.open(store)) {
            IngestResult again = graph.ingest(queenOfTears());
            assertThat(again.outcome()).isEqualTo(IngestResult.Outcome.UNCHANGED);
            assertThat(again.factsAdded()).isZero();
        }
        assertThat(Fixtures.rowCounts(store)).isEqualTo(before);
        assertThat(Fixtures.column(store, "SELECT ingested_at FROM article")).isEqualTo(ingestedAt);
        assertThat(before).containsEntry("article", 1L).containsEntry("fact", 4L).containsEntry("evidence", 4L)
                .containsEntry("mention", 3L).containsEntry("photo", 1L);
    }

    @Test
    void aCopyOfStoredContentUnderAnotherIdIsADuplicate() {
        try (GraphStore graph = GraphStore.open(kind.create(dir))) {
            graph.ingest(queenOfTears());
            Extraction copy = queenOfTears();
            Extraction renamed = new Extraction(new org.dramagraph.source.Article("qot-mirror", "elsewhere.txt", null,
                    copy.article().title(), null, copy.article().text(), List.of()), copy.clean(), copy.bodyStart(),
                    copy.sentences(), copy.mentions(), copy.names(), copy.facts(), copy.photos());

            IngestResult r = graph.ingest(renamed);

            assertThat(r.outcome()).isEqualTo(IngestResult.Outcome.UNCHANGED);
            assertThat(r.articleId()).isEqualTo("qot");
            assertThat(graph.stats().articles()).isEqualTo(1);
        }
    }

    @Test
    void evidenceForOneFactAccumulatesAcrossArticles() {
        try (GraphStore graph = GraphStore.open(kind.create(dir))) {
            graph.ingest(queenOfTears());
            IngestResult second = graph.ingest(Fixtures.article("qot-review",
                    "In 'Queen of Tears', written by Park Ji-eun, the leads shine.",
                    Fact.wrote("Park Ji-eun", "Queen of Tears")));

            assertThat(second.factsAdded()).isZero();
            assertThat(second.facts()).isEqualTo(1);
            GraphStats stats = graph.stats();
            assertThat(stats.factCount()).isEqualTo(4);
            assertThat(stats.evidence()).isEqualTo(5);
            Entity writer = graph.find("Park Ji Eun").get(0);
            assertThat(graph.person(writer.id()).orElseThrow().wrote()).singleElement()
                    .satisfies(f -> assertThat(f.sources()).extracting(Source::articleId)
                            .containsExactly("qot", "qot-review"));
        }
    }

    @Test
    void anUpdatedArticleReplacesItsEvidenceAndFactsLeftWithoutSourceGo() {
        try (GraphStore graph = GraphStore.open(kind.create(dir))) {
            graph.ingest(queenOfTears());
            graph.ingest(Fixtures.article("other", "Park Ji-eun wrote 'Queen of Tears'.",
                    Fact.wrote("Park Ji-eun", "Queen of Tears")));

            IngestResult r = graph.ingest(Fixtures.updated(queenOfTears(),
                    "Kim Ji-won plays Hong Hae-in in 'Queen of Tears'. Park Ji-eun wrote it.",
                    Fact.plays("Kim Ji-won", "Hong Hae-in", "Queen of Tears"),
                    Fact.wrote("Park Ji-eun", "Queen of Tears")));

            assertThat(r.outcome()).isEqualTo(IngestResult.Outcome.UPDATED);
            assertThat(r.factsAdded()).isEqualTo(1);
            assertThat(r.factsRemoved()).isEqualTo(3); // plays, cast and quote of Kim Soo-hyun
            assertThat(graph.find("Kim Soo-hyun")).isEmpty();
            assertThat(graph.find("Baek Hyun-woo")).isEmpty();
            GraphStats stats = graph.stats();
            assertThat(stats.factCount()).isEqualTo(2);
            assertThat(stats.evidence()).isEqualTo(3);
            assertThat(stats.mentions()).isZero();
            assertThat(stats.photos()).isZero();
            assertThat(stats.entities()).containsEntry(EntityType.PERSON, 2L).containsEntry(EntityType.WORK, 1L)
                    .containsEntry(EntityType.CHARACTER, 1L);
            assertThat(graph.factsFrom("qot")).extracting(f -> f.type().key()).containsExactlyInAnyOrder("plays", "wrote");
        }
    }

    @Test
    void aFactKeepsCountOfItsSourcesAndHowSureTheyMakeItTogether() throws Exception {
        StoreLocation store = kind.create(dir);
        try (GraphStore graph = GraphStore.open(store)) {
            graph.ingest(queenOfTears());
            Extraction other = Fixtures.article("other", "Park Ji-eun wrote 'Queen of Tears'.",
                    Fact.wrote("Park Ji-eun", "Queen of Tears"));
            graph.ingest(other);
            long writer = graph.find("Park Ji Eun").get(0).id();

            GraphFact wrote = graph.person(writer, 1).orElseThrow().wrote().get(0);
            List<Double> sure = graph.reviews().sources(wrote.id(), 0, 10).items().stream().map(Source::confidence)
                    .toList();
            assertThat(wrote.sources()).hasSize(1);
            assertThat(wrote.sourceCount()).isEqualTo(2);
            assertThat(wrote.confidence()).isCloseTo(Confidence.combine(sure.get(0), sure.get(1)), within(1e-9));
            StoreChecks.assertConsistent(store);

            graph.ingest(Fixtures.updated(other, "The leads of 'Queen of Tears' shine."));

            GraphFact after = graph.person(writer, 1).orElseThrow().wrote().get(0);
            assertThat(after.sourceCount()).isEqualTo(1);
            assertThat(after.confidence()).isCloseTo(graph.reviews().sources(wrote.id(), 0, 10).items().get(0)
                    .confidence(), within(1e-9));
            StoreChecks.assertConsistent(store);
        }
    }

    @Test
    void reingestReplacesWhatAnUnchangedArticleGaveBefore() {
        try (GraphStore graph = GraphStore.open(kind.create(dir))) {
            graph.ingest(Fixtures.article("a", "Park Ji-eun wrote 'Queen of Tears'."));
            assertThat(graph.stats().factCount()).isZero();

            IngestResult r = graph.reingest(Fixtures.article("a", "Park Ji-eun wrote 'Queen of Tears'.",
                    Fact.wrote("Park Ji-eun", "Queen of Tears")));

            assertThat(r.outcome()).isEqualTo(IngestResult.Outcome.UPDATED);
            assertThat(graph.stats().factCount()).isEqualTo(1);
        }
    }

    @Test
    void theSameFactTwiceInOneSentenceIsOneSourceKeepingTheSurerReading() {
        try (GraphStore graph = GraphStore.open(kind.create(dir))) {
            Extraction once = Fixtures.article("a", "Park Ji-eun wrote 'Queen of Tears'.",
                    Fact.wrote("Park Ji-eun", "Queen of Tears"));
            var first = once.facts().get(0);
            var surer = new org.dramagraph.fact.ExtractedFact(first.fact(), new org.dramagraph.fact.Evidence(
                    "a", first.evidence().sentence(), 0, 10, "x", "better-rule", 0.99));
            graph.ingest(new Extraction(once.article(), once.clean(), 0, List.of(), List.of(), Map.of(),
                    List.of(first, surer), List.of()));

            assertThat(graph.factsFrom("a")).singleElement().satisfies(f -> assertThat(f.sources()).singleElement()
                    .satisfies(s -> assertThat(s.rule()).isEqualTo("better-rule")));
        }
    }
}
