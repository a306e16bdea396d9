package org.dramagraph.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RomanizationTest {
    @Test
    void splitsRomanizedWordsIntoFewestSyllables() {
        assertThat(Romanization.syllables("Joongki")).containsExactly("joong", "ki");
        assertThat(Romanization.syllables("Taecyeon")).hasSize(2);
        assertThat(Romanization.syllableCount("Hyun")).isEqualTo(1);
    }

    @Test
    void wordsThatCannotBeKoreanHaveNoSyllables() {
        assertThat(Romanization.syllables("Strength")).isEmpty();
        assertThat(Romanization.syllableCount("Crown")).isZero();
    }
}
