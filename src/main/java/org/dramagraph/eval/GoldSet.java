package org.dramagraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.dramagraph.fact.Fact;
import org.dramagraph.fact.FactType;

/** Gold facts of an evaluation folder: {@code gold/ID.jsonl}, one fact per line (eval/SCHEMA.md). */
public final class GoldSet {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldSet() {
    }

    /** Loads {@code dir/gold} (or {@code dir} itself when it holds the .jsonl files), by article id. */
    public static Map<String, List<Fact>> load(Path dir) throws IOException {
        Path gold = Files.isDirectory(dir.resolve("gold")) ? dir.resolve("gold") : dir;
        Map<String, List<Fact>> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(gold)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
                String name = f.getFileName().toString();
                out.put(name.substring(0, name.length() - ".jsonl".length()), read(f));
            }
        }
        return out;
    }

    /** The facts of one gold file. */
    public static List<Fact> read(Path file) throws IOException {
        List<Fact> facts = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    throw new IOException(file + ":" + n + ": not JSON: " + e.getMessage(), e);
                }
                Fact f = parse(node);
                if (f != null) {
                    facts.add(f);
                }
            }
        }
        return facts;
    }

    /** A fact from its JSON form, or null for an unknown type. */
    public static Fact parse(JsonNode node) {
        FactType type;
        try {
            type = FactType.of(node.path("type").asText(""));
        } catch (IllegalArgumentException e) {
            return null;
        }
        String person = text(node, type == FactType.QUOTE ? "speaker" : "person");
        return new Fact(type, person, text(node, "character"), text(node, "work"), text(node, "org"), text(node, "text"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

}
