package org.dramagraph.story;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dramagraph.extract.Extractor;
import org.dramagraph.source.Article;
import org.dramagraph.source.ArticleReader;
import org.dramagraph.source.ArticleSink;
import org.dramagraph.source.InputProblem;

/**
 * The articles we wrote for the story tests (invented people and dramas), read and extracted once:
 * a casting wire text carried by three outlets, two independent reports of one award, a weekend
 * roundup of six dramas, and one couple's dating news and wedding news ten months apart.
 */
final class StoryTexts {
    static final Path FOLDER = Path.of("src/test/resources/org/dramagraph/story");
    private static Map<String, StoryArticle> features;

    private StoryTexts() {
    }

    /** Every article's features by id, in the folder's (name) order. */
    static synchronized Map<String, StoryArticle> features() {
        if (features == null) {
            Extractor extractor = new Extractor();
            StoryFeatures reader = new StoryFeatures();
            Map<String, StoryArticle> out = new LinkedHashMap<>();
            List<String> problems = new ArrayList<>();
            new ArticleReader().read(List.of(FOLDER.toString()), new ArticleSink() {
                @Override
                public void article(Article article) {
                    out.put(article.id(), reader.read(extractor.extract(article)));
                }

                @Override
                public void problem(InputProblem problem) {
                    problems.add(problem.describe());
                }
            });
            if (!problems.isEmpty()) {
                throw new IllegalStateException("cannot read the story test articles: " + problems);
            }
            features = out;
        }
        return features;
    }

    /** The same article without its date. */
    static StoryArticle undated(StoryArticle a) {
        return new StoryArticle(a.id(), null, a.terms(), a.names(), a.sketch());
    }

    /** The same article without the names read in it. */
    static StoryArticle nameless(StoryArticle a) {
        return new StoryArticle(a.id(), a.published(), a.terms(), java.util.Set.of(), a.sketch());
    }
}
