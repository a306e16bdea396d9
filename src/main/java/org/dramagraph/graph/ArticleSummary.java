package org.dramagraph.graph;

import java.time.LocalDate;

/**
 * An article as lists show it.
 *
 * @param id      the article's id
 * @param title   its headline
 * @param date    its publication date, or {@code null} when its source gave none
 * @param url     its web address, or {@code null}
 * @param excerpt the start of its cleaned text, cut at a word
 * @param stored  the day it was stored, which places an undated article among the others
 */
public record ArticleSummary(String id, String title, LocalDate date, String url, String excerpt, LocalDate stored) {
    /** Its publication date, else the day it was stored: where it stands among the others. */
    public LocalDate day() {
        return date != null ? date : stored;
    }
}
