package org.dramagraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.dramagraph.bench.LoadRun;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code load}: a load benchmark of a running server's pages, API and search against a static file. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load a running Dramagraph server and print requests/s and p50/p99 latency for a person page, "
                + "a work page, the API and a search, each next to a static file served by the same server (the "
                + "baseline).", "Each request picks one of --sample entities at random (from the sitemap), so the "
                + "load spreads over the store rather than repeating one page."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done (and every request answered 200)", "1:some requests failed", "3:the server has nothing to load"})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", defaultValue = "http://localhost:8080", description = "The server (default: ${DEFAULT-VALUE}).")
    String url;

    @Option(names = "--connections", paramLabel = "N", defaultValue = "50", description = "Concurrent connections (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "15", description = "Measured seconds per target (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "5", description = "Unmeasured seconds before each (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--sample", paramLabel = "N", defaultValue = "500", description = "Entities to spread the load over (default: ${DEFAULT-VALUE}).")
    int sample;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        String base = url.replaceAll("/+$", "");
        List<String> people = sitemap(base, "people");
        List<String> works = sitemap(base, "works");
        if (people.isEmpty() || works.isEmpty()) {
            spec.commandLine().getErr().println("dramagraph: " + base + " has no people or works to load");
            return ExitCodes.NO_INPUT;
        }
        List<String> api = people.stream().map(p -> "/api/people/" + p.substring(p.lastIndexOf('-') + 1)).toList();
        List<String> searches = new ArrayList<>();
        for (String p : people) {
            searches.add("/search?q=" + query(p, searches.size()));
        }
        for (String w : works) {
            searches.add("/search?q=" + query(w, searches.size()));
        }
        out.printf("Load on %s: %d connections, %d s each after %d s warm-up, over %d people and %d works%n%n", base,
                connections, seconds, warmup, people.size(), works.size());
        out.printf("%-22s %9s %9s %8s %8s %8s %7s %10s%n", "target", "requests", "req/s", "p50 ms", "p99 ms", "max ms",
                "errors", "vs static");
        out.flush();
        LoadRun load = new LoadRun(connections);
        LoadRun.Result baseline = load.run("static file (baseline)", base, List.of("/static/site.css"), warmup, seconds);
        long errors = print(out, baseline, baseline);
        errors += print(out, load.run("person page", base, people, warmup, seconds), baseline);
        errors += print(out, load.run("work page", base, works, warmup, seconds), baseline);
        errors += print(out, load.run("API: person JSON", base, api, warmup, seconds), baseline);
        errors += print(out, load.run("search page", base, searches, warmup, seconds), baseline);
        return errors == 0 ? ExitCodes.OK : ExitCodes.PARTIAL;
    }

    private long print(PrintWriter out, LoadRun.Result r, LoadRun.Result baseline) {
        out.printf("%-22s %9d %9.0f %8.1f %8.1f %8.1f %7d %9.2fx%n", r.name(), r.requests(), r.rate(), r.p50(), r.p99(),
                r.max(), r.errors(), r.rate() / baseline.rate());
        out.flush();
        return r.errors();
    }

    /** Up to {@link #sample} paths of one entity section, drawn from the first part of the server's sitemap. */
    private List<String> sitemap(String base, String section) throws IOException, InterruptedException {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/sitemaps/" + section + "-1.xml")).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            return List.of();
        }
        List<String> paths = new ArrayList<>();
        for (String loc : Jsoup.parse(r.body(), "", Parser.xmlParser()).select("url > loc").eachText()) {
            paths.add(URI.create(loc).getRawPath());
        }
        Collections.shuffle(paths, new Random(1));
        return paths.subList(0, Math.min(sample, paths.size()));
    }

    /** A search for an entity's name as people type it: lower case, spaced or run together by turns. */
    private static String query(String path, int n) {
        String slug = path.substring(path.lastIndexOf('/') + 1);
        String[] words = slug.substring(0, Math.max(0, slug.lastIndexOf('-'))).split("-");
        String q = n % 2 == 0 ? String.join("+", words)
                : words.length > 1 ? words[0] + "+" + String.join("", List.of(words).subList(1, words.length)) : words[0];
        return q.isEmpty() ? "drama" : q;
    }
}
