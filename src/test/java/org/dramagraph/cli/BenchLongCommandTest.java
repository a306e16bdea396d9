package org.dramagraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BenchLongCommandTest {

    @Test
    void printsTimePerMegabyteAtEachSizeInBothShapes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = Main.run("bench-long", "--sizes", "0.01,0.02", "--warm-up", "0");
        } finally {
            System.setOut(old);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(ExitCodes.OK);
        String size = " +0\\.0%d MB: +[0-9.]+ s +[0-9.]+ s/MB +\\(%sx the smallest\\) +[0-9]+ facts +heap after, extraction held: +[0-9]+ MB";
        assertThat(printed.lines().toList()).hasSize(7);
        assertThat(printed).containsPattern("heap at most [0-9]+ MB")
                .containsPattern("as paragraphs:\n" + size.formatted(1, "1\\.00") + "\n" + size.formatted(2, "[0-9.]+") + "\n"
                        + "as one line, no line breaks or sentence ends:\n" + size.formatted(1, "1\\.00") + "\n"
                        + size.formatted(2, "[0-9.]+") + "\n");
    }
}
