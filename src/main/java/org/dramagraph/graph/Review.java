package org.dramagraph.graph;

import java.time.Instant;

/**
 * An editor's decision on a fact. A rejected fact stays rejected when its articles are ingested again, even
 * when it is deleted and stored anew in between.
 *
 * @param key      what identifies the decision (the fact's type and names)
 * @param factId   the fact's id while it is stored, else 0
 * @param fact     the fact in words, as it was when decided ("plays: Name, Character, Work")
 * @param decision what the editor decided
 * @param editor   who decided
 * @param decided  when
 */
public record Review(String key, long factId, String fact, Decision decision, String editor, Instant decided) {
    /** What an editor can decide about a fact. */
    public enum Decision {
        /** The fact is right: pages mark it confirmed. */
        CONFIRMED,
        /** The fact is wrong: no page, API or command shows it. */
        REJECTED
    }
}
