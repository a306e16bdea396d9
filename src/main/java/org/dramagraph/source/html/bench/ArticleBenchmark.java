package org.dramagraph.source.html.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * An article-extraction benchmark folder in the Zyte layout: {@code ground-truth.json} mapping
 * page ids to {@code {"articleBody", "url"}}, and the pages as {@code html/<id>.html.gz}
 * (or plain {@code html/<id>.html}).
 */
public final class ArticleBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<BenchmarkPage> pages;

    private ArticleBenchmark(List<BenchmarkPage> pages) {
        this.pages = List.copyOf(pages);
    }

    /** Reads the ground truth and every page of a benchmark folder into memory. */
    public static ArticleBenchmark load(Path dir) throws IOException {
        Path truthFile = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truthFile)) {
            throw new NoSuchFileException(truthFile.toString(), null, "no ground-truth.json in the benchmark folder");
        }
        JsonNode truth = JSON.readTree(truthFile.toFile());
        List<BenchmarkPage> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : truth.properties()) {
            String id = e.getKey();
            pages.add(new BenchmarkPage(id, e.getValue().path("url").asText(""),
                    e.getValue().path("articleBody").asText(""), readPage(dir.resolve("html"), id)));
        }
        return new ArticleBenchmark(pages);
    }

    private static byte[] readPage(Path htmlDir, String id) throws IOException {
        Path gz = htmlDir.resolve(id + ".html.gz");
        if (Files.isRegularFile(gz)) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
                return in.readAllBytes();
            }
        }
        Path plain = htmlDir.resolve(id + ".html");
        if (Files.isRegularFile(plain)) {
            return Files.readAllBytes(plain);
        }
        throw new NoSuchFileException(gz.toString(), null, "page listed in ground-truth.json is missing");
    }

    /** The pages, in ground-truth order. */
    public List<BenchmarkPage> pages() {
        return pages;
    }

    /** Scores each page's prediction (a missing id counts as empty), keyed by page id. */
    public Map<String, PageScore> pageScores(Map<String, String> predictions) {
        Map<String, PageScore> out = new LinkedHashMap<>();
        for (BenchmarkPage page : pages) {
            out.put(page.id(), ShingleMetric.score(page.truth(), predictions.getOrDefault(page.id(), "")));
        }
        return out;
    }

    /** The corpus score of a set of predictions. */
    public CorpusScore score(Map<String, String> predictions) {
        return CorpusScore.of(pageScores(predictions).values());
    }

    /**
     * Reads a predictions file: ids mapped to {@code {"articleBody": ...}}, possibly wrapped in
     * {@code {"output": {...}}}; a null body reads as empty.
     */
    public static Map<String, String> readPredictions(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        if (root.path("output").isObject()) {
            root = root.get("output");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            JsonNode body = e.getValue().path("articleBody");
            out.put(e.getKey(), body.isTextual() ? body.asText() : "");
        }
        return out;
    }

    /** Writes predictions in the benchmark's format. */
    public static void writePredictions(Map<String, String> predictions, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        predictions.forEach((id, body) -> root.putObject(id).put("articleBody", body));
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), root);
    }
}
