package org.dramagraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dramagraph.extract.Extraction;
import org.dramagraph.fact.Fact;
import org.dramagraph.fact.FactType;
import org.dramagraph.web.Stories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Editors' decisions: a rejected fact is read by nobody, and stays rejected when its article comes again. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ReviewsTest {
    @TempDir
    Path dir;

    @Parameter
    StoreKind kind;
    GraphStore graph;
    Entity baek;
    Entity winter;

    @BeforeEach
    void fill() {
        graph = Stories.store(kind.create(dir));
        baek = graph.find("Baek Do-yun", EntityType.PERSON).get(0);
        winter = graph.find("Winter Letters", EntityType.WORK).get(0);
    }

    @AfterEach
    void close() {
        graph.close();
    }

    private GraphFact baekPlaysInWinter() {
        return graph.person(baek.id()).orElseThrow().roles().stream()
                .filter(r -> r.work().id() == winter.id()).flatMap(r -> r.facts().stream())
                .filter(f -> f.type() == FactType.PLAYS).findFirst().orElseThrow();
    }

    private boolean anyoneReads(long factId) {
        boolean person = graph.person(baek.id()).orElseThrow().roles().stream()
                .flatMap(r -> r.facts().stream()).anyMatch(f -> f.id() == factId);
        boolean work = graph.work(winter.id()).orElseThrow().cast().stream()
                .flatMap(r -> r.facts().stream()).anyMatch(f -> f.id() == factId);
        boolean article = graph.factsFrom("winter-letters-reunion").stream().anyMatch(f -> f.id() == factId)
                || graph.articles().view("winter-letters-reunion", 5).orElseThrow().facts().stream()
                .anyMatch(f -> f.id() == factId)
                || graph.articles().view("winter-letters-reunion", 5).orElseThrow().evidence().stream()
                .anyMatch(e -> e.factId() == factId);
        return person || work || article || graph.reviews().fact(factId, 5).isPresent();
    }

    @Test
    void aRejectedFactIsReadByNobody() {
        long id = baekPlaysInWinter().id();

        assertThat(graph.reviews().decide(id, Review.Decision.REJECTED, "editor", Instant.now())).isTrue();

        assertThat(anyoneReads(id)).isFalse();
        Entity chaEunHo = graph.find("Cha Eun-ho", EntityType.CHARACTER).get(0);
        assertThat(graph.character(chaEunHo.id()).orElseThrow().portrayals()).isEmpty();
        assertThat(graph.reviews().sources(id, 0, 10).total()).isZero();
        assertThat(graph.reviews().reviews()).singleElement().satisfies(r -> {
            assertThat(r.decision()).isEqualTo(Review.Decision.REJECTED);
            assertThat(r.fact()).isEqualTo("plays: Baek Do-yun, Cha Eun-ho, Winter Letters");
            assertThat(r.editor()).isEqualTo("editor");
        });
    }

    @Test
    void rejectingTheRolesOfAWorkEndsTheReunion() {
        for (Role r : graph.person(baek.id()).orElseThrow().roles()) {
            if (r.work().id() == winter.id()) {
                r.facts().forEach(f -> graph.reviews().decide(f.id(), Review.Decision.REJECTED, "ed", Instant.now()));
            }
        }
        Entity moon = graph.find("Moon Seo-jin", EntityType.PERSON).get(0);

        CoStar baekForMoon = graph.entities().coStars(moon.id()).get(0);
        assertThat(baekForMoon.person()).isEqualTo(baek);
        assertThat(baekForMoon.works()).extracting(Entity::name).containsExactly("Harbor Lights");
    }

    @Test
    void aRejectedFactStaysRejectedWhenItsArticleIsIngestedAgain() {
        long id = baekPlaysInWinter().id();
        graph.reviews().decide(id, Review.Decision.REJECTED, "editor", Instant.now());
        Extraction winterStory = Stories.all().get(1);

        graph.reingest(winterStory);
        assertThat(anyoneReads(id)).isFalse();

        // the article changes and no longer states the fact: the fact row goes, the decision stays
        graph.ingest(Stories.story(winterStory.article().id(), winterStory.article().title(), LocalDate.of(2026, 3, 5),
                "Moon Seo-jin plays Yoon Bit-na in Winter Letters. Baek Do-yun joins Winter Letters.", List.of(),
                Fact.plays("Moon Seo-jin", "Yoon Bit-na", "Winter Letters"), Fact.cast("Baek Do-yun", "Winter Letters")));
        assertThat(graph.reviews().fact(id, 1)).isEmpty();
        // and when it states it again, the fact comes back under its key, still rejected
        graph.ingest(winterStory);
        assertThat(graph.person(baek.id()).orElseThrow().roles().stream().flatMap(r -> r.facts().stream())
                .filter(f -> f.type() == FactType.PLAYS).map(f -> f.work().name())).containsExactly("Harbor Lights");
    }

    @Test
    void aConfirmedFactIsMarkedAndADecisionCanBeTakenBack() {
        GraphFact fact = baekPlaysInWinter();
        assertThat(fact.confirmed()).isFalse();

        graph.reviews().decide(fact.id(), Review.Decision.CONFIRMED, "editor", Instant.now());
        assertThat(baekPlaysInWinter().confirmed()).isTrue();

        graph.reviews().decide(fact.id(), Review.Decision.REJECTED, "editor", Instant.now());
        assertThat(anyoneReads(fact.id())).isFalse();
        assertThat(graph.reviews().reviews()).hasSize(1);

        String key = graph.reviews().reviews().get(0).key();
        assertThat(graph.reviews().undo(key)).isTrue();
        assertThat(graph.reviews().undo(key)).isFalse();
        assertThat(anyoneReads(fact.id())).isTrue();
        assertThat(baekPlaysInWinter().confirmed()).isFalse();
    }

    @Test
    void decidingOnAFactThatIsNotStoredChangesNothing() {
        assertThat(graph.reviews().decide(987_654, Review.Decision.REJECTED, "editor", Instant.now())).isFalse();
        assertThat(graph.reviews().reviews()).isEmpty();
    }

    @Test
    void commentsAreStoredShownHeldAndHidden() {
        Comment.Target target = Comment.Target.article("harbor-lights-cast");
        Comment shown = graph.comments().add(target, "Reader", "Lovely <b>show</b>", Comment.Status.VISIBLE, Instant.now());
        Comment held = graph.comments().add(target, "Spammer", "see www.example.com/x", Comment.Status.HELD, Instant.now());

        assertThat(graph.comments().visible(target)).extracting(Comment::body).containsExactly("Lovely <b>show</b>");
        assertThat(graph.comments().withStatus(Comment.Status.HELD, 0, 10).items()).extracting(Comment::id)
                .containsExactly(held.id());
        assertThat(graph.comments().setStatus(shown.id(), Comment.Status.HIDDEN)).isTrue();
        assertThat(graph.comments().visible(target)).isEmpty();
        assertThat(graph.comments().setStatus(held.id(), Comment.Status.VISIBLE)).isTrue();
        assertThat(graph.comments().visible(target)).extracting(Comment::author).containsExactly("Spammer");
        assertThat(graph.comments().setStatus(12345, Comment.Status.VISIBLE)).isFalse();
        assertThat(graph.comments().visible(Comment.Target.entity(baek.id()))).isEmpty();
        assertThat(graph.comments().withStatus(Comment.Status.HIDDEN, 0, 10).items()).extracting(Comment::id)
                .containsExactly(shown.id());
    }
}
