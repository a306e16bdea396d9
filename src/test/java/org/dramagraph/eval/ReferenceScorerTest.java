package org.dramagraph.eval;

import org.dramagraph.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dramagraph.extract.Extractor;
import org.dramagraph.fact.ExtractedFact;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our scorer and the reference scorer (eval/score) print the same table for the same predictions. */
class ReferenceScorerTest {
    private static Evaluation dev;

    @BeforeAll
    static void evaluate() throws IOException {
        dev = Evaluation.run(SharedData.folder("eval/dev"), new Extractor());
    }

    @Test
    void ourScoreAgreesWithTheReferenceScorer(@TempDir Path tmp) throws Exception {
        Path script = SharedData.ROOT.resolve("eval/score");
        Assumptions.assumeTrue(Files.exists(script) && python() != null, "reference scorer or python3 not available");
        Path predictions = tmp.resolve("predictions.jsonl");
        List<String> lines = new ArrayList<>();
        for (var x : dev.extractions().values()) {
            for (ExtractedFact f : x.facts().stream().filter(ExtractedFact::confirmed).toList()) {
                lines.add(org.dramagraph.extract.FactJson.line(x.article().id(), f));
            }
        }
        Files.write(predictions, lines, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(python(), script.toString(), SharedData.folder("eval/dev").toString(),
                predictions.toString(), "--quiet").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        // the reference prints the same table: compare the rows, spaces aside
        for (String row : dev.score().table().split("\n")) {
            assertThat(normalise(out)).as(out).contains(normalise(row));
        }
    }

    private static String normalise(String s) {
        return s.replaceAll("[ \\t]+", " ").strip();
    }

    private static String python() {
        for (String candidate : List.of("python3", "python")) {
            try {
                Process p = new ProcessBuilder(candidate, "--version").redirectErrorStream(true).start();
                if (p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException | InterruptedException e) {
                // try the next name
            }
        }
        return null;
    }
}
