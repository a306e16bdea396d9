package org.dramagraph.clean;

import org.dramagraph.SharedData;
import org.dramagraph.source.Article;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the cleaner on the real texts of ../shared: it must never lose what a reader needs
 * (gold quotes and names, sentences of the seed and of general news), and it must remove the
 * noise it is meant for.
 */
class CleanerOnSharedDataTest {
    private static final Path SHARED = SharedData.ROOT;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Cleaner CLEANER = new Cleaner();
    private static final List<String> GOLD_FIELDS = List.of("person", "work", "character", "org", "speaker", "text");

    private static final List<JsonNode> articles = new ArrayList<>();

    @BeforeAll
    static void readDevArticles() throws IOException {
        try (Stream<Path> files = Files.list(SharedData.folder("eval/dev/articles"))) {
            for (Path file : files.sorted().toList()) {
                articles.add(JSON.readTree(file.toFile()));
            }
        }
        assertThat(articles).hasSizeGreaterThanOrEqualTo(40);
    }

    /** Letters and digits only, as the scorer compares. */
    private static String squeeze(String text) {
        return RepeatedLineFilter.key(text).replace(" ", "");
    }

    @Test
    void everyGoldValueTheRawTextHoldsSurvivesCleaning() throws IOException {
        int checked = 0;
        List<String> lost = new ArrayList<>();
        for (JsonNode article : articles) {
            String id = article.get("id").asText();
            String title = article.path("title").asText("");
            String raw = squeeze(title + "\n" + article.get("text").asText());
            String clean = squeeze(CLEANER.cleanTitle(title) + "\n" + CLEANER.clean(title, article.get("text").asText()).text());
            for (String line : Files.readAllLines(SHARED.resolve("eval/dev/gold/" + id + ".jsonl"))) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode fact = JSON.readTree(line);
                for (String field : GOLD_FIELDS) {
                    if (!fact.has(field)) {
                        continue;
                    }
                    for (String alternative : fact.get(field).asText().split(" \\| ")) {
                        String value = squeeze(alternative);
                        if (!value.isEmpty() && raw.contains(value)) {
                            checked++;
                            if (!clean.contains(value)) {
                                lost.add(id + ": " + field + " " + alternative);
                            }
                        }
                    }
                }
            }
        }
        assertThat(lost).isEmpty();
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void everyGoldQuoteIsInTheCleanBody() throws IOException {
        int quotes = 0;
        List<String> missing = new ArrayList<>();
        for (JsonNode article : articles) {
            String id = article.get("id").asText();
            String clean = squeeze(CLEANER.clean(article.path("title").asText(""), article.get("text").asText()).text());
            for (String line : Files.readAllLines(SHARED.resolve("eval/dev/gold/" + id + ".jsonl"))) {
                JsonNode fact = line.isBlank() ? null : JSON.readTree(line);
                if (fact == null || !fact.path("type").asText().equals("quote")) {
                    continue;
                }
                quotes++;
                boolean found = false;
                for (String alternative : fact.get("text").asText().split(" \\| ")) {
                    found |= clean.contains(squeeze(alternative));
                }
                if (!found) {
                    missing.add(id + ": " + fact.get("text").asText());
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(quotes).isGreaterThanOrEqualTo(40);
    }

    @Test
    void seedSentencesSurviveAndItsNoiseGoes() throws IOException {
        Path seed;
        try (Stream<Path> files = Files.list(SHARED.resolve("seed"))) {
            seed = files.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
        }
        List<String> lines = Files.readAllLines(seed);
        String title = lines.get(0);
        String body = String.join("\n", lines.subList(1, lines.size()));
        CleanText clean = CLEANER.clean(title, body);
        String squeezed = squeeze(clean.text());

        int sentences = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (isSentence(line) && !RepeatedLineFilter.key(line).equals(RepeatedLineFilter.key(title))) {
                sentences++;
                assertThat(squeezed).as(line).contains(squeeze(line));
            }
        }
        assertThat(sentences).isGreaterThanOrEqualTo(5);
        assertThat(clean.text().split("\n")).noneMatch(l -> RepeatedLineFilter.key(l).equals(RepeatedLineFilter.key(title)));
        assertThat(clean.text().length()).isLessThan(body.length());
    }

    @Test
    void noSentenceOfGeneralNewsIsLost() throws IOException {
        int sentences = 0;
        List<String> lost = new ArrayList<>();
        for (Article article : SharedData.wikinews()) {
            String title = article.title();
            String text = article.text();
            CleanText cleaned = CLEANER.clean(title, text);
            String clean = squeeze(cleaned.text());
            Set<String> seen = new HashSet<>();
            for (String line : text.split("\n")) {
                String key = RepeatedLineFilter.key(line);
                if (isSentence(line) && !key.equals(RepeatedLineFilter.key(title)) && seen.add(key)) {
                    sentences++;
                    if (!clean.contains(squeeze(line)) && !keptAsCaption(line, cleaned, clean)) {
                        lost.add(article.id() + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(lost).isEmpty();
        assertThat(sentences).isGreaterThan(2000);
    }

    @Test
    void devTextsComeOutWithoutRepeatsOrBrokenEncoding() {
        for (JsonNode article : articles) {
            String title = article.path("title").asText("");
            String text = CLEANER.clean(title, article.get("text").asText()).text();
            Set<String> keys = new HashSet<>();
            for (String line : text.split("\n")) {
                String key = RepeatedLineFilter.key(line);
                if (key.contains(" ")) {
                    assertThat(keys.add(key)).as("%s repeats: %s", article.get("id"), line).isTrue();
                    assertThat(key).as("%s: title in body", article.get("id")).isNotEqualTo(RepeatedLineFilter.key(title));
                }
            }
            assertThat(text).as(article.get("id").asText()).doesNotContain("â€").doesNotContainPattern("\\pLâ\\pL")
                    .doesNotContainPattern("\\p{InThai}").doesNotContain("\n\n\n").doesNotContain("  ");
            assertThat(CLEANER.cleanTitle(title)).doesNotContainPattern("\\pLâ\\pL");
        }
    }

    @Test
    void theOffsetMapOfEveryDevTextPointsAtTheSameCharacters() {
        for (JsonNode article : articles) {
            CleanText clean = CLEANER.clean(article.path("title").asText(""), article.get("text").asText());
            int previous = -1;
            for (int i = 0; i < clean.text().length(); i++) {
                int at = clean.origin()[i];
                char kept = clean.text().charAt(i);
                char from = clean.original().charAt(at);
                assertThat(at).as("%s: offsets run forward", article.get("id")).isGreaterThanOrEqualTo(previous);
                // the one insertion: ", " between names run together, mapped to the last letter of the first
                boolean seam = (kept == ',' || kept == ' ') && Character.isLowerCase(from) && at + 1 < clean.original().length()
                        && Character.isUpperCase(clean.original().charAt(at + 1));
                assertThat(kept == from || Character.isWhitespace(kept) && Character.isWhitespace(from)
                        || kept >= 0x80 && from >= 0x80 || seam).as("%s at %d: '%s' from '%s'", article.get("id"), i, kept, from).isTrue();
                previous = at;
            }
        }
    }

    /** A caption whose credit tail was cut off and kept as a photo credit: the caption is still in the text. */
    private static boolean keptAsCaption(String line, CleanText cleaned, String clean) {
        String squeezed = squeeze(line);
        return cleaned.credits().stream().anyMatch(photo -> photo.caption() != null
                && squeezed.startsWith(squeeze(photo.caption())) && squeezed.endsWith(squeeze(photo.credit()))
                && clean.contains(squeeze(photo.caption())));
    }

    /** A line a reader would call a sentence: several words, some in lower case (not a headline), ending like one. */
    private static boolean isSentence(String line) {
        String[] words = line.strip().split("\\s+");
        long lowerCase = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && Character.isLowerCase(w.charAt(0))).count();
        return words.length >= 6 && lowerCase >= 2 && line.strip().matches(".*[.!?…][\"'”’)]*$");
    }
}
