package org.dramagraph.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {
    private static LineReader reader(String text, long max) {
        return new LineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
    }

    private static String next(LineReader lines) throws IOException, BadInputException {
        byte[] line = lines.next();
        return line == null ? null : new String(line, StandardCharsets.UTF_8);
    }

    @Test
    void splitsOnNewlinesDroppingCarriageReturns() throws Exception {
        LineReader lines = reader("one\r\ntwo\n\nlast", 100);

        assertThat(next(lines)).isEqualTo("one");
        assertThat(next(lines)).isEqualTo("two");
        assertThat(lines.lineOffset()).isEqualTo(5);
        assertThat(next(lines)).isEmpty();
        assertThat(next(lines)).isEqualTo("last");
        assertThat(lines.lineNumber()).isEqualTo(4);
        assertThat(next(lines)).isNull();
    }

    @Test
    void aLineOverTheCapIsSkippedAndReadingGoesOn() throws Exception {
        LineReader lines = reader("short\n" + "x".repeat(200_000) + "\nafter\n", 1000);

        assertThat(next(lines)).isEqualTo("short");
        assertThatThrownBy(() -> lines.next()).isInstanceOf(BadInputException.class)
                .hasMessage("line longer than the 1000 bytes input limit, skipped");
        assertThat(next(lines)).isEqualTo("after");
        assertThat(lines.lineNumber()).isEqualTo(3);
        assertThat(lines.lineOffset()).isEqualTo(6 + 200_001);
    }
}
