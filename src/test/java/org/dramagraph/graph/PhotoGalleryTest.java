package org.dramagraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.dramagraph.extract.Extractor;
import org.dramagraph.source.Article;
import org.dramagraph.source.Photo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(StoreKind.class)
class PhotoGalleryTest {
    private static final String FIRST = "Han Seo-yeon plays Yoon Bada in 'Salt and Starlight', which airs on tvN."
            + " Park Min-gyu wrote the series.";
    private static final String SECOND = "Han Seo-yeon will host a fan meeting in Seoul next month.";

    @TempDir
    Path dir;

    @Parameter
    StoreKind kind;

    private final Extractor extractor = new Extractor();

    private static Article article(String id, LocalDate date, String text, Photo... photos) {
        return new Article(id, id, null, "Drama news", date, text, List.of(photos));
    }

    private Entity person(GraphStore graph, String name) {
        return graph.find(name, EntityType.PERSON).get(0);
    }

    @Test
    void photosKeepTheirCaptionsAndThePeopleTheyName() {
        Photo pair = new Photo("https://img.example/1.jpg", "Han Seo-yeon and Park Min-gyu at the press conference",
                "tvN", "two people");
        Photo set = new Photo("https://img.example/2.jpg", "The lighthouse set", null, null);
        Photo solo = new Photo("https://img.example/3.jpg", "Seo-yeon waves to fans", "Drama Daily", null);
        try (GraphStore graph = GraphStore.open(kind.create(dir))) {
            graph.ingest(extractor.extract(article("first", LocalDate.of(2024, 3, 1), FIRST, pair, set)));
            graph.ingest(extractor.extract(article("second", LocalDate.of(2024, 4, 1), SECOND, solo)));

            List<ArticlePhoto> first = graph.photos("first");
            assertThat(first).extracting(ArticlePhoto::url).containsExactly(pair.url(), set.url());
            assertThat(first.get(0).caption()).isEqualTo(pair.caption());
            assertThat(first.get(0).credit()).isEqualTo("tvN");
            assertThat(first.get(0).alt()).isEqualTo("two people");
            assertThat(first.get(0).people()).extracting(Entity::name).containsExactly("Han Seo-yeon", "Park Min-gyu");
            assertThat(first.get(1).people()).isEmpty();

            Entity han = person(graph, "Han Seo-yeon");
            assertThat(graph.photosOf(han.id())).extracting(ArticlePhoto::articleId, ArticlePhoto::url)
                    .containsExactly(org.assertj.core.api.Assertions.tuple("second", solo.url()),
                            org.assertj.core.api.Assertions.tuple("first", pair.url()));
            assertThat(graph.photosOf(person(graph, "Park Min-gyu").id())).extracting(ArticlePhoto::url)
                    .containsExactly(pair.url());
        }
    }

    @Test
    void aPersonOnlyACaptionNamesIsLinkedAndGoesAwayWithTheCaption() throws Exception {
        StoreLocation store = kind.create(dir);
        Photo guest = new Photo("https://img.example/4.jpg", "Kim Tae-hee arrives at the premiere", null, null);
        try (GraphStore graph = GraphStore.open(store)) {
            graph.ingest(extractor.extract(article("first", null, FIRST, guest)));
            Entity kim = person(graph, "Kim Tae-hee");
            assertThat(graph.photosOf(kim.id())).extracting(ArticlePhoto::url).containsExactly(guest.url());
            StoreChecks.assertConsistent(store);

            graph.ingest(extractor.extract(article("first", null, FIRST + " The finale airs in June.")));
            assertThat(graph.find("Kim Tae-hee")).isEmpty();
            assertThat(graph.photos("first")).isEmpty();
        }
        StoreChecks.assertConsistent(store);
    }

    @Test
    void thumbnailsAreRecordedAndGoWithTheirPhotos() {
        Photo pair = new Photo("https://img.example/1.jpg", "Han Seo-yeon at the press conference", null, null);
        try (GraphStore graph = GraphStore.open(kind.create(dir))) {
            graph.ingest(extractor.extract(article("first", null, FIRST, pair)));

            assertThat(graph.setThumbnail("first", 0, "ab12.jpg")).isTrue();
            assertThat(graph.setThumbnail("first", 5, "none.jpg")).isFalse();
            assertThat(graph.photos("first").get(0).thumbnail()).isEqualTo("ab12.jpg");
        }
    }
}
