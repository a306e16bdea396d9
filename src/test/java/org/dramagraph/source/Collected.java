package org.dramagraph.source;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps what it is given, for tests. */
final class Collected implements ArticleSink {
    final List<Article> articles = new ArrayList<>();
    final List<InputProblem> problems = new ArrayList<>();

    @Override
    public void article(Article article) {
        articles.add(article);
    }

    @Override
    public void problem(InputProblem problem) {
        problems.add(problem);
    }

    List<String> ids() {
        return articles.stream().map(Article::id).toList();
    }

    List<String> described() {
        return problems.stream().map(InputProblem::describe).toList();
    }
}
