package org.dramagraph.learn;

import java.util.List;

/** Trains a {@link LinearModel} from examples; the same examples always give the same model. */
public interface Learner {
    LinearModel train(List<Example> examples);

    /** A short name for reports and the model files' settings. */
    String describe();
}
