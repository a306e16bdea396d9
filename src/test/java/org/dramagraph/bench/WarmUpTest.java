package org.dramagraph.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WarmUpTest {

    /** Feeds one window a second at the given rates; returns the window the warm-up ended after (1-based), or 0. */
    private static int endsAfter(double minSeconds, double... rates) {
        WarmUp warmUp = new WarmUp(minSeconds);
        for (int i = 0; i < rates.length; i++) {
            if (warmUp.settled(rates[i], i + 1)) {
                return i + 1;
            }
        }
        return 0;
    }

    @Test
    void goesOnWhileTheCompilerKeepsMakingItFaster() {
        // a plateau of four windows, then a jump: the plateau was not the end
        assertThat(endsAfter(0, 100, 200, 300, 301, 299, 302, 300, 400, 401, 400, 399, 402, 398)).isEqualTo(13);
    }

    @Test
    void endsWhenFiveWindowsBringNothingNew() {
        assertThat(endsAfter(0, 500, 500, 500, 500, 500, 500)).isEqualTo(6);
    }

    @Test
    void noiseBelowTwoPercentIsNotProgress() {
        assertThat(endsAfter(0, 500, 505, 509, 501, 508, 509)).isEqualTo(6);
    }

    @Test
    void runsAtLeastTheMinimumTimeHoweverSteady() {
        assertThat(endsAfter(8, 500, 500, 500, 500, 500, 500, 500, 500, 500)).isEqualTo(8);
    }

    @Test
    void stopsAtTheCapEvenIfStillImproving() {
        WarmUp warmUp = new WarmUp(0);
        boolean settled = false;
        int windows = 0;
        while (!settled) {
            windows++;
            settled = warmUp.settled(Math.pow(1.05, windows), windows); // 5% faster every window
        }
        assertThat(windows).isEqualTo((int) WarmUp.MAX_SECONDS);
    }
}
