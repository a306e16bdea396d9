package org.dramagraph.fact;

/**
 * How sure Dramagraph is of a fact. Each rule reading a fact gives a confidence; the same fact read in
 * several sentences or articles is surer, as independent witnesses are: 1 - (1 - a)(1 - b).
 */
public final class Confidence {
    /**
     * Facts at least this sure count as confirmed; the others are kept in the graph, marked unconfirmed.
     * Chosen on the dev set with {@code dramagraph eval ../shared/eval/dev --sweep} (see the README).
     */
    public static final double THRESHOLD = 0.5;

    private Confidence() {
    }

    /** The confidence of a fact two independent sources state with confidences {@code a} and {@code b}. */
    public static double combine(double a, double b) {
        return 1 - (1 - a) * (1 - b);
    }
}
