package org.dramagraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.dramagraph.extract.Extractor;
import org.dramagraph.fact.ExtractedFact;
import org.dramagraph.fact.FactType;
import org.dramagraph.learn.ModelSet;
import org.dramagraph.mention.Gazetteer;
import org.dramagraph.relation.RelationModel;
import org.dramagraph.source.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train} and {@code eval --folds} on a small annotated set written for this test. */
class TrainCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Six short items from two outlets, each with its gold. */
    static Path annotatedSet(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("articles"));
        Files.createDirectories(dir.resolve("gold"));
        String[][] items = {
                {"alpha-1", "Han Seo-jin stars in “Winter Letters”, the new tvN drama.", "cast|Han Seo-jin|Winter Letters", "network|Winter Letters|tvN"},
                {"alpha-2", "Kwon Do-yun stars in “Blue Hour”, the new JTBC drama.", "cast|Kwon Do-yun|Blue Hour", "network|Blue Hour|JTBC"},
                {"alpha-3", "Writer Oh Seung-ah penned the drama “Paper Cranes”.", "wrote|Oh Seung-ah|Paper Cranes"},
                {"beta-1", "Lim Ha-eun stars in “Salt Road”, the new KBS2 drama.", "cast|Lim Ha-eun|Salt Road", "network|Salt Road|KBS2"},
                {"beta-2", "Baek Min-ha stars in “Harbor Lights”, the new MBC drama.", "cast|Baek Min-ha|Harbor Lights", "network|Harbor Lights|MBC"},
                {"beta-3", "Writer Moon Da-in penned the drama “Sea Glass”.", "wrote|Moon Da-in|Sea Glass"},
        };
        for (String[] item : items) {
            Files.writeString(dir.resolve("articles").resolve(item[0] + ".json"), JSON.writeValueAsString(
                    java.util.Map.of("id", item[0], "title", "", "text", item[1])), StandardCharsets.UTF_8);
            StringBuilder gold = new StringBuilder();
            for (int i = 2; i < item.length; i++) {
                String[] f = item[i].split("\\|");
                var fact = new java.util.LinkedHashMap<String, String>();
                fact.put("type", f[0]);
                if (f[0].equals("network")) {
                    fact.put("work", f[1]);
                    fact.put("org", f[2]);
                } else {
                    fact.put("person", f[1]);
                    fact.put("work", f[2]);
                }
                gold.append(JSON.writeValueAsString(fact)).append('\n');
            }
            Files.writeString(dir.resolve("gold").resolve(item[0] + ".jsonl"), gold, StandardCharsets.UTF_8);
        }
        return dir;
    }

    @Test
    void trainWritesSmallModelsThatRecordTheirDataAndSettings(@TempDir Path tmp) throws Exception {
        Path set = annotatedSet(tmp.resolve("set"));
        Cli run = Cli.run("train", set.toString(), "--out", tmp.resolve("models").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("trained on 6 articles; models written to " + tmp.resolve("models") + "\n");
        JsonNode settings = JSON.readTree(tmp.resolve("models/model.json").toFile());
        assertThat(settings.path("data").get(0).path("articles").asInt()).isEqualTo(6);
        assertThat(settings.path("data").get(0).path("sha256").asText()).hasSize(64);
        assertThat(settings.path("learner").asText()).startsWith("liblinear L2-regularised logistic regression, C=0.3");
        assertThat(settings.path("calibration").has("cast")).isTrue();
    }

    @Test
    void trainingTwiceGivesTheSameFiles(@TempDir Path tmp) throws Exception {
        Path set = annotatedSet(tmp.resolve("set"));
        assertThat(Cli.run("train", set.toString(), "--out", tmp.resolve("a").toString()).exitCode()).isZero();
        assertThat(Cli.run("train", set.toString(), "--out", tmp.resolve("b").toString()).exitCode()).isZero();

        for (String file : List.of(ModelSet.WEIGHTS, ModelSet.SETTINGS)) {
            assertThat(Files.readString(tmp.resolve("b").resolve(file)))
                    .isEqualTo(Files.readString(tmp.resolve("a").resolve(file)).replace(tmp.resolve("a").toString(),
                            tmp.resolve("b").toString()));
        }
    }

    @Test
    void modelsTrainedOnTheSetReadANewItem(@TempDir Path tmp) throws Exception {
        Path set = annotatedSet(tmp.resolve("set"));
        Cli.run("train", set.toString(), "--out", tmp.resolve("models").toString());
        Extractor extractor = new Extractor(new Gazetteer(), new RelationModel(ModelSet.read(tmp.resolve("models"))));

        List<ExtractedFact> facts = extractor.extract(Article.of("new", "", "Yoon Ga-eun stars in “Night Ferry”, the new SBS drama."))
                .facts();
        ExtractedFact surestCast = facts.stream().filter(f -> f.fact().type() == FactType.CAST)
                .max(Comparator.comparingDouble(ExtractedFact::confidence)).orElseThrow();
        assertThat(surestCast.fact().toString()).isEqualTo("cast{person=Yoon Ga-eun, work=Night Ferry}");
    }

    @Test
    void crossValidationSplitsByOutlet(@TempDir Path tmp) throws Exception {
        Path set = annotatedSet(tmp.resolve("set"));
        Cli run = Cli.run("eval", "--folds", "2", set.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("6 articles, 10 gold facts; 2 folds by outlet, facts at confidence >= 0.50\n"
                + "type        gold    tp    fp    fn   prec    rec     f1   folds' f1\n");
    }

    @Test
    void aFolderThatIsNotAnAnnotatedSetIsNamed(@TempDir Path tmp) {
        Cli run = Cli.run("train", tmp.toString(), "--out", tmp.resolve("models").toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("dramagraph: " + tmp + ": not an annotated set (no articles/ and gold/ folders)\n");
    }
}
