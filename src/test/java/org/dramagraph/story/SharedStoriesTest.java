package org.dramagraph.story;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dramagraph.SharedData;
import org.dramagraph.extract.Extractor;
import org.dramagraph.source.Article;
import org.dramagraph.source.ArticleReader;
import org.dramagraph.source.ArticleSink;
import org.dramagraph.source.InputProblem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grouping the 403 real pages of {@code ../shared/data/kdrama-news-unlabeled} into stories, scored
 * against its 35 hand-found story groups. The floors are the targets; the README gives the
 * figures and how stable they are.
 */
class SharedStoriesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path data;
    private static List<Story> stories;

    @BeforeAll
    static void group() {
        data = SharedData.folder("data/kdrama-news-unlabeled");
        Extractor extractor = new Extractor();
        StoryFeatures features = new StoryFeatures();
        List<StoryArticle> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        new ArticleReader().read(List.of(data.resolve("pages.jsonl").toString()), new ArticleSink() {
            @Override
            public void article(Article article) {
                articles.add(features.read(extractor.extract(article)));
            }

            @Override
            public void problem(InputProblem problem) {
                problems.add(problem.describe());
            }
        });
        assertThat(problems).isEmpty();
        assertThat(articles).hasSize(403);
        stories = StoryGrouper.group(articles);
    }

    private static List<List<String>> gold() throws IOException {
        List<List<String>> gold = new ArrayList<>();
        for (String line : Files.readAllLines(data.resolve("stories.jsonl"))) {
            if (!line.isBlank()) {
                List<String> ids = new ArrayList<>();
                JSON.readTree(line).get("ids").forEach(id -> ids.add(id.asText()));
                gold.add(ids);
            }
        }
        return gold;
    }

    @Test
    void groupsTheHandFoundStoriesPreciselyAndMostlyWhole() throws IOException {
        StoryScore score = StoryScore.of(gold(), stories);

        assertThat(score.labelled()).isEqualTo(137);
        assertThat(score.goldPairs()).isEqualTo(255);
        assertThat(score.pairPrecision()).as("pairwise precision").isGreaterThanOrEqualTo(0.95);
        assertThat(score.bcubedF1()).as("B-cubed F1").isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void everyPageIsInExactlyOneStory() {
        List<String> all = stories.stream().flatMap(s -> s.articles().stream()).toList();

        assertThat(all).hasSize(403).doesNotHaveDuplicates();
    }

    @Test
    void theReferenceScorerGivesTheSameFigures(@TempDir Path tmp) throws Exception {
        Path script = SharedData.ROOT.resolve("eval/score-stories");
        Assumptions.assumeTrue(Files.exists(script) && canRun("python3"), "score-stories or python3 not available");
        Path predicted = tmp.resolve("stories.jsonl");
        Files.write(predicted, stories.stream().map(StoryJson::line).toList(), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("python3", script.toString(), data.resolve("stories.jsonl").toString(),
                predicted.toString(), "--json").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        JsonNode reference = JSON.readTree(out);
        StoryScore score = StoryScore.of(gold(), stories);

        assertThat(reference.get("tp_pairs").asInt()).isEqualTo(score.rightPairs());
        assertThat(reference.get("predicted_pairs").asInt()).isEqualTo(score.predictedPairs());
        assertThat(reference.get("pair_precision").asDouble()).isCloseTo(score.pairPrecision(), within());
        assertThat(reference.get("pair_recall").asDouble()).isCloseTo(score.pairRecall(), within());
        assertThat(reference.get("bcubed_f1").asDouble()).isCloseTo(score.bcubedF1(), within());
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }

    private static boolean canRun(String command) {
        try {
            Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
