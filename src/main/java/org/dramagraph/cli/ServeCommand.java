package org.dramagraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import org.dramagraph.graph.StoreException;
import org.dramagraph.graph.StoreLocation;
import org.dramagraph.web.EditorAccounts;
import org.dramagraph.web.WebConfig;
import org.dramagraph.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: the web site and REST API over the store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web site and the REST API over the store.",
                "Editors are read from --editors FILE or $" + ServeCommand.EDITORS_ENV + " (name:argon2-hash entries, "
                        + "made by 'dramagraph editor-password NAME'). Form tokens are signed with $"
                        + ServeCommand.SECRET_ENV + " (hex or base64, 32 bytes or more) when set, else a random key."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "2:bad command line (a --port outside 0-65535, say)", "3:--demo found no examples",
                "4:the store could not be opened", "7:the server could not start (the port is taken, say)"})
final class ServeCommand implements Callable<Integer> {
    static final String EDITORS_ENV = "DRAMAGRAPH_EDITORS";
    static final String SECRET_ENV = "DRAMAGRAPH_SECRET";

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on, 0 to 65535; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every "
                    + "interface).")
    String host;

    @Option(names = "--demo", description = "Ingest the bundled examples into the store first.")
    boolean demo;

    @Option(names = "--examples", paramLabel = "DIR", description = "The examples --demo ingests (default: the examples folder beside the program).")
    Path examples;

    @Option(names = "--editors", paramLabel = "FILE", description = "File of editor accounts, one name:argon2-hash a line.")
    Path editors;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The site's public address: links in feeds, sitemaps and pages are absolute under it, and "
                    + "an https address makes cookies Secure and sends HSTS (default: links are relative).")
    String publicUrl;

    @Option(names = "--thumbnails", paramLabel = "DIR",
            description = "Serve the photos' thumbnails that 'ingest --thumbnails DIR' downloaded (default: photos are shown from their own addresses).")
    Path thumbnails;

    @Option(names = "--cache-size", paramLabel = "SIZE", converter = WebOptions.SizeConverter.class,
            description = "Most memory the response cache takes: bytes, or with K, M or G (default: 128M).")
    long cacheBytes = WebConfig.DEFAULT_CACHE_BYTES;

    @Option(names = "--no-cache", description = "Render every page and API response anew (for benchmarks).")
    boolean noCache;

    @Option(names = "--comments-per-minute", paramLabel = "N", defaultValue = "5",
            description = "Comments one client (IP address) may post a minute (default: ${DEFAULT-VALUE}; behind a proxy every "
                    + "reader has its address, so raise it there).")
    int commentsPerMinute;

    @Option(names = "--public-metrics",
            description = "Answer /metrics to every client (default: to this machine only).")
    boolean publicMetrics;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StoreLocation db = store.location();
        if (demo) {
            Path dir = examples != null ? examples : defaultExamples();
            if (!Files.isDirectory(dir)) {
                err.println("dramagraph: no examples at " + dir + "; give the folder with --examples");
                return ExitCodes.NO_INPUT;
            }
            int code = Main.run("ingest", dir.toString(), "--db", store.given(), "--no-progress");
            if (code != ExitCodes.OK && code != ExitCodes.PARTIAL) {
                return code;
            }
        }
        WebConfig config;
        try {
            config = config(db);
        } catch (IllegalArgumentException | IOException e) {
            err.println("dramagraph: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (WebServer server = WebServer.start(config)) {
            out.println("Dramagraph serving " + db + " at " + address(host, server.port()) + " (Ctrl-C stops)");
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            server.awaitStop();
            return ExitCodes.OK;
        } catch (StoreException e) {
            err.println("dramagraph: " + e.getMessage());
            return ExitCodes.STORE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.OK;
        } catch (RuntimeException e) {
            err.println("dramagraph: the server could not start on " + host + ":" + port + ": " + e.getMessage());
            return ExitCodes.SERVER;
        }
    }

    /**
     * The server's configuration as the options say.
     *
     * @throws IllegalArgumentException for an option out of range, naming it
     */
    WebConfig config(StoreLocation db) throws IOException {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be from 0 to 65535, not " + port);
        }
        if (publicUrl != null && !publicUrl.matches("https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
            throw new IllegalArgumentException("--public-url must be an http:// or https:// address without a query,"
                    + " not " + publicUrl);
        }
        if (thumbnails != null && !Files.isDirectory(thumbnails)) {
            throw new IllegalArgumentException("--thumbnails " + thumbnails + " is not a folder");
        }
        if (commentsPerMinute < 1) {
            throw new IllegalArgumentException("--comments-per-minute must be 1 or more, not " + commentsPerMinute);
        }
        WebConfig config = WebConfig.of(db).withHost(host).withPort(port).withEditors(editorAccounts())
                .withPublicUrl(publicUrl).withCacheBytes(noCache ? 0 : cacheBytes).withThumbnails(thumbnails)
                .withOpenMetrics(publicMetrics).withCommentsPerMinute(commentsPerMinute);
        return config.withSecret(secret(config.secret()));
    }

    /** The address to print: on every interface, this machine's own name reaches it too. */
    static String address(String host, int port) {
        if (host.equals("0.0.0.0") || host.equals("::")) {
            return "http://localhost:" + port + "/ (listening on every interface)";
        }
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/";
    }

    private EditorAccounts editorAccounts() throws IOException {
        if (editors != null) {
            return EditorAccounts.parse(Files.readString(editors));
        }
        String env = System.getenv(EDITORS_ENV);
        return env == null || env.isBlank() ? EditorAccounts.none() : EditorAccounts.parse(env);
    }

    private static byte[] secret(byte[] random) {
        String env = System.getenv(SECRET_ENV);
        if (env == null || env.isBlank()) {
            return random;
        }
        byte[] key;
        try {
            key = HexFormat.of().parseHex(env.strip());
        } catch (IllegalArgumentException notHex) {
            key = Base64.getDecoder().decode(env.strip());
        }
        if (key.length < 32) {
            throw new IllegalArgumentException("$" + SECRET_ENV + " must hold at least 32 bytes");
        }
        return key;
    }

    /** The examples folder beside the program: the jar sits in target/, the examples beside target/. */
    private static Path defaultExamples() {
        try {
            Path jar = Path.of(ServeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path beside = jar.getParent() == null ? null : jar.getParent().resolveSibling("examples");
            if (beside != null && Files.isDirectory(beside)) {
                return beside;
            }
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            // fall back to the working folder
        }
        return Path.of("examples");
    }
}
