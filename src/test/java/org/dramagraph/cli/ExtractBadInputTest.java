package org.dramagraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract} over bad inputs: one stderr line each, and an exit code that says what happened. */
class ExtractBadInputTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;
    private InputStream oldIn;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        oldIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
        System.setIn(oldIn);
    }

    private List<String> errLines() {
        return Arrays.stream(err.toString(StandardCharsets.UTF_8).split("\n")).filter(l -> !l.isBlank()).toList();
    }

    private Path badInputs() throws IOException {
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.createFile(bad.resolve("empty.txt"));
        Files.write(bad.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 5});
        try (RandomAccessFile huge = new RandomAccessFile(bad.resolve("huge.txt").toFile(), "rw")) {
            huge.setLength(200L * 1024 * 1024);
        }
        Files.write(bad.resolve("latin1.txt"), "Title\nCaf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(bad.resolve("lines.jsonl"), "{\"text\": broken\n");
        Files.createDirectories(bad.resolve("no-articles"));
        return bad;
    }

    @Test
    void nothingReadableExitsWithNoInputAndOneLinePerBadInput() throws IOException {
        Path bad = badInputs();
        Path emptyFolder = bad.resolve("no-articles");

        int code = Main.run("extract", bad.resolve("binary.txt").toString(), bad.resolve("empty.txt").toString(),
                bad.resolve("huge.txt").toString(), bad.resolve("latin1.txt").toString(),
                bad.resolve("lines.jsonl").toString(), emptyFolder.toString());

        assertThat(code).isEqualTo(ExitCodes.NO_INPUT);
        assertThat(errLines()).hasSize(6).allSatisfy(line -> assertThat(line).startsWith("dramagraph: " + bad));
        assertThat(errLines()).anySatisfy(l -> assertThat(l).startsWith("dramagraph: " + bad.resolve("binary.txt") + ": binary"))
                .anySatisfy(l -> assertThat(l).isEqualTo("dramagraph: " + bad.resolve("empty.txt") + ": empty file"))
                .anySatisfy(l -> assertThat(l).startsWith("dramagraph: " + bad.resolve("huge.txt") + ": file is 200 MB"))
                .anySatisfy(l -> assertThat(l).startsWith("dramagraph: " + bad.resolve("latin1.txt") + ":2: invalid UTF-8 at byte 9"))
                .anySatisfy(l -> assertThat(l).startsWith("dramagraph: " + bad.resolve("lines.jsonl") + ":1: malformed JSON"))
                .anySatisfy(l -> assertThat(l).startsWith("dramagraph: " + emptyFolder + ": no files in the folder"));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aFolderWithGoodAndBadFilesIsPartial() throws IOException {
        Path bad = badInputs();
        Files.writeString(bad.resolve("good.txt"), "A title\nA body that can be read.");

        int code = Main.run("extract", bad.toString());

        assertThat(code).isEqualTo(ExitCodes.PARTIAL);
        // Five bad files; an empty subfolder of a folder that has articles is not a problem.
        assertThat(errLines()).hasSize(5);
    }

    @Test
    void goodInputsAloneAreOk() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), "A title\nA body that can be read.");

        assertThat(Main.run("extract", good.toString())).isEqualTo(ExitCodes.OK);
        assertThat(errLines()).isEmpty();
    }

    @Test
    void standardInputIsReadForADash() {
        System.setIn(new ByteArrayInputStream("{\"text\": \"x\"}\n{\"text\": oops}\n".getBytes(StandardCharsets.UTF_8)));

        int code = Main.run("extract", "-");

        assertThat(code).isEqualTo(ExitCodes.PARTIAL);
        assertThat(errLines()).singleElement().asString().startsWith("dramagraph: -:2: malformed JSON");
    }
}
