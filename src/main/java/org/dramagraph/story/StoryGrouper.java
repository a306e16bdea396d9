package org.dramagraph.story;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups articles into stories, one article at a time: a new article joins the story it is most
 * like, or starts one, and nothing grouped before is undone.
 *
 * <p>An article is compared only with the stories that share a person or work with it, or a band of
 * its wording sketch (so that copies of a text are found even when no name is read in it). It joins
 * the one it is most like when its words are, on average over that story's articles, like theirs: a
 * TF-IDF cosine of at least {@value #JOIN}. Copies of one text are alike in nearly every word, and an
 * independent report of the same event still shares its rare words: the names, the numbers, the
 * places. Averaging over the story, rather than taking its closest article, keeps a roundup that
 * touches one drama among ten out of that drama's story.
 *
 * <p>The similarity of two dated articles is halved for every {@value #HALF_LIFE_DAYS} days between
 * them, so that a later event about the same people (the wedding after the engagement, told by the
 * same outlet in the same words) starts a story of its own.
 *
 * <p>The same articles added in the same order give the same stories. {@link #group} orders a batch
 * by date first, so its stories do not depend on the input order at all.
 */
public final class StoryGrouper {
    /**
     * The least average similarity to a story for an article to join it: the best B-cubed F1 with pairwise
     * precision at least 0.95 on the shared story groups (0.24 lets same-day news of one couple merge,
     * 0.28 splits reports worded apart).
     */
    static final double JOIN = 0.26;
    /** Days over which the similarity of two dated articles halves (14 and 60 days did worse on the shared groups). */
    static final double HALF_LIFE_DAYS = 30;
    /** Sketch positions per band: two texts sharing 30% of their shingles meet in some band almost surely (1 - (1 - 0.3²)^64). */
    private static final int BAND = 2;

    private final TermStatistics statistics;
    private final List<Group> groups = new ArrayList<>();
    private final Map<String, Set<Group>> byName = new HashMap<>();
    private final Map<Long, Set<Group>> byBand = new HashMap<>();
    private final Set<String> added = new HashSet<>();

    /** A grouper whose word statistics are those of the articles added to it. */
    public StoryGrouper() {
        this(new TermStatistics());
    }

    /** A grouper that weighs words by the given statistics, which may hold more articles than it groups. */
    public StoryGrouper(TermStatistics statistics) {
        this.statistics = statistics;
    }

    /**
     * Groups a batch of articles so that the result does not depend on their order: word statistics
     * are taken over the whole batch, then the articles are added by date (undated ones last), then id.
     * An id met again is skipped: the first article of that id is grouped.
     */
    public static List<Story> group(Collection<StoryArticle> articles) {
        Map<String, StoryArticle> unique = new LinkedHashMap<>();
        articles.forEach(a -> unique.putIfAbsent(a.id(), a));
        TermStatistics statistics = new TermStatistics();
        unique.values().forEach(statistics::observe);
        StoryGrouper grouper = new StoryGrouper(statistics);
        unique.values().stream()
                .sorted(Comparator.comparing(StoryArticle::published, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(StoryArticle::id))
                .forEach(grouper::add);
        return grouper.stories();
    }

    /**
     * Adds an article: it joins the story it fits best or starts a new one.
     *
     * @return the id of its story
     * @throws IllegalArgumentException when an article of that id was added before
     */
    public String add(StoryArticle article) {
        if (!added.add(article.id())) {
            throw new IllegalArgumentException("article " + article.id() + " was grouped before");
        }
        statistics.observe(article);
        Vector vector = new Vector(article);
        Group best = null;
        double bestScore = 0;
        for (Group g : candidates(article)) {
            double score = g.score(vector);
            if (score > bestScore) {
                best = g;
                bestScore = score;
            }
        }
        if (best == null || bestScore < JOIN) {
            best = new Group(groups.size(), article.id());
            groups.add(best);
        }
        best.members.add(vector);
        for (String name : article.names()) {
            index(byName, name, best);
        }
        for (long band : bands(article)) {
            index(byBand, band, best);
        }
        return best.id;
    }

    /** The stories so far, in the order they were started. */
    public List<Story> stories() {
        return groups.stream().map(g -> new Story(g.id, g.members.stream().map(v -> v.article.id()).toList())).toList();
    }

    /** Stories sharing a name or a sketch band with the article, in the order they were started. */
    private Collection<Group> candidates(StoryArticle article) {
        TreeSet<Group> found = new TreeSet<>(Comparator.comparingInt(g -> g.index));
        for (String name : article.names()) {
            found.addAll(byName.getOrDefault(name, Set.of()));
        }
        for (long band : bands(article)) {
            found.addAll(byBand.getOrDefault(band, Set.of()));
        }
        return found;
    }

    private static <K> void index(Map<K, Set<Group>> index, K key, Group g) {
        index.computeIfAbsent(key, k -> new HashSet<>()).add(g);
    }

    /** Keys of the sketch's bands: the band's number and its values, so that equal bands meet. */
    private static long[] bands(StoryArticle article) {
        int n = article.sketchLength() / BAND;
        long[] keys = new long[n];
        for (int b = 0; b < n; b++) {
            long key = b;
            for (int i = b * BAND; i < (b + 1) * BAND; i++) {
                key = key * 1_000_003L + article.sketchAt(i);
            }
            keys[b] = key;
        }
        return keys;
    }

    /** How much the similarity of two articles counts, given the days between them. */
    private static double closeness(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return 1;
        }
        return Math.pow(0.5, Math.abs(ChronoUnit.DAYS.between(a, b)) / HALF_LIFE_DAYS);
    }

    /** An article's words weighed by the statistics of the moment it is compared. */
    private final class Vector {
        final StoryArticle article;
        private double norm;
        /** How many articles the statistics held when the norm was taken: it is stale once that grows. */
        private int normAt = -1;

        Vector(StoryArticle article) {
            this.article = article;
        }

        double norm() {
            if (normAt != statistics.articles()) {
                double sum = 0;
                for (var e : article.terms().entrySet()) {
                    double w = e.getValue() * statistics.weight(e.getKey());
                    sum += w * w;
                }
                norm = Math.sqrt(sum);
                normAt = statistics.articles();
            }
            return norm;
        }

        double cosine(Vector other) {
            Map<String, Double> small = article.terms();
            Map<String, Double> large = other.article.terms();
            if (small.size() > large.size()) {
                Map<String, Double> t = small;
                small = large;
                large = t;
            }
            double dot = 0;
            for (var e : small.entrySet()) {
                Double n = large.get(e.getKey());
                if (n != null) {
                    double w = statistics.weight(e.getKey());
                    dot += e.getValue() * n * w * w;
                }
            }
            double denominator = norm() * other.norm();
            return denominator == 0 ? 0 : dot / denominator;
        }
    }

    /** A story being built. */
    private final class Group {
        final int index;
        final String id;
        final List<Vector> members = new ArrayList<>();

        Group(int index, String id) {
            this.index = index;
            this.id = id;
        }

        /** How well an article fits: its mean similarity to the story's articles. */
        double score(Vector v) {
            double sum = 0;
            for (Vector m : members) {
                sum += v.cosine(m) * closeness(v.article.published(), m.article.published());
            }
            return sum / members.size();
        }
    }
}
