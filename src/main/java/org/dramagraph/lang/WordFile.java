package org.dramagraph.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Closed word lists bundled as resources beside the class that reads them: UTF-8 text, one entry a
 * line (an entry may be a phrase: "such as"), in the order the file gives them; blank lines and
 * lines starting with {@code #} are skipped, and spaces around an entry are dropped. A list is read
 * whole or not at all: a missing file, an entry listed twice or a {@code #} after an entry (comments
 * go on lines of their own) stops the load with the file and line named.
 */
public final class WordFile {
    private WordFile() {
    }

    /** The entries of a list, in order. */
    public static List<String> list(Class<?> owner, String resource) {
        return parse(resource, lines(owner, resource));
    }

    /** The entries of a list as an unmodifiable set. */
    public static Set<String> set(Class<?> owner, String resource) {
        return Set.copyOf(list(owner, resource));
    }

    /** The lines of a resource beside {@code owner}, as written. */
    public static List<String> lines(Class<?> owner, String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " beside " + owner.getName());
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                out.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        return out;
    }

    /**
     * The entries of a list's lines.
     *
     * @param name the list's name, for messages
     */
    static List<String> parse(String name, List<String> lines) {
        List<String> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String entry = lines.get(i).strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            if (entry.indexOf('#') >= 0) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": '#' after an entry: "
                        + "comments go on lines of their own");
            }
            Integer first = seen.putIfAbsent(entry, i + 1);
            if (first != null) {
                throw new IllegalArgumentException(name + ":" + (i + 1) + ": '" + entry + "' is listed twice (first on line "
                        + first + ")");
            }
            out.add(entry);
        }
        return out;
    }
}
