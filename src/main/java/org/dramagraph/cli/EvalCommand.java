package org.dramagraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dramagraph.train.CrossValidation;
import org.dramagraph.train.LabelledArticle;
import org.dramagraph.train.TrainingSet;
import picocli.CommandLine.Mixin;
import org.dramagraph.eval.ErrorReport;
import org.dramagraph.eval.Evaluation;
import org.dramagraph.extract.Extractor;
import org.dramagraph.extract.FactJson;
import org.dramagraph.eval.Score;
import org.dramagraph.fact.Confidence;
import org.dramagraph.fact.ExtractedFact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eval DIR}: extracts DIR/articles, scores against DIR/gold, prints the per-type table. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction on an evaluation folder (DIR/articles, DIR/gold) and print precision, recall and F1 per fact type.")
final class EvalCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders with articles/ and gold/ (see eval/SCHEMA.md).")
    List<Path> dirs;

    @Option(names = "--folds", paramLabel = "K",
            description = "Cross-validate by outlet instead: train on K-1 folds of the folders' articles, score the K-th, "
                    + "each fold in turn (no outlet in two folds); print the per-type table with each type's F1 range "
                    + "across folds, and how often facts at each confidence are right.")
    Integer folds;

    @Mixin
    LearnerOption learner;

    @Option(names = "--explain", description = "Also print every miss and false alarm with its sentence and mentions.")
    boolean explain;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the scored predictions as JSON Lines to FILE.")
    Path out;

    @Option(names = "--threshold", paramLabel = "T",
            description = "Score only facts at least this sure (default: the confirmation threshold, ${DEFAULT-VALUE}).")
    double threshold = Confidence.THRESHOLD;

    @Option(names = "--sweep", description = "Also print precision, recall and F1 over a range of thresholds, "
            + "and how often each rule is right.")
    boolean sweep;

    private int crossValidate() throws IOException {
        if (folds < 2) {
            System.err.println("dramagraph: --folds must be at least 2, not " + folds);
            return ExitCodes.USAGE;
        }
        Extractor extractor = new Extractor();
        List<LabelledArticle> articles = TrainingSet.load(dirs, extractor);
        CrossValidation.Result result = CrossValidation.run(articles, folds, learner.trainer(), extractor);
        System.out.printf("%d articles, %d gold facts; %d folds by outlet, facts at confidence >= %.2f%n", articles.size(),
                result.total().total().tp() + result.total().total().fn(), folds, threshold);
        System.out.print(result.table());
        if (dirs.size() > 1) {
            System.out.println();
            for (Path dir : dirs) {
                java.util.Set<String> ids = new java.util.HashSet<>(org.dramagraph.eval.GoldSet.load(dir).keySet());
                Score.Counts c = result.of(ids).total();
                System.out.printf(java.util.Locale.ROOT, "articles of %s only: prec %.3f  rec %.3f  f1 %.3f%n", dir,
                        c.precision(), c.recall(), c.f1());
            }
        }
        System.out.println();
        System.out.print(result.reliability());
        return ExitCodes.OK;
    }

    @Override
    public Integer call() throws IOException {
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir.resolve("articles"))) {
                System.err.println("dramagraph: " + dir + ": no articles/ folder here");
                return ExitCodes.NO_INPUT;
            }
        }
        if (folds != null) {
            return crossValidate();
        }
        Evaluation evaluation = Evaluation.run(dirs, new Extractor());
        evaluation.problems().forEach(p -> System.err.println("dramagraph: " + p.describe()));
        if (out != null) {
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (var x : evaluation.extractions().values()) {
                    for (ExtractedFact f : x.facts()) {
                        if (f.confidence() >= threshold) {
                            w.write(FactJson.line(x.article().id(), f));
                            w.newLine();
                        }
                    }
                }
            }
        }
        Score score = evaluation.score(threshold);
        System.out.printf("%d articles, %d gold facts%n", evaluation.extractions().size(),
                score.total().tp() + score.total().fn());
        System.out.print(score.table());
        if (sweep) {
            System.out.println();
            System.out.println("threshold   prec    rec     f1");
            for (int t = 0; t <= 95; t += 5) {
                Score.Counts c = evaluation.score(t / 100.0).total();
                System.out.printf(java.util.Locale.ROOT, "%9.2f %6.3f %6.3f %6.3f%n", t / 100.0, c.precision(), c.recall(), c.f1());
            }
            System.out.println();
            System.out.print(ErrorReport.rules(evaluation, score));
        }
        if (explain) {
            System.out.println();
            System.out.print(ErrorReport.causes(evaluation, score));
            System.out.println();
            System.out.print(ErrorReport.explain(evaluation, score));
        }
        return evaluation.problems().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
    }
}
