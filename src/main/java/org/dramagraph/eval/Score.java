package org.dramagraph.eval;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dramagraph.fact.Fact;
import org.dramagraph.fact.FactType;

/**
 * Precision, recall and F1 per fact type and overall (micro-averaged), with the facts behind them.
 *
 * @param counts true positives, false positives and false negatives per type
 * @param misses gold facts no prediction matched
 * @param alarms predictions that matched no gold fact
 * @param hits   predictions that matched a gold fact
 */
public record Score(Map<FactType, Counts> counts, List<Scored> misses, List<Scored> alarms, List<Scored> hits) {

    /** A fact of one article. */
    public record Scored(String article, Fact fact) {
    }

    /** Counts of one type. */
    public record Counts(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }
    }

    /** The counts over all types. */
    public Counts total() {
        Counts sum = new Counts(0, 0, 0);
        for (Counts c : counts.values()) {
            sum = sum.plus(c);
        }
        return sum;
    }

    /** The counts of one type (zeros when it had neither gold nor predictions). */
    public Counts of(FactType type) {
        return counts.getOrDefault(type, new Counts(0, 0, 0));
    }

    /** The table the reference scorer prints: one row per type, then "all". */
    public String table() {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-10s %5s %5s %5s %5s %6s %6s %6s%n", "type", "gold", "tp", "fp", "fn",
                "prec", "rec", "f1"));
        Map<FactType, Counts> ordered = new EnumMap<>(FactType.class);
        ordered.putAll(counts);
        for (FactType t : FactType.values()) {
            row(sb, t.key(), of(t));
        }
        row(sb, "all", total());
        return sb.toString();
    }

    private static void row(StringBuilder sb, String name, Counts c) {
        sb.append(String.format(Locale.ROOT, "%-10s %5d %5d %5d %5d %6.3f %6.3f %6.3f%n", name, c.tp() + c.fn(), c.tp(),
                c.fp(), c.fn(), c.precision(), c.recall(), c.f1()));
    }
}
