package org.dramagraph.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Apache OpenNLP's maximum-entropy (GIS) or perceptron trainer, kept to compare with LIBLINEAR
 * ({@code eval --folds 5 --learner}). A two-outcome OpenNLP model is a linear model in the
 * difference of its two outcomes' weights, so it is stored and applied the same way.
 */
public final class OpenNlpLearner implements Learner {
    private final String algorithm;
    private final int iterations;
    private final int cutoff;

    /**
     * @param algorithm  {@code MAXENT} or {@code PERCEPTRON}
     * @param iterations training iterations
     * @param cutoff     the fewest events a feature must appear in
     */
    public OpenNlpLearner(String algorithm, int iterations, int cutoff) {
        this.algorithm = algorithm;
        this.iterations = iterations;
        this.cutoff = cutoff;
    }

    @Override
    public LinearModel train(List<Example> examples) {
        boolean anyYes = examples.stream().anyMatch(Example::positive);
        boolean anyNo = examples.stream().anyMatch(e -> !e.positive());
        if (!anyYes || !anyNo) {
            return new LinearModel(anyYes ? 5 : -5, Map.of());
        }
        List<Event> events = new ArrayList<>(examples.size());
        for (Example e : examples) {
            Map<String, Double> values = e.features().values();
            String[] context = values.keySet().toArray(new String[0]);
            float[] v = new float[context.length];
            for (int i = 0; i < context.length; i++) {
                v[i] = values.get(context[i]).floatValue();
            }
            events.add(new Event(e.positive() ? "yes" : "no", context, v));
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        params.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, null);
        MaxentModel model;
        try {
            model = trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return linear((AbstractModel) model);
    }

    @SuppressWarnings("unchecked")
    private static LinearModel linear(AbstractModel model) {
        int yes = model.getIndex("yes");
        int no = model.getIndex("no");
        Map<String, Context> params = (Map<String, Context>) model.getDataStructures()[1];
        Map<String, Double> weights = new HashMap<>();
        params.forEach((name, context) -> {
            double w = 0;
            int[] outcomes = context.getOutcomes();
            double[] p = context.getParameters();
            for (int i = 0; i < outcomes.length; i++) {
                w += outcomes[i] == yes ? p[i] : outcomes[i] == no ? -p[i] : 0;
            }
            if (w != 0) {
                weights.put(name, w);
            }
        });
        return new LinearModel(0, weights);
    }

    @Override
    public String describe() {
        return "OpenNLP " + algorithm.toLowerCase(java.util.Locale.ROOT) + ", " + iterations + " iterations, cutoff " + cutoff;
    }
}
