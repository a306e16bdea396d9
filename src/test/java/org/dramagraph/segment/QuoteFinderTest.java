package org.dramagraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {
    private List<String> quotes(String text) {
        return new QuoteFinder().find(text).stream().map(Quotation::text).toList();
    }

    @Test
    void findsStraightAndCurlyQuotes() {
        assertThat(quotes("He starred in 'Signal' and “Kingdom” last year.")).containsExactly("Signal", "Kingdom");
    }

    @Test
    void apostrophesInsideWordsAreNotQuoteMarks() {
        assertThat(quotes("Kim's drama 'Sky Castle' didn't air on Kim’s channel.")).containsExactly("Sky Castle");
    }

    @Test
    void doubleQuoteClosedByASingleMarkIsStillFound() {
        List<Quotation> q = new QuoteFinder().find("He said, \"I came because I loved the role.' Then he left.");
        assertThat(q).extracting(Quotation::text).containsExactly("I came because I loved the role.");
        assertThat(q.get(0).closed()).isTrue();
    }

    @Test
    void singleQuoteClosedByAnOpeningMarkIsFound() {
        assertThat(quotes("after the success of ‘Lovers of the Sky‘, the actor returned")).containsExactly("Lovers of the Sky");
    }

    @Test
    void quoteLeftOpenRunsToTheLineEnd() {
        List<Quotation> q = new QuoteFinder().find("She said, “We were told the story was\nNext line.");
        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.text()).isEqualTo("We were told the story was");
            assertThat(x.closed()).isFalse();
        });
    }

    @Test
    void titlesNestedInSpeechAreFoundToo() {
        List<Quotation> q = new QuoteFinder().find("She said, “Watching ‘Signal’ changed me.”");
        assertThat(q).extracting(Quotation::text).containsExactly("Watching ‘Signal’ changed me.", "Signal");
        assertThat(q).extracting(Quotation::depth).containsExactly(0, 1);
    }
}
