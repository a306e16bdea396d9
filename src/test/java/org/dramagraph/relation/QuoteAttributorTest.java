package org.dramagraph.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dramagraph.extract.Analysis;
import org.dramagraph.extract.Extractor;
import org.dramagraph.source.Article;
import org.junit.jupiter.api.Test;

class QuoteAttributorTest {
    /** What makes a text drama news at all: without it, nothing is read from it. */
    private static final String DRAMA = "Kwon Do-yun plays the doctor in the drama “Blue Hour”. ";
    private final Extractor extractor = new Extractor();

    /** Each quotation the hand attributor gives a speaker: its rule, the speaker as written, the quotation's start. */
    private List<String> speakers(String body) {
        Analysis a = extractor.analyse(Article.of("t", "", DRAMA + body));
        return extractor.rules(a).stream().filter(r -> r.quote() != null)
                .map(r -> r.rule() + " " + r.person().text() + ": " + r.quote().text().substring(0, 12)).toList();
    }

    @Test
    void aNameAfterTheQuotationSpeaksIt() {
        assertThat(speakers("Kwon Do-yun smiled. “The sea scenes were cold,” Lim Ha-eun said."))
                .containsExactly("speaker-after Lim Ha-eun: The sea scen");
    }

    @Test
    void aSpeechVerbBeforeTheSentenceEndIntroducesNothingAfterIt() {
        // "laughed" is a speech verb, but its sentence ends before the quotation opens
        assertThat(speakers("Asked about the ending, she only laughed."
                + " “Ha-eun finally learns to stay,” Lim Ha-eun said."))
                .containsExactly("speaker-after Lim Ha-eun: Ha-eun final");
    }

    @Test
    void aSpeechVerbInTheSameSentenceIntroducesTheQuotation() {
        assertThat(speakers("Lim Ha-eun said, “I am ready for a new challenge now.”"))
                .containsExactly("speaker-before Lim Ha-eun: I am ready f");
    }
}
