package org.dramagraph.source.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChromeLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Advertisement", "ADVERTISEMENT", " - Advert - ", "Story continues below", "광고"})
    void adLabels(String line) {
        assertThat(ChromeLines.isAdLabel(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Updated 9:30 pm CST Tuesday, November 19, 2019", "Published Nov. 19, 2019",
        "19 November 2019 | 14:05", "2024년 3월 5일 09:30"})
    void datelines(String line) {
        assertThat(ChromeLines.isDateline(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The drama premiered in November 2019 to strong ratings.",
        "The calendar above was published by the organisers in January 2019",
        "Ad revenue fell in 2019", "Episode 3"})
    void proseIsNotChrome(String line) {
        assertThat(ChromeLines.isDateline(line)).isFalse();
        assertThat(ChromeLines.isAdLabel(line)).isFalse();
        assertThat(ChromeLines.isSignOff(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Follow us on Twitter and Facebook for more drama news.",
        "Have a tip? The writer may be reached at tips@example.org.",
        "Email the author at jdoe@example.org or follow her on Instagram @jdoe."})
    void signOffs(String line) {
        assertThat(ChromeLines.isSignOff(line)).isTrue();
    }
}
