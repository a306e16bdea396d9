package org.dramagraph.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordListTest {
    /** Every match of a regex in a text, as start-end spans, found the way a search finds them. */
    private static List<String> spans(String regex, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }

    @Test
    void wordsThatOpenAlikeShareTheirOpening() {
        assertThat(WordList.factor("(?:play|plays|played|portray)"))
                .isEqualTo("(?:p(?:lay(?:|s|ed)|ortray))");
    }

    @Test
    void aFactoredListMatchesWhatTheListMatchedAndPrefersTheSameWord() {
        String text = "he plays and played, portrays dramas x and drama x; a ab abc b ac x";
        for (String regex : List.of(
                "(?:play|plays|played|portray|portrays)",
                "(?:drama|dramas)(?:s x)?",
                "(?:dramas|drama)(?:s x)?",
                "(?:a|ab|b|abc|ac)(?: x)?",
                "(?:ab|a||ac|b)",
                "(?:, and|,|and|&) ",
                "x (?:drama|dramas) x")) {
            assertThat(spans(WordList.factor(regex), text)).as(regex).isEqualTo(spans(regex, text));
        }
    }

    @Test
    void whatIsNotAPlainWordListIsLeftAsItIs() {
        assertThat(WordList.factor("(?:[a-z]+ |the )?\\(?:a|b)")).isEqualTo("(?:[a-z]+ |the )?\\(?:a|b)");
        assertThat(WordList.factor("(?:he)")).isEqualTo("(?:he)");
    }
}
