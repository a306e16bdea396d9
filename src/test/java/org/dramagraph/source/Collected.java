package org.dramagraph.source;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps what it is given, for tests. */
public final class Collected implements ArticleSink {
    public final List<Article> articles = new ArrayList<>();
    public final List<InputProblem> problems = new ArrayList<>();
    public final List<InputProblem> notices = new ArrayList<>();
    public final List<String> skipped = new ArrayList<>();

    @Override
    public void article(Article article) {
        articles.add(article);
    }

    @Override
    public void problem(InputProblem problem) {
        problems.add(problem);
    }

    @Override
    public void notice(InputProblem notice) {
        notices.add(notice);
    }

    @Override
    public void skipped(String input, String reason) {
        skipped.add(input);
    }

    public List<String> ids() {
        return articles.stream().map(Article::id).toList();
    }

    public List<String> described() {
        return problems.stream().map(InputProblem::describe).toList();
    }

    /** The article with an id; fails when there is none. */
    public Article article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no article " + id + " among " + ids()));
    }
}
