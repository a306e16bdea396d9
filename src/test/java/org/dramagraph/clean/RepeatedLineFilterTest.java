package org.dramagraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RepeatedLineFilterTest {
    private static final String TITLE = "Two Stars Share Their Thoughts On The New Drama";

    private final RepeatedLineFilter filter = new RepeatedLineFilter(TITLE);

    private boolean kept(String line) {
        return filter.keep(line) == line.length();
    }

    @Test
    void theTitleRepeatedInTheBodyGoesInAnyCaseOrPunctuation() {
        assertThat(kept(TITLE)).isFalse();
        assertThat(kept("two stars share their thoughts on the new drama!")).isFalse();
        assertThat(kept("‘Two Stars’ Share Their Thoughts — On The New Drama |")).isFalse();
    }

    @Test
    void aCutOffTitleGoesButAShortOrFullSentenceOpeningLikeItStays() {
        assertThat(kept("Two Stars Share Their")).isFalse();
        assertThat(kept("Two Stars")).isTrue();
        assertThat(kept("Two stars share their lunch.")).isTrue();
    }

    @Test
    void theTitleWithASectionCrumbGoes() {
        assertThat(kept(TITLE + " > TV-MOVIES")).isFalse();
        assertThat(kept(TITLE + " and the director explains why the ending changed")).isTrue();
    }

    @Test
    void aRepeatedLineKeepsItsFirstOccurrence() {
        assertThat(kept("The cast met for the first script reading.")).isTrue();
        assertThat(kept("The cast met for the first script reading.")).isFalse();
        assertThat(kept("THE CAST MET FOR THE FIRST SCRIPT READING")).isFalse();
        assertThat(kept("The cast met for the second script reading.")).isTrue();
    }

    @Test
    void oneWordLinesMayRepeat() {
        assertThat(kept("Q:")).isTrue();
        assertThat(kept("An answer.")).isTrue();
        assertThat(kept("Q:")).isTrue();
    }

    @Test
    void withoutATitleOnlyRepeatsGo() {
        RepeatedLineFilter untitled = new RepeatedLineFilter("");
        assertThat(untitled.keep("A short line.")).isPositive();
        assertThat(untitled.keep("A short line.")).isZero();
    }

    @Test
    void keysFoldCaseAccentsAndPunctuation() {
        assertThat(RepeatedLineFilter.key("  Café — “Déjà Vu”, it’s BACK! ")).isEqualTo("cafe deja vu its back");
    }
}
