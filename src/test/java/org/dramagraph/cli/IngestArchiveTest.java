package org.dramagraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.dramagraph.graph.StoreChecks;
import org.dramagraph.source.warc.Archives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestArchiveTest {
    @TempDir
    Path dir;

    @Test
    void anArchiveIsStreamedIntoTheStoreOffTopicPagesSkipped() throws Exception {
        Path file = dir.resolve("crawl.warc.gz");
        try (Archives warc = Archives.create(file)) {
            warc.html("https://news.example/drama/1", Archives.page("A new drama", Archives.DRAMA));
            warc.html("https://news.example/city/2", Archives.page("Budget", Archives.GENERAL));
        }
        Path db = dir.resolve("graph.db");

        Cli run = Cli.run("ingest", file.toString(), "--db", db.toString());
        Cli all = Cli.run("ingest", file.toString(), "--all-pages", "--db", db.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("1 article: 1 new, 0 unchanged, 0 updated, 0 failed;").contains("; 1 archive page skipped");
        assertThat(all.out()).startsWith("2 articles: 1 new, 1 unchanged, 0 updated, 0 failed;").doesNotContain("skipped");
        assertThat(Cli.run("show", "Salt and Starlight", "--db", db.toString()).out()).contains("Han Seo-yeon").contains("tvN");
        StoreChecks.assertConsistent(db);
    }

    @Test
    void aTruncatedArchiveKeepsWhatCameBeforeTheBreak() throws Exception {
        Path whole = dir.resolve("whole.warc");
        try (Archives warc = Archives.create(whole)) {
            warc.html("https://news.example/drama/1", Archives.page("A new drama", Archives.DRAMA));
            warc.html("https://news.example/drama/2", Archives.page("The same drama again", Archives.DRAMA + " More to come."));
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.warc"), Arrays.copyOf(bytes, bytes.length - 100));
        Path db = dir.resolve("graph.db");

        Cli run = Cli.run("ingest", cut.toString(), "--db", db.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(run.err()).hasLineCount(1).startsWith("dramagraph: " + cut + ": record at offset ");
        assertThat(run.out()).startsWith("1 article: 1 new, 0 unchanged, 0 updated, 1 failed;");
        StoreChecks.assertConsistent(db);
    }
}
