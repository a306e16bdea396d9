package org.dramagraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dramagraph.source.Photo;
import org.junit.jupiter.api.Test;

/** The whole chain on an article written for this test, noise of every kind included. */
class CleanerTest {
    private static final String TITLE = "Jane Doe Returns As A Lawyer In ‘Quiet Harbor’";
    private static final String BODY = String.join("\n",
            "Home > Entertainment > K-Drama",
            "Jane Doe Returns As A Lawyer In ‘Quiet Harbor’",
            "By  | ",
            "Mar 27, 2024",
            "",
            "Jane Doeâ€™s cameo in \u201CQuiet Harbor\u201D surprised fans.\u00A0 The episode aired on Sunday.",
            "",
            "Advertisement",
            "",
            "Photo: Example Agency",
            "Jane Doe on set | Photo: Example TV",
            "“I missed playing her,” Doe said.  Thatâs all she said.",
            "",
            "Jane Doe Returns As A Lawyer In",
            "Article continues after ad",
            "“I missed playing her,” Doe said.  Thatâs all she said.",
            "",
            "",
            "",
            "Post a Comment",
            "3 Comments",
            "Thanks for reading!");

    private final CleanText clean = new Cleaner().clean(TITLE, BODY);

    @Test
    void keepsTheProseAndDropsTheNoise() {
        assertThat(clean.text()).isEqualTo(String.join("\n",
                "Jane Doe’s cameo in “Quiet Harbor” surprised fans. The episode aired on Sunday.",
                "",
                "Jane Doe on set",
                "“I missed playing her,” Doe said. That’s all she said."));
    }

    @Test
    void returnsTheImageCredits() {
        assertThat(clean.credits()).containsExactly(
                new Photo(null, null, "Example Agency", null),
                new Photo(null, "Jane Doe on set", "Example TV", null));
    }

    @Test
    void everyCleanCharacterPointsBackToItsOriginal() {
        assertThat(clean.original()).isEqualTo(BODY);
        String sentence = "surprised fans.";
        int start = clean.text().indexOf(sentence);
        int end = start + sentence.length();

        assertThat(BODY.substring(clean.originalOffset(start), clean.originalEnd(end))).isEqualTo(sentence);
        String quote = "“I missed playing her,” Doe said.";
        int q = clean.text().indexOf(quote);
        assertThat(clean.originalOffset(q)).isEqualTo(BODY.indexOf(quote));
        int repaired = clean.text().indexOf('’');
        assertThat(BODY.substring(clean.originalOffset(repaired))).startsWith("â€™s cameo");
    }

    @Test
    void theTitleIsRepairedToo() {
        assertThat(new Cleaner().cleanTitle("Jane Doeâ€™s  Return\u00A0")).isEqualTo("Jane Doe’s Return");
        assertThat(new Cleaner().cleanTitle(null)).isEmpty();
    }

    @Test
    void cleanTextNeedsNoFurtherCleaning() {
        CleanText again = new Cleaner().clean(TITLE, clean.text());

        assertThat(again.text()).isEqualTo(clean.text());
        assertThat(again.credits()).isEmpty();
    }

    @Test
    void emptyTextStaysEmpty() {
        CleanText empty = new Cleaner().clean("", "");

        assertThat(empty.text()).isEmpty();
        assertThat(empty.credits()).isEqualTo(List.of());
    }
}
