package org.dramagraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dramagraph.eval.ErrorReport;
import org.dramagraph.eval.Evaluation;
import org.dramagraph.extract.Extractor;
import org.dramagraph.extract.FactJson;
import org.dramagraph.relation.ExtractedFact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code eval DIR}: extracts DIR/articles, scores against DIR/gold, prints the per-type table. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extraction on an evaluation folder (DIR/articles, DIR/gold) and print precision, recall and F1 per fact type.")
final class EvalCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "Folder with articles/ and gold/ (see eval/SCHEMA.md).")
    Path dir;

    @Option(names = "--explain", description = "Also print every miss and false alarm with its sentence and mentions.")
    boolean explain;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the predictions as JSON Lines to FILE.")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir.resolve("articles"))) {
            System.err.println("dramagraph: " + dir + ": no articles/ folder here");
            return ExitCodes.NO_INPUT;
        }
        Evaluation evaluation = Evaluation.run(dir, new Extractor());
        evaluation.problems().forEach(p -> System.err.println("dramagraph: " + p.describe()));
        if (out != null) {
            try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                for (var x : evaluation.extractions().values()) {
                    for (ExtractedFact f : x.facts()) {
                        w.write(FactJson.line(x.article().id(), f));
                        w.newLine();
                    }
                }
            }
        }
        System.out.printf("%d articles, %d gold facts%n", evaluation.extractions().size(),
                evaluation.score().total().tp() + evaluation.score().total().fn());
        System.out.print(evaluation.score().table());
        if (explain) {
            System.out.println();
            System.out.print(ErrorReport.explain(evaluation));
        }
        return evaluation.problems().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
    }
}
