package org.dramagraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dramagraph.fact.Fact;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(StoreKind.class)
class EntityResolutionTest {
    @TempDir
    Path dir;

    @Parameter
    StoreKind kind;
    GraphStore graph;

    @BeforeEach
    void open() {
        graph = GraphStore.open(kind.create(dir));
    }

    @AfterEach
    void close() {
        graph.close();
    }

    @Test
    void spellingVariantsFromDifferentArticlesMeetInOnePerson() {
        graph.ingest(Fixtures.article("a1", "Song Joong-ki stars in 'Vincenzo'.", Fact.cast("Song Joong-ki", "Vincenzo")));
        graph.ingest(Fixtures.article("a2", "Song Joong Ki returns.", Fact.cast("Song Joong Ki", "Vincenzo")));
        graph.ingest(Fixtures.article("a3", "Song Jung-ki is back.", Fact.cast("Song Jung-ki", "Vincenzo")));
        graph.ingest(Fixtures.article("a4", "SONG JOONG-KI again.", Fact.cameo("SONG JOONG-KI", "Queen of Tears")));

        assertThat(graph.stats().entities()).containsEntry(EntityType.PERSON, 1L);
        Entity person = graph.find("song jung ki").get(0);
        PersonProfile profile = graph.person(person.id()).orElseThrow();
        assertThat(profile.aliases())
                .containsExactlyInAnyOrder("Song Joong-ki", "Song Joong Ki", "Song Jung-ki", "SONG JOONG-KI");
        assertThat(profile.roles()).extracting(r -> r.work().name()).containsExactly("Queen of Tears", "Vincenzo");
        // one cast fact read by three articles
        assertThat(profile.roles().get(1).facts()).singleElement()
                .satisfies(f -> assertThat(f.sources()).extracting(Source::articleId).containsExactly("a1", "a2", "a3"));
    }

    @Test
    void theSpellingUsedMostIsTheDisplayNameAndTheFullestBreaksTies() {
        graph.ingest(Fixtures.article("a1", "Kim Jiwon smiles.", Fact.cast("Kim Jiwon", "Queen of Tears")));
        assertThat(graph.find("Kim Ji-won")).singleElement().extracting(Entity::name).isEqualTo("Kim Jiwon");

        graph.ingest(Fixtures.article("a2", "Kim Ji-won smiles.", Fact.cast("Kim Ji-won", "Queen of Tears")));
        assertThat(graph.find("kim ji won")).singleElement().extracting(Entity::name).isEqualTo("Kim Ji-won");

        graph.ingest(Fixtures.article("a3", "Kim Jiwon smiles. Kim Jiwon waves.",
                Fact.cast("Kim Jiwon", "Queen of Tears"), Fact.quote("Kim Jiwon", "It was a long shoot")));
        assertThat(graph.find("KIM JI-WON")).singleElement().extracting(Entity::name).isEqualTo("Kim Jiwon");
    }

    @Test
    void differentPeopleWithOneSurnameStayApart() {
        graph.ingest(Fixtures.article("a1", "Song Joong-ki and Song Hye-kyo.",
                Fact.cast("Song Joong-ki", "Descendants of the Sun"), Fact.cast("Song Hye-kyo", "Descendants of the Sun")));

        assertThat(graph.stats().entities()).containsEntry(EntityType.PERSON, 2L);
        assertThat(graph.find("Song Hye Kyo")).extracting(Entity::name).containsExactly("Song Hye-kyo");
    }

    @Test
    void looseKeysMeetOnlyWhenTheFirstWordAgrees() {
        graph.ingest(Fixtures.article("a1", "Lee Jong-suk acts.", Fact.cast("Lee Jong-suk", "Drama One")));
        graph.ingest(Fixtures.article("a2", "Lee Jong-seok acts.", Fact.cast("Lee Jong-seok", "Drama Two")));
        graph.ingest(Fixtures.article("a3", "Han Ji-min acts.", Fact.cast("Han Ji-min", "Drama One")));
        // same loose key ("hanjimin"), but the first word differs: syllables regrouped, not a respelling
        graph.ingest(Fixtures.article("a4", "Hanjee Min acts.", Fact.cast("Hanjee Min", "Drama Two")));

        assertThat(graph.find("Lee Jong Suk")).singleElement().satisfies(e -> assertThat(
                graph.person(e.id()).orElseThrow().aliases()).containsExactlyInAnyOrder("Lee Jong-suk", "Lee Jong-seok"));
        assertThat(graph.find("Han Ji-min")).extracting(Entity::name).containsExactly("Han Ji-min");
        assertThat(graph.find("Hanjee Min")).extracting(Entity::name).containsExactly("Hanjee Min");
        assertThat(graph.stats().entities()).containsEntry(EntityType.PERSON, 3L);
    }

    @Test
    void aNameIsResolvedWithinItsTypeAndSearchReturnsEveryMatch() {
        graph.ingest(Fixtures.article("a1", "Song Joong-ki plays Vincenzo in 'Vincenzo'.",
                Fact.plays("Song Joong-ki", "Vincenzo", "Vincenzo")));

        assertThat(graph.find("vincenzo")).extracting(Entity::type)
                .containsExactlyInAnyOrder(EntityType.WORK, EntityType.CHARACTER);
        assertThat(graph.find("vincenzo", EntityType.WORK)).singleElement().extracting(Entity::type)
                .isEqualTo(EntityType.WORK);
        assertThat(graph.find("Nobody Here")).isEmpty();
        assertThat(graph.find("  ")).isEmpty();
    }

    @Test
    void theCatalogListsEverySpellingWithItsType() {
        graph.ingest(Fixtures.article("a1", "Song Joong-ki plays Vincenzo Cassano in 'Vincenzo'. It airs on tvN.",
                Fact.plays("Song Joong-ki", "Vincenzo Cassano", "Vincenzo"), Fact.network("Vincenzo", "tvN")));
        graph.ingest(Fixtures.article("a2", "Song Joong Ki is back.", Fact.cast("Song Joong Ki", "Vincenzo")));

        assertThat(graph.catalog()).containsExactly(
                new KnownName(EntityType.PERSON, "Song Joong Ki"),
                new KnownName(EntityType.PERSON, "Song Joong-ki"),
                new KnownName(EntityType.WORK, "Vincenzo"),
                new KnownName(EntityType.CHARACTER, "Vincenzo Cassano"),
                new KnownName(EntityType.ORG, "tvN"));
    }
}
