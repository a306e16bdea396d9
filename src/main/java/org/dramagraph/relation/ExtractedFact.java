package org.dramagraph.relation;

/** A fact together with the evidence of the one place it was read from. */
public record ExtractedFact(Fact fact, Evidence evidence) {
}
