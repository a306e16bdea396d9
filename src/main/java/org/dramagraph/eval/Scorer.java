package org.dramagraph.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramagraph.fact.Fact;
import org.dramagraph.fact.FactType;

/**
 * Scores predicted facts against gold facts the way the reference scorer does: repeated predictions
 * count once, each gold fact matches at most one prediction, and predictions for articles without
 * gold are ignored.
 */
public final class Scorer {
    private Scorer() {
    }

    /**
     * @param gold      gold facts by article id
     * @param predicted predicted facts by article id, in the order they were produced
     */
    public static Score score(Map<String, List<Fact>> gold, Map<String, List<Fact>> predicted) {
        Map<FactType, int[]> counts = new EnumMap<>(FactType.class);
        for (FactType t : FactType.values()) {
            counts.put(t, new int[3]);
        }
        List<Score.Scored> misses = new ArrayList<>();
        List<Score.Scored> alarms = new ArrayList<>();
        List<Score.Scored> hits = new ArrayList<>();
        for (var e : gold.entrySet()) {
            String article = e.getKey();
            List<Fact> golds = e.getValue();
            boolean[] used = new boolean[golds.size()];
            Set<String> seen = new HashSet<>();
            for (Fact p : predicted.getOrDefault(article, List.of())) {
                if (!seen.add(FactMatcher.dedupKey(article, p))) {
                    continue;
                }
                int hit = -1;
                for (int i = 0; i < golds.size(); i++) {
                    if (!used[i] && FactMatcher.matches(golds.get(i), p)) {
                        hit = i;
                        break;
                    }
                }
                if (hit < 0) {
                    counts.get(p.type())[1]++;
                    alarms.add(new Score.Scored(article, p));
                } else {
                    used[hit] = true;
                    counts.get(p.type())[0]++;
                    hits.add(new Score.Scored(article, p));
                }
            }
            for (int i = 0; i < golds.size(); i++) {
                if (!used[i]) {
                    counts.get(golds.get(i).type())[2]++;
                    misses.add(new Score.Scored(article, golds.get(i)));
                }
            }
        }
        Map<FactType, Score.Counts> out = new EnumMap<>(FactType.class);
        counts.forEach((t, c) -> out.put(t, new Score.Counts(c[0], c[1], c[2])));
        return new Score(out, misses, alarms, hits);
    }
}
