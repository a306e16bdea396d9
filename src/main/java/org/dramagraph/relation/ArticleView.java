package org.dramagraph.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dramagraph.extract.Analysis;
import org.dramagraph.mention.Mention;
import org.dramagraph.mention.MentionType;
import org.dramagraph.resolve.Entity;
import org.dramagraph.segment.SegmentedText;
import org.dramagraph.segment.Sentence;
import org.dramagraph.segment.Token;

/**
 * An analysed article as the relation features read it: each sentence as a row of items (a word, or
 * a whole mention standing as its entity's type letter), each mention's place in its row, and what
 * the article as a whole is about (its main work, the work each section is under).
 */
public final class ArticleView {
    /** One sentence as items: words lower-cased with pronouns folded, mentions as P, W, C, N or X. */
    public record Row(Sentence sentence, String[] words, Mention[] mentions, boolean heading) {
        /** The item at {@code i}, or a boundary mark past either end. */
        public String word(int i) {
            return i < 0 ? "^" : i >= words.length ? "$" : words[i];
        }
    }

    private final Analysis analysis;
    private final List<Row> rows = new ArrayList<>();
    /** Each mention's row (sentence index) and item index. */
    private final Map<Mention, Integer> itemOf = new HashMap<>();
    private final List<Entity> works = new ArrayList<>();
    private final Entity mainWork;
    /** For each mention: the person mention last before it, if any. */
    private final Map<Mention, Mention> lastPersonBefore = new HashMap<>();
    /** For each sentence: the work most recently named up to it (inclusive of headings), or null. */
    private final Entity[] lastWork;
    /** For each sentence: the work named in the nearest heading above it, or null. */
    private final Entity[] headingWork;

