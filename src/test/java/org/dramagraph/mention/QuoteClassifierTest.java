package org.dramagraph.mention;

import org.dramagraph.lang.Lexicon;
import static org.assertj.core.api.Assertions.assertThat;

import org.dramagraph.segment.Quotation;
import org.dramagraph.segment.QuoteFinder;
import org.junit.jupiter.api.Test;

class QuoteClassifierTest {
    private final QuoteClassifier classifier = new QuoteClassifier(Lexicon.standard());

    private QuoteKind kind(String text) {
        Quotation q = new QuoteFinder().find(text).get(0);
        return classifier.classify(text, q);
    }

    @Test
    void titleCaseRunsAreTitles() {
        assertThat(kind("She joins the drama “Lanterns of the East Sea” next year.")).isEqualTo(QuoteKind.TITLE);
        assertThat(kind("He starred in 'Twenty-5 Twenty-One' before.")).isEqualTo(QuoteKind.TITLE);
    }

    @Test
    void clausesAndQuotesNextToSpeechVerbsAreSpeech() {
        assertThat(kind("She said, “The script moved me deeply.”")).isEqualTo(QuoteKind.SPEECH);
        assertThat(kind("“Middle School Number Two,” he replied.")).isEqualTo(QuoteKind.SPEECH);
        assertThat(kind("The poster reads “we will find you, wherever you are” in red.")).isEqualTo(QuoteKind.SPEECH);
    }

    @Test
    void aTitleAfterATitleCueStaysATitleEvenBeforeASpeechVerb() {
        assertThat(kind("Comparing her to her role from “Noona Who Cooks,” she remarked, “It differs.”"))
                .isEqualTo(QuoteKind.TITLE);
    }

    @Test
    void quotedKoreanNamesAndScareQuotesAreTheirOwnKinds() {
        assertThat(kind("He returned as his old character 'Won Ryu-hwan' in the show.")).isEqualTo(QuoteKind.NAME);
        assertThat(kind("She is called a “master” of romance.")).isEqualTo(QuoteKind.OTHER);
    }
}
