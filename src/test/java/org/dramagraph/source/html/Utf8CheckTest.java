package org.dramagraph.source.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8CheckTest {

    @Test
    void countsMultiByteSequencesAfterLongAsciiRuns() {
        String text = "0123456789abcdef".repeat(3) + "é" + "xyz".repeat(5) + "드라마" + "😀";
        Utf8Check c = Utf8Check.of(text.getBytes(StandardCharsets.UTF_8));
        assertThat(c.valid()).isTrue();
        assertThat(c.multiByte()).isEqualTo(5);
    }

    @Test
    void findsStrayBytesAnywhere() {
        byte[] b = "0123456789abcdef0123456789abcdef!".getBytes(StandardCharsets.US_ASCII);
        b[9] = (byte) 0xE9;
        b[b.length - 1] = (byte) 0xC3; // truncated two-byte sequence at the very end
        Utf8Check c = Utf8Check.of(b);
        assertThat(c.invalid()).isEqualTo(2);
        assertThat(c.multiByte()).isZero();
    }

    @Test
    void overlongAndSurrogateEncodingsAreNotUtf8() {
        assertThat(Utf8Check.of(new byte[]{(byte) 0xC0, (byte) 0xAF}).valid()).isFalse();
        assertThat(Utf8Check.of(new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}).valid()).isFalse();
        assertThat(Utf8Check.of(new byte[0]).valid()).isTrue();
    }
}
