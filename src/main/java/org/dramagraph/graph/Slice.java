package org.dramagraph.graph;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items  the items on this page
 * @param total  how many items the whole list has
 * @param offset the index of the first item in the whole list
 * @param limit  the most items a page holds
 */
public record Slice<T>(List<T> items, long total, int offset, int limit) {
    public Slice {
        items = List.copyOf(items);
    }

    /** Whether items come after this page. */
    public boolean hasMore() {
        return offset + items.size() < total;
    }
}
