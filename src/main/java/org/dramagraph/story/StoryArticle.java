package org.dramagraph.story;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What story grouping needs of one article ({@link StoryFeatures} reads it from an extraction).
 *
 * @param id        the article's id
 * @param published its publication date, or {@code null} when unknown
 * @param terms     each stemmed word of the headline and cleaned body with its sublinear count
 *                  ({@code 1 + ln n}), stop words left out
 * @param names     loose keys of the people and works it names ({@code NameKey.loose})
 * @param sketch    a MinHash sketch of its three-word shingles (empty for a text under three words);
 *                  equal positions of two sketches agree about as often as the shingle sets overlap
 */
public record StoryArticle(String id, LocalDate published, Map<String, Double> terms, Set<String> names,
                           int[] sketch) {
    public StoryArticle {
        Objects.requireNonNull(id, "id");
        // kept in the given order (not Map.copyOf's, which changes from run to run) so that sums over them,
        // and so the grouping, are the same in every run
        terms = Collections.unmodifiableMap(new LinkedHashMap<>(terms));
        names = Collections.unmodifiableSet(new LinkedHashSet<>(names));
        sketch = sketch.clone();
    }

    /** The sketch's values (a copy). */
    @Override
    public int[] sketch() {
        return sketch.clone();
    }

    /** Sketch value at a position, for the grouper's band index. */
    int sketchAt(int i) {
        return sketch[i];
    }

    int sketchLength() {
        return sketch.length;
    }
}
