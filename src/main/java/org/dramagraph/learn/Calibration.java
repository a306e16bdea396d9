package org.dramagraph.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a classifier's score into the probability of being right, as measured on held-out
 * predictions: isotonic regression (pool adjacent violators), a non-decreasing step function from
 * score to the share of right answers. Between steps it interpolates; past the ends it holds.
 *
 * @param scores the step points, increasing
 * @param values the probability at each step point, non-decreasing
 */
public record Calibration(double[] scores, double[] values) {
    /** No calibration: the score is taken as the probability. */
    public static final Calibration IDENTITY = new Calibration(new double[] {0, 1}, new double[] {0, 1});

    public Calibration {
        if (scores.length != values.length || scores.length == 0) {
            throw new IllegalArgumentException("a calibration needs as many values as scores, and at least one");
        }
        scores = scores.clone();
        values = values.clone();
    }

    /**
     * Fits a calibration to held-out scores and whether each was right.
     *
     * @param minBlock the fewest predictions a step may rest on (small steps fit noise)
     */
    public static Calibration fit(double[] score, boolean[] right, int minBlock) {
        int n = score.length;
        if (n == 0) {
            return IDENTITY;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
        // blocks of at least minBlock predictions, then merged while they violate the order
        List<double[]> blocks = new ArrayList<>(); // {sum of right, count, sum of scores}
        double[] open = null;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (open == null) {
                open = new double[3];
            }
            open[0] += right[i] ? 1 : 0;
            open[1]++;
            open[2] += score[i];
            if (open[1] >= minBlock) {
                blocks.add(open);
                open = null;
            }
        }
        if (open != null) {
            if (blocks.isEmpty()) {
                blocks.add(open);
            } else {
                double[] last = blocks.get(blocks.size() - 1);
                last[0] += open[0];
                last[1] += open[1];
                last[2] += open[2];
            }
        }
        List<double[]> pooled = new ArrayList<>();
        for (double[] b : blocks) {
            pooled.add(b.clone());
            while (pooled.size() > 1) {
                double[] last = pooled.get(pooled.size() - 1);
                double[] before = pooled.get(pooled.size() - 2);
                if (before[0] / before[1] <= last[0] / last[1]) {
                    break;
                }
                before[0] += last[0];
                before[1] += last[1];
                before[2] += last[2];
                pooled.remove(pooled.size() - 1);
            }
        }
        double[] s = new double[pooled.size()];
        double[] v = new double[pooled.size()];
        for (int i = 0; i < s.length; i++) {
            double[] b = pooled.get(i);
            s[i] = b[2] / b[1];
            v[i] = b[0] / b[1];
        }
        return new Calibration(s, v);
    }

    /** The probability of being right at a score. */
    public double apply(double score) {
        if (score <= scores[0]) {
            return values[0];
        }
        int last = scores.length - 1;
        if (score >= scores[last]) {
            return values[last];
        }
        int i = Arrays.binarySearch(scores, score);
        if (i >= 0) {
            return values[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double t = (score - scores[lo]) / (scores[hi] - scores[lo]);
        return values[lo] + t * (values[hi] - values[lo]);
    }
}
