package org.dramagraph.train;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits evaluation articles into folds by outlet, so that no outlet is on both sides of a split:
 * a model scored on an outlet it was trained on learns its house style, not the news.
 * The outlet is the article id up to its first hyphen ({@code dramabeans-w-table-read}).
 */
public final class Outlets {
    private Outlets() {
    }

    /** The outlet of an article id. */
    public static String of(String articleId) {
        int dash = articleId.indexOf('-');
        return dash < 0 ? articleId : articleId.substring(0, dash);
    }

    /**
     * The fold (0 to {@code k - 1}) of each article: outlets in order of size (then name), each to the
     * fold with the fewest articles so far. The same ids always give the same folds.
     */
    public static Map<String, Integer> folds(Collection<String> articleIds, int k) {
        Map<String, List<String>> byOutlet = new TreeMap<>();
        for (String id : articleIds) {
            byOutlet.computeIfAbsent(of(id), o -> new ArrayList<>()).add(id);
        }
        List<Map.Entry<String, List<String>>> outlets = new ArrayList<>(byOutlet.entrySet());
        outlets.sort((a, b) -> a.getValue().size() != b.getValue().size()
                ? Integer.compare(b.getValue().size(), a.getValue().size()) : a.getKey().compareTo(b.getKey()));
        int[] size = new int[k];
        Map<String, Integer> out = new HashMap<>();
        for (var o : outlets) {
            int smallest = 0;
            for (int f = 1; f < k; f++) {
                if (size[f] < size[smallest]) {
                    smallest = f;
                }
            }
            size[smallest] += o.getValue().size();
            for (String id : o.getValue()) {
                out.put(id, smallest);
            }
        }
        return out;
    }
}
