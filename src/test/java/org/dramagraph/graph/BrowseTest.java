package org.dramagraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dramagraph.web.Stories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The read API the web pages use: article lists and views, co-stars, the most named, index feeds. */
@ParameterizedClass
@EnumSource(StoreKind.class)
class BrowseTest {
    @TempDir
    Path dir;

    @Parameter
    StoreKind kind;
    GraphStore graph;

    @BeforeEach
    void fill() {
        graph = Stories.store(kind.create(dir));
    }

    @AfterEach
    void close() {
        graph.close();
    }

    private Entity one(String name, EntityType type) {
        List<Entity> found = graph.find(name, type);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void latestArticlesComeNewestFirstWithExcerpts() {
        Slice<ArticleSummary> page = graph.articles().latest(0, 3);

        assertThat(page.items()).extracting(ArticleSummary::id)
                .containsExactly("moon-seo-jin-interview", "night-market-cameo", "winter-letters-reunion");
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.hasMore()).isTrue();
        assertThat(page.items().get(0).excerpt()).startsWith("Moon Seo-jin talked about Harbor Lights.");
        assertThat(graph.articles().latest(3, 3).items()).extracting(ArticleSummary::id)
                .containsExactly("harbor-lights-cast");
        assertThat(graph.articles().newestDate()).contains(LocalDate.of(2026, 3, 7));
    }

    @Test
    void articlesNamingAnEntityArePagedNewestFirst() {
        Entity baek = one("Baek Do-yun", EntityType.PERSON);

        Slice<ArticleSummary> page = graph.articles().naming(baek.id(), 0, 1);

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(ArticleSummary::id).containsExactly("winter-letters-reunion");
        assertThat(graph.articles().naming(baek.id(), 1, 1).items()).extracting(ArticleSummary::id)
                .containsExactly("harbor-lights-cast");
    }

    @Test
    void theArticlesOfAnEntityManyArticlesNameComeNewestFirstToo() {
        Entity harbor = one("Harbor Lights", EntityType.WORK);
        LocalDate day = LocalDate.of(2025, 1, 1);
        for (int i = 0; i < 1_050; i++) {
            graph.ingest(Stories.story("brief-" + i, "Brief " + i, day.plusDays(i % 400),
                    "Harbor Lights airs on KBS2 again, note " + i + ".", List.of(),
                    org.dramagraph.fact.Fact.network("Harbor Lights", "KBS2")));
        }

        Slice<ArticleSummary> first = graph.articles().naming(harbor.id(), 0, 5);
        Slice<ArticleSummary> deep = graph.articles().naming(harbor.id(), 1_000, 100);

        assertThat(first.total()).isEqualTo(1_050 + 3);
        assertThat(first.items()).extracting(ArticleSummary::date).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(first.items().get(0).id()).isEqualTo("moon-seo-jin-interview");
        assertThat(deep.items()).hasSize(53);
        assertThat(deep.items().get(52).id()).as("the oldest, last of its day by id").isEqualTo("brief-0");
    }

    @Test
    void anArticleViewHasItsMentionsFactsEvidenceAndPhotos() {
        ArticleView view = graph.articles().view("harbor-lights-cast", 1).orElseThrow();

        assertThat(view.text()).startsWith("Moon Seo-jin plays Kang Ha-ri");
        ArticleMention first = view.mentions().get(0);
        assertThat(first.entity().name()).isEqualTo("Moon Seo-jin");
        assertThat(view.text().substring(first.start(), first.end())).isEqualTo("Moon Seo-jin");
        assertThat(view.facts()).hasSize(7);
        assertThat(view.evidence()).extracting(ArticleEvidence::sentence).contains(0, 1, 2, 3, 4);
        assertThat(view.evidence()).allSatisfy(e -> assertThat(view.text()).contains(e.snippet()));
        assertThat(view.photos()).singleElement().satisfies(p -> {
            assertThat(p.caption()).isEqualTo("Moon Seo-jin and Baek Do-yun at the pier for Harbor Lights.");
            assertThat(p.people()).extracting(Entity::name).containsExactly("Moon Seo-jin", "Baek Do-yun");
            assertThat(p.credit()).isEqualTo("Example Studio");
        });
        assertThat(graph.articles().view("no-such-article", 1)).isEmpty();
        assertThat(graph.articles().exists("harbor-lights-cast")).isTrue();
        assertThat(graph.articles().exists("no-such-article")).isFalse();
    }

    @Test
    void sourcesAreLimitedPerFactButCountedInFull() {
        Entity harbor = one("Harbor Lights", EntityType.WORK);
        graph.ingest(Stories.story("harbor-lights-again", "Harbor Lights, again", LocalDate.of(2026, 3, 8),
                "Moon Seo-jin plays Kang Ha-ri in Harbor Lights.", List.of(),
                org.dramagraph.fact.Fact.plays("Moon Seo-jin", "Kang Ha-ri", "Harbor Lights")));

        GraphFact plays = graph.work(harbor.id(), 1).orElseThrow().cast().stream()
                .filter(r -> r.person().name().equals("Moon Seo-jin")).findFirst().orElseThrow()
                .facts().stream().filter(f -> f.type().key().equals("plays")).findFirst().orElseThrow();

        assertThat(plays.sources()).hasSize(1);
        assertThat(plays.sourceCount()).isEqualTo(2);
        assertThat(graph.reviews().sources(plays.id(), 0, 10).items()).extracting(Source::articleId)
                .containsExactly("harbor-lights-again", "harbor-lights-cast");
        assertThat(graph.reviews().sources(plays.id(), 1, 10).items()).hasSize(1);
        assertThat(graph.reviews().fact(plays.id(), 5).orElseThrow().sources()).hasSize(2);
    }

