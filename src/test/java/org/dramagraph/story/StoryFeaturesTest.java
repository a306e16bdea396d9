package org.dramagraph.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.dramagraph.extract.Extractor;
import org.dramagraph.source.Article;
import org.junit.jupiter.api.Test;

class StoryFeaturesTest {
    private static final Extractor EXTRACTOR = new Extractor();
    private final StoryFeatures features = new StoryFeatures();

    private StoryArticle read(String id, String title, String text) {
        return features.read(EXTRACTOR.extract(new Article(id, id, null, title, LocalDate.of(2025, 3, 3), text, List.of())));
    }

    @Test
    void readsStemmedWordsWithSublinearCountsAndNoStopWords() {
        StoryArticle a = read("a", "Lanterns lit again", "The lanterns were lit. Lanterns and more lanterns.");

        assertThat(a.id()).isEqualTo("a");
        assertThat(a.published()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(a.terms().keySet()).containsExactly("lantern", "lit", "again", "were", "more"); // Lucene's short English stop list
        assertThat(a.terms().get("lantern")).isCloseTo(1 + Math.log(4), within(1e-12));
        assertThat(a.terms().get("lit")).isCloseTo(1 + Math.log(2), within(1e-12));
        assertThat(a.terms().get("more")).isEqualTo(1.0);
    }

    @Test
    void keepsLooseKeysOfThePeopleAndWorksNamed() {
        StoryArticle a = read("b", "Han Bo-ra joins 'Paper Lanterns'",
                "Actress Han Bo-ra will star in the KBS2 drama \"Paper Lanterns,\" her agency said. Han Bo Ra plays a lantern maker.");

        // "Han Bo-ra" and "Han Bo Ra" are one key; the network is neither a person nor a work
        assertThat(a.names()).containsExactly("hanbora", "paperlanterns");
    }

    @Test
    void sketchesTheWordingSoThatCopiesAgreeAndOtherTextsDoNot() {
        String text = "Filming begins in April in Andong, where the production has rebuilt a market street of the period.";
        StoryArticle a = read("c", "One", text);
        StoryArticle copy = read("d", "One", text);
        StoryArticle other = read("e", "Two", "Ratings for the finale reached a record high on Sunday night across the country.");

        assertThat(a.sketch()).hasSize(128).isEqualTo(copy.sketch());
        assertThat(agreeing(a, other)).isLessThan(10);
        assertThat(read("f", "", "Two words").sketch()).isEmpty();
    }

    private static int agreeing(StoryArticle a, StoryArticle b) {
        int same = 0;
        for (int i = 0; i < a.sketch().length; i++) {
            same += a.sketch()[i] == b.sketch()[i] ? 1 : 0;
        }
        return same;
    }
}
