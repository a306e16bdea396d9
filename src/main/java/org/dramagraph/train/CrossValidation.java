package org.dramagraph.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dramagraph.eval.FactMatcher;
import org.dramagraph.eval.Score;
import org.dramagraph.eval.Scorer;
import org.dramagraph.extract.Extraction;
import org.dramagraph.extract.Extractor;
import org.dramagraph.fact.Confidence;
import org.dramagraph.fact.ExtractedFact;
import org.dramagraph.fact.Fact;
import org.dramagraph.fact.FactType;
import org.dramagraph.relation.RelationModel;

/**
 * Cross-validation by outlet: the articles are split into folds with no outlet in two folds; each
 * fold is extracted with models trained (and calibrated) on the other folds alone, and scored.
 * What it reports is what extraction does on outlets it has never seen.
 */
public final class CrossValidation {
    /**
     * The outcome.
     *
     * @param total     the scores of every fold's predictions together
     * @param folds     each fold's own scores
     * @param predicted every held-out prediction with whether it was right, for the reliability table
     */
    public record Result(Score total, List<Score> folds, List<Judged> predicted, Map<String, List<Fact>> gold,
                         Map<String, List<Fact>> confirmed) {
        /** The scores of some of the articles only (one folder's, say). */
        public Score of(java.util.Collection<String> articleIds) {
            Map<String, List<Fact>> g = new LinkedHashMap<>();
            Map<String, List<Fact>> p = new LinkedHashMap<>();
            for (String id : articleIds) {
                if (gold.containsKey(id)) {
                    g.put(id, gold.get(id));
                    p.put(id, confirmed.getOrDefault(id, List.of()));
                }
            }
            return Scorer.score(g, p);
        }

        /** The spread of one type's F1 across folds: the lowest and the highest (NaN-free: folds without gold skipped). */
        public double[] f1Range(FactType type) {
            double lo = 1;
            double hi = 0;
            for (Score s : folds) {
                Score.Counts c = type == null ? s.total() : s.of(type);
                if (c.tp() + c.fn() == 0) {
                    continue;
                }
                lo = Math.min(lo, c.f1());
                hi = Math.max(hi, c.f1());
            }
            return new double[] {lo, hi};
        }

        /** The table of per-type scores with each type's F1 range across folds. */
        public String table() {
            StringBuilder sb = new StringBuilder();
            String[] lines = total.table().split("\n");
            sb.append(lines[0]).append("   folds' f1\n");
            for (int i = 1; i < lines.length; i++) {
                String name = lines[i].substring(0, lines[i].indexOf(' '));
                double[] r = f1Range(name.equals("all") ? null : FactType.of(name));
                sb.append(lines[i]).append(String.format(Locale.ROOT, "   %.2f-%.2f", r[0], r[1])).append('\n');
            }
            return sb.toString();
        }

        /**
         * How often facts at or above each confidence are right: for a calibrated extractor, at least
         * as often as the confidence says.
         */
        public String reliability() {
            StringBuilder sb = new StringBuilder("confidence  facts  right  share right\n");
            for (int c = 20; c <= 90; c += 10) {
                int n = 0;
                int right = 0;
                for (Judged j : predicted) {
                    if (j.confidence() >= c / 100.0) {
                        n++;
                        right += j.right() ? 1 : 0;
                    }
                }
                sb.append(String.format(Locale.ROOT, "    >= %.1f  %5d  %5d  %11.3f%n", c / 100.0, n, right,
                        n == 0 ? 0 : (double) right / n));
            }
            return sb.toString();
        }
    }

    /** One held-out prediction: how sure the extractor was and whether the gold agrees. */
    public record Judged(String article, Fact fact, double confidence, boolean right) {
    }

    private CrossValidation() {
    }

    /** Runs k-fold cross-validation by outlet, scoring facts at least {@link Confidence#THRESHOLD} sure. */
    public static Result run(List<LabelledArticle> articles, int k, RelationTrainer trainer, Extractor extractor) {
        Map<String, Integer> folds = Outlets.folds(articles.stream().map(LabelledArticle::id).toList(), k);
        Map<String, List<Fact>> gold = new LinkedHashMap<>();
        Map<String, List<Fact>> predicted = new LinkedHashMap<>();
        List<Score> perFold = new ArrayList<>();
        List<Judged> judged = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            int f = fold;
            RelationModel model = trainer.train(articles.stream().filter(a -> folds.get(a.id()) != f).toList(), extractor);
            Map<String, List<Fact>> foldGold = new LinkedHashMap<>();
            Map<String, List<Fact>> foldPredicted = new LinkedHashMap<>();
            for (LabelledArticle a : articles) {
                if (folds.get(a.id()) != f) {
                    continue;
                }
                Extraction x = extractor.extract(a.analysis(), model);
                List<Fact> confirmed = new ArrayList<>();
                for (ExtractedFact e : x.facts()) {
                    if (e.confirmed()) {
                        confirmed.add(e.fact());
                    }
                    boolean right = a.gold().stream().anyMatch(g -> FactMatcher.matches(g, e.fact()));
                    judged.add(new Judged(a.id(), e.fact(), e.confidence(), right));
                }
                foldGold.put(a.id(), a.gold());
                foldPredicted.put(a.id(), confirmed);
            }
            perFold.add(Scorer.score(foldGold, foldPredicted));
            gold.putAll(foldGold);
            predicted.putAll(foldPredicted);
        }
        return new Result(Scorer.score(gold, predicted), perFold, judged, gold, predicted);
    }
}
