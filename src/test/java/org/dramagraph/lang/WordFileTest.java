package org.dramagraph.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordFileTest {
    @Test
    void entriesComeOneALineInOrderWithoutCommentsBlankLinesOrOuterSpaces() {
        List<String> lines = List.of(
                "# Nouns for kinds of work.",
                "drama",
                "",
                "  film  ",
                "   # an indented comment",
                "such as",
                "k-drama");
        assertThat(WordFile.parse("nouns.txt", lines)).containsExactly("drama", "film", "such as", "k-drama");
    }

    @Test
    void anEntryListedTwiceNamesBothLines() {
        assertThatThrownBy(() -> WordFile.parse("nouns.txt", List.of("drama", "film", "drama")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nouns.txt:3: 'drama' is listed twice (first on line 1)");
    }

    @Test
    void aCommentAfterAnEntryIsRefused() {
        assertThatThrownBy(() -> WordFile.parse("nouns.txt", List.of("# fine", "drama # the noun")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("nouns.txt:2: '#' after an entry: comments go on lines of their own");
    }

    @Test
    void aMissingListNamesItselfAndItsOwner() {
        assertThatThrownBy(() -> WordFile.list(WordFileTest.class, "no-such-list.txt"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("missing resource no-such-list.txt beside org.dramagraph.lang.WordFileTest");
    }

    @Test
    void aBundledListReadsAsASet() {
        assertThat(WordFile.set(Lexicon.class, "dates.txt")).contains("january", "sept", "sunday").hasSize(31);
    }
}
