package org.dramagraph.cli;

import org.dramagraph.learn.Learner;
import org.dramagraph.learn.LiblinearLearner;
import org.dramagraph.learn.OpenNlpLearner;
import org.dramagraph.train.RelationTrainer;
import picocli.CommandLine.Option;

/** The {@code --learner} and {@code --cost} options of {@code train} and {@code eval --folds}. */
final class LearnerOption {
    enum Kind { liblinear, maxent, perceptron }

    @Option(names = "--learner", paramLabel = "NAME",
            description = "What trains the classifiers: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Kind kind = Kind.liblinear;

    @Option(names = "--cost", paramLabel = "C",
            description = "LIBLINEAR's C, the inverse of regularisation (default: ${DEFAULT-VALUE}).")
    double cost = 0.3;

    RelationTrainer trainer() {
        Learner learner = switch (kind) {
            case liblinear -> new LiblinearLearner(cost, 2);
            case maxent -> new OpenNlpLearner("MAXENT", 100, 2);
            case perceptron -> new OpenNlpLearner("PERCEPTRON", 100, 2);
        };
        RelationTrainer standard = RelationTrainer.standard();
        return new RelationTrainer(learner, standard.calibrationFolds(), standard.calibrationStep());
    }
}
