package org.dramagraph.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TermStatisticsTest {
    private static StoryArticle article(String id, String... words) {
        Map<String, Double> terms = new java.util.LinkedHashMap<>();
        for (String w : words) {
            terms.put(w, 1.0);
        }
        return new StoryArticle(id, null, terms, Set.of(), new int[0]);
    }

    @Test
    void rareWordsWeighMoreThanWordsEveryArticleUses() {
        TermStatistics stats = new TermStatistics();
        stats.observe(article("a", "drama", "wedding"));
        stats.observe(article("b", "drama", "ratings"));
        stats.observe(article("c", "drama", "ratings"));

        assertThat(stats.articles()).isEqualTo(3);
        assertThat(stats.weight("drama")).isCloseTo(1.0, within(1e-12));
        assertThat(stats.weight("ratings")).isCloseTo(Math.log(4.0 / 3) + 1, within(1e-12));
        assertThat(stats.weight("wedding")).isCloseTo(Math.log(2) + 1, within(1e-12));
        assertThat(stats.weight("unseen")).isCloseTo(Math.log(4) + 1, within(1e-12));
    }

    @Test
    void anArticleObservedTwiceCountsOnce() {
        TermStatistics stats = new TermStatistics();
        stats.observe(article("a", "drama"));
        stats.observe(article("a", "drama"));
        stats.observe(article("b", "finale"));

        assertThat(stats.articles()).isEqualTo(2);
        assertThat(stats.weight("drama")).isCloseTo(Math.log(3.0 / 2) + 1, within(1e-12));
    }
}