    @Test
    void coStarsAreGroupedByPersonWithReunionsFirst() {
        Entity moon = one("Moon Seo-jin", EntityType.PERSON);

        List<CoStar> coStars = graph.entities().coStars(moon.id());

        assertThat(coStars).extracting(c -> c.person().name()).containsExactly("Baek Do-yun", "Han Ji-ho");
        assertThat(coStars.get(0).works()).extracting(Entity::name).containsExactly("Harbor Lights", "Winter Letters");
        assertThat(coStars.get(0).reunion()).isTrue();
        assertThat(coStars.get(1).reunion()).isFalse();
    }

    @Test
    void theNetworkLinksThosePeopleWhoSharedWorks() {
        Entity baek = one("Baek Do-yun", EntityType.PERSON);

        CoStarNetwork net = graph.entities().network(baek.id(), 10).orElseThrow();

        assertThat(net.people()).extracting(Entity::name).containsExactly("Baek Do-yun", "Moon Seo-jin");
        assertThat(net.links()).singleElement().satisfies(l -> assertThat(l.works()).hasSize(2));
        Entity moon = one("Moon Seo-jin", EntityType.PERSON);
        CoStarNetwork all = graph.entities().network(moon.id(), 10).orElseThrow();
        assertThat(all.people()).extracting(Entity::name).containsExactly("Moon Seo-jin", "Baek Do-yun", "Han Ji-ho");
        assertThat(all.links()).extracting(l -> l.a().name() + "-" + l.b().name() + ": "
                + l.works().stream().map(Entity::name).toList()).containsExactly(
                "Moon Seo-jin-Baek Do-yun: [Harbor Lights, Winter Letters]", "Moon Seo-jin-Han Ji-ho: [Night Market]");
        CoStarNetwork moons = graph.entities().network(moon.id(), 2).orElseThrow();
        assertThat(moons.people()).hasSize(2);
        assertThat(moons.links()).singleElement().satisfies(l -> assertThat(l.b().name()).isEqualTo("Baek Do-yun"));
        assertThat(graph.entities().network(one("Harbor Lights", EntityType.WORK).id(), 10)).isEmpty();
    }

    @Test
    void theMostNamedCountArticlesInThePeriod() {
        List<Mentioned> week = graph.entities().mostNamed(EntityType.PERSON, LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 3, 7), 10);

        assertThat(week.get(0).entity().name()).isEqualTo("Moon Seo-jin");
        assertThat(week.get(0).articles()).isEqualTo(3);
        assertThat(week).extracting(m -> m.entity().name()).doesNotContain("Oh Min-ji");
        assertThat(graph.entities().mostNamed(EntityType.WORK, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), 1))
                .extracting(m -> m.entity().name()).containsExactly("Harbor Lights");
    }

    @Test
    void entitiesAndArticlesComeInBatchesForTheIndex() {
        List<IndexedArticle> first = graph.articles().forIndex("", 2);
        List<IndexedArticle> rest = graph.articles().forIndex(first.get(1).id(), 10);

        assertThat(first).extracting(IndexedArticle::id).containsExactly("harbor-lights-cast", "moon-seo-jin-interview");
        assertThat(rest).extracting(IndexedArticle::id).containsExactly("night-market-cameo", "winter-letters-reunion");
        assertThat(graph.articles().hashes()).hasSize(4).containsEntry("harbor-lights-cast", first.get(0).hash());
        assertThat(first.get(0).entities()).contains(one("KBS2", EntityType.ORG).id());

        List<EntityNames> names = graph.entities().forIndex(0, 1000);
        assertThat(names).hasSize((int) graph.stats().entityCount());
        EntityNames moon = names.stream().filter(n -> n.entity().name().equals("Moon Seo-jin")).findFirst().orElseThrow();
        assertThat(moon.articles()).isEqualTo(4);
        assertThat(moon.aliases()).containsExactly("Moon Seo-jin");
    }

    @Test
    void theChangeMarkMovesWhenArticlesChange() {
        String before = graph.articles().changeMark();
        assertThat(graph.articles().changeMark()).isEqualTo(before);

        graph.ingest(Stories.story("extra", "Extra", LocalDate.of(2026, 3, 9), "Han Ji-ho plays Seo Woo in Night Market.",
                List.of(), org.dramagraph.fact.Fact.plays("Han Ji-ho", "Seo Woo", "Night Market")));

        assertThat(graph.articles().changeMark()).isNotEqualTo(before);
    }

    @Test
    void entitiesAreListedByTypeAPageAtATime() {
        Slice<Entity> works = graph.entities().ofType(EntityType.WORK, 0, 2);

        assertThat(works.total()).isEqualTo(3);
        assertThat(works.items()).hasSize(2).allMatch(e -> e.type() == EntityType.WORK);
        assertThat(graph.entities().entity(works.items().get(0).id())).contains(works.items().get(0));
        assertThat(graph.entities().entity(-1)).isEmpty();
    }
}
