package org.dramagraph.story;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How many articles use each word, over the articles observed so far: a word most articles use says
 * little about which event an article reports, a rare one much.
 */
public final class TermStatistics {
    private final Map<String, Integer> documents = new HashMap<>();
    private final Set<String> observed = new HashSet<>();

    /** Counts an article's words once; an article observed before (by id) changes nothing. */
    public void observe(StoryArticle article) {
        if (observed.add(article.id())) {
            for (String term : article.terms().keySet()) {
                documents.merge(term, 1, Integer::sum);
            }
        }
    }

    /** How many articles have been observed. */
    public int articles() {
        return observed.size();
    }

    /**
     * The weight of a word: its smoothed inverse document frequency. A word no other article uses still
     * counts in its article's length, so that a roundup, whose other dramas no one else writes about,
     * is unlike each single story it touches.
     */
    double weight(String term) {
        int df = documents.getOrDefault(term, 0);
        return Math.log((observed.size() + 1.0) / (df + 1.0)) + 1;
    }
}
