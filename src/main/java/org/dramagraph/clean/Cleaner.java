package org.dramagraph.clean;

/**
 * Removes the noise web pages leave in article text. Placeholder that keeps the text as is
 * until the cleaning rules land.
 */
public final class Cleaner {
    /** Cleans an article body; {@code title} helps recognise repeated headlines. */
    public CleanText clean(String title, String text) {
        return CleanText.unchanged(text);
    }
}
