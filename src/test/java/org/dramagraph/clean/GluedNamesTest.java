package org.dramagraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GluedNamesTest {
    private final GluedNames stage = new GluedNames();

    private String clean(String text) {
        return stage.apply(MappedText.of(text)).text();
    }

    @Test
    void namesRunTogetherByListMarkupAreSeparated() {
        assertThat(clean("The cast includes Baek Min HoonCha Eun Sol, Moon Tae YangKim Ha Rin, and Ko Min-jae."))
                .isEqualTo("The cast includes Baek Min Hoon, Cha Eun Sol, Moon Tae Yang, Kim Ha Rin, and Ko Min-jae.");
    }

    @Test
    void wordsWithInnerCapitalsThatAreNotTwoNamesStayWhole() {
        String text = "Watch it on YouTube Premium or at McDonald Hall with DotS Kim and iPhone Lee; BaekHyun Park sings.";
        assertThat(clean(text)).isSameAs(text);
    }

    @Test
    void theSeparatorMapsBackToTheEndOfTheFirstName() {
        MappedText out = stage.apply(MappedText.of("Lee Ji HoonCha Eun Sol"));
        assertThat(out.text()).isEqualTo("Lee Ji Hoon, Cha Eun Sol");
        assertThat(out.origin(11)).isEqualTo(10);
        assertThat(out.origin(13)).isEqualTo(11);
    }
}
