package org.dramagraph.mention;

/** What a quotation holds. */
public enum QuoteKind {
    /** Words someone said or wrote. */
    SPEECH,
    /** The title of a work ("'Queen of Tears'"). */
    TITLE,
    /** A personal name in quote marks, usually a character ("'Yoon Se-ri'"). */
    NAME,
    /** Scare quotes, nicknames, single words. */
    OTHER
}
