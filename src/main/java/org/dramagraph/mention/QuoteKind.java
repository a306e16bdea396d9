package org.dramagraph.mention;

/** What a quotation holds. */
public enum QuoteKind {
    /** Words someone said or wrote. */
    SPEECH,
    /** The title of a work ("'Harbor Lights'"). */
    TITLE,
    /** A personal name in quote marks, usually a character ("'Jo Eun-sol'"). */
    NAME,
    /** Scare quotes, nicknames, single words. */
    OTHER
}
