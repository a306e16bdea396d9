package org.dramagraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesArticleFilesThatIngestReadsAndSkipsOnASecondRun() throws Exception {
        Path files = dir.resolve("news");

        Cli generate = Cli.run("generate", "--articles", "40", "--files", files.toString());

        assertThat(generate.exitCode()).as(generate.err()).isEqualTo(ExitCodes.OK);
        assertThat(generate.out()).startsWith("40 articles written to " + files);
        try (Stream<Path> written = Files.list(files)) {
            assertThat(written.map(p -> p.getFileName().toString()).sorted().toList()).hasSize(40)
                    .startsWith("news-1-0000000.json", "news-1-0000001.json").allMatch(n -> n.endsWith(".json"));
        }
        assertThat(Files.readString(files.resolve("news-1-0000000.json")))
                .startsWith("{\"id\":\"news-1-0000000\",\"published\":\"").contains("\"title\":\"", "\"text\":\"");

        String db = dir.resolve("graph.db").toString();
        Cli first = Cli.run("ingest", files.toString(), "--db", db);
        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(first.out()).matches("(?s)40 articles: \\d+ new, \\d+ unchanged, 0 updated, 0 failed; .*");
        assertThat(Cli.run("ingest", files.toString(), "--db", db).out())
                .startsWith("40 articles: 0 new, 40 unchanged, 0 updated, 0 failed; 0 facts added, 0 removed");
    }

    @Test
    void aFolderThatCannotBeWrittenIsNamed() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("news"), "a file\n");

        Cli generate = Cli.run("generate", "--articles", "5", "--files", notAFolder.toString());

        assertThat(generate.exitCode()).isEqualTo(ExitCodes.STORE);
        assertThat(generate.err()).startsWith("dramagraph: cannot write " + notAFolder);
    }
}
