package org.dramagraph.train;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramagraph.eval.FactMatcher;
import org.dramagraph.fact.Fact;
import org.dramagraph.fact.FactType;
import org.dramagraph.lang.NameKey;
import org.dramagraph.mention.Mention;
import org.dramagraph.relation.Pairs;
import org.dramagraph.resolve.ArticleNames;
import org.dramagraph.resolve.Entity;

/**
 * The answers the gold facts of an article give to the relation stage's questions: which candidate
 * pairs hold which relation, and what each person is. An entity is the one a gold value names when
 * any way the article writes it matches the value by the evaluation's rule.
 */
final class GoldLabels {
    private final List<Fact> gold;
    private final ArticleNames names;
    private final Map<Entity, Set<String>> keys = new HashMap<>();

    GoldLabels(List<Fact> gold, ArticleNames names) {
        this.gold = gold;
        this.names = names;
    }

    /**
     * The fact types the gold states of a pair: for a person and a work, cast (a role played counts),
     * wrote, directed, cameo; for a network and a work, network; for a person and a role, plays.
     */
    Set<FactType> of(Pairs.Pair pair) {
        Set<FactType> out = EnumSet.noneOf(FactType.class);
        for (Fact g : gold) {
            switch (pair.kind()) {
                case PERSON_WORK -> {
                    if (g.type() != FactType.NETWORK && g.type() != FactType.QUOTE && names(pair.a(), g.person())
                            && names(pair.b(), g.work())) {
                        out.add(g.type() == FactType.PLAYS ? FactType.CAST : g.type());
                    }
                }
                case NETWORK_WORK -> {
                    if (g.type() == FactType.NETWORK && names(pair.a(), g.org()) && names(pair.b(), g.work())) {
                        out.add(FactType.NETWORK);
                    }
                }
                case PERSON_CHARACTER -> {
                    if (g.type() == FactType.PLAYS && names(pair.a(), g.person()) && names(pair.b(), g.character())) {
                        out.add(FactType.PLAYS);
                    }
                }
            }
        }
        return out;
    }

    /** Whether the gold says a candidate speaker said the quotation. */
    boolean said(org.dramagraph.relation.SpeakerFeatures.Candidate c) {
        for (Fact g : gold) {
            if (g.type() == FactType.QUOTE && names(c.speaker(), g.person())
                    && FactMatcher.quoteMatch(g.text(), c.quote().text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the gold says the person plays the role in the work. */
    boolean plays(Entity person, Entity role, Entity work) {
        for (Fact g : gold) {
            if (g.type() == FactType.PLAYS && names(person, g.person()) && names(role, g.character())
                    && names(work, g.work())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the gold says a person does anywhere in the article: acts (cast; a role played counts),
     * makes a cameo, writes, directs.
     */
    Set<FactType> roles(Entity person) {
        Set<FactType> out = EnumSet.noneOf(FactType.class);
        for (Fact g : gold) {
            if (g.type() != FactType.QUOTE && g.type() != FactType.NETWORK && names(person, g.person())) {
                out.add(g.type() == FactType.PLAYS ? FactType.CAST : g.type());
            }
        }
        return out;
    }

    /** The kinds the gold shows an entity to be: a person (or speaker), a work, a role. */
    Set<org.dramagraph.mention.MentionType> kinds(Entity e) {
        Set<org.dramagraph.mention.MentionType> out = EnumSet.noneOf(org.dramagraph.mention.MentionType.class);
        for (Fact g : gold) {
            if (names(e, g.person())) {
                out.add(org.dramagraph.mention.MentionType.PERSON);
            }
            if (names(e, g.work())) {
                out.add(org.dramagraph.mention.MentionType.WORK);
            }
            if (names(e, g.character())) {
                out.add(org.dramagraph.mention.MentionType.CHARACTER);
            }
        }
        return out;
    }

    private boolean names(Entity e, String goldValue) {
        if (goldValue == null) {
            return false;
        }
        Set<String> k = keys.computeIfAbsent(e, this::keysOf);
        for (String alt : FactMatcher.alternatives(goldValue)) {
            if (k.contains(alt)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> keysOf(Entity e) {
        Set<String> out = new HashSet<>();
        out.add(NameKey.exact(e.name()));
        for (Mention m : e.mentions()) {
            out.add(NameKey.exact(m.text()));
            out.add(NameKey.exact(names.display(m)));
        }
        return out;
    }
}
