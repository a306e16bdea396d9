package org.dramagraph.eval;

import org.dramagraph.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dramagraph.extract.Extractor;
import org.dramagraph.fact.ExtractedFact;
import org.dramagraph.fact.Fact;
import org.dramagraph.source.Article;
import org.dramagraph.source.ArticleReader;
import org.dramagraph.source.ArticleSink;
import org.dramagraph.source.InputProblem;
import org.junit.jupiter.api.Test;

/** The article the project started from: at least 15 of its 19 facts confirmed, at most 2 false alarms (floors that only go up). */
class SeedTest {
    @Test
    void extractFindsTheSeedFacts() throws IOException {
        Path seed = SharedData.folder("seed");
        Path text;
        Path goldFile;
        try (Stream<Path> files = Files.list(seed)) {
            List<Path> all = files.toList();
            text = all.stream().filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
            goldFile = all.stream().filter(p -> p.toString().endsWith(".gold.jsonl")).findFirst().orElseThrow();
        }
        Article[] article = new Article[1];
        new ArticleReader().read(List.of(text.toString()), new ArticleSink() {
            @Override
            public void article(Article a) {
                article[0] = a;
            }

            @Override
            public void problem(InputProblem problem) {
                throw new AssertionError(problem.describe());
            }
        });
        List<Fact> gold = GoldSet.read(goldFile);
        List<Fact> predicted = new Extractor().extract(article[0]).facts().stream().filter(ExtractedFact::confirmed)
                .map(ExtractedFact::fact).toList();

        Score score = Scorer.score(Map.of("seed", gold), Map.of("seed", predicted));

        assertThat(gold).hasSize(19);
        assertThat(score.total().tp()).as("found\n%s", score.table()).isGreaterThanOrEqualTo(15);
        assertThat(score.total().fp()).as("false alarms %s", score.alarms()).isLessThanOrEqualTo(2);
    }
}
