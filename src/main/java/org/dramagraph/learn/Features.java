package org.dramagraph.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The features of one example: named values, most of them 1 (the feature holds). A feature added
 * twice keeps its larger value, so a fact read in three sentences says what the surest one says.
 */
public final class Features {
    private final Map<String, Double> values = new LinkedHashMap<>();

    /** Adds a feature that holds. */
    public Features add(String name) {
        return add(name, 1.0);
    }

    /** Adds a feature {@code prefix=value}. */
    public Features add(String prefix, String value) {
        return add(prefix + '=' + value);
    }

    /** Adds a feature with a value; a feature already present keeps the larger value. */
    public Features add(String name, double value) {
        values.merge(name, value, Math::max);
        return this;
    }

    /** Adds every feature of another set under a prefix. */
    public Features addAll(String prefix, Features other) {
        other.values.forEach((name, value) -> add(prefix.isEmpty() ? name : prefix + name, value));
        return this;
    }

    /** A count as a few coarse values: 0, 1, 2, 3, 4-6, 7-10, 11+. */
    public static String bucket(int n) {
        return n <= 3 ? String.valueOf(n) : n <= 6 ? "4-6" : n <= 10 ? "7-10" : "11+";
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The features with their values, in the order first added. */
    public Map<String, Double> values() {
        return values;
    }

    /** The feature names, in the order first added. */
    public List<String> names() {
        return new ArrayList<>(values.keySet());
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
