package org.dramagraph.resolve;

import java.util.List;
import org.dramagraph.mention.Mention;
import org.dramagraph.mention.MentionType;

/**
 * One person, work, character or network of an article: every mention of it, however written.
 *
 * @param id       its number in the article, from 0 in order of first mention
 * @param name     the fullest form the article writes it in
 * @param key      the key its mentions share ({@link org.dramagraph.lang.NameKey#loose})
 * @param type     what its mentions were found to be, the most common typed answer ({@link MentionType#NAME} if none)
 * @param mentions its mentions, in text order
 */
public record Entity(int id, String name, String key, MentionType type, List<Mention> mentions) {
    public Entity {
        mentions = List.copyOf(mentions);
    }

    /**
     * Entities are told apart by identity: one entity of one article's analysis. (A record's own
     * equality would compare every mention, which maps keyed by entities cannot afford.)
     */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /** The first mention. */
    public Mention first() {
        return mentions.get(0);
    }
}
