package org.dramagraph.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dramagraph.fact.Fact;
import org.dramagraph.fact.FactType;
import org.dramagraph.learn.Features;
import org.dramagraph.learn.LinearModel;
import org.dramagraph.learn.ModelSet;
import org.dramagraph.resolve.Entity;

/**
 * The trained decisions of the relation stage, over the candidate {@link Pairs} of an article:
 * whether a person and a work are linked at all (the surest of the pair's instances), what the person
 * is (actor, writer, director: from every mention of them), whether an appearance is a cameo, and
 * whether a work airs on a network. A person-work fact's score is the product of link and role; every
 * score is then calibrated on held-out data, so a fact's confidence is the chance it is right.
 */
public final class RelationModel {
    public static final String LINK = "link";
    public static final String NETWORK = "network";
    public static final String PLAYS = "plays";
    public static final String PLAYED_IN = "played-in";
    public static final String CAMEO_IN = "cameo-in";
    public static final String SPEAKER = "speaker";
    /** The shipped models, trained by {@code dramagraph train}. */
    public static final String RESOURCE = "/org/dramagraph/relation/model";
    /** Facts less sure than this are not reported at all. */
    public static final double FLOOR = 0.2;

    private static volatile RelationModel standard;

    private final ModelSet models;

    public RelationModel(ModelSet models) {
        this.models = models;
    }

    /** The models shipped with Dramagraph. */
    public static RelationModel standard() {
        RelationModel m = standard;
        if (m == null) {
            synchronized (RelationModel.class) {
                if (standard == null) {
                    standard = new RelationModel(ModelSet.resource(RESOURCE));
                }
                m = standard;
            }
        }
        return m;
    }

    /** The name of the role model for a fact type ({@code role-cast}). */
    public static String role(FactType type) {
        return "role-" + type.key();
    }

    public ModelSet models() {
        return models;
    }

    /** The entity typer of the same training. */
    public EntityTyper typer() {
        return new EntityTyper(models);
    }

    /** The facts the pairs state, with calibrated confidences; those below {@link #FLOOR} are left out. */
    public List<Inference> read(Pairs pairs) {
        List<Inference> out = new ArrayList<>();
        // calibrated as scored: the many unlikely facts of a long article are never kept
        score(pairs, (type, upper) -> models.calibration(type.key()).apply(upper) >= FLOOR, s -> {
            double p = models.calibration(s.type().key()).apply(s.score());
            if (p >= FLOOR) {
                out.add(new Inference(s.fact(), p, s.sentences(), s.rule()));
            }
        });
        return out;
    }

    /** A raw (uncalibrated) score of one possible fact. */
    public record Scored(FactType type, Fact fact, double score, List<Integer> sentences, String rule) {
    }

    /** Every possible fact of the pairs with its raw score: what calibration is fitted to. */
    public List<Scored> score(Pairs pairs) {
        List<Scored> all = new ArrayList<>();
        score(pairs, (type, upper) -> true, all::add);
        return all;
    }

    /** Whether a fact of a type whose raw score can be at most {@code upper} is worth scoring. */
    private interface Worth {
        boolean test(FactType type, double upper);
    }

