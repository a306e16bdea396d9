package org.dramagraph.source.html.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dramagraph.source.html.HtmlArticleExtractor;
import org.junit.jupiter.api.Test;

/** Our extractor's score on the shared article-extraction benchmark stays above the floors it reached. */
class ExtractionFloorTest {

    @Test
    void scoresAtLeastTheFloorsOnTheBenchmark() {
        ArticleBenchmark bench = BenchmarkData.benchmark();
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        Map<String, String> predictions = new LinkedHashMap<>();
        for (BenchmarkPage page : bench.pages()) {
            predictions.put(page.id(), extractor.extract(page.html(), null, page.url()).text());
        }
        CorpusScore score = bench.score(predictions);
        assertThat(score.f1()).as(score.describe()).isGreaterThanOrEqualTo(0.975);
        assertThat(score.precision()).as(score.describe()).isGreaterThanOrEqualTo(0.970);
        assertThat(score.recall()).as(score.describe()).isGreaterThanOrEqualTo(0.980);
    }
}
