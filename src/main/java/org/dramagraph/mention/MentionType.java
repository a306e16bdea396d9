package org.dramagraph.mention;

/** What a mention names. */
public enum MentionType {
    PERSON, WORK, CHARACTER, NETWORK
}
