package org.dramagraph.bench;

/**
 * Decides when a warm-up is over, from the speed of successive windows: once {@value #PATIENCE}
 * windows in a row are no more than {@value #GAIN} (as a share) faster than the best window before
 * them, the JIT compiler has done what it will, or once it has run for {@value #MAX_SECONDS} seconds.
 */
final class WarmUp {
    static final int PATIENCE = 5;
    static final double GAIN = 0.02;
    static final double MAX_SECONDS = 120;

    private final double minSeconds;
    private double best;
    private int sinceBest;

    /** @param minSeconds the warm-up runs at least this long, however steady it looks */
    WarmUp(double minSeconds) {
        this.minSeconds = minSeconds;
    }

    /**
     * Records one window and says whether the warm-up is over.
     *
     * @param rate    the window's speed (any unit, higher is faster)
     * @param elapsed seconds since the warm-up began, this window included
     */
    boolean settled(double rate, double elapsed) {
        if (rate > best * (1 + GAIN)) {
            sinceBest = 0;
        } else {
            sinceBest++;
        }
        best = Math.max(best, rate);
        return elapsed >= MAX_SECONDS || elapsed >= minSeconds && sinceBest >= PATIENCE;
    }
}
