package org.dramagraph.resolve;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dramagraph.lang.Lexicon;
import org.dramagraph.lang.NameKey;
import org.dramagraph.mention.Mention;
import org.dramagraph.mention.MentionType;

/**
 * The entities of one article: mentions grouped by the name they stand for, as {@link ArticleNames}
 * resolves short forms and variant spellings ("Eun-sol" and "Jo Eun-sol" are one person).
 * Networks are grouped by their canonical name ("tvN" and "TVN").
 */
public final class ArticleEntities {
    private final List<Entity> entities;
    private final Map<Mention, Entity> byMention;

    private ArticleEntities(List<Entity> entities, Map<Mention, Entity> byMention) {
        this.entities = entities;
        this.byMention = byMention;
    }

    /** Groups the mentions of an article. */
    public static ArticleEntities of(List<Mention> mentions, ArticleNames names, Lexicon lexicon) {
        Map<String, List<Mention>> groups = new LinkedHashMap<>();
        Map<String, String> display = new HashMap<>();
        for (Mention m : mentions) {
            String name = m.type() == MentionType.NETWORK ? network(lexicon, m) : names.display(m);
            String key = (m.type() == MentionType.NETWORK ? "network:" : "") + NameKey.loose(name);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
            display.putIfAbsent(key, name);
            if (name.length() > display.get(key).length()) {
                display.put(key, name);
            }
        }
        List<Entity> entities = new ArrayList<>();
        Map<Mention, Entity> byMention = new HashMap<>();
        for (var g : groups.entrySet()) {
            Entity e = new Entity(entities.size(), display.get(g.getKey()), g.getKey(), type(g.getValue()), g.getValue());
            entities.add(e);
            g.getValue().forEach(m -> byMention.put(m, e));
        }
        return new ArticleEntities(List.copyOf(entities), byMention);
    }

    private static String network(Lexicon lexicon, Mention m) {
        String canonical = lexicon.network(m.text());
        return canonical == null ? m.text() : canonical;
    }

    private static MentionType type(List<Mention> mentions) {
        Map<MentionType, Integer> votes = new EnumMap<>(MentionType.class);
        for (Mention m : mentions) {
            if (m.type() != MentionType.NAME) {
                votes.merge(m.type(), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(MentionType.NAME);
    }

    /** Every entity, in order of first mention. */
    public List<Entity> all() {
        return entities;
    }

    /** The entity a mention belongs to. */
    public Entity of(Mention m) {
        return byMention.get(m);
    }
}
