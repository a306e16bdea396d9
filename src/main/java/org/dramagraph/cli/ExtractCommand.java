package org.dramagraph.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import org.dramagraph.extract.Extraction;
import org.dramagraph.extract.Extractor;
import org.dramagraph.extract.FactJson;
import org.dramagraph.fact.ExtractedFact;
import org.dramagraph.source.Article;
import org.dramagraph.source.ArticleReader;
import org.dramagraph.source.ArticleSink;
import org.dramagraph.source.InputProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code extract PATH...}: prints the facts of each article as JSON Lines, without a store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract facts from articles and print them as JSON Lines (no store is written).")
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        Extractor extractor = new Extractor();
        PrintStream out = System.out;
        int[] counts = new int[2];
        new ArticleReader().read(inputs, new ArticleSink() {
            @Override
            public void article(Article article) {
                counts[0]++;
                Extraction extraction = extractor.extract(article);
                for (ExtractedFact f : extraction.facts()) {
                    out.println(FactJson.line(article.id(), f));
                }
            }

            @Override
            public void problem(InputProblem problem) {
                counts[1]++;
                System.err.println("dramagraph: " + problem.describe());
            }
        });
        out.flush();
        return counts[0] == 0 ? ExitCodes.NO_INPUT : counts[1] > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
}
