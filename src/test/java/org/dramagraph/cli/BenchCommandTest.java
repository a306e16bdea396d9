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

    @Test
    void againstAnotherBuildTheTwoAlternateInOneJvm(@TempDir Path tmp) throws Exception {
        Path article = tmp.resolve("cameo.txt");
        Files.writeString(article, "Actor Han Seo-jin makes a cameo in the tvN drama 'Harbor Lights', written by Baek Min-ha.\n");
        // this very build, from its classes folder, loaded a second time beside itself
        Path build = Path.of(org.dramagraph.extract.Extractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("bench", article.toString(), "--seconds", "0.2", "--against", build.toString());
        } finally {
            System.setOut(old);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(printed.lines().toList()).hasSize(5);
        assertThat(printed).containsPattern("1 articles, [0-9.]+ KB of text; one thread, the two builds alternating round by round\n"
                + "  the other build: .* MB/s .*\n  this build: .* MB/s .*\n  \\(timed after [0-9]+ s of warm-up\\)\n"
                + "  this build is [0-9.]+x as fast as the other \\(CPU time: [0-9.]+x\\)\n");
    }

    @Test
    void againstAFolderWithNoBuildSaysSo(@TempDir Path tmp) throws Exception {
        Path article = tmp.resolve("a.txt");
        Files.writeString(article, "Actor Han Seo-jin stars in 'Harbor Lights'.\n");
        assertThat(Main.run("bench", article.toString(), "--seconds", "0.2", "--against", tmp.resolve("empty").toString()))
                .isEqualTo(ExitCodes.NO_INPUT);
        Files.createDirectories(tmp.resolve("empty"));
        assertThat(Main.run("bench", article.toString(), "--seconds", "0.2", "--against", tmp.resolve("empty").toString()))
                .isEqualTo(ExitCodes.NO_INPUT);
    }
}
