package org.dramagraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dramagraph.fact.Fact;
import org.dramagraph.fact.FactType;
import org.junit.jupiter.api.Test;

class ScorerTest {
    @Test
    void namesMatchAfterFoldingAndAnyGoldAlternativeCounts() {
        Fact gold = Fact.plays("Kim Ji-won", "Hong Hae In | Hae-in", "Queen of Tears");
        assertThat(FactMatcher.matches(gold, Fact.plays("KIM JI WON", "Hae In", "queen of tears"))).isTrue();
        assertThat(FactMatcher.matches(gold, Fact.plays("Kim Ji-won", "Hong", "Queen of Tears"))).isFalse();
        assertThat(FactMatcher.matches(gold, Fact.cast("Kim Ji-won", "Queen of Tears"))).isFalse();
    }

    @Test
    void quotesMatchOnTheirFirstSixWords() {
        Fact gold = Fact.quote("Han Seo-jin", "The script made me cry on the first read.");
        assertThat(FactMatcher.matches(gold, Fact.quote("Han Seo-jin", "The script made me cry on the second day"))).isTrue();
        assertThat(FactMatcher.matches(gold, Fact.quote("Han Seo-jin", "The script made you cry"))).isFalse();
        assertThat(FactMatcher.matches(gold, Fact.quote("Han Seo-jin", "The script made"))).isTrue();
    }

    @Test
    void repeatedPredictionsCountOnceAndEachGoldFactMatchesOnce() {
        Map<String, List<Fact>> gold = Map.of("a", List.of(Fact.cast("Han Seo-jin", "Winter Letters"),
                Fact.wrote("Oh Seung-ah", "Winter Letters")));
        Map<String, List<Fact>> predicted = Map.of("a", List.of(Fact.cast("Han Seo-jin", "Winter Letters"),
                Fact.cast("Han Seojin", "Winter Letters"), Fact.directed("Oh Seung-ah", "Winter Letters")),
                "unknown-article", List.of(Fact.cast("X", "Y")));

        Score score = Scorer.score(gold, predicted);

        assertThat(score.of(FactType.CAST)).isEqualTo(new Score.Counts(1, 0, 0));
        assertThat(score.of(FactType.WROTE)).isEqualTo(new Score.Counts(0, 0, 1));
        assertThat(score.of(FactType.DIRECTED)).isEqualTo(new Score.Counts(0, 1, 0));
        assertThat(score.total().precision()).isEqualTo(0.5);
        assertThat(score.total().recall()).isEqualTo(0.5);
        assertThat(score.misses()).extracting(Score.Scored::fact).containsExactly(Fact.wrote("Oh Seung-ah", "Winter Letters"));
    }
}
