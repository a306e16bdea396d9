package org.dramagraph.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads articles from files, folders and standard input. Minimal version: plain text and JSON.
 */
public final class ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads every input in order; a problem with one input does not stop the others. */
    public void read(List<String> inputs, ArticleSink sink) {
        for (String input : inputs) {
            Path path = Path.of(input);
            try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    readFile(file, sink);
                }
            } catch (IOException e) {
                sink.problem(new InputProblem(input, 0, e.getMessage()));
            }
        }
    }

    private void readFile(Path file, ArticleSink sink) throws IOException {
        String name = file.getFileName().toString();
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String id = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        if (name.endsWith(".json")) {
            JsonNode n = JSON.readTree(text);
            String published = n.path("published").asText(null);
            sink.article(new Article(n.path("id").asText(id), file.toString(), n.path("url").asText(null),
                    n.path("title").asText(""), published == null ? null : LocalDate.parse(published),
                    n.path("text").asText(""), List.of()));
        } else {
            int nl = text.indexOf('\n');
            String title = nl < 0 ? text : text.substring(0, nl);
            String body = nl < 0 ? "" : text.substring(nl + 1);
            sink.article(new Article(id, file.toString(), null, title.strip(), null, body, List.of()));
        }
    }
}
