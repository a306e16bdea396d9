package org.dramagraph.learn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CalibrationTest {
    @Test
    void stepsFollowTheShareOfRightAnswersAndNeverGoDown() {
        // scores 0.1..0.4 are right 1 time in 4, scores 0.6..0.9 3 times in 4; one violation (0.4 right) pooled away
        double[] score = {0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9};
        boolean[] right = {false, false, false, true, true, false, true, true};
        Calibration c = Calibration.fit(score, right, 4);

        assertThat(c.scores()).containsExactly(new double[] {0.25, 0.75}, within(1e-12));
        assertThat(c.values()).containsExactly(0.25, 0.75);
        assertThat(c.apply(0.0)).isEqualTo(0.25);
        assertThat(c.apply(0.5)).isCloseTo(0.5, within(1e-12));
        assertThat(c.apply(1.0)).isEqualTo(0.75);
    }

    @Test
    void blocksThatViolateTheOrderArePooled() {
        double[] score = {0.1, 0.2, 0.3, 0.4};
        boolean[] right = {true, true, false, false};
        Calibration c = Calibration.fit(score, right, 2);

        assertThat(c.values()).containsExactly(0.5);
        assertThat(c.apply(0.9)).isEqualTo(0.5);
    }

    @Test
    void noHeldOutScoresLeaveScoresAsTheyAre() {
        assertThat(Calibration.fit(new double[0], new boolean[0], 10).apply(0.3)).isEqualTo(0.3);
    }
}
