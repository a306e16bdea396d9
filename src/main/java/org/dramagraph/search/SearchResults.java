package org.dramagraph.search;

import java.util.List;
import java.util.Map;

/**
 * What a search found: one page of hits, the total, and the number of hits of each kind (the facets).
 *
 * @param query  the words searched for
 * @param kind   the kind the hits were limited to, or {@code null} for all
 * @param hits   this page's hits, best first
 * @param total  how many hits there are in all (of {@code kind} when given)
 * @param facets hits of each kind, every kind present
 * @param offset the index of the first hit on this page
 * @param limit  the most hits a page holds
 */
public record SearchResults(String query, Kind kind, List<SearchHit> hits, long total, Map<Kind, Long> facets,
                            int offset, int limit) {
    public SearchResults {
        hits = List.copyOf(hits);
        facets = Map.copyOf(facets);
    }

    /** Whether hits come after this page. */
    public boolean hasMore() {
        return offset + hits.size() < total;
    }
}
