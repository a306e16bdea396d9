package org.dramagraph.learn;

import java.util.Map;

/**
 * A trained yes-or-no classifier: a weight for each feature it knows and a bias. The probability of
 * yes is the logistic function of the weighted sum; features it does not know weigh nothing.
 */
public record LinearModel(double bias, Map<String, Double> weights) {
    public LinearModel {
        // a hash map, not Map.copyOf: its open addressing probes slowly for the many misses scoring meets
        weights = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(weights));
    }

    /** The weighted sum of the features: above 0 leans to yes. */
    public double score(Features features) {
        double sum = bias;
        for (var e : features.values().entrySet()) {
            Double w = weights.get(e.getKey());
            if (w != null) {
                sum += w * e.getValue();
            }
        }
        return sum;
    }

    /** The probability of yes. */
    public double probability(Features features) {
        return 1 / (1 + Math.exp(-score(features)));
    }
}
