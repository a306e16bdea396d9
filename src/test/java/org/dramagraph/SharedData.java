package org.dramagraph;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dramagraph.source.Article;
import org.junit.jupiter.api.Assumptions;

/** The shared data next to the repository (../shared), read at test time and never copied into it. */
public final class SharedData {
    /** The shared folder, from the {@code dramagraph.shared} property the build sets. */
    public static final Path ROOT = Path.of(System.getProperty("dramagraph.shared", "../shared"));

    private SharedData() {
    }

    /** A folder of the shared data; the calling test is skipped when it is not there. */
    public static Path folder(String relative) {
        Path p = ROOT.resolve(relative);
        Assumptions.assumeTrue(Files.isDirectory(p), "shared data not found: " + p);
        return p;
    }

    /** The general news sample (Wikinews, CC BY 2.5): the negative control, one article a CSV row. */
    public static List<Article> wikinews() throws IOException {
        List<Article> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder("data/news-sample"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
                    while (rows.hasNext()) {
                        Map<String, String> row = rows.next();
                        out.add(Article.of(row.get("url"), row.get("title"), row.get("text")));
                    }
                }
            }
        }
        return out;
    }
}
