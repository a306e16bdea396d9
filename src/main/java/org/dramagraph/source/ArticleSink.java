package org.dramagraph.source;

/** Receives the articles a source reads, and the problems it meets, in input order. */
public interface ArticleSink {
    /** Called once for each article read. */
    void article(Article article);

    /** Called once for each input, or line of an input, that could not be read as an article. */
    void problem(InputProblem problem);
}
