package org.dramagraph.story;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores stories against hand-found story groups as {@code ../shared/eval/score-stories} does: only
 * articles in some gold group count; pairwise precision and recall of "same story", and B-cubed.
 */
record StoryScore(int labelled, int goldPairs, int predictedPairs, int rightPairs, double pairPrecision,
                  double pairRecall, double bcubedPrecision, double bcubedRecall, double bcubedF1) {

    static StoryScore of(List<List<String>> gold, List<Story> predicted) {
        Map<String, Integer> goldOf = new HashMap<>();
        for (int i = 0; i < gold.size(); i++) {
            for (String id : gold.get(i)) {
                goldOf.put(id, i);
            }
        }
        Map<String, Integer> predictedOf = new HashMap<>();
        for (int i = 0; i < predicted.size(); i++) {
            for (String id : predicted.get(i).articles()) {
                predictedOf.put(id, i);
            }
        }
        Set<Set<String>> goldPairs = pairs(gold);
        Set<Set<String>> predictedPairs = pairs(predicted.stream()
                .map(s -> s.articles().stream().filter(goldOf::containsKey).toList()).toList());
        Set<Set<String>> right = new HashSet<>(goldPairs);
        right.retainAll(predictedPairs);
        double p = predictedPairs.isEmpty() ? 1 : (double) right.size() / predictedPairs.size();
        double r = goldPairs.isEmpty() ? 1 : (double) right.size() / goldPairs.size();
        double bp = 0;
        double br = 0;
        for (String id : goldOf.keySet()) {
            Set<String> g = new HashSet<>(gold.get(goldOf.get(id)));
            Set<String> mine = new HashSet<>();
            if (predictedOf.containsKey(id)) {
                predicted.get(predictedOf.get(id)).articles().stream().filter(goldOf::containsKey).forEach(mine::add);
            } else {
                mine.add(id);
            }
            Set<String> both = new HashSet<>(g);
            both.retainAll(mine);
            bp += (double) both.size() / mine.size();
            br += (double) both.size() / g.size();
        }
        int n = goldOf.size();
        bp /= n;
        br /= n;
        return new StoryScore(n, goldPairs.size(), predictedPairs.size(), right.size(), p, r, bp, br,
                bp + br == 0 ? 0 : 2 * bp * br / (bp + br));
    }

    private static Set<Set<String>> pairs(List<List<String>> groups) {
        Set<Set<String>> out = new HashSet<>();
        for (List<String> g : groups) {
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    out.add(Set.of(g.get(i), g.get(j)));
                }
            }
        }
        return out;
    }
}
