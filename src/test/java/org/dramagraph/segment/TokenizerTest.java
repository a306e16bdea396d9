package org.dramagraph.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private List<String> tokens(String text) {
        return new Tokenizer().tokenize(text, 0, text.length()).stream().map(Token::text).toList();
    }

    @Test
    void possessiveIsATokenOfItsOwnButContractionsStayWhole() {
        assertThat(tokens("Song Joong-ki's role")).containsExactly("Song", "Joong-ki", "'s", "role");
        assertThat(tokens("Kim’s drama")).containsExactly("Kim", "’s", "drama");
        assertThat(tokens("it's fine, don't worry")).containsExactly("it's", "fine", ",", "don't", "worry");
        assertThat(tokens("Kim (D.P. 2)’s role")).containsExactly("Kim", "(", "D.P.", "2", ")", "’s", "role");
        assertThat(tokens("Harbor Lights‘s Kim")).containsExactly("Harbor", "Lights", "‘s", "Kim");
        assertThat(tokens("the ‘sun’")).containsExactly("the", "‘", "sun", "’");
    }

    @Test
    void keepsHyphensInitialismsPlusSignsAndTitles() {
        assertThat(tokens("K-drama D.P. on Disney+ with Mr. Sunshine"))
                .containsExactly("K-drama", "D.P.", "on", "Disney+", "with", "Mr.", "Sunshine");
    }

    @Test
    void punctuationIsSeparate() {
        assertThat(tokens("(Kingdom), “Signal”")).containsExactly("(", "Kingdom", ")", ",", "“", "Signal", "”");
    }

    @Test
    void offsetsCoverTheTokenText() {
        String text = "Kim Ji-won (Tanya)";
        for (Token t : new Tokenizer().tokenize(text, 0, text.length())) {
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        }
    }
}
