package org.dramagraph.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dramagraph.graph.GraphStore;
import org.dramagraph.fact.Fact;
import org.dramagraph.web.Stories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {
    @TempDir
    Path dir;
    GraphStore graph;
    SearchIndex index;
    IndexSync sync;

    @BeforeEach
    void fill() {
        graph = Stories.store(dir.resolve("g.db"));
        index = SearchIndex.open(dir.resolve("index"));
        sync = new IndexSync(index);
        sync.sync(graph);
    }

    @AfterEach
    void close() {
        index.close();
        graph.close();
    }

    private List<String> titles(String q, Kind kind) {
        return index.search(q, kind, 0, 10).hits().stream().map(SearchHit::title).toList();
    }

    @Test
    void namesAreFoundWhateverTheirSpacingHyphensCaseOrRomanization() {
        for (String q : List.of("Moon Seo-jin", "moon seojin", "MOONSEOJIN", "moon seo jin", "mun seo jin")) {
            assertThat(titles(q, Kind.PERSON)).as(q).first().isEqualTo("Moon Seo-jin");
        }
        assertThat(titles("seojin", Kind.PERSON)).as("given name alone").containsExactly("Moon Seo-jin");
        assertThat(titles("moon se", Kind.PERSON)).as("the start of a name").containsExactly("Moon Seo-jin");
        assertThat(titles("harborlights", Kind.WORK)).containsExactly("Harbor Lights");
    }

    @Test
    void articlesAreFoundByWordsAndByTheEntitiesTheyNameWithHighlightedPassages() {
        SearchResults r = index.search("moon seojin", Kind.ARTICLE, 0, 10);

        assertThat(r.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder("harbor-lights-cast",
                "winter-letters-reunion", "night-market-cameo", "moon-seo-jin-interview");
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.snippet()).contains("<mark>Moon</mark> <mark>Seo</mark>-<mark>jin</mark>"));
        SearchResults words = index.search("grew up by the sea", Kind.ARTICLE, 0, 10);
        assertThat(words.hits()).extracting(SearchHit::id).containsExactly("moon-seo-jin-interview");
        assertThat(words.hits().get(0).snippet()).contains("<mark>grew</mark>").contains("&quot;");
        assertThat(words.hits().get(0).date()).isEqualTo(LocalDate.of(2026, 3, 7));
    }

    @Test
    void facetsCountHitsByKindAndAKindFiltersThem() {
        SearchResults all = index.search("harbor lights", null, 0, 10);

        assertThat(all.facets().get(Kind.WORK)).isEqualTo(1);
        assertThat(all.facets().get(Kind.ARTICLE)).isEqualTo(3);
        assertThat(all.facets().get(Kind.PERSON)).isZero();
        assertThat(all.total()).isEqualTo(all.facets().values().stream().mapToLong(Long::longValue).sum());
        assertThat(all.hits().get(0).kind()).isEqualTo(Kind.WORK);
        SearchResults works = index.search("harbor lights", Kind.WORK, 0, 10);
        assertThat(works.hits()).extracting(SearchHit::kind).containsOnly(Kind.WORK);
        assertThat(works.total()).isEqualTo(1);
    }

    @Test
    void resultsArePaged() {
        SearchResults first = index.search("moon seojin", Kind.ARTICLE, 0, 3);
        SearchResults second = index.search("moon seojin", Kind.ARTICLE, 3, 3);

        assertThat(first.hits()).hasSize(3);
        assertThat(first.hasMore()).isTrue();
        assertThat(second.hits()).hasSize(1);
        assertThat(second.hasMore()).isFalse();
        assertThat(second.hits().get(0).id()).isNotIn(first.hits().stream().map(SearchHit::id).toList());
        assertThatThrownBy(() -> index.search("x", null, SearchIndex.MAX_DEPTH, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void queriesWithoutMatchesOrWithOperatorsOnlyFindNothingQuietly() {
        assertThat(index.search("zzzz qqqq", null, 0, 10).hits()).isEmpty();
        assertThat(index.search("\"((( -- ~~", null, 0, 10).total()).isZero();
        assertThat(index.search("?", null, 0, 10).total()).isZero();
    }

    @Test
    void anIndexWrittenByAnotherVersionIsBuiltAnew() throws Exception {
        index.close();
        try (var dir = org.apache.lucene.store.FSDirectory.open(this.dir.resolve("index"));
             var old = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig())) {
            old.setLiveCommitData(java.util.Map.of(Fields.SCHEMA_KEY, "0").entrySet());
            old.commit();
        }
        index = SearchIndex.open(dir.resolve("index"));
        assertThat(index.size()).isZero();

        assertThat(new IndexSync(index).sync(graph).indexed()).isEqualTo(4);
        assertThat(titles("moon seojin", Kind.PERSON)).containsExactly("Moon Seo-jin");
    }

    @Test
    void syncIndexesNewAndChangedArticlesAndDropsRemovedOnes() {
        assertThat(sync.sync(graph)).isEqualTo(new IndexSync.Report(0, 0, 0));

        graph.ingest(Stories.story("night-market-finale", "Night Market ends", LocalDate.of(2026, 3, 9),
                "Han Ji-ho plays Seo Woo in Night Market until the lanterns go out.", List.of(),
                Fact.plays("Han Ji-ho", "Seo Woo", "Night Market")));
        IndexSync.Report report = sync.sync(graph);

        assertThat(report.indexed()).isEqualTo(1);
        assertThat(report.entities()).isEqualTo((int) graph.stats().entityCount());
        assertThat(titles("lanterns", Kind.ARTICLE)).containsExactly("Night Market ends");

        // a new index over the same folder knows what is indexed already
        index.close();
        index = SearchIndex.open(dir.resolve("index"));
        assertThat(new IndexSync(index).sync(graph).indexed()).isZero();
        assertThat(titles("lanterns", Kind.ARTICLE)).containsExactly("Night Market ends");
    }

    @Test
    void aSecondServerOnTheSameFolderKeepsItsOwnIndexBesideIt() {
        Path folder = dir.resolve("index");
        SearchIndex.Opened second = SearchIndex.openUnheld(folder);
        SearchIndex.Opened third = SearchIndex.openUnheld(folder);
        try {
            assertThat(second.folder()).isEqualTo(dir.resolve("index.2"));
            assertThat(third.folder()).isEqualTo(dir.resolve("index.3"));
            assertThat(new IndexSync(second.index()).sync(graph).indexed()).isEqualTo(4);
            assertThat(second.index().search("moon seojin", Kind.PERSON, 0, 10).hits()).extracting(SearchHit::title)
                    .containsExactly("Moon Seo-jin");
        } finally {
            third.index().close();
            second.index().close();
        }
        index.close();
        SearchIndex.Opened again = SearchIndex.openUnheld(folder);
        index = again.index();
        assertThat(again.folder()).isEqualTo(folder);
        assertThat(new IndexSync(index).sync(graph).indexed()).isZero(); // the first server's index, filled
    }
}
