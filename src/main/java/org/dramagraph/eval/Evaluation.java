package org.dramagraph.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dramagraph.extract.Extraction;
import org.dramagraph.extract.Extractor;
import org.dramagraph.fact.Confidence;
import org.dramagraph.fact.ExtractedFact;
import org.dramagraph.fact.Fact;
import org.dramagraph.source.Article;
import org.dramagraph.source.ArticleReader;
import org.dramagraph.source.ArticleSink;
import org.dramagraph.source.InputProblem;

/**
 * The extractor run over an evaluation folder ({@code articles/} and {@code gold/}), ready to score.
 *
 * @param gold        the gold facts by article id
 * @param extractions what was extracted from each article, by id, for scores and error reports
 * @param problems    inputs that could not be read
 */
public record Evaluation(Map<String, List<Fact>> gold, Map<String, Extraction> extractions, List<InputProblem> problems) {

    /** Extracts every article of {@code dir/articles}, to be scored against {@code dir/gold}. */
    public static Evaluation run(Path dir, Extractor extractor) throws IOException {
        return run(List.of(dir), extractor);
    }

    /** Extracts the articles of several evaluation folders, to be scored together. */
    public static Evaluation run(List<Path> dirs, Extractor extractor) throws IOException {
        Map<String, List<Fact>> gold = new java.util.TreeMap<>();
        for (Path dir : dirs) {
            gold.putAll(GoldSet.load(dir));
        }
        Map<String, Extraction> extractions = new LinkedHashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        new ArticleReader().read(dirs.stream().map(d -> d.resolve("articles").toString()).toList(), new ArticleSink() {
            @Override
            public void article(Article article) {
                extractions.put(article.id(), extractor.extract(article));
            }

            @Override
            public void problem(InputProblem problem) {
                problems.add(problem);
            }
        });
        return new Evaluation(gold, extractions, problems);
    }

    /** The score of the confirmed facts: those at least as sure as {@link Confidence#THRESHOLD}. */
    public Score score() {
        return score(Confidence.THRESHOLD);
    }

    /** The score of the facts at least as sure as the given threshold. */
    public Score score(double threshold) {
        Map<String, List<Fact>> predicted = new LinkedHashMap<>();
        extractions.forEach((id, x) -> predicted.put(id, x.facts().stream()
                .filter(f -> f.confidence() >= threshold).map(ExtractedFact::fact).toList()));
        return Scorer.score(gold, predicted);
    }
}
