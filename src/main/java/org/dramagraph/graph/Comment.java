package org.dramagraph.graph;

import java.time.Instant;

/**
 * A reader's comment on an article or an entity page.
 *
 * @param id      the store's id
 * @param target  what it is about
 * @param author  the name the reader gave
 * @param body    what they wrote, as they wrote it (pages escape it)
 * @param status  whether it is shown, held for moderation or hidden
 * @param created when it was written
 */
public record Comment(long id, Target target, String author, String body, Status status, Instant created) {
    /** Whether readers see a comment. */
    public enum Status {
        /** Shown on its page. */
        VISIBLE,
        /** Waiting for an editor, as comments with links do. */
        HELD,
        /** Hidden by an editor. */
        HIDDEN
    }

    /**
     * What a comment is about: an article (by id) or an entity (by id).
     *
     * @param type ARTICLE or ENTITY
     * @param id   the article's id, or the entity's id as text
     */
    public record Target(Type type, String id) {
        /** The kinds of page that take comments. */
        public enum Type { ARTICLE, ENTITY }

        /** An article's comments. */
        public static Target article(String id) {
            return new Target(Type.ARTICLE, id);
        }

        /** An entity's comments. */
        public static Target entity(long id) {
            return new Target(Type.ENTITY, Long.toString(id));
        }
    }
}
