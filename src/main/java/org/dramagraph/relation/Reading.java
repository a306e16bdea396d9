package org.dramagraph.relation;

import org.dramagraph.fact.FactType;
import org.dramagraph.mention.Mention;
import org.dramagraph.segment.Quotation;

/**
 * A fact as the relation stage reads it: over mentions, before names are resolved to the forms the
 * article uses in full. Fields a type does not use are null.
 *
 * @param sentence   index of the sentence it was read from
 * @param rule       the rule that read it
 * @param confidence between 0 and 1
 */
public record Reading(FactType type, Mention person, Mention character, Mention work, Mention org, Quotation quote,
                      int sentence, String rule, double confidence) {
}
