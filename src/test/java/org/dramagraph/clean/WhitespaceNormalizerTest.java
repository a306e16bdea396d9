package org.dramagraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhitespaceNormalizerTest {
    private final WhitespaceNormalizer normalizer = new WhitespaceNormalizer();

    @Test
    void oddSpacesBecomeOneSpaceAndInvisibleCharactersGo() {
        MappedText out = normalizer.apply(MappedText.of("  Kim\u00A0\u00A0Soo\u200B Hyun\u2009stars\t. \u00ADx\uFEFF"));

        assertThat(out.text()).isEqualTo("Kim Soo Hyun stars . x");
    }

    @Test
    void lineBreaksAreKeptAndLinesTrimmed() {
        MappedText out = normalizer.apply(MappedText.of("First line.  \r\n  Second line.\r\rThird\u2028Fourth"));

        assertThat(out.text()).isEqualTo("First line.\nSecond line.\n\nThird\nFourth");
    }

    @Test
    void theOffsetMapPointsAtTheOriginalCharacters() {
        String original = "\u00A0Ab \u200B  cd\r\nef";
        MappedText out = normalizer.apply(MappedText.of(original));

        assertThat(out.text()).isEqualTo("Ab cd\nef");
        for (int i = 0; i < out.length(); i++) {
            char kept = out.charAt(i);
            char from = original.charAt(out.origin(i));
            assertThat(kept == from || Character.isWhitespace(kept) && Character.isWhitespace(from))
                    .as("char %d '%s' from '%s'", i, kept, from).isTrue();
        }
    }

    @Test
    void zeroWidthJoinersInEmojiStay() {
        assertThat(normalizer.apply(MappedText.of("fans 👩\u200D👩 cheer")).text()).isEqualTo("fans 👩\u200D👩 cheer");
    }
}
