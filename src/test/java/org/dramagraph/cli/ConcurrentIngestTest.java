package org.dramagraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dramagraph.graph.ChildProcess;
import org.dramagraph.graph.GeneratedArticles;
import org.dramagraph.graph.StoreChecks;
import org.dramagraph.graph.StoreKind;
import org.dramagraph.graph.StoreLocation;
import org.dramagraph.source.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;

/**
 * Three {@code ingest} runs on one new store at once, each over two of three folders (so every article is read
 * by two of them, in different orders): all of them succeed, between them they store each article once, and the
 * store ends exactly as one run over all three folders leaves it. Run as separate processes and as threads, on each
 * kind of store: on SQLite the runs take turns at the store's write lock, on PostgreSQL their transactions run side
 * by side and those that collide are run again.
 */
@ParameterizedClass
@EnumSource(StoreKind.class)
class ConcurrentIngestTest {
    static final int GENERATED = 150;
    static final Pattern SUMMARY = Pattern.compile("^(\\d+) articles: (\\d+) new, (\\d+) unchanged, 0 updated, 0 failed;");

    @TempDir
    Path dir;

    @Parameter
    StoreKind kind;

    List<Path> folders = new ArrayList<>();

    /** The examples and generated news (copies of one text under two names left out), in three folders. */
    @BeforeEach
    void inputs() throws Exception {
        for (String name : List.of("a", "b", "c")) {
            folders.add(Files.createDirectories(dir.resolve(name)));
        }
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            examples = files.sorted().toList();
        }
        for (int i = 0; i < examples.size(); i++) {
            Files.copy(examples.get(i), folders.get(i % 3).resolve(examples.get(i).getFileName()));
        }
        GeneratedArticles generated = new GeneratedArticles();
        for (int i = 0; i < GENERATED; i++) {
            if (i % 19 == 18) {
                continue; // a copy: which of its two names keeps the text would depend on who reads it first
            }
            Article a = generated.get(i).article();
            Files.writeString(folders.get(i * 3 / GENERATED).resolve(String.format("story-%04d.txt", i)),
                    a.title() + "\n" + a.text() + "\n");
        }
    }

    @Test
    void processesIngestingOneStoreAtOnceEndWithWhatOneRunStores() throws Exception {
        String db = kind.argument(dir);
        List<Process> runs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            runs.add(ChildProcess.start(dir.resolve("run-" + i + ".log"), Main.class.getName(), ingest(i, db)));
        }
        List<String> outputs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            assertThat(runs.get(i).waitFor(300, TimeUnit.SECONDS)).isTrue();
            String log = Files.readString(dir.resolve("run-" + i + ".log"));
            assertThat(runs.get(i).exitValue()).as(log).isEqualTo(ExitCodes.OK);
            outputs.add(log);
        }
        assertSameAsOneRun(db, outputs);
    }

    @Test
    void threadsIngestingOneStoreAtOnceEndWithWhatOneRunStores() throws Exception {
        String db = kind.argument(dir);
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String[] args = ingest(i, db);
                runs.add(threads.submit(() -> {
                    StringWriter out = new StringWriter();
                    int code = new CommandLine(new Main()).setOut(new PrintWriter(out, true))
                            .setErr(new PrintWriter(out, true)).execute(args);
                    assertThat(code).as(out.toString()).isEqualTo(ExitCodes.OK);
                    return out.toString();
                }));
            }
            List<String> outputs = new ArrayList<>();
            for (Future<String> run : runs) {
                outputs.add(run.get(300, TimeUnit.SECONDS));
            }
            assertSameAsOneRun(db, outputs);
        } finally {
            threads.shutdownNow();
        }
    }

    /** Run {@code i} reads folder {@code i}, then the next one. */
    private String[] ingest(int i, String db) {
        return new String[] {"ingest", folders.get(i).toString(), folders.get((i + 1) % 3).toString(), "--no-progress",
                "--db", db};
    }

    private void assertSameAsOneRun(String db, List<String> outputs) throws Exception {
        String sequential = kind.argument(dir);
        Cli one = Cli.run("ingest", folders.get(0).toString(), folders.get(1).toString(), folders.get(2).toString(),
                "--no-progress", "--db", sequential);
        assertThat(one.exitCode()).as(one.err()).isEqualTo(ExitCodes.OK);
        Matcher all = SUMMARY.matcher(one.out());
        assertThat(all.find()).as(one.out()).isTrue();
        int articles = Integer.parseInt(all.group(2));

        int stored = 0;
        for (String output : outputs) {
            Matcher m = SUMMARY.matcher(output.lines().filter(l -> l.contains(" articles: ")).findFirst().orElse(""));
            assertThat(m.find()).as(output).isTrue();
            assertThat(Integer.parseInt(m.group(1))).as(output).isGreaterThan(articles / 2);
            stored += Integer.parseInt(m.group(2));
        }
        assertThat(stored).as("articles stored as new, over the three runs").isEqualTo(articles);

        StoreChecks.assertConsistent(StoreLocation.parse(db));
        assertThat(Cli.run("stats", "--db", db).out().lines().skip(1)) // the first line names the store
                .containsExactlyElementsOf(Cli.run("stats", "--db", sequential).out().lines().skip(1).toList());
        assertThat(StoreChecks.dump(StoreLocation.parse(db))).isEqualTo(StoreChecks.dump(StoreLocation.parse(sequential)))
                .filteredOn(line -> line.startsWith("fact|")).hasSizeGreaterThan(articles);
    }
}
