package org.dramagraph.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SizesTest {
    @Test
    void parsesBytesAndSuffixes() {
        assertThat(Sizes.parse("1000")).isEqualTo(1000);
        assertThat(Sizes.parse("64k")).isEqualTo(64 * 1024);
        assertThat(Sizes.parse(" 200 MB ")).isEqualTo(200L * 1024 * 1024);
        assertThat(Sizes.parse("2G")).isEqualTo(2L * 1024 * 1024 * 1024);
    }

    @Test
    void rejectsWhatIsNotASize() {
        assertThatThrownBy(() -> Sizes.parse("big")).hasMessage("not a size: big");
        assertThatThrownBy(() -> Sizes.parse("-5")).hasMessage("not a positive size: -5");
        assertThatThrownBy(() -> Sizes.parse("99999999999G")).hasMessage("not a size: 99999999999G");
    }

    @Test
    void describesForPeople() {
        assertThat(Sizes.describe(812)).isEqualTo("812 bytes");
        assertThat(Sizes.describe(50L * 1024 * 1024)).isEqualTo("50 MB");
        assertThat(Sizes.describe(3277)).isEqualTo("3.2 KB");
    }

    @Test
    void aSizeOverALimitReadsAsOverIt() {
        long limit = 50L * 1024 * 1024;
        assertThat(Sizes.describeOver(limit + 1, limit)).isEqualTo("52,428,801 bytes");
        assertThat(Sizes.describeOver(limit + 52_428, limit)).isEqualTo("52,481,228 bytes");
        assertThat(Sizes.describeOver(limit + 52_429, limit)).isEqualTo("50.1 MB");
        assertThat(Sizes.describeOver(200 * 1024 * 1024, limit)).isEqualTo("200 MB");
        assertThat(Sizes.describeOver(1025, 1024)).isEqualTo("1,025 bytes");
        assertThat(Sizes.describeOver(2L * 1024 * 1024 * 1024 + 1, 2L * 1024 * 1024 * 1024))
                .isEqualTo("2,147,483,649 bytes");
    }
}
