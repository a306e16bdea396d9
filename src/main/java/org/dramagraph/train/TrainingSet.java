package org.dramagraph.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dramagraph.eval.GoldSet;
import org.dramagraph.extract.Extractor;
import org.dramagraph.fact.Fact;
import org.dramagraph.source.Article;
import org.dramagraph.source.ArticleReader;
import org.dramagraph.source.ArticleSink;
import org.dramagraph.source.InputProblem;

/** Annotated folders ({@code articles/} and {@code gold/}, eval/SCHEMA.md) read up to the relation stage. */
public final class TrainingSet {
    private TrainingSet() {
    }

    /**
     * Reads every article of the folders that has a gold file, in folder then file-name order.
     *
     * @throws IOException when a folder is not an annotated set or an article cannot be read
     */
    public static List<LabelledArticle> load(List<Path> dirs, Extractor extractor) throws IOException {
        List<LabelledArticle> out = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir.resolve("articles")) || !Files.isDirectory(dir.resolve("gold"))) {
                throw new IOException(dir + ": not an annotated set (no articles/ and gold/ folders)");
            }
            Map<String, List<Fact>> gold = GoldSet.load(dir);
            List<InputProblem> problems = new ArrayList<>();
            new ArticleReader().read(List.of(dir.resolve("articles").toString()), new ArticleSink() {
                @Override
                public void article(Article article) {
                    List<Fact> facts = gold.get(article.id());
                    if (facts != null) {
                        out.add(new LabelledArticle(article.id(), extractor.analyse(article), facts));
                    }
                }

                @Override
                public void problem(InputProblem problem) {
                    problems.add(problem);
                }
            });
            if (!problems.isEmpty()) {
                throw new IOException(problems.get(0).describe());
            }
        }
        return out;
    }
}
