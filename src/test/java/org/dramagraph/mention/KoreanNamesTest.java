package org.dramagraph.mention;

import org.dramagraph.lang.Lexicon;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.dramagraph.segment.Token;
import org.dramagraph.segment.Tokenizer;
import org.junit.jupiter.api.Test;

class KoreanNamesTest {
    private final KoreanNames names = new KoreanNames(Lexicon.standard(), Set.of("season"));

    private String fullNameAtStart(String text) {
        List<Token> tokens = new Tokenizer().tokenize(text, 0, text.length());
        int end = names.fullName(tokens, 0);
        return end < 0 ? null : text.substring(0, tokens.get(end - 1).end());
    }

    @Test
    void readsSpacedHyphenatedAndJoinedGivenNames() {
        assertThat(fullNameAtStart("Song Joong Ki plays")).isEqualTo("Song Joong Ki");
        assertThat(fullNameAtStart("Song Joong-ki plays")).isEqualTo("Song Joong-ki");
        assertThat(fullNameAtStart("Kim Sejeong plays")).isEqualTo("Kim Sejeong");
        assertThat(fullNameAtStart("Hyun Bin stars")).isEqualTo("Hyun Bin");
        assertThat(fullNameAtStart("Shin Min Ah stars")).isEqualTo("Shin Min Ah");
    }

    @Test
    void readsWesternOrderWithAHyphenatedGivenName() {
        assertThat(fullNameAtStart("Jung-suk Jo as Ik Joon")).isEqualTo("Jung-suk Jo");
    }

    @Test
    void rejectsFamilyNamesBeforeOrdinaryWords() {
        assertThat(fullNameAtStart("Song Strength")).isNull();
        assertThat(fullNameAtStart("Hong Kong")).isNull();
        assertThat(fullNameAtStart("Park Season")).isNull(); // "season" appears in lower case in the article
        assertThat(fullNameAtStart("Kim KBS")).isNull();
    }

    @Test
    void aHyphenatedGivenNameAloneIsAShortForm() {
        List<Token> tokens = new Tokenizer().tokenize("Hae-in smiled", 0, 13);
        assertThat(names.givenOnly(tokens, 0)).isEqualTo(1);
        assertThat(names.givenOnly(new Tokenizer().tokenize("Cha-Cha-Cha", 0, 11), 0)).isEqualTo(-1);
    }
}
