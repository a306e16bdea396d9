package org.dramagraph.learn;

/** One training example of a yes-or-no question: its features and the answer the gold gives. */
public record Example(Features features, boolean positive) {
}
