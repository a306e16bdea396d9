package org.dramagraph.graph;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A throw-away PostgreSQL server for the tests: a new cluster ({@code initdb}) in a temporary folder (in
 * {@code /dev/shm} when that memory file system has room, else in {@code java.io.tmpdir}), started with
 * {@code pg_ctl} on a free port of 127.0.0.1 (its Unix socket in that folder too), one per test JVM, stopped and
 * deleted when the JVM exits. Each store a test makes is a schema of its own in one database ({@link #newStore()}),
 * which costs a few milliseconds where a database costs a few hundred and hundreds of files; the tests of the
 * command line and of credentials take whole databases ({@link #createDatabase()}), as a user would. Both belong
 * to a role that is not a superuser, as a real deployment's would, reached with a password (random for each
 * server), so that the way a store's URL carries credentials is exercised too.
 *
 * <p>The server's programs are PostgreSQL's {@code initdb} and {@code pg_ctl}: from {@code $DRAMAGRAPH_PG_BIN} if
 * set, else the newest {@code /usr/lib/postgresql/VERSION/bin} (Debian's package {@code postgresql}), else the
 * {@code PATH}. PostgreSQL refuses to run as root, so under root (as in CI) they run as the user {@code postgres}
 * (which Debian's package creates), else {@code nobody}, through {@code runuser}, in a folder given to that user.
 * Without the programs the tests that need the server are skipped with the reason, unless {@code $CI} is set: CI
 * must test both stores, so there they fail.
 */
public final class PostgresServer {
    /** The role that owns the tests' databases. */
    static final String ROLE = "dramagraph";
    private static final String SUPERUSER = "postgres";
    private static PostgresServer shared;
    private static String unavailable;

    private final Path dir;
    private final Path bin;
    private final List<String> asUser;
    private final int port;
    private final String password;
    private final AtomicInteger databases = new AtomicInteger();
    private final AtomicInteger stores = new AtomicInteger();
    private boolean storesDatabase;

    private PostgresServer(Path dir, Path bin, List<String> asUser, int port, String password) {
        this.dir = dir;
        this.bin = bin;
        this.asUser = asUser;
        this.port = port;
        this.password = password;
    }

    /** The server of this JVM, started on first use; skips the calling test when there is none to be had. */
    public static synchronized PostgresServer shared() {
        if (shared == null && unavailable == null) {
            try {
                shared = start();
                Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "stop test PostgreSQL"));
            } catch (IOException | SQLException | RuntimeException e) {
                unavailable = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                unavailable = "interrupted while starting PostgreSQL";
            }
        }
        if (unavailable != null) {
            String reason = "no PostgreSQL server for the tests: " + unavailable;
            if (System.getenv("CI") != null) {
                Assertions.fail(reason + " (CI must test the PostgreSQL store; .ci/run installs Debian's postgresql)");
            }
            Assumptions.abort(reason);
        }
        return shared;
    }

    /**
     * A new, empty store: a schema of its own, owned by {@link #ROLE}, in a database the stores share; gives its URL
     * as {@code --db} takes it, with the password and the schema ({@code currentSchema}).
     */
    public synchronized String newStore() {
        if (!storesDatabase) {
            createDatabase("stores");
            storesDatabase = true;
        }
        String schema = "store_" + stores.incrementAndGet();
        try (Connection c = admin("stores"); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema + " AUTHORIZATION " + ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + ": " + e.getMessage(), e);
        }
        return urlWithPassword("stores") + "&currentSchema=" + schema;
    }

    /** A new, empty database on this server, owned by {@link #ROLE}; gives its name. */
    public String createDatabase() {
        return createDatabase("database_" + databases.incrementAndGet());
    }

    private String createDatabase(String name) {
        try (Connection c = admin("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " OWNER " + ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return name;
    }

    /** The JDBC URL of a database of this server, for {@link #ROLE}, without the password. */
    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=" + ROLE;
    }

    /** The JDBC URL of a database of this server, for {@link #ROLE}, with the password. */
    public String urlWithPassword(String database) {
        return url(database) + "&password=" + password;
    }

    /** The password of {@link #ROLE} (and of the superuser), made anew for each server. */
    public String password() {
        return password;
    }

    private Connection admin(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user="
                + SUPERUSER, SUPERUSER, password);
    }

    private static PostgresServer start() throws IOException, InterruptedException, SQLException {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException("initdb and pg_ctl not found (set "
                + "$DRAMAGRAPH_PG_BIN, or install Debian's postgresql package)"));
        List<String> asUser = new ArrayList<>();
        Path dir = Files.createTempDirectory(folder(), "dramagraph-pg");
        if (isRoot()) {
            String user = run(List.of("id", "-u", SUPERUSER), null) == 0 ? SUPERUSER : "nobody";
            String runuser = Stream.of("/usr/sbin/runuser", "/sbin/runuser").filter(p -> Files.isExecutable(Path.of(p)))
                    .findFirst().orElse("runuser");
            asUser.addAll(List.of(runuser, "-u", user, "--"));
            UserPrincipal owner = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user);
            Files.setOwner(dir, owner);
        }
        byte[] secret = new byte[12];
        new SecureRandom().nextBytes(secret);
        String password = HexFormat.of().formatHex(secret);
        Path passwordFile = dir.resolve("password");
        Files.writeString(passwordFile, password + "\n");
        if (!asUser.isEmpty()) {
            Files.setOwner(passwordFile, Files.getOwner(dir));
        }
        Path data = dir.resolve("data");
        List<String> initdb = new ArrayList<>(asUser);
        initdb.addAll(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER,
                "--pwfile=" + passwordFile, "--auth-local=trust", "--auth-host=scram-sha-256", "--encoding=UTF8",
                "--locale=C", "--no-sync"));
        if (run(initdb, dir.resolve("initdb.log")) != 0) {
            throw new IllegalStateException("initdb failed: " + Files.readString(dir.resolve("initdb.log")).strip());
        }
        Files.delete(passwordFile);
        // a test server: nothing of it outlives the JVM, so it need not survive a crash either
        Files.writeString(data.resolve("postgresql.conf"), String.join("\n", "", "listen_addresses = '127.0.0.1'",
                "unix_socket_directories = '" + dir + "'", "fsync = off", "synchronous_commit = off",
                "full_page_writes = off", "max_connections = 300", ""), java.nio.file.StandardOpenOption.APPEND);
        for (int attempt = 1; ; attempt++) {
            int port = freePort();
            List<String> pgCtl = new ArrayList<>(asUser);
            pgCtl.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l",
                    dir.resolve("server.log").toString(), "-o", "-p " + port, "-w", "-t", "60", "start"));
            if (run(pgCtl, dir.resolve("pg_ctl.log")) == 0) {
                PostgresServer server = new PostgresServer(dir, bin, asUser, port, password);
                try (Connection c = server.admin("postgres"); Statement st = c.createStatement()) {
                    st.execute("CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + password + "'");
                }
                return server;
            }
            if (attempt == 3) { // the port was taken meanwhile, twice; else the log says why
                throw new IllegalStateException("pg_ctl start failed: " + Files.readString(dir.resolve("server.log")));
            }
        }
    }

    /** Stops the server at once (its data is thrown away) and deletes its folder. */
    private void stop() {
        List<String> pgCtl = new ArrayList<>(asUser);
        pgCtl.addAll(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                "-w", "stop"));
        try {
            run(pgCtl, null);
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException | InterruptedException e) {
            System.err.println("could not stop the test PostgreSQL in " + dir + ": " + e);
        }
    }

    /**
     * Where the cluster goes: in memory ({@code /dev/shm}) when it has a gigabyte free, since the tests make and
     * drop thousands of small files that a disk may be slow to delete; else the temporary folder.
     */
    private static Path folder() throws IOException {
        Path memory = Path.of("/dev/shm");
        if (Files.isDirectory(memory) && Files.isWritable(memory)
                && Files.getFileStore(memory).getUsableSpace() > 1L << 30) {
            return memory;
        }
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** The folder of initdb and pg_ctl. */
    private static Optional<Path> binaries() throws IOException {
        String env = System.getenv("DRAMAGRAPH_PG_BIN");
        if (env != null && !env.isBlank()) {
            return Optional.of(Path.of(env)).filter(PostgresServer::hasPrograms);
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                        .sorted(Comparator.comparingDouble((Path v) -> Double.parseDouble(v.getFileName().toString()))
                                .reversed())
                        .map(v -> v.resolve("bin")).filter(PostgresServer::hasPrograms).findFirst();
                if (newest.isPresent()) {
                    return newest;
                }
            }
        }
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(p -> !p.isEmpty()).map(Path::of).filter(PostgresServer::hasPrograms).findFirst();
    }

    private static boolean hasPrograms(Path folder) {
        return Files.isExecutable(folder.resolve("initdb")) && Files.isExecutable(folder.resolve("pg_ctl"));
    }

    private static boolean isRoot() throws IOException, InterruptedException {
        Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
        String uid = new String(id.getInputStream().readAllBytes()).strip();
        id.waitFor();
        return uid.equals("0");
    }

    /** Runs a command, its output to {@code log} (or nowhere), and gives its exit code. */
    private static int run(List<String> command, Path log) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.redirectOutput(log == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(log.toFile()));
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        return p.exitValue();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}
