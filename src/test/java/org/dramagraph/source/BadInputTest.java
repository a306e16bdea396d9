package org.dramagraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad input gives one problem naming it, and the good inputs around it are still read. */
class BadInputTest {
    @TempDir
    Path dir;

    /** Reads a good file, the bad input, and another good file. */
    private Collected readBetweenGoodFiles(Path bad) throws IOException {
        Path before = Files.writeString(dir.resolve("before.txt"), "Before\nA good article.");
        Path after = Files.writeString(dir.resolve("after.txt"), "After\nAnother good article.");
        Collected sink = new Collected();
        new ArticleReader().read(List.of(before.toString(), bad.toString(), after.toString()), sink);
        assertThat(sink.ids()).containsExactly("before", "after");
        return sink;
    }

    @Test
    void emptyFile() throws IOException {
        Path bad = Files.createFile(dir.resolve("empty.txt"));

        assertThat(readBetweenGoodFiles(bad).described()).containsExactly(bad + ": empty file");
    }

    @Test
    void whiteSpaceOnlyFile() throws IOException {
        Path bad = Files.writeString(dir.resolve("blank.txt"), " \n\n\t\n");

        assertThat(readBetweenGoodFiles(bad).described()).containsExactly(bad + ": no text (only white space)");
    }

    @Test
    void binaryFile() throws IOException {
        Path bad = dir.resolve("image.txt");
        byte[] bytes = new byte[4096];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(bad, bytes);

        assertThat(readBetweenGoodFiles(bad).described())
                .containsExactly(bad + ": binary data, not text (UTF-8 text expected)");
    }

    @Test
    void hugeFileIsRefusedBeforeReading() throws IOException {
        Path bad = dir.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(bad.toFile(), "rw")) {
            file.setLength(200L * 1024 * 1024);
        }

        assertThat(readBetweenGoodFiles(bad).described()).singleElement().asString()
                .startsWith(bad + ": file is 200 MB, over the 50 MB input limit");
    }

    @Test
    void aFileJustOverTheCapSaysItsRealSize() throws IOException {
        Path bad = dir.resolve("just-over.txt");
        try (RandomAccessFile file = new RandomAccessFile(bad.toFile(), "rw")) {
            file.setLength(ArticleReader.DEFAULT_MAX_BYTES + 1);
        }

        assertThat(readBetweenGoodFiles(bad).described()).containsExactly(bad + ": file is 52,428,801 bytes, over the 50 MB"
                + " input limit (-Ddramagraph.maxInputBytes=SIZE raises it), skipped");
    }

    @Test
    void hugeFileOfUnknownKindIsRefusedToo() throws IOException {
        Path bad = dir.resolve("huge.dump");
        try (RandomAccessFile file = new RandomAccessFile(bad.toFile(), "rw")) {
            file.write(("Title\n" + "Some text that goes on.\n".repeat(4000)).getBytes(StandardCharsets.UTF_8));
            file.setLength(200L * 1024 * 1024);
        }

        assertThat(readBetweenGoodFiles(bad).described()).singleElement().asString()
                .startsWith(bad + ": file is 200 MB, over the 50 MB input limit");
    }

    @Test
    void invalidUtf8NamesTheLineAndByte() throws IOException {
        Path bad = dir.resolve("latin1.txt");
        Files.write(bad, "Title\nSecond line\nCaf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(readBetweenGoodFiles(bad).described())
                .containsExactly(bad + ":3: invalid UTF-8 at byte 21 (expected UTF-8 text)");
    }

    @Test
    void invalidUtf8InAJsonLineSkipsOnlyThatLine() throws IOException {
        Path bad = dir.resolve("feed.jsonl");
        byte[] good = "{\"id\": \"ok\", \"text\": \"Fine.\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] broken = "{\"id\": \"no\", \"text\": \"Caf\u00e9.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(bad, concat(good, broken));
        Collected sink = new Collected();

        new ArticleReader().read(List.of(bad.toString()), sink);

        assertThat(sink.ids()).containsExactly("ok");
        assertThat(sink.described()).containsExactly(bad + ":2: invalid UTF-8 at byte " + (good.length + 25)
                + " (expected UTF-8 text)");
    }

    @Test
    void malformedJsonLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("lines.jsonl"), "{\"text\": \"One.\"}\n{\"text\": oops}\n");
        Collected sink = readBetweenGoodFilesAllowingArticles(bad);

        assertThat(sink.ids()).containsExactly("before", "lines-1", "after");
        assertThat(sink.described()).singleElement().asString().startsWith(bad + ":2: malformed JSON: ");
    }

    @Test
    void folderWithoutArticles() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("nothing"));
        Path media = Files.createDirectories(dir.resolve("pictures"));
        Files.write(media.resolve("a.png"), new byte[] {1, 2, 3});

        assertThat(readBetweenGoodFiles(empty).described()).containsExactly(empty + ": no files in the folder, no articles");
        assertThat(readBetweenGoodFiles(media).described())
                .containsExactly(media + ": no articles in the folder, only 1 media or other non-article files");
    }

    @Test
    void missingPath() throws IOException {
        Path bad = dir.resolve("not-there.txt");

        assertThat(readBetweenGoodFiles(bad).described()).containsExactly(bad + ": no such file or folder");
    }

    @Test
    void jsonWithoutText() throws IOException {
        Path bad = Files.writeString(dir.resolve("meta.json"), "{\"id\": \"m\", \"title\": \"Only a title\"}");

        assertThat(readBetweenGoodFiles(bad).described()).containsExactly(bad + ": no \"text\" field");
    }

    private Collected readBetweenGoodFilesAllowingArticles(Path bad) throws IOException {
        Path before = Files.writeString(dir.resolve("before.txt"), "Before\nA good article.");
        Path after = Files.writeString(dir.resolve("after.txt"), "After\nAnother good article.");
        Collected sink = new Collected();
        new ArticleReader().read(List.of(before.toString(), bad.toString(), after.toString()), sink);
        return sink;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
