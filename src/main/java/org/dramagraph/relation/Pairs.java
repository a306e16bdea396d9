package org.dramagraph.relation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dramagraph.learn.Features;
import org.dramagraph.mention.MentionType;
import org.dramagraph.resolve.Entity;

/**
 * The candidate pairs of an article, the relation stage's input: every person (or unknown name)
 * with every work, every work with every network, each with its instances, and each person's role
 * evidence. What the hand rules of {@link RelationReader} read about a pair is one more feature of it.
 */
public final class Pairs {
    /** What a pair is between. */
    public enum Kind { PERSON_WORK, NETWORK_WORK, PERSON_CHARACTER }

    /**
     * One place that may state a pair's relation.
     *
     * @param sentence the sentence read
     * @param linked   for a pair read across sentences, the sentence naming the second entity, else -1
     */
    public record Instance(Features features, int sentence, int linked) {
    }

    /** A candidate pair: the first entity is the person or network, the second the work. */
    public record Pair(Kind kind, Entity a, Entity b, List<Instance> instances) {
        public Pair {
            instances = List.copyOf(instances);
        }
    }

    private final ArticleView view;
    private final List<Pair> pairs;
    private final Map<Entity, Features> roles;
    private final List<SpeakerFeatures.Candidate> speakers;

    private Pairs(ArticleView view, List<Pair> pairs, Map<Entity, Features> roles,
                  List<SpeakerFeatures.Candidate> speakers) {
        this.view = view;
        this.pairs = pairs;
        this.roles = roles;
        this.speakers = speakers;
    }

    /**
     * The candidate pairs of an article, and the candidate speakers of its quotations.
     *
     * @param rules  what the hand rules read, as features of the pairs they name
     * @param speech the article's quotations of speech
     */
    public static Pairs of(ArticleView view, List<Reading> rules, List<org.dramagraph.segment.Quotation> speech) {
        Map<org.dramagraph.segment.Quotation, String[]> said = new java.util.HashMap<>();
        for (Reading r : rules) {
            if (r.quote() != null && r.person() != null && view.entity(r.person()) != null) {
                said.put(r.quote(), new String[] {view.entity(r.person()).key(), r.rule()});
            }
        }
        Map<String, List<String>> ruled = new LinkedHashMap<>();
        for (Reading r : rules) {
            if (r.person() != null && r.character() != null) {
                ruled.computeIfAbsent(key(view.entity(r.person()), view.entity(r.character())), k -> new ArrayList<>())
                        .add(r.rule());
            }
            if (r.person() != null && r.work() != null) {
                ruled.computeIfAbsent(key(view.entity(r.person()), view.entity(r.work())), k -> new ArrayList<>())
                        .add(r.rule() + "/" + r.type().key());
            } else if (r.org() != null && r.work() != null) {
                ruled.computeIfAbsent(key(view.entity(r.org()), view.entity(r.work())), k -> new ArrayList<>())
                        .add(r.rule());
            }
        }
        List<Entity> all = view.analysis().entities().all();
        List<Pair> out = new ArrayList<>();
        Map<Entity, Features> roles = new LinkedHashMap<>();
        for (Entity p : all) {
            if (!personLike(p)) {
                continue;
            }
            roles.put(p, RoleFeatures.of(view, p));
            for (Entity w : all) {
                if (w != p && workLike(w) && !(p.type() == MentionType.NAME && w.type() == MentionType.NAME)) {
                    add(view, Kind.PERSON_WORK, p, w, ruled, out);
                }
            }
        }
        for (Entity p : all) {
            if (!personLike(p)) {
                continue;
            }
            for (Entity c : all) {
                // a role may be typed a person (both are Korean names) or a work (a title role: "his role as Vincenzo")
                if (c != p && c.type() != MentionType.NETWORK) {
                    List<Instance> instances = InstanceFeatures.ofRole(view, p, c);
                    List<String> rules2 = ruled.getOrDefault(key(p, c), List.of());
                    if (instances.isEmpty() && !rules2.isEmpty()) {
                        // the rules read it where the two are apart ("the former plays X")
                        Features f = new Features().add("*").add("ruleOnly");
                        instances = List.of(new Instance(f, c.first().sentence(), -1));
                    }
                    if (!instances.isEmpty()) {
                        for (String rule : rules2) {
                            instances.forEach(i -> i.features().add("rule", rule));
                        }
                        String kind = c.type().name();
                        instances.forEach(i -> i.features().add("roleType", kind));
                        out.add(new Pair(Kind.PERSON_CHARACTER, p, c, instances));
                    }
                }
            }
        }
        for (Entity w : all) {
            if (workLike(w)) {
                for (Entity n : all) {
                    if (n.type() == MentionType.NETWORK) {
                        add(view, Kind.NETWORK_WORK, n, w, ruled, out);
                    }
                }
            }
        }
        return new Pairs(view, List.copyOf(out), roles, SpeakerFeatures.of(view, speech, said));
    }

    private static void add(ArticleView view, Kind kind, Entity a, Entity b, Map<String, List<String>> ruled,
                            List<Pair> out) {
        List<Instance> instances = InstanceFeatures.of(view, a, b);
        if (instances.isEmpty()) {
            return;
        }
        for (String rule : ruled.getOrDefault(key(a, b), List.of())) {
            for (Instance i : instances) {
                i.features().add("rule", rule);
            }
        }
        out.add(new Pair(kind, a, b, instances));
    }

    private static String key(Entity a, Entity b) {
        return a.id() + ":" + b.id();
    }

    /** Whether an entity may stand in a person's place of a pair. */
    static boolean personLike(Entity e) {
        return e.type() == MentionType.PERSON || e.type() == MentionType.NAME;
    }

    /** Whether an entity may stand in a work's place of a pair. */
    static boolean workLike(Entity e) {
        return e.type() == MentionType.WORK || e.type() == MentionType.NAME;
    }

    public ArticleView view() {
        return view;
    }

    public List<Pair> all() {
        return pairs;
    }

    /** The people who may have said each quotation of speech. */
    public List<SpeakerFeatures.Candidate> speakers() {
        return speakers;
    }

    /** The role evidence of every person-like entity. */
    public Map<Entity, Features> roles() {
        return roles;
    }
}