    public ArticleView(Analysis analysis) {
        this.analysis = analysis;
        SegmentedText doc = analysis.doc();
        List<Mention> mentions = analysis.mentions();
        int m = 0;
        for (Sentence s : doc.sentences()) {
            List<Token> tokens = doc.tokens().get(s.index());
            List<String> words = new ArrayList<>();
            List<Mention> items = new ArrayList<>();
            while (m < mentions.size() && mentions.get(m).end() <= s.start()) {
                m++;
            }
            int t = 0;
            while (t < tokens.size()) {
                Token token = tokens.get(t);
                while (m < mentions.size() && mentions.get(m).end() <= token.start()) {
                    m++;
                }
                Mention here = m < mentions.size() && mentions.get(m).start() <= token.start()
                        && token.start() < mentions.get(m).end() ? mentions.get(m) : null;
                if (here != null) {
                    itemOf.put(here, words.size());
                    words.add(String.valueOf(letter(analysis.entities().of(here).type())));
                    items.add(here);
                    while (t < tokens.size() && tokens.get(t).start() < here.end()) {
                        t++;
                    }
                    m++;
                } else {
                    if (!isQuoteMark(token.text())) { // quote marks only frame titles and speech: read past them
                        words.add(word(token.text()));
                        items.add(null);
                    }
                    t++;
                }
            }
            rows.add(new Row(s, words.toArray(new String[0]), items.toArray(new Mention[0]),
                    analysis.text().headings()[s.index()]));
        }
        Mention lastPerson = null;
        for (Mention x : mentions) {
            if (lastPerson != null) {
                lastPersonBefore.put(x, lastPerson);
            }
            Entity e = analysis.entities().of(x);
            if (e != null && e.type() == MentionType.PERSON) {
                lastPerson = x;
            }
        }
        Map<Entity, Integer> count = new HashMap<>();
        for (Entity e : analysis.entities().all()) {
            if (e.type() == MentionType.WORK) {
                works.add(e);
                count.put(e, e.mentions().size() + (inHeadline(e) ? 2 : 0));
            }
        }
        mainWork = works.stream().max((a, b) -> a == b ? 0 : count.get(a) != count.get(b).intValue()
                ? Integer.compare(count.get(a), count.get(b)) : Integer.compare(b.id(), a.id())).orElse(null);
        int n = rows.size();
        lastWork = new Entity[n];
        headingWork = new Entity[n];
        Entity last = null;
        Entity heading = null;
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            Entity firstHere = null;
            for (Mention x : r.mentions()) {
                if (x != null && analysis.entities().of(x).type() == MentionType.WORK) {
                    if (firstHere == null) {
                        firstHere = analysis.entities().of(x);
                    }
                    last = analysis.entities().of(x);
                }
            }
            if (r.heading() && r.sentence().start() >= analysis.doc().bodyStart()) {
                heading = firstHere; // a section heading; the headline is what the main work stands for
            }
            lastWork[i] = last;
            headingWork[i] = heading;
        }
    }

    private static boolean isQuoteMark(String t) {
        return t.length() == 1 && "\"'\u201C\u201D\u2018\u2019".indexOf(t.charAt(0)) >= 0;
    }

    static char letter(MentionType type) {
        return type.code();
    }

    static String word(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return switch (lower) {
            case "he", "she" -> "he";
            case "his", "her" -> "his";
            case "him" -> "him";
            case "\u2013", "\u2014", "\u2010" -> "-";
            case "\u2019s", "\u2018s" -> "'s";
            case "\u201C", "\u201D", "\"" -> "\"";
            case "\u2018", "\u2019", "'" -> "'";
            default -> stem(digits(lower));
        };
    }

    private static final java.util.Map<String, String> STEMS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final ThreadLocal<org.tartarus.snowball.ext.EnglishStemmer> STEMMER =
            ThreadLocal.withInitial(org.tartarus.snowball.ext.EnglishStemmer::new);

    /** The word's English stem ("starring" and "starred" are "star"): fewer forms, each seen more often. */
    private static String stem(String w) {
        if (w.length() < 4 || !Character.isLetter(w.charAt(0))) {
            return w;
        }
        String known = STEMS.get(w);
        if (known == null) {
            org.tartarus.snowball.ext.EnglishStemmer stemmer = STEMMER.get();
            stemmer.setCurrent(w);
            stemmer.stem();
            known = stemmer.getCurrent();
            if (STEMS.size() < 200_000) {
                STEMS.put(w, known);
            }
        }
        return known;
    }

    private static String digits(String w) {
        if (w.isEmpty() || !Character.isDigit(w.charAt(0))) {
            return w;
        }
        return w.length() == 4 ? "0000" : "0";
    }

    public Analysis analysis() {
        return analysis;
    }

    public List<Row> rows() {
        return rows;
    }

    public Row row(Mention m) {
        return rows.get(m.sentence());
    }

    /** The item index of a mention in its row. */
    public int item(Mention m) {
        return itemOf.get(m);
    }

    public Entity entity(Mention m) {
        return analysis.entities().of(m);
    }

    /** The works of the article, in order of first mention. */
    public List<Entity> works() {
        return works;
    }

    /** The work the article is most about (most mentioned, the headline counting double), or null. */
    public Entity mainWork() {
        return mainWork;
    }

    /** The work named last at or before a sentence, or null. */
    public Entity lastWork(int sentence) {
        return lastWork[sentence];
    }

    /** The work named by the nearest heading at or above a sentence, or null. */
    public Entity headingWork(int sentence) {
        return headingWork[sentence];
    }

    /** The person named last before a mention (in its sentence or earlier), or null. */
    public Entity lastPerson(Mention m) {
        Mention last = lastPersonMention(m);
        return last == null ? null : entity(last);
    }

    /** The sentence of the person named last before a mention, or -1. */
    public int lastPersonSentence(Mention m) {
        Mention last = lastPersonMention(m);
        return last == null ? -1 : last.sentence();
    }

    private Mention lastPersonMention(Mention m) {
        return lastPersonBefore.get(m);
    }

    /** Whether the headline names an entity: its first mention is there, as mentions come in text order. */
    public boolean inHeadline(Entity e) {
        return e.first().start() < analysis.doc().bodyStart();
    }
}