    /**
     * The possible facts of the pairs with their raw scores, handed to {@code out} one by one; those
     * that {@code worth} rules out by an upper bound of their score are left out unscored.
     */
    private void score(Pairs pairs, Worth worth, java.util.function.Consumer<Scored> out) {
        // a person's appearances, by work: where the roles they play are played
        Map<Entity, Map<Pairs.Pair, Best>> appearances = new java.util.HashMap<>();
        // what each person is, worked out once however many works they are paired with
        Map<Entity, double[]> roleOf = new java.util.HashMap<>();
        for (Pairs.Pair pair : pairs.all()) {
            if (pair.kind() == Pairs.Kind.NETWORK_WORK) {
                List<Pairs.Instance> instances = pair.instances();
                Best n = best(instances, probabilities(instances), models.index(NETWORK), false);
                out.accept(new Scored(FactType.NETWORK, Fact.network(pair.b().name(), pair.a().name()), n.p, n.sentences,
                        "learned:network"));
            } else if (pair.kind() == Pairs.Kind.PERSON_WORK) {
                List<Pairs.Instance> instances = pair.instances();
                double[][] p = probabilities(instances);
                Best link = best(instances, p, models.index(LINK), false);
                double[] is = roleOf.computeIfAbsent(pair.a(), person -> roles(pairs.role(person)));
                double cast = 0;
                for (FactType t : List.of(FactType.CAST, FactType.WROTE, FactType.DIRECTED)) {
                    double pt = link.p * is[t.ordinal()];
                    cast = t == FactType.CAST ? pt : cast;
                    out.accept(new Scored(t, new Fact(t, pair.a().name(), null, pair.b().name(), null, null), pt,
                            link.sentences, "learned:link+role"));
                }
                // a cameo is an appearance by someone the article presents as making one, in the work it says
                Best in = best(instances, p, models.index(CAMEO_IN), true);
                double cameo = in.p;
                out.accept(new Scored(FactType.CAMEO, Fact.cameo(pair.a().name(), pair.b().name()), cameo,
                        in.sentences, "learned:link+role"));
                appearances.computeIfAbsent(pair.a(), k -> new java.util.LinkedHashMap<>())
                        .put(pair, new Best(cast, link.sentences));
            }
        }
        for (Pairs.Pair pair : pairs.all()) {
            if (pair.kind() != Pairs.Kind.PERSON_CHARACTER) {
                continue;
            }
            List<Pairs.Instance> instances = pair.instances();
            Best plays = best(instances, probabilities(instances), models.index(PLAYS), false);
            if (!worth.test(FactType.PLAYS, plays.p)) {
                continue; // where it is played multiplies by at most 1
            }
            for (Pairs.Pair appearance : appearances.getOrDefault(pair.a(), Map.of()).keySet()) {
                double in = models.model(PLAYED_IN).probability(
                        RoleWorkFeatures.of(pairs.view(), pair, appearance, plays.sentences.get(0)));
                out.accept(new Scored(FactType.PLAYS, Fact.plays(pair.a().name(), pair.b().name(), appearance.b().name()),
                        plays.p * in, plays.sentences, "learned:plays"));
            }
        }
        // each quotation's likeliest speaker
        Map<org.dramagraph.segment.Quotation, SpeakerFeatures.Candidate> best = new java.util.LinkedHashMap<>();
        Map<org.dramagraph.segment.Quotation, Double> bestP = new java.util.HashMap<>();
        for (SpeakerFeatures.Candidate c : pairs.speakers()) {
            double p = models.model(SPEAKER).probability(c.features());
            if (p > bestP.getOrDefault(c.quote(), -1.0)) {
                best.put(c.quote(), c);
                bestP.put(c.quote(), p);
            }
        }
        best.forEach((q, c) -> out.accept(new Scored(FactType.QUOTE, Fact.quote(c.speaker().name(), q.text()), bestP.get(q),
                List.of(c.sentence()), "learned:speaker")));
    }

    /** The probability of each role (by fact type ordinal: cast, wrote, directed, cameo) for a person's role features. */
    private double[] roles(Features role) {
        double[] all = models.probabilities(role);
        double[] out = new double[FactType.values().length];
        for (FactType t : List.of(FactType.CAST, FactType.WROTE, FactType.DIRECTED, FactType.CAMEO)) {
            out[t.ordinal()] = all[models.index(role(t))];
        }
        return out;
    }

    /** Each instance's probabilities under all the models, read in one pass over its features. */
    private double[][] probabilities(List<Pairs.Instance> instances) {
        double[][] p = new double[instances.size()][];
        for (int i = 0; i < p.length; i++) {
            p[i] = models.probabilities(instances.get(i).features());
        }
        return p;
    }

    private record Best(double p, List<Integer> sentences) {
    }

    /**
     * The surest instance of a pair under one model, given each instance's probabilities under the
     * models (the pair holds if one place says so); of those in sentences naming both when
     * {@code together}, where none gives 0.
     */
    private static Best best(List<Pairs.Instance> instances, double[][] probabilities, int model, boolean together) {
        double best = together ? 0 : -1;
        Pairs.Instance at = together ? instances.get(0) : null;
        for (int k = 0; k < probabilities.length; k++) {
            Pairs.Instance i = instances.get(k);
            if (together && i.features().has("apart")) {
                continue;
            }
            double p = probabilities[k][model];
            if (p > best) {
                best = p;
                at = i;
            }
        }
        List<Integer> sentences = at.linked() < 0 || at.linked() == at.sentence() ? List.of(at.sentence())
                : List.of(at.sentence(), at.linked());
        return new Best(best, sentences);
    }
}
