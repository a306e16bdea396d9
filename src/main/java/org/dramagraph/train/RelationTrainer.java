package org.dramagraph.train;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramagraph.eval.FactMatcher;
import org.dramagraph.extract.Analysis;
import org.dramagraph.extract.Extractor;
import org.dramagraph.fact.FactType;
import org.dramagraph.lang.Lexicon;
import org.dramagraph.learn.Calibration;
import org.dramagraph.learn.Example;
import org.dramagraph.learn.Features;
import org.dramagraph.learn.Learner;
import org.dramagraph.learn.LinearModel;
import org.dramagraph.learn.LiblinearLearner;
import org.dramagraph.learn.ModelSet;
import org.dramagraph.mention.MentionType;
import org.dramagraph.relation.EntityTyper;
import org.dramagraph.relation.Pairs;
import org.dramagraph.relation.RelationModel;
import org.dramagraph.relation.RoleWorkFeatures;
import org.dramagraph.resolve.Entity;

/**
 * Trains the models of extraction from annotated articles, in pipeline order: the entity typer on
 * the articles' names, then, over the names as it types them, the link, role, cameo and network
 * classifiers, and last their calibration on held-out scores (the articles split by outlet, each
 * part scored by models trained on the others). The same articles and settings give the same models.
 */
public final class RelationTrainer {
    private static final List<FactType> ROLES = List.of(FactType.CAST, FactType.WROTE, FactType.DIRECTED, FactType.CAMEO);

    private final Learner learner;
    private final int calibrationFolds;
    private final int calibrationStep;

    /**
     * @param calibrationFolds into how many parts (by outlet) the articles are split to calibrate
     * @param calibrationStep  the fewest held-out predictions a calibration step may rest on
     */
    public RelationTrainer(Learner learner, int calibrationFolds, int calibrationStep) {
        this.learner = learner;
        this.calibrationFolds = calibrationFolds;
        this.calibrationStep = calibrationStep;
    }

    /** The trainer whose settings the shipped models were made with. */
    public static RelationTrainer standard() {
        return new RelationTrainer(new LiblinearLearner(0.3, 2), 5, 25);
    }

    public int calibrationFolds() {
        return calibrationFolds;
    }

    public int calibrationStep() {
        return calibrationStep;
    }

    /** Trains and calibrates models on the articles; the extractor reads their rules and pairs. */
    public RelationModel train(List<LabelledArticle> articles, Extractor extractor) {
        Map<String, LinearModel> models = fit(articles, extractor);
        Map<String, Calibration> calibrations = calibrate(articles, extractor);
        ObjectNode settings = JsonNodeFactory.instance.objectNode();
        settings.put("learner", learner.describe());
        settings.put("instances", "a pair holds when its surest instance says so; every instance of a pair the gold"
                + " states is a positive example, every instance of another pair a negative one");
        ObjectNode cal = settings.putObject("calibrated on");
        cal.put("folds", calibrationFolds);
        cal.put("split", "by outlet (the article id up to its first hyphen)");
        cal.put("method", "isotonic regression over held-out scores, steps of at least " + calibrationStep + " predictions");
        ObjectNode sizes = settings.putObject("features");
        models.forEach((name, m) -> sizes.put(name, m.weights().size()));
        return new RelationModel(new ModelSet(models, calibrations, settings));
    }

    /** An article as the relation models see it: typed by a typer, with its candidate pairs. */
    private record Typed(LabelledArticle article, Analysis analysis, Pairs pairs) {
    }

    /** Every model, trained on every article. */
    private Map<String, LinearModel> fit(List<LabelledArticle> articles, Extractor extractor) {
        Map<String, LinearModel> out = new LinkedHashMap<>(fitTyper(articles));
        EntityTyper typer = new EntityTyper(new ModelSet(out, Map.of(), JsonNodeFactory.instance.objectNode()));
        out.putAll(fitRelations(typed(articles, typer, extractor)));
        return out;
    }

    private static List<Typed> typed(List<LabelledArticle> articles, EntityTyper typer, Extractor extractor) {
        List<Typed> out = new ArrayList<>();
        for (LabelledArticle a : articles) {
            Analysis t = typer.retype(a.analysis());
            out.add(new Typed(a, t, t.relevant() ? extractor.pairs(t, extractor.rules(t)) : null));
        }
        return out;
    }

    private Map<String, LinearModel> fitTyper(List<LabelledArticle> articles) {
        Map<MentionType, List<Example>> examples = new EnumMap<>(MentionType.class);
        EntityTyper.KINDS.forEach(k -> examples.put(k, new ArrayList<>()));
        Lexicon lexicon = Lexicon.standard();
        for (LabelledArticle a : articles) {
            if (!a.analysis().relevant()) {
                continue;
            }
            GoldLabels gold = a.labels();
            for (Map.Entry<Entity, Features> e : EntityTyper.features(a.analysis(), lexicon).entrySet()) {
                Set<MentionType> is = gold.kinds(e.getKey());
                EntityTyper.KINDS.forEach(k -> examples.get(k).add(new Example(e.getValue(), is.contains(k))));
            }
        }
        Map<String, LinearModel> out = new LinkedHashMap<>();
        EntityTyper.KINDS.forEach(k -> out.put(EntityTyper.model(k), learner.train(examples.get(k))));
        return out;
    }

