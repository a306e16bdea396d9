package org.dramagraph.source.html.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dramagraph.source.html.HtmlArticleExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java port of the benchmark metric agrees with the published table and the reference scorer. */
class ArticleBenchmarkTest {

    @Test
    void reproducesThePublishedScoresOfTrafilaturaAndReadabilityJs() throws IOException {
        ArticleBenchmark bench = BenchmarkData.benchmark();
        assertThat(bench.pages()).hasSize(181);
        assertThat(scoreOf(bench, "trafilatura.json").describe())
                .isEqualTo("pages 181  F1 0.958  precision 0.938  recall 0.978  accuracy 0.293");
        assertThat(scoreOf(bench, "readability_js.json").describe())
                .isEqualTo("pages 181  F1 0.947  precision 0.914  recall 0.982  accuracy 0.166");
        assertThat(scoreOf(bench, "boilerpipe.json").describe())
                .isEqualTo("pages 181  F1 0.860  precision 0.850  recall 0.870  accuracy 0.006");
    }

    private static CorpusScore scoreOf(ArticleBenchmark bench, String system) throws IOException {
        return bench.score(ArticleBenchmark.readPredictions(BenchmarkData.dir().resolve("output").resolve(system)));
    }

    @Test
    void agreesWithTheReferenceScorerOnOurPredictions(@TempDir Path tmp) throws Exception {
        ArticleBenchmark bench = BenchmarkData.benchmark();
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        Map<String, String> predictions = new LinkedHashMap<>();
        bench.pages().forEach(p -> predictions.put(p.id(), extractor.extract(p.html(), null, p.url()).text()));
        Path file = tmp.resolve("predictions.json");
        ArticleBenchmark.writePredictions(predictions, file);

        String python = runPythonScorer(file);
        assertThat(python).isEqualTo(bench.score(ArticleBenchmark.readPredictions(file)).describe());
    }

    private static String runPythonScorer(Path predictions) throws Exception {
        Process p;
        try {
            p = new ProcessBuilder("python3", BenchmarkData.dir().resolve("score").toString(), predictions.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 is not available: " + e.getMessage());
            throw e;
        }
        assumeTrue(p.waitFor(120, TimeUnit.SECONDS), "python3 scorer timed out");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
