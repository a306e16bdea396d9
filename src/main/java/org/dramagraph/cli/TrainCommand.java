package org.dramagraph.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dramagraph.extract.Extractor;
import org.dramagraph.relation.RelationModel;
import org.dramagraph.train.LabelledArticle;
import org.dramagraph.train.TrainingSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code train DIR... --out DIR}: trains the relation models from annotated sets. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the extraction models on annotated sets (DIR/articles, DIR/gold) and write them to a folder.")
final class TrainCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Annotated sets (see eval/SCHEMA.md).")
    List<Path> dirs;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Where to write the models (models.tsv and model.json). The shipped ones are in "
                    + "src/main/resources" + RelationModel.RESOURCE + ".")
    Path out;

    @Mixin
    LearnerOption learner;

    @Override
    public Integer call() throws IOException {
        for (Path d : dirs) {
            if (!Files.isDirectory(d.resolve("articles")) || !Files.isDirectory(d.resolve("gold"))) {
                System.err.println("dramagraph: " + d + ": not an annotated set (no articles/ and gold/ folders)");
                return ExitCodes.NO_INPUT;
            }
        }
        List<LabelledArticle> articles = TrainingSet.load(dirs, new Extractor());
        Extractor extractor = new Extractor();
        RelationModel model = learner.trainer().train(articles, extractor);
        ObjectNode settings = model.models().settings();
        ArrayNode data = settings.putArray("data");
        for (Path d : dirs) {
            ObjectNode o = data.addObject();
            o.put("folder", d.toString().replace('\\', '/'));
            o.put("articles", (int) articles.stream().filter(a -> Files.exists(d.resolve("articles").resolve(a.id() + ".json"))).count());
            o.put("sha256", fingerprint(d));
        }
        settings.put("command", "dramagraph train " + String.join(" ", dirs.stream().map(Path::toString).toList())
                + " --learner " + learner.kind + " --cost " + learner.cost);
        model.models().write(out);
        System.out.printf("trained on %d articles; models written to %s%n", articles.size(), out);
        return ExitCodes.OK;
    }

    /** A hash of an annotated set's files (names and bytes, in name order): which data the models saw. */
    static String fingerprint(Path dir) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String sub : List.of("articles", "gold")) {
            List<Path> files;
            try (Stream<Path> s = Files.list(dir.resolve(sub))) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                sha.update((sub + "/" + f.getFileName()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = Files.newInputStream(f)) {
                    sha.update(in.readAllBytes());
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
