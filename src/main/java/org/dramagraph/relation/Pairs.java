package org.dramagraph.relation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dramagraph.learn.Features;
import org.dramagraph.mention.Mention;
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
     * @param together whether the sentence names both (else one stands for the other: a pronoun, a section)
     */
    public record Instance(Features features, int sentence, int linked, boolean together) {
    }

    /**
     * A candidate pair: the first entity is the person or network, the second the work (or the role).
     * Its instances are read from the article each time they are asked for and not kept, so that a long
     * article's pairs take little memory: score them once.
     */
    public static final class Pair {
        private final Kind kind;
        private final Entity a;
        private final Entity b;
        private final java.util.function.Supplier<List<Instance>> instances;
        private final int together;

        Pair(Kind kind, Entity a, Entity b, java.util.function.Supplier<List<Instance>> instances, int together) {
            this.kind = kind;
            this.a = a;
            this.b = b;
            this.instances = instances;
            this.together = together;
        }

        public Kind kind() {
            return kind;
        }

        public Entity a() {
            return a;
        }

        public Entity b() {
            return b;
        }

        /** The places that may state the pair's relation (at most {@value #MAX_INSTANCES}), read anew. */
        public List<Instance> instances() {
            return instances.get();
        }

        /** In how many sentences the two are named together. */
        public int together() {
            return together;
        }
    }

    /** The most instances a pair is read from: the first ones of the article, sentences naming both first. */
    static final int MAX_INSTANCES = 64;

    private final ArticleView view;
    private final List<Pair> pairs;
    private final List<Entity> people;
    private final List<SpeakerFeatures.Candidate> speakers;

    private Pairs(ArticleView view, List<Pair> pairs, List<Entity> people, List<SpeakerFeatures.Candidate> speakers) {
        this.view = view;
        this.pairs = pairs;
        this.people = people;
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
        Candidates candidates = new Candidates(view);
        for (ArticleView.Row row : view.rows()) {
            Mention[] items = row.mentions();
            for (int i = 0; i < items.length; i++) {
                if (items[i] == null) {
                    continue;
                }
                // names in one sentence, near enough to be read together: a bounded window keeps this linear
                for (int j = Math.max(0, i - WINDOW); j < Math.min(items.length, i + WINDOW + 1); j++) {
                    if (j != i && items[j] != null) {
                        candidates.together(items[i], items[j]);
                    }
                }
                candidates.pronoun(items[i]);
                candidates.apart(items[i]);
            }
        }
        List<Entity> people = view.analysis().entities().all().stream().filter(Pairs::personLike).toList();
        return new Pairs(view, candidates.pairs(ruled), people, SpeakerFeatures.of(view, speech, said));
    }

    /** How far apart (in items) two names of one sentence may be to be read as a pair. */
    private static final int WINDOW = 100;

    /** The places each candidate pair may be stated, gathered mention by mention, in one pass over the article. */
    private static final class Candidates {
        private final ArticleView view;
        private final Map<String, Gathered> byPair = new java.util.HashMap<>();

        /** One pair's places: mention pairs read together, mentions after a pronoun, mentions apart. */
        private record Gathered(Kind kind, Entity a, Entity b, List<Mention[]> together, List<Mention> pronouns,
                                List<Mention> apart) {
        }

        Candidates(ArticleView view) {
            this.view = view;
        }

        private Gathered of(Kind kind, Entity a, Entity b) {
            return byPair.computeIfAbsent(kind + ":" + key(a, b),
                    k -> new Gathered(kind, a, b, new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        }

        /** Two mentions of one sentence: a person and a work, a network and a work, a person and a role. */
        void together(Mention x, Mention y) {
            Entity a = view.entity(x);
            Entity b = view.entity(y);
            if (a == null || b == null || a == b) {
                return;
            }
            if (personLike(a) && workLike(b) && !(a.type() == MentionType.NAME && b.type() == MentionType.NAME)) {
                of(Kind.PERSON_WORK, a, b).together().add(new Mention[] {x, y});
            }
            if (a.type() == MentionType.NETWORK && workLike(b)) {
                of(Kind.NETWORK_WORK, a, b).together().add(new Mention[] {x, y});
            }
            // a role may be typed a person (both are Korean names) or a work (a title role: "his role as Vincenzo")
            if (personLike(a) && b.type() != MentionType.NETWORK) {
                of(Kind.PERSON_CHARACTER, a, b).together().add(new Mention[] {x, y});
            }
        }

        /** A mention after "he" or "she", with the person named last before it. */
        void pronoun(Mention y) {
            Entity b = view.entity(y);
            Entity person = view.lastPerson(y);
            if (b == null || person == null || person == b || b.type() == MentionType.NETWORK
                    || InstanceFeatures.pronounBefore(view, y) < 0) {
                return;
            }
            if (workLike(b)) {
                of(Kind.PERSON_WORK, person, b).pronouns().add(y);
            }
            of(Kind.PERSON_CHARACTER, person, b).pronouns().add(y);
        }

        /** A person or network, with each work its sentence stands under. */
        void apart(Mention x) {
            Entity a = view.entity(x);
            if (a == null || !(personLike(a) || a.type() == MentionType.NETWORK)) {
                return;
            }
            Kind kind = a.type() == MentionType.NETWORK ? Kind.NETWORK_WORK : Kind.PERSON_WORK;
            int s = x.sentence();
            java.util.Set<Entity> works = new java.util.LinkedHashSet<>();
            works.add(view.headingWork(s));
            works.add(view.lastWork(s));
            if (s > 0) {
                for (Mention m : view.rows().get(s - 1).mentions()) {
                    if (m != null) {
                        works.add(view.entity(m));
                    }
                }
            }
            works.add(view.mainWork());
            for (Entity b : works) {
                if (b != null && b != a && workLike(b) && !(a.type() == MentionType.NAME && b.type() == MentionType.NAME)) {
                    of(kind, a, b).apart().add(x);
                }
            }
        }

        /** Every candidate pair with its instances, in article order of the entities, and what the rules read of it. */
        List<Pair> pairs(Map<String, List<String>> ruled) {
            List<Entity> entities = view.analysis().entities().all();
            for (String key : ruled.keySet()) {
                // the rules read a person and a role apart ("the former plays X"): a pair on that alone
                String[] ids = key.split(":");
                Entity a = entities.get(Integer.parseInt(ids[0]));
                Entity b = entities.get(Integer.parseInt(ids[1]));
                if (personLike(a) && b.type() != MentionType.NETWORK && a != b) {
                    of(Kind.PERSON_CHARACTER, a, b);
                }
            }
            List<Gathered> gathered = new ArrayList<>(byPair.values());
            gathered.sort(java.util.Comparator.comparing((Gathered g) -> g.kind().ordinal())
                    .thenComparingInt(g -> g.kind() == Kind.NETWORK_WORK ? g.b().id() : g.a().id())
                    .thenComparingInt(g -> g.kind() == Kind.NETWORK_WORK ? g.a().id() : g.b().id()));
            List<Pair> out = new ArrayList<>();
            for (Gathered g : gathered) {
                // each rule once, however often it read the pair
                java.util.Set<String> rules = new java.util.LinkedHashSet<>(ruled.getOrDefault(key(g.a(), g.b()), List.of()));
                if (g.together().isEmpty() && g.pronouns().isEmpty() && rules.isEmpty() && !hasApart(g)) {
                    continue;
                }
                java.util.function.Supplier<List<Instance>> read = () -> {
                    List<Instance> instances = instances(g);
                    if (g.kind() == Kind.PERSON_CHARACTER) {
                        if (instances.isEmpty() && !rules.isEmpty()) {
                            instances.add(new Instance(new Features().add("*").add("ruleOnly"), g.b().first().sentence(), -1, false));
                        }
                        instances.forEach(i -> i.features().add("roleType", g.b().type().name()));
                    }
                    for (String rule : rules) {
                        instances.forEach(i -> i.features().add("rule", rule));
                    }
                    return instances;
                };
                int together = (int) g.together().stream().mapToInt(xy -> xy[0].sentence()).distinct().count();
                out.add(new Pair(g.kind(), g.a(), g.b(), read, together));
            }
            return List.copyOf(out);
        }

        private boolean hasApart(Gathered g) {
            return g.kind() != Kind.PERSON_CHARACTER && !g.apart().isEmpty();
        }

        private List<Instance> instances(Gathered g) {
            List<Instance> out = new ArrayList<>();
            Features shared = g.kind() == Kind.PERSON_CHARACTER ? InstanceFeatures.sharedRole(g.a(), g.b())
                    : InstanceFeatures.shared(view, g.a(), g.b());
            java.util.Set<Integer> read = new java.util.HashSet<>();
            for (Mention[] xy : g.together()) {
                if (out.size() < MAX_INSTANCES) {
                    out.add(InstanceFeatures.together(view, xy[0], xy[1], shared));
                }
                read.add(xy[0].sentence());
            }
            for (Mention y : g.pronouns()) {
                if ((g.kind() == Kind.PERSON_CHARACTER || read.add(y.sentence())) && out.size() < MAX_INSTANCES) {
                    out.add(InstanceFeatures.throughPronoun(view, y, InstanceFeatures.pronounBefore(view, y), shared));
                }
            }
            if (g.kind() != Kind.PERSON_CHARACTER) {
                for (Mention x : g.apart()) {
                    if (!read.contains(x.sentence()) && out.size() < MAX_INSTANCES) {
                        Instance i = InstanceFeatures.apart(view, x, g.b(), shared);
                        if (i != null) {
                            out.add(i);
                        }
                    }
                }
            }
            return out;
        }
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

    /** Every person-like entity: who may have a role. */
    public List<Entity> people() {
        return people;
    }

    /** What the article says a person is ({@link RoleFeatures}), read anew: score it once. */
    public Features role(Entity person) {
        return RoleFeatures.of(view, person);
    }
}
