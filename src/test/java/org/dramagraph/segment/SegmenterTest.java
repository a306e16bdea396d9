package org.dramagraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
    private final Segmenter segmenter = new Segmenter();

    private List<String> sentences(String text) {
        return segmenter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAtSentenceEndsFollowedByACapital() {
        assertThat(sentences("The drama airs in May. It stars two leads! Will it work? Fans hope so."))
                .containsExactly("The drama airs in May.", "It stars two leads!", "Will it work?", "Fans hope so.");
    }

    @Test
    void sentencesGluedWithoutASpaceAreSplit() {
        assertThat(sentences("It is written by Yoon Ga-eun.On May 22 it was announced (working title).'Salt Road' airs "
                + "in 2026.The drama follows two leads (2016).A captain finds her. It costs 2.5 dollars at Mr.Hong's."))
                .containsExactly("It is written by Yoon Ga-eun.", "On May 22 it was announced (working title).",
                        "'Salt Road' airs in 2026.The drama follows two leads (2016).", "A captain finds her.",
                        "It costs 2.5 dollars at Mr.Hong's.");
    }

    @Test
    void keepsAbbreviationsAndInitialsInsideASentence() {
        assertThat(sentences("Mr. Sunshine aired on tvN. The thriller D.P. 2 follows.")).containsExactly(
                "Mr. Sunshine aired on tvN.", "The thriller D.P. 2 follows.");
        assertThat(sentences("It premieres at 9 p.m. KST on Friday.")).hasSize(1);
    }

    @Test
    void lineBreaksAreHardBoundariesAndEachLineIsAParagraph() {
        List<Sentence> s = segmenter.split("Heading without a period\nFirst line. Second sentence.\n\nNext line");
        assertThat(s).extracting(Sentence::text)
                .containsExactly("Heading without a period", "First line.", "Second sentence.", "Next line");
        assertThat(s).extracting(Sentence::paragraph).containsExactly(0, 1, 1, 2);
    }

    @Test
    void splitsSentencesGluedWithoutASpace() {
        assertThat(sentences("The writer was announced.On May 22 the cast followed."))
                .containsExactly("The writer was announced.", "On May 22 the cast followed.");
        assertThat(sentences("It remakes the film Mr.Hong with a new cast.")).hasSize(1);
    }

    @Test
    void keepsClosingQuoteMarksWithTheirSentence() {
        assertThat(sentences("She said, “It was fun.” Then she left."))
                .containsExactly("She said, “It was fun.”", "Then she left.");
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  One line.  Two line.";
        for (Sentence s : segmenter.split(text)) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        }
    }
}
