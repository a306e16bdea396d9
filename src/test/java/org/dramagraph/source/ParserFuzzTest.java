package org.dramagraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Coverage-guided fuzzing (Jazzer) of every input format, each through the reader that {@code ingest} and
 * {@code extract} use, as a file of the format's name.
 *
 * <p>{@code mvn verify} replays the inputs kept under {@code ParserFuzzTestInputs/<method>/} (seeds written for
 * the tests, and every input fuzzing ever found a failure with). {@code JAZZER_FUZZ=1} fuzzes one method for a
 * while (see the README). What must hold for any bytes: the reader returns (within the timeout), nothing but an
 * {@link InputProblem} naming the file reports bad input, and what it gives as articles is whole.
 */
@Timeout(60) // per input; fuzzing (see the pom's fuzz profile) hands it to libFuzzer as -timeout
class ParserFuzzTest {
    /**
     * A document cap far below the default, so that an input which makes a reader allocate without bound meets
     * it (or runs out of heap) within a fuzzing run's few-kilobyte inputs.
     */
    private static final long CAP = 1 << 20;

    @TempDir
    static Path dir;

    @FuzzTest
    void plainText(byte[] data) throws IOException {
        readFile("article.txt", data);
    }

    @FuzzTest
    void json(byte[] data) throws IOException {
        readFile("article.json", data);
    }

    @FuzzTest
    void jsonLines(byte[] data) throws IOException {
        readFile("articles.jsonl", data);
    }

    @FuzzTest
    void html(byte[] data) throws IOException {
        readFile("page.html", data);
    }

    @FuzzTest
    void feed(byte[] data) throws IOException {
        readFile("feed.rss", data);
    }

    /** Plain and gzipped archives alike: jwarc tells them apart by their first bytes. */
    @FuzzTest
    void warc(byte[] data) throws IOException {
        readFile("crawl.warc", data);
    }

    /** A gzipped file whose name says nothing more, so its content picks the format once uncompressed. */
    @FuzzTest
    void gzip(byte[] data) throws IOException {
        readFile("download.gz", data);
    }

    /** Standard input: no name, no size known beforehand, the content picks the format. */
    @FuzzTest
    void standardInput(byte[] data) {
        Collected sink = new Collected();
        new ArticleReader().maxBytes(CAP).stdin(new ByteArrayInputStream(data)).read(List.of("-"), sink);
        check(sink, "-");
    }

    private static void readFile(String name, byte[] data) throws IOException {
        Path file = Files.write(dir.resolve(name), data);
        Collected sink = new Collected();
        new ArticleReader().maxBytes(CAP).read(List.of(file.toString()), sink);
        check(sink, file.toString());
    }

    /** Every problem names the input; every article has an id, a title or text, its origin in the input, and no url but a web address. */
    private static void check(Collected sink, String input) {
        for (InputProblem problem : sink.problems) {
            assertThat(problem.input()).startsWith(input);
            assertThat(problem.message()).isNotBlank();
        }
        for (Article article : sink.articles) {
            assertThat(article.id()).isNotBlank();
            assertThat(article.title() + article.text()).isNotBlank();
            assertThat(article.text().length()).isLessThanOrEqualTo((int) CAP);
            assertThat(article.origin()).startsWith(input);
            assertThat(article.url() == null || WebAddressCheck.isHttp(article.url()))
                    .as("url %s", article.url()).isTrue();
        }
    }
}