    private Map<String, LinearModel> fitRelations(List<Typed> articles) {
        List<Example> link = new ArrayList<>();
        List<Example> network = new ArrayList<>();
        List<Example> plays = new ArrayList<>();
        List<Example> playedIn = new ArrayList<>();
        List<Example> cameoIn = new ArrayList<>();
        List<Example> speakers = new ArrayList<>();
        Map<FactType, List<Example>> roles = new EnumMap<>(FactType.class);
        ROLES.forEach(t -> roles.put(t, new ArrayList<>()));
        for (Typed a : articles) {
            if (a.pairs() == null) {
                continue;
            }
            GoldLabels gold = a.article().labels(a.analysis());
            for (Pairs.Pair pair : a.pairs().all()) {
                Set<FactType> labels = gold.of(pair);
                for (Pairs.Instance i : pair.instances()) {
                    switch (pair.kind()) {
                        case NETWORK_WORK -> network.add(new Example(i.features(), labels.contains(FactType.NETWORK)));
                        case PERSON_CHARACTER -> plays.add(new Example(i.features(), labels.contains(FactType.PLAYS)));
                        case PERSON_WORK -> {
                            link.add(new Example(i.features(), !labels.isEmpty()));
                            if (!i.features().has("apart")) {
                                // a cameo is told where it is named: in a sentence naming both
                                cameoIn.add(new Example(i.features(), labels.contains(FactType.CAMEO)));
                            }
                        }
                    }
                }
            }
            for (var c : a.pairs().speakers()) {
                speakers.add(new Example(c.features(), gold.said(c)));
            }
            // which of the person's works a role is played in, asked of the roles the gold says they play
            for (Pairs.Pair pair : a.pairs().all()) {
                if (pair.kind() != Pairs.Kind.PERSON_CHARACTER || !gold.of(pair).contains(FactType.PLAYS)) {
                    continue;
                }
                int sentence = pair.instances().get(0).sentence();
                for (Pairs.Pair appearance : a.pairs().all()) {
                    if (appearance.kind() == Pairs.Kind.PERSON_WORK && appearance.a() == pair.a()) {
                        playedIn.add(new Example(RoleWorkFeatures.of(a.pairs().view(), pair, appearance, sentence),
                                gold.plays(pair.a(), pair.b(), appearance.b())));
                    }
                }
            }
            for (Entity person : a.pairs().people()) {
                Features features = a.pairs().role(person);
                Set<FactType> is = gold.roles(person);
                ROLES.forEach(t -> roles.get(t).add(new Example(features, is.contains(t))));
            }
        }
        Map<String, LinearModel> out = new LinkedHashMap<>();
        out.put(RelationModel.LINK, learner.train(link));
        out.put(RelationModel.NETWORK, learner.train(network));
        out.put(RelationModel.PLAYS, learner.train(plays));
        out.put(RelationModel.PLAYED_IN, learner.train(playedIn));
        out.put(RelationModel.CAMEO_IN, learner.forRareYes().train(cameoIn));
        out.put(RelationModel.SPEAKER, learner.train(speakers));
        ROLES.forEach(t -> out.put(RelationModel.role(t), learner.train(roles.get(t))));
        return out;
    }

    /** Calibrations of each fact type's score, fitted to scores of models that never saw the article. */
    private Map<String, Calibration> calibrate(List<LabelledArticle> articles, Extractor extractor) {
        Map<String, Integer> folds = Outlets.folds(articles.stream().map(LabelledArticle::id).toList(), calibrationFolds);
        Map<FactType, List<double[]>> held = new EnumMap<>(FactType.class);
        for (int fold = 0; fold < calibrationFolds; fold++) {
            int f = fold;
            List<LabelledArticle> train = articles.stream().filter(a -> folds.get(a.id()) != f).toList();
            RelationModel model = new RelationModel(new ModelSet(fit(train, extractor), Map.of(),
                    JsonNodeFactory.instance.objectNode()));
            List<LabelledArticle> test = articles.stream().filter(a -> folds.get(a.id()) == f).toList();
            for (Typed a : typed(test, model.typer(), extractor)) {
                if (a.pairs() == null) {
                    continue;
                }
                for (RelationModel.Scored s : model.score(a.pairs())) {
                    boolean right = a.article().gold().stream().anyMatch(g -> FactMatcher.matches(g, s.fact()));
                    held.computeIfAbsent(s.type(), t -> new ArrayList<>()).add(new double[] {s.score(), right ? 1 : 0});
                }
            }
        }
        Map<String, Calibration> out = new LinkedHashMap<>();
        held.forEach((type, list) -> {
            double[] score = new double[list.size()];
            boolean[] right = new boolean[list.size()];
            for (int i = 0; i < score.length; i++) {
                score[i] = list.get(i)[0];
                right[i] = list.get(i)[1] > 0;
            }
            // a rare type's few right answers would drown in steps of the common size: steps of a quarter of them
            int rightCount = 0;
            for (boolean r : right) {
                rightCount += r ? 1 : 0;
            }
            out.put(type.key(), Calibration.fit(score, right, Math.max(5, Math.min(calibrationStep, rightCount / 4))));
        });
        return out;
    }
}
