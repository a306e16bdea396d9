package org.dramagraph.learn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The features a learner keeps, numbered in name order so that training does not depend on example order. */
final class FeatureSpace {
    private final String[] names;
    private final Map<String, Integer> index;

    private FeatureSpace(String[] names, Map<String, Integer> index) {
        this.names = names;
        this.index = index;
    }

    /** The features seen in at least {@code minCount} of the examples. */
    static FeatureSpace of(List<Example> examples, int minCount) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Example e : examples) {
            for (String f : e.features().values().keySet()) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        String[] names = counts.entrySet().stream().filter(e -> e.getValue() >= minCount).map(Map.Entry::getKey)
                .toArray(String[]::new);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            index.put(names[i], i);
        }
        return new FeatureSpace(names, index);
    }

    int size() {
        return names.length;
    }

    String name(int i) {
        return names[i];
    }

    /** The number of a feature, or -1 for one left out. */
    int index(String name) {
        return index.getOrDefault(name, -1);
    }
}
