package org.dramagraph.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One search result.
 *
 * @param kind    an article or an entity type
 * @param id      the article's id, or the entity's id as text
 * @param title   the headline, or the entity's display name
 * @param date    the article's publication date; {@code null} for entities and undated articles
 * @param snippet for articles, passages of the text with the matched words between {@code <mark>} and
 *                {@code </mark>} and everything else HTML-escaped; for entities, {@code null}
 * @param aliases for entities, their other spellings
 * @param score   relevance, higher first
 */
public record SearchHit(Kind kind, String id, String title, LocalDate date, String snippet, List<String> aliases,
                        float score) {
    public SearchHit {
        aliases = List.copyOf(aliases);
    }
}
