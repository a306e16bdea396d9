package org.dramagraph.graph;

import java.time.LocalDate;
import java.util.List;

/**
 * An article as a search index takes it.
 *
 * @param id       the article's id
 * @param hash     its content hash: a changed hash means it must be indexed again
 * @param title    its headline
 * @param date     its publication date, or {@code null} when its source gave none
 * @param text     its cleaned text
 * @param entities the ids of the entities it names
 */
public record IndexedArticle(String id, String hash, String title, LocalDate date, String text, List<Long> entities) {
    public IndexedArticle {
        entities = List.copyOf(entities);
    }
}
