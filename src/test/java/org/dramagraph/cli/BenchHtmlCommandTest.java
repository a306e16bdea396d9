package org.dramagraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.dramagraph.source.html.bench.ArticleBenchmark;
import org.dramagraph.source.html.bench.BenchmarkData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchHtmlCommandTest {

    @Test
    void writesPredictionsForEveryPageAndPrintsTheScore(@TempDir Path tmp) throws Exception {
        Path dir = BenchmarkData.dir();
        Path out = tmp.resolve("predictions.json");
        String printed = run("bench-html", dir.toString(), "--out", out.toString(), "--seconds", "0");
        Map<String, String> predictions = ArticleBenchmark.readPredictions(out);
        assertThat(predictions).hasSize(181);
        assertThat(printed).contains("score:       "
                + BenchmarkData.benchmark().score(predictions).describe());
    }

    @Test
    void aFolderWithoutGroundTruthIsAClearError(@TempDir Path tmp) throws Exception {
        Files.createDirectories(tmp.resolve("html"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("bench-html", tmp.toString(), "--out", tmp.resolve("p.json").toString());
        } finally {
            System.setErr(old);
        }
        assertThat(code).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("ground-truth.json").contains(tmp.toString());
    }

    private static String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertThat(Main.run(args)).isEqualTo(ExitCodes.OK);
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
