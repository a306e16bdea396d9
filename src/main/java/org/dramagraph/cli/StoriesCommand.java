package org.dramagraph.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.dramagraph.extract.Extractor;
import org.dramagraph.source.Article;
import org.dramagraph.source.ArticleReader;
import org.dramagraph.source.ArticleSink;
import org.dramagraph.source.InputProblem;
import org.dramagraph.story.Story;
import org.dramagraph.story.StoryArticle;
import org.dramagraph.story.StoryFeatures;
import org.dramagraph.story.StoryGrouper;
import org.dramagraph.story.StoryJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code stories PATH...}: groups articles that report one event and prints the stories as JSON Lines, without a store. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {"Group articles that report one event into stories and print them as JSON Lines, one story a line:",
                "{\"story\": \"id\", \"articles\": [\"article-id\", ...]} (no store is written)."})
final class StoriesCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        Extractor extractor = new Extractor();
        StoryFeatures features = new StoryFeatures();
        List<StoryArticle> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int[] problems = new int[1];
        new ArticleReader().read(inputs, new ArticleSink() {
            @Override
            public void article(Article article) {
                if (!ids.add(article.id())) {
                    System.err.println("dramagraph: " + article.origin() + ": article " + article.id()
                            + " was read before; grouped once");
                    return;
                }
                // only the features are kept: a batch of thousands of articles need not hold their extractions
                articles.add(features.read(extractor.extract(article)));
            }

            @Override
            public void problem(InputProblem problem) {
                problems[0]++;
                System.err.println("dramagraph: " + problem.describe());
            }
        });
        PrintStream out = System.out;
        for (Story story : StoryGrouper.group(articles)) {
            out.println(StoryJson.line(story));
        }
        out.flush();
        return articles.isEmpty() ? ExitCodes.NO_INPUT : problems[0] > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
}
