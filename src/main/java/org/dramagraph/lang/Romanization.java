package org.dramagraph.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How Korean syllables are written in Latin letters, as far as telling a Korean given name needs. */
public final class Romanization {
    /** One romanized syllable: optional initial, a vowel cluster, optional final consonant. */
    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:kk|tt|pp|ss|jj|ch|sh|[bcdfghjklmnprstvwyz])?(?:[aeiou]{1,3}|y[aeiou]{1,2}|w[aeiou]{1,2})(?:ng|[nmlkptbgrh])?");
    private static final int MAX_SYLLABLE = 7;
    private static final int CACHE_LIMIT = 100_000;
    private static final java.util.Map<String, List<String>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private Romanization() {
    }

    /**
     * Splits a word into romanized syllables with as few syllables as possible ("joongki" is
     * joong + ki), or returns an empty list when the word cannot be read as Korean syllables.
     */
    public static List<String> syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        List<String> known = CACHE.get(w);
        if (known != null) {
            return known;
        }
        List<String> split = split(w);
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear(); // names repeat within a corpus; a cleared cache only costs a recomputation
        }
        CACHE.put(w, split);
        return split;
    }

    private static List<String> split(String w) {
        int n = w.length();
        if (n == 0) {
            return List.of();
        }
        int[] prev = new int[n + 1];
        int[] count = new int[n + 1];
        Arrays.fill(prev, -2);
        prev[0] = -1;
        var m = SYLLABLE.matcher(w);
        for (int i = 0; i < n; i++) {
            if (prev[i] == -2) {
                continue;
            }
            for (int j = Math.min(n, i + MAX_SYLLABLE); j > i; j--) {
                if (m.region(i, j).matches() && (prev[j] == -2 || count[i] + 1 < count[j])) {
                    prev[j] = i;
                    count[j] = count[i] + 1;
                }
            }
        }
        if (prev[n] == -2) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int end = n; end > 0; end = prev[end]) {
            out.add(0, w.substring(prev[end], end));
        }
        return List.copyOf(out);
    }

    /** The number of syllables of a word read as Korean, or 0 when it cannot be. */
    public static int syllableCount(String word) {
        return syllables(word).size();
    }
}
