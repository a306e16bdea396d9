package org.dramagraph.source;

/** Receives the articles a source reads, and the problems it meets, in input order. */
public interface ArticleSink {
    void article(Article article);

    void problem(InputProblem problem);
}
