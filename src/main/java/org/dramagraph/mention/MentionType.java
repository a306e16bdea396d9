package org.dramagraph.mention;

/** What a mention names. */
public enum MentionType {
    PERSON, WORK, CHARACTER, NETWORK,
    /** A capitalized name whose kind the context has not told yet. */
    NAME;

    /** The one-letter code sentence patterns use for this type. */
    public char code() {
        return switch (this) {
            case PERSON -> 'P';
            case WORK -> 'W';
            case CHARACTER -> 'C';
            case NETWORK -> 'N';
            case NAME -> 'X';
        };
    }
}
