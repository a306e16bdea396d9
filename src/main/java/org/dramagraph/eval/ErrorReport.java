package org.dramagraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dramagraph.extract.Extraction;
import org.dramagraph.mention.Mention;
import org.dramagraph.lang.NameKey;
import org.dramagraph.fact.ExtractedFact;
import org.dramagraph.fact.Fact;
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

    /** Why a gold fact was missed, as far as the mentions tell. */
    enum MissCause {
        /** No one sentence names all of the fact: reading it takes the passage (a pronoun, the work in focus). */
        ACROSS_SENTENCES("across sentences: no one sentence names it all"),
        /** A sentence names it all, but a name was not found there as a mention. */
        NAME_NOT_FOUND("a name was not found as a mention"),
        /** Every name was found, but not with the kind the fact needs (a title taken for a person...). */
        NAME_MISTYPED("a name was found with the wrong kind"),
        /** Every name was found with its kind; no rule read the relation. */
        NO_RULE("names found, no rule read it");

        final String label;

        MissCause(String label) {
            this.label = label;
        }
    }

    /** The misses counted by cause and fact type, biggest cause first: where the work is. */
    public static String causes(Evaluation evaluation, Score score) {
        Map<MissCause, Map<org.dramagraph.fact.FactType, Integer>> counts = new java.util.EnumMap<>(MissCause.class);
        for (Score.Scored miss : score.misses()) {
            Extraction x = evaluation.extractions().get(miss.article());
            if (x != null) {
                counts.computeIfAbsent(cause(x, miss.fact()), c -> new java.util.EnumMap<>(org.dramagraph.fact.FactType.class))
                        .merge(miss.fact().type(), 1, Integer::sum);
            }
        }
        StringBuilder sb = new StringBuilder("misses by cause:\n");
        counts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(total(b.getValue()), total(a.getValue())))
                .forEach(e -> sb.append(String.format(java.util.Locale.ROOT, "  %4d  %-48s %s%n", total(e.getValue()),
                        e.getKey().label, e.getValue())));
        return sb.toString();
    }

    private static int total(Map<?, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }

    static MissCause cause(Extraction x, Fact fact) {
        List<Sentence> where = sentencesNaming(x, fact);
        if (where.isEmpty()) {
            return MissCause.ACROSS_SENTENCES;
        }
        MissCause best = MissCause.NAME_NOT_FOUND;
        for (Sentence s : where) {
            boolean allFound = true;
            boolean allTyped = true;
            for (String field : fact.type().fields()) {
                if (field.equals("text")) {
                    continue;
                }
                org.dramagraph.mention.MentionType want = switch (field) {
                    case "person", "speaker" -> org.dramagraph.mention.MentionType.PERSON;
                    case "character" -> org.dramagraph.mention.MentionType.CHARACTER;
                    case "work" -> org.dramagraph.mention.MentionType.WORK;
                    default -> org.dramagraph.mention.MentionType.NETWORK;
                };
                Mention m = mentionNaming(x, s, fact.field(field));
                allFound &= m != null;
                allTyped &= m != null && (m.type() == want || field.equals("character")
                        && m.type() != org.dramagraph.mention.MentionType.NETWORK);
            }
            if (allFound && allTyped) {
                return MissCause.NO_RULE;
            }
            if (allFound) {
                best = MissCause.NAME_MISTYPED;
            }
        }
        return best;
    }

    private static Mention mentionNaming(Extraction x, Sentence s, String gold) {
        for (Mention m : x.mentions()) {
            if (m.sentence() != s.index()) {
                continue;
            }
            for (String alt : gold.split(" \\| ")) {
                String key = NameKey.exact(alt);
                if (!key.isEmpty() && (key.equals(NameKey.exact(m.text())) || key.equals(NameKey.exact(x.name(m))))) {
                    return m;
                }
            }
        }
        return null;
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
