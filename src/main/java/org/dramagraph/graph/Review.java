package org.dramagraph.graph;

import java.time.Instant;

/**
 * An editor's decision on a fact. Decisions are kept by the fact's key, so a rejected fact stays rejected
 * when its articles are ingested again.
 *
 * @param factKey  the fact's key
 * @param factId   the fact's id while it is stored, else 0
 * @param fact     the fact in words ("plays: Name, Character, Work"), or its key when it is not stored
 * @param decision what the editor decided
 * @param editor   who decided
 * @param decided  when
 */
public record Review(String factKey, long factId, String fact, Decision decision, String editor, Instant decided) {
    /** What an editor can decide about a fact. */
    public enum Decision {
        /** The fact is right: pages mark it confirmed. */
        CONFIRMED,
        /** The fact is wrong: no page, API or command shows it. */
        REJECTED
    }
}
