package org.dramagraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dramagraph.extract.Extraction;
import org.dramagraph.mention.Mention;
import org.dramagraph.name.NameKey;
import org.dramagraph.relation.ExtractedFact;
import org.dramagraph.relation.Fact;
import org.dramagraph.segment.Sentence;

/**
 * Explains an evaluation's errors: for each false alarm, the rule that fired and its sentence; for
 * each miss, the sentences that name what the gold fact names, with the mentions found there, so the
 * missing or mistyped mention, or the rule that did not fire, can be seen.
 */
public final class ErrorReport {
    private ErrorReport() {
    }

    /**
     * How often each rule is right: the facts it read that matched gold and those that did not, against
     * the confidence it claims. What a rule's confidence should be is read off this table.
     */
    public static String rules(Evaluation evaluation, Score score) {
        Map<String, int[]> byRule = new java.util.TreeMap<>();
        Map<String, Double> claimed = new java.util.HashMap<>();
        count(evaluation, score.hits(), 0, byRule, claimed);
        count(evaluation, score.alarms(), 1, byRule, claimed);
        StringBuilder sb = new StringBuilder(String.format(java.util.Locale.ROOT, "%-36s %5s %5s %9s %8s%n",
                "rule", "right", "wrong", "precision", "claimed"));
        byRule.forEach((rule, c) -> sb.append(String.format(java.util.Locale.ROOT, "%-36s %5d %5d %9.3f %8.2f%n",
                rule, c[0], c[1], c[0] / (double) (c[0] + c[1]), claimed.get(rule))));
        return sb.toString();
    }

    private static void count(Evaluation evaluation, List<Score.Scored> facts, int slot, Map<String, int[]> byRule,
                              Map<String, Double> claimed) {
        for (Score.Scored s : facts) {
            for (ExtractedFact f : evaluation.extractions().get(s.article()).facts()) {
                if (f.fact().equals(s.fact())) {
                    byRule.computeIfAbsent(f.evidence().rule(), r -> new int[2])[slot]++;
                    claimed.put(f.evidence().rule(), f.evidence().confidence());
                    break;
                }
            }
        }
    }

    /** The report of one score of an evaluation, as text. */
    public static String explain(Evaluation evaluation, Score score) {
        StringBuilder sb = new StringBuilder();
        Map<String, Extraction> xs = evaluation.extractions();
        for (Score.Scored alarm : score.alarms()) {
            Extraction x = xs.get(alarm.article());
            sb.append("FALSE ALARM ").append(alarm.article()).append(": ").append(alarm.fact()).append('\n');
            for (ExtractedFact f : x.facts()) {
                if (f.fact().equals(alarm.fact())) {
                    sb.append("  rule ").append(f.evidence().rule())
                            .append(String.format(java.util.Locale.ROOT, " (confidence %.2f)", f.confidence())).append(" in: ").append(oneLine(f.evidence().snippet())).append('\n');
                    sentence(sb, x, x.sentences().get(f.evidence().sentence()));
                    break;
                }
            }
        }
        for (Score.Scored miss : score.misses()) {
            Extraction x = xs.get(miss.article());
            sb.append("MISS ").append(miss.article()).append(": ").append(miss.fact()).append('\n');
            if (x == null) {
                sb.append("  (article not read)\n");
                continue;
            }
            List<Sentence> where = sentencesNaming(x, miss.fact());
            if (where.isEmpty()) {
                sb.append("  no sentence names all of it\n");
            }
            for (Sentence s : where.subList(0, Math.min(3, where.size()))) {
                sentence(sb, x, s);
            }
        }
        return sb.toString();
    }

    private static void sentence(StringBuilder sb, Extraction x, Sentence s) {
        sb.append("  | ").append(oneLine(s.text())).append('\n');
        StringBuilder ms = new StringBuilder();
        for (Mention m : x.mentions()) {
            if (m.sentence() == s.index()) {
                ms.append(' ').append(m.type().code()).append('[').append(m.text()).append(']');
            }
        }
        sb.append("  mentions:").append(ms).append('\n');
    }

    /** Sentences containing every name of the fact (any gold alternative, compared by exact key). */
    private static List<Sentence> sentencesNaming(Extraction x, Fact fact) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence s : x.sentences()) {
            String key = NameKey.exact(s.text());
            boolean all = true;
            for (String field : fact.type().fields()) {
                if (field.equals("text")) {
                    continue;
                }
                boolean any = false;
                for (String alt : fact.field(field).split(" \\| ")) {
                    String k = NameKey.exact(alt);
                    if (!k.isEmpty() && key.contains(k)) {
                        any = true;
                    }
                }
                all &= any;
            }
            if (all) {
                out.add(s);
            }
        }
        return out;
    }

    private static String oneLine(String s) {
        String t = s.replace('\n', ' ');
        return t.length() > 300 ? t.substring(0, 300) + "..." : t;
    }
}
