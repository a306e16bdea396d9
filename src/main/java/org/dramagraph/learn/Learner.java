package org.dramagraph.learn;

import java.util.List;

/** Trains a {@link LinearModel} from examples; the same examples always give the same model. */
public interface Learner {
    LinearModel train(List<Example> examples);

    /**
     * The learner for a question whose answer is rarely yes (a cameo among appearances): one that
     * weighs a missed yes more, where the learner can. Calibration afterwards restores the probabilities.
     */
    default Learner forRareYes() {
        return this;
    }

    /** A short name for reports and the model files' settings. */
    String describe();
}
