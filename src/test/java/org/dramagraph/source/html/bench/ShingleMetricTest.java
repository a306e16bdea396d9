package org.dramagraph.source.html.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShingleMetricTest {

    @Test
    void tokensAreRunsOfLettersDigitsAndUnderscore() {
        assertThat(ShingleMetric.tokens("It's 9:30 -- snake_case, café!")).containsExactly(
                "It", "s", "9", "30", "snake_case", "café");
    }

    @Test
    void tokensFollowPythonsIsalnumNotJavasUnicodeWordClass() {
        // No (vulgar fraction) is alphanumeric for Python; a combining mark (Mn) and U+FE0F are not.
        assertThat(ShingleMetric.tokens("1½ cups")).containsExactly("1½", "cups");
        assertThat(ShingleMetric.tokens("e\u0301t\u00e9")).containsExactly("e", "té");
        assertThat(ShingleMetric.tokens("ok\u2764\uFE0Fyes")).containsExactly("ok", "yes");
        assertThat(ShingleMetric.tokens("드라마 2024년")).containsExactly("드라마", "2024년");
    }

    @Test
    void punctuationAndLayoutDoNotMatterButCaseDoes() {
        PageScore same = ShingleMetric.score("one two three four five", "one two.\n\n(three) four -- five");
        assertThat(same.exact()).isTrue();
        assertThat(same.precision()).hasValue(1.0);
        assertThat(ShingleMetric.score("one two three four five", "one two Three four five").tp()).isZero();
    }

    @Test
    void extraAndMissingShinglesCountAgainstPrecisionAndRecall() {
        // truth: a b c d e -> abcd, bcde; prediction: a b c d x -> abcd, bcdx
        PageScore s = ShingleMetric.score("a b c d e", "a b c d x");
        assertThat(s.tp()).isEqualTo(1);
        assertThat(s.fp()).isEqualTo(1);
        assertThat(s.fn()).isEqualTo(1);
        assertThat(s.precision()).hasValue(0.5);
        assertThat(s.recall()).hasValue(0.5);
    }

    @Test
    void shortTextsMakeOneShingleAndEmptyOnesNone() {
        assertThat(ShingleMetric.score("a b", "a b").precision()).hasValue(1.0);
        PageScore empty = ShingleMetric.score("a b c d", "");
        assertThat(empty.emptyPrediction()).isTrue();
        assertThat(empty.precision()).isEmpty();
        assertThat(empty.recall()).hasValue(0.0);
    }

    @Test
    void repeatedShinglesAreCountedWithMultiplicity() {
        PageScore s = ShingleMetric.score("a b c d", "a b c d a b c d");
        assertThat(s.tp()).isEqualTo(1);
        assertThat(s.fp()).isEqualTo(4);
    }
}
