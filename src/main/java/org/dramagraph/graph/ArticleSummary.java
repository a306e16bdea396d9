package org.dramagraph.graph;

import java.time.LocalDate;

/**
 * An article as lists show it.
 *
 * @param id      the article's id
 * @param title   its headline
 * @param date    its publication date, else the day it was stored
 * @param url     its web address, or {@code null}
 * @param excerpt the start of its cleaned text, cut at a word
 */
public record ArticleSummary(String id, String title, LocalDate date, String url, String excerpt) {
}
