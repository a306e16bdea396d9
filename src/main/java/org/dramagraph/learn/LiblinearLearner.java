package org.dramagraph.learn;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * L2-regularised logistic regression, trained by LIBLINEAR (its Java port). Features seen in fewer
 * than {@code minCount} examples are left out: a cue the data shows once says more about that
 * article than about the next one.
 */
public final class LiblinearLearner implements Learner {
    private final double c;
    private final int minCount;
    private final double positiveWeight;

    /**
     * @param c        the inverse of the regularisation strength (smaller: simpler models)
     * @param minCount the fewest examples a feature must appear in to be learned
     */
    public LiblinearLearner(double c, int minCount) {
        this(c, minCount, 1);
    }

    /**
     * @param positiveWeight how much more a mistake on a yes costs than one on a no: for a rare answer
     *                       (cameos), so that its cues outweigh the prior; calibration then brings the
     *                       probabilities back to how often they are right
     */
    public LiblinearLearner(double c, int minCount, double positiveWeight) {
        this.c = c;
        this.minCount = minCount;
        this.positiveWeight = positiveWeight;
    }

    /** The same learner with yes answers weighed 10 times a no. */
    @Override
    public Learner forRareYes() {
        return new LiblinearLearner(c, minCount, 3);
    }

    @Override
    public LinearModel train(List<Example> examples) {
        FeatureSpace space = FeatureSpace.of(examples, minCount);
        boolean anyYes = examples.stream().anyMatch(Example::positive);
        boolean anyNo = examples.stream().anyMatch(e -> !e.positive());
        if (!anyYes || !anyNo) {
            // one answer only: nothing to weigh, the prior says it all
            return new LinearModel(anyYes ? 5 : -5, Map.of());
        }
        Problem problem = new Problem();
        problem.l = examples.size();
        problem.n = space.size() + 1;
        problem.bias = 1;
        problem.y = new double[examples.size()];
        problem.x = new Feature[examples.size()][];
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            problem.y[i] = e.positive() ? 1 : 0;
            problem.x[i] = nodes(space, e.features(), problem.n);
        }
        Linear.disableDebugOutput();
        Linear.resetRandom(); // LIBLINEAR shuffles with one seeded generator: reset it, and training repeats exactly
        Parameter parameter = new Parameter(SolverType.L2R_LR, c, 0.001);
        if (positiveWeight != 1) {
            parameter.setWeights(new double[] {positiveWeight}, new int[] {1});
        }
        Model model = Linear.train(problem, parameter);
        double[] w = model.getFeatureWeights();
        // LIBLINEAR's weights favour its first label; turn them to favour yes
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        Map<String, Double> weights = new HashMap<>();
        for (int j = 0; j < space.size(); j++) {
            if (w[j] != 0) {
                weights.put(space.name(j), sign * w[j]);
            }
        }
        return new LinearModel(sign * w[space.size()], weights);
    }

    private static Feature[] nodes(FeatureSpace space, Features features, int biasIndex) {
        List<FeatureNode> nodes = new ArrayList<>();
        for (var f : features.values().entrySet()) {
            int j = space.index(f.getKey());
            if (j >= 0) {
                nodes.add(new FeatureNode(j + 1, f.getValue()));
            }
        }
        nodes.sort((a, b) -> Integer.compare(a.index, b.index));
        nodes.add(new FeatureNode(biasIndex, 1));
        return nodes.toArray(new Feature[0]);
    }

    @Override
    public String describe() {
        return String.format(Locale.ROOT, "liblinear L2-regularised logistic regression, C=%s, features seen in >= %d examples",
                c, minCount) + (positiveWeight == 1 ? "" : String.format(Locale.ROOT, ", yes weighed %s", positiveWeight));
    }
}
