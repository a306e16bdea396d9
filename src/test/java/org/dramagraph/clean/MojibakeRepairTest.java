package org.dramagraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeRepairTest {
    private final MojibakeRepair stage = new MojibakeRepair();

    private String repair(String text) {
        return stage.apply(MappedText.of(text)).text();
    }

    /**
     * What a browser shows when a page's UTF-8 bytes are read in another code page: bytes the
     * code page leaves undefined show as the C1 control of the same number.
     */
    private static String misread(String text, String charset) {
        StringBuilder shown = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            String c = new String(new byte[] {b}, Charset.forName(charset));
            shown.append(c.equals("\uFFFD") ? (char) (b & 0xFF) : c);
        }
        return shown.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The actor’s “comeback” — a café scene…",
            "Ñoño and Zoë met in São Paulo; naïve résumé",
            "Korean words: 드라마 소식 and a smile 😊",
            "Price: 5 €, ™ and © kept"})
    void utf8ReadAsWindows1252IsRepaired(String text) {
        assertThat(repair(misread(text, "windows-1252"))).isEqualTo(text);
    }

    @Test
    void utf8ReadAsLatin1IsRepaired() {
        String text = "The actor’s café";
        assertThat(repair(misread(text, "ISO-8859-1"))).isEqualTo(text);
    }

    @Test
    void textMisreadTwiceIsRepairedToo() {
        String text = "She said “yes”";
        assertThat(repair(misread(misread(text, "windows-1252"), "windows-1252"))).isEqualTo(text);
    }

    @Test
    void thaiCodePageLeadWithLostLastByte() {
        // Windows-874 shows the lead byte 0xE2 as a Thai letter; 0x9D has no character and was lost.
        assertThat(repair("of the hero\u0E42\u20AC. \u0E42\u20AC\u0153I was sure")).isEqualTo("of the hero”. “I was sure");
        assertThat(repair("that\u0E42\u20AC\u2122s all")).isEqualTo("that’s all");
    }

    @Test
    void loneLeadBeforeAnEnglishCliticWasAnApostrophe() {
        assertThat(repair("The starâs role; I donât know; Iâm sure; theyâre here; weâll see"))
                .isEqualTo("The star’s role; I don’t know; I’m sure; they’re here; we’ll see");
    }

    @Test
    void closingQuoteWhoseLastByteWasLost() {
        assertThat(repair("He said â€œnoâ€ twice")).isEqualTo("He said “no” twice");
        assertThat(repair("He said â€œnoâ€\uFFFD twice")).isEqualTo("He said “no” twice");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Crème brûlée, pâté, château, dégâts and Âge d’or",
            "CAFÉ’S menu and ÉCOLE’S name",
            "Über «Straße» ÖL, Ça va? À bientôt.",
            "ภาษาไทย สวัสดีครับ",
            "Café Müller • Señor — naïve",
            "It cost 5 € and 3 £ (¿qué?) ¡olé!"})
    void legitimateTextIsLeftAlone(String text) {
        assertThat(repair(text)).isEqualTo(text);
    }

    @Test
    void everyRepairedCharacterMapsToTheStartOfItsSequence() {
        MappedText out = stage.apply(MappedText.of("Aâ€™B"));

        assertThat(out.text()).isEqualTo("A’B");
        assertThat(out.origins()).containsExactly(0, 1, 4);
    }
}
