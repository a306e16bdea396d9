package org.dramagraph.source.html.bench;

import java.util.OptionalDouble;

/**
 * How one predicted body compares with the true one, in shingles.
 *
 * @param tp              shingles both texts have (counted with multiplicity)
 * @param fp              shingles only the prediction has
 * @param fn              shingles only the truth has
 * @param emptyPrediction whether the prediction has no token at all
 * @param exact           whether both token lists are equal
 */
public record PageScore(int tp, int fp, int fn, boolean emptyPrediction, boolean exact) {
    /** tp / (tp + fp); 1 when nothing is wrong either way; empty when undefined. */
    public OptionalDouble precision() {
        if (fp == 0 && fn == 0) {
            return OptionalDouble.of(1.0);
        }
        return tp + fp == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) tp / (tp + fp));
    }

    /** tp / (tp + fn); 1 when nothing is wrong either way; empty when undefined. */
    public OptionalDouble recall() {
        if (fp == 0 && fn == 0) {
            return OptionalDouble.of(1.0);
        }
        return tp + fn == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) tp / (tp + fn));
    }
}
