package org.dramagraph.source.html.bench;

import java.util.Collection;
import java.util.Locale;

/**
 * The benchmark's corpus figures: macro averages of page precision and recall, F1 of those two
 * averages, and the share of pages extracted exactly. Pages with an empty prediction count for
 * recall only, as upstream does.
 *
 * @param pages     pages scored
 * @param f1        2PR/(P+R)
 * @param precision mean page precision over pages with a non-empty prediction
 * @param recall    mean page recall
 * @param accuracy  share of pages whose token list equals the truth's
 */
public record CorpusScore(int pages, double f1, double precision, double recall, double accuracy) {

    /** Aggregates page scores. */
    public static CorpusScore of(Collection<PageScore> scores) {
        double pSum = 0;
        int pCount = 0;
        double rSum = 0;
        int rCount = 0;
        int exact = 0;
        for (PageScore s : scores) {
            if (!s.emptyPrediction() && s.precision().isPresent()) {
                pSum += s.precision().getAsDouble();
                pCount++;
            }
            if (s.recall().isPresent()) {
                rSum += s.recall().getAsDouble();
                rCount++;
            }
            exact += s.exact() ? 1 : 0;
        }
        double p = pCount == 0 ? 0 : pSum / pCount;
        double r = rCount == 0 ? 0 : rSum / rCount;
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new CorpusScore(scores.size(), f, p, r, scores.isEmpty() ? 0 : (double) exact / scores.size());
    }

    /** One line in the reference scorer's layout, three decimals. */
    public String describe() {
        return String.format(Locale.ROOT, "pages %d  F1 %.3f  precision %.3f  recall %.3f  accuracy %.3f",
                pages, f1, precision, recall, accuracy);
    }
}
