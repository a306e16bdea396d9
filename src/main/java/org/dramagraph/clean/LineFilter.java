package org.dramagraph.clean;

/**
 * Judges the lines of one article, in order: how much of each to keep. An instance may remember
 * earlier lines, so each article gets its own.
 */
interface LineFilter {
    /**
     * How many leading characters of the line to keep: its length to keep it whole, 0 to drop
     * it, anything between to cut a tail off.
     *
     * @param line one non-blank line, without its line break, already free of surrounding spaces
     */
    int keep(String line);
}
