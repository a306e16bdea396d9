package org.dramagraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @Test
    void forksMeasureInFreshJvmsAndReportTheMedian(@TempDir Path tmp) throws Exception {
        Path article = tmp.resolve("cameo.txt");
        Files.writeString(article, "Han Seo-jin makes a cameo in 'Harbor Lights'\n\n"
                + "Actor Han Seo-jin makes a cameo in the tvN drama 'Harbor Lights', written by Baek Min-ha.\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("bench", article.toString(), "--seconds", "0.2", "--forks", "2");
        } finally {
            System.setOut(old);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(printed).contains("fork 1 of 2:", "fork 2 of 2:", "extract facts:")
                .containsPattern("median of 2 forks: extraction [0-9.]+ MB/s .* forks ranged [0-9.]+ to [0-9.]+ MB/s")
                .doesNotContain("fork-figures");
    }
}
