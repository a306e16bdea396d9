package org.dramagraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dramagraph.fact.Fact;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(StoreKind.class)
class ProfilesTest {
    @TempDir
    Path dir;

    @Parameter
    StoreKind kind;
    GraphStore graph;

    @BeforeEach
    void fill() {
        graph = GraphStore.open(kind.create(dir));
        graph.ingest(Fixtures.article("vincenzo",
                "Song Joong-ki plays Vincenzo Cassano in 'Vincenzo'. Jeon Yeo-been plays Hong Cha-young."
                        + " Park Jae-bum wrote the series. Kim Hee-won directed it. It airs on tvN.",
                Fact.plays("Song Joong-ki", "Vincenzo Cassano", "Vincenzo"),
                Fact.cast("Song Joong-ki", "Vincenzo"),
                Fact.plays("Jeon Yeo-been", "Hong Cha-young", "Vincenzo"),
                Fact.wrote("Park Jae-bum", "Vincenzo"),
                Fact.directed("Kim Hee-won", "Vincenzo"),
                Fact.network("Vincenzo", "tvN")));
        graph.ingest(Fixtures.article("qot-cameo",
                "Song Joong Ki made a special appearance in 'Queen of Tears' as Vincenzo Cassano."
                        + " Kim Hee-won directed 'Queen of Tears'. Kim Ji-won plays Hong Hae-in."
                        + " \"It felt like visiting old friends,\" Song Joong Ki said.",
                Fact.cameo("Song Joong Ki", "Queen of Tears"),
                Fact.cast("Song Joong Ki", "Queen of Tears"),
                Fact.plays("Song Joong Ki", "Vincenzo Cassano", "Queen of Tears"),
                Fact.directed("Kim Hee-won", "Queen of Tears"),
                Fact.plays("Kim Ji-won", "Hong Hae-in", "Queen of Tears"),
                Fact.network("Queen of Tears", "tvN"),
                Fact.network("Queen of Tears", "Netflix"),
                Fact.quote("Song Joong Ki", "It felt like visiting old friends")));
    }

    @AfterEach
    void close() {
        graph.close();
    }

    @Test
    void aPersonHasRolesByWorkWithCharacterAndCameoCreditsAndQuotes() {
        PersonProfile song = graph.person(graph.find("song jung ki").get(0).id()).orElseThrow();

        assertThat(song.aliases()).containsExactlyInAnyOrder("Song Joong-ki", "Song Joong Ki");
        assertThat(song.roles()).extracting(r -> r.work().name()).containsExactly("Queen of Tears", "Vincenzo");
        Role cameo = song.roles().get(0);
        assertThat(cameo.cameo()).isTrue();
        assertThat(cameo.characters()).extracting(Entity::name).containsExactly("Vincenzo Cassano");
        assertThat(cameo.facts()).extracting(f -> f.type().key()).containsExactlyInAnyOrder("cameo", "cast", "plays");
        assertThat(cameo.facts()).allSatisfy(f -> assertThat(f.sources()).extracting(Source::articleId)
                .containsExactly("qot-cameo"));
        assertThat(song.roles().get(1).cameo()).isFalse();
        assertThat(song.quotes()).singleElement().satisfies(q -> {
            assertThat(q.quote()).isEqualTo("It felt like visiting old friends");
            assertThat(q.sources()).singleElement().extracting(Source::snippet).asString().contains("visiting old friends");
        });
        assertThat(song.wrote()).isEmpty();

        PersonProfile director = graph.person(graph.find("Kim Hee-won").get(0).id()).orElseThrow();
        assertThat(director.directed()).extracting(f -> f.work().name()).containsExactlyInAnyOrder("Vincenzo", "Queen of Tears");
        assertThat(director.roles()).isEmpty();
    }

    @Test
    void aWorkHasCastWithCharactersCameosApartAndItsCrew() {
        Entity work = graph.find("queen of tears").get(0);
        WorkProfile qot = graph.work(work.id()).orElseThrow();

        assertThat(qot.cast()).singleElement().satisfies(r -> {
            assertThat(r.person().name()).isEqualTo("Kim Ji-won");
            assertThat(r.characters()).extracting(Entity::name).containsExactly("Hong Hae-in");
        });
        assertThat(qot.cameos()).singleElement().satisfies(r -> {
            assertThat(r.person().name()).isIn("Song Joong-ki", "Song Joong Ki");
            assertThat(r.characters()).extracting(Entity::name).containsExactly("Vincenzo Cassano");
        });
        assertThat(qot.directors()).extracting(f -> f.person().name()).containsExactly("Kim Hee-won");
        assertThat(qot.writers()).isEmpty();
        assertThat(qot.networks()).extracting(f -> f.org().name()).containsExactlyInAnyOrder("tvN", "Netflix");

        assertThat(graph.person(work.id())).isEmpty();
    }

    @Test
    void aCharacterInTwoWorksIsACrossover() {
        CharacterProfile vincenzo = graph.character(graph.find("Vincenzo Cassano").get(0).id()).orElseThrow();
        assertThat(vincenzo.crossover()).isTrue();
        assertThat(vincenzo.portrayals()).extracting(p -> p.work().name(), Portrayal::cameo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Queen of Tears", true),
                        org.assertj.core.groups.Tuple.tuple("Vincenzo", false));

        CharacterProfile haeIn = graph.character(graph.find("hong hae in").get(0).id()).orElseThrow();
        assertThat(haeIn.crossover()).isFalse();
        assertThat(haeIn.portrayals()).singleElement().extracting(p -> p.person().name()).isEqualTo("Kim Ji-won");
    }

    @Test
    void anOrganisationListsTheWorksOnIt() {
        OrgProfile tvn = graph.org(graph.find("TVN").get(0).id()).orElseThrow();

        assertThat(tvn.works()).extracting(f -> f.work().name()).containsExactly("Queen of Tears", "Vincenzo");
        assertThat(graph.org(graph.find("Netflix").get(0).id()).orElseThrow().works()).hasSize(1);
    }
}
