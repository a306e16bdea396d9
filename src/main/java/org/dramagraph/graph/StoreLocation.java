package org.dramagraph.graph;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.PGProperty;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where a store lives: a SQLite file, or a PostgreSQL database named by a JDBC URL such as
 * {@code jdbc:postgresql://db.example:5432/dramagraph?user=dramagraph}.
 *
 * <p>A PostgreSQL password comes from the URL's {@code password} parameter, else from {@code $PGPASSWORD}, else the
 * driver looks it up in {@code ~/.pgpass} (or the file {@code $PGPASSFILE} names). It never shows:
 * {@link #toString()} masks it, and it is handed to the driver apart from the URL, so that no message of the driver
 * or of Flyway that quotes the URL can hold it.
 */
public final class StoreLocation {
    private static final String POSTGRES = "jdbc:postgresql:";
    private static final String MASK = "***";

    private final Path file;
    private final String url;
    private final String shown;
    private final Map<String, String> secrets;

    private StoreLocation(Path file, String url, String shown, Map<String, String> secrets) {
        this.file = file;
        this.url = url;
        this.shown = shown;
        this.secrets = secrets;
    }

    /** A SQLite store in this file. */
    public static StoreLocation of(Path file) {
        return new StoreLocation(Objects.requireNonNull(file, "file"), null, file.toString(), Map.of());
    }

    /**
     * A store given as on the command line: a {@code jdbc:postgresql:} URL, else a path to a SQLite file.
     *
     * @throws IllegalArgumentException for another kind of JDBC URL, or a PostgreSQL URL with a password before
     *                                  the host ({@code //user:password@host}), which the driver does not read;
     *                                  the message masks the password
     */
    public static StoreLocation parse(String db) {
        return parse(db, System.getenv());
    }

    /** As {@link #parse(String)}, with {@code $PGPASSWORD} looked up in {@code env}. */
    static StoreLocation parse(String db, Map<String, String> env) {
        if (!db.regionMatches(true, 0, "jdbc:", 0, 5)) {
            return of(Path.of(db));
        }
        if (!db.startsWith(POSTGRES)) {
            throw new IllegalArgumentException("unknown kind of store " + masked(db)
                    + ": give a file path (SQLite) or a jdbc:postgresql:// URL");
        }
        int query = db.indexOf('?');
        String base = query < 0 ? db : db.substring(0, query);
        if (base.contains("@")) {
            throw new IllegalArgumentException("store URL " + masked(db) + " has a user before the host, which the"
                    + " PostgreSQL driver does not read: write jdbc:postgresql://HOST/DB?user=NAME&password=SECRET");
        }
        List<String> kept = new ArrayList<>();
        List<String> shownParams = new ArrayList<>();
        Map<String, String> secrets = new LinkedHashMap<>();
        if (query >= 0) {
            for (String param : db.substring(query + 1).split("&")) {
                int eq = param.indexOf('=');
                String name = eq < 0 ? param : param.substring(0, eq);
                if (secret(name)) {
                    secrets.put(name, eq < 0 ? "" : URLDecoder.decode(param.substring(eq + 1), StandardCharsets.UTF_8));
                    shownParams.add(name + "=" + MASK);
                } else if (!param.isEmpty()) {
                    kept.add(param);
                    shownParams.add(param);
                }
            }
        }
        String fromEnv = env.get("PGPASSWORD");
        if (!secrets.containsKey("password") && fromEnv != null && !fromEnv.isEmpty()) {
            secrets.put("password", fromEnv);
        }
        return new StoreLocation(null, withQuery(base, kept), withQuery(base, shownParams), Map.copyOf(secrets));
    }

    /** The SQLite file, or empty for a PostgreSQL database. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The path, or the URL with its password masked: what messages and logs may show. */
    @Override
    public String toString() {
        return shown;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoreLocation other && Objects.equals(file, other.file) && Objects.equals(url, other.url)
                && secrets.equals(other.secrets);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, url, secrets);
    }

    Dialect dialect() {
        return file == null ? Dialect.POSTGRESQL : Dialect.SQLITE;
    }

    /** Connections to the PostgreSQL database, the password set apart from the URL. */
    DataSource postgres() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        secrets.forEach((name, value) -> source.setProperty(PGProperty.forName(name), value));
        if (!url.contains("ApplicationName=")) {
            source.setApplicationName("dramagraph"); // how the server's views of sessions name ours
        }
        return source;
    }

    /** Whether a URL parameter holds a secret: the password, or that of the SSL key (the driver's two). */
    private static boolean secret(String name) {
        return name.equals("password") || name.equals("sslpassword");
    }

    private static String withQuery(String base, List<String> params) {
        return params.isEmpty() ? base : base + "?" + String.join("&", params);
    }

    /** A JDBC URL as it may be shown: a password before the host and every parameter ending in "password" masked. */
    private static String masked(String db) {
        String out = db.replaceAll("(//[^/?@]*?:)[^/?@]*@", "$1" + MASK + "@");
        return out.replaceAll("(?i)([?&][^=&]*password=)[^&]*", "$1" + MASK);
    }
}
