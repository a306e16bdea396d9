package org.dramagraph.relation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramagraph.learn.Features;
import org.dramagraph.mention.Mention;
import org.dramagraph.mention.MentionType;
import org.dramagraph.mention.QuoteClassifier;
import org.dramagraph.resolve.Entity;
import org.dramagraph.segment.Quotation;
import org.dramagraph.segment.SegmentedText;
import org.dramagraph.segment.Sentence;

/**
 * Who may have said a quotation, and what speaks for each: a name right after it with a speech verb
 * ("“...,” Kim said"), a name before it ("Kim said, “...”"), "she said" standing for the person
 * named last, the speaker of the quotation before it when nothing intervenes, a name inside the
 * quotation (which speaks against), the person's kind and standing in the article.
 */
public final class SpeakerFeatures {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");
    private static final int NEAR = 8;
    /** What a speaker may be called instead of a name: "the actress said". */
    private static final java.util.Set<String> DESCRIPTORS = java.util.Set.of(
            "actor", "actress", "star", "director", "writer", "screenwriter", "singer", "idol", "producer", "pd");

    private SpeakerFeatures() {
    }

    /** One person who may have said one quotation. */
    public record Candidate(Quotation quote, Entity speaker, Features features, int sentence) {
    }

    /**
     * The candidates of every quotation of speech: the people named in its paragraph or the one before,
     * and the last three people named before it.
     *
     * @param rules the hand attributor's speakers, by quotation: one feature more
     */
    public static List<Candidate> of(ArticleView view, List<Quotation> speech, Map<Quotation, String[]> rules) {
        SegmentedText doc = view.analysis().doc();
        List<Mention> people = new ArrayList<>();
        for (Mention m : view.analysis().mentions()) {
            Entity e = view.entity(m);
            if (e != null && (e.type() == MentionType.PERSON || e.type() == MentionType.NAME
                    || e.type() == MentionType.CHARACTER) && !inside(speech, m)) {
                people.add(m);
            }
        }
        Map<Entity, Integer> counts = new HashMap<>();
        people.forEach(m -> counts.merge(view.entity(m), 1, Integer::sum));
        List<Candidate> out = new ArrayList<>();
        Quotation previous = null;
        for (Quotation q : speech) {
            Sentence s = sentenceAt(doc, q.start());
            if (s == null) {
                continue;
            }
            int paragraph = s.paragraph();
            // the people named last before the quotation, nearest first
            List<Entity> recent = new ArrayList<>();
            for (int i = people.size() - 1; i >= 0 && recent.size() < 3; i--) {
                Mention m = people.get(i);
                if (m.start() < q.start() && view.entity(m).type() == MentionType.PERSON && !recent.contains(view.entity(m))) {
                    recent.add(view.entity(m));
                }
            }
            Map<Entity, Features> byEntity = new LinkedHashMap<>();
            String[] after = words(doc.text(), q.end(), Math.min(doc.text().length(), q.end() + 80));
            String[] before = words(doc.text(), Math.max(0, q.start() - 80), q.start());
            String pronounAfterWord = pronounSaid(after, true);
            String pronounBeforeWord = pronounSaid(before, false);
            boolean pronounAfter = pronounAfterWord != null;
            boolean pronounBefore = pronounBeforeWord != null;
            String descriptor = pronounAfter && DESCRIPTORS.contains(pronounAfterWord) ? pronounAfterWord
                    : pronounBefore && DESCRIPTORS.contains(pronounBeforeWord) ? pronounBeforeWord : null;
            for (Mention m : people) {
                Sentence ms = view.row(m).sentence();
                if (Math.abs(ms.paragraph() - paragraph) > 1) {
                    continue;
                }
                Features f = byEntity.computeIfAbsent(view.entity(m), e -> new Features());
                String where = ms.paragraph() == paragraph ? "" : ms.paragraph() < paragraph ? "prevPara:" : "nextPara:";
                if (m.start() >= q.end()) {
                    String[] gap = words(doc.text(), q.end(), m.start());
                    String[] next = words(doc.text(), m.end(), Math.min(doc.text().length(), m.end() + 30));
                    if (gap.length <= NEAR && where.isEmpty()) {
                        f.add("cue");
                        f.add("after", bucket(gap.length));
                        boolean verb = anyVerb(gap) || next.length > 0 && QuoteClassifier.isSpeechVerb(next[0]);
                        f.add("after-verb", String.valueOf(verb) + bucket(gap.length));
                        f.add("after-gap", String.join(" ", gap));
                    } else {
                        f.add(where + "later");
                    }
                } else if (m.end() <= q.start()) {
                    String[] gap = words(doc.text(), m.end(), q.start());
                    if (gap.length <= 2 * NEAR && where.isEmpty()) {
                        f.add("cue");
                        f.add("before", bucket(gap.length));
                        f.add("before-verb", String.valueOf(anyVerb(gap)) + bucket(gap.length));
                        if (gap.length <= 4) {
                            f.add("before-gap", String.join(" ", gap));
                        }
                    } else {
                        f.add(where + "earlier");
                    }
                }
            }
            for (int rank = 0; rank < recent.size(); rank++) {
                Features f = byEntity.computeIfAbsent(recent.get(rank), e -> new Features());
                f.add("recent", String.valueOf(rank + 1));
                if (pronounAfter || pronounBefore) {
                    f.add("pronoun", (pronounAfter ? "after" : "before") + (rank + 1));
                }
            }
            String[] rule = rules.get(q);
            for (var e : byEntity.entrySet()) {
                Entity who = e.getKey();
                Features f = e.getValue().add("*");
                f.add("type", who.type().name());
                f.add("mentions", Features.bucket(counts.getOrDefault(who, 0)));
                if (view.inHeadline(who)) {
                    f.add("headline");
                }
                if (named(who, q)) {
                    f.add("insideQuote");
                }
                if (rule != null && rule[0].equals(who.key())) {
                    f.add("rule", rule[1]);
                }
                if (previous != null && rule != null && rules.get(previous) != null
                        && rules.get(previous)[0].equals(who.key()) && sentenceAt(doc, previous.start()) != null
                        && Math.abs(sentenceAt(doc, previous.start()).paragraph() - paragraph) <= 1) {
                    f.add("previousSpeaker");
                }
                if (!pronounAfter && !pronounBefore && !f.has("cue")) {
                    f.add("noCue");
                }
                // what the article calls them: "director X", "actress X"; and whether that is how the quotation's speaker is called
                for (Mention m : who.mentions()) {
                    ArticleView.Row r = view.row(m);
                    String called = r.word(view.item(m) - 1);
                    f.add("called", called);
                    if (descriptor != null && called.startsWith(descriptor.substring(0, Math.min(5, descriptor.length())))) {
                        f.add("calledAsSpeaker");
                    }
                }
                if (descriptor != null) {
                    f.add("descriptor", descriptor);
                    if (view.inHeadline(who)) {
                        f.add("descriptor&headline");
                    }
                }
                out.add(new Candidate(q, who, f, s.index()));
            }
            previous = q;
        }
        return out;
    }

    private static boolean named(Entity who, Quotation q) {
        for (Mention m : who.mentions()) {
            if (m.start() >= q.start() && m.start() < q.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The word standing for the speaker in "she said", "he added", "the actress said" right after a
     * quotation (or right before one), or null.
     */
    private static String pronounSaid(String[] words, boolean after) {
        int from = after ? 0 : Math.max(0, words.length - 4);
        int to = after ? Math.min(3, words.length - 1) : words.length - 1;
        for (int i = from; i < to; i++) {
            if (isPronoun(words[i]) && QuoteClassifier.isSpeechVerb(words[i + 1])) {
                return words[i];
            }
            if (after && QuoteClassifier.isSpeechVerb(words[i]) && isPronoun(words[i + 1])) {
                return words[i + 1];
            }
        }
        return null;
    }

    private static boolean isPronoun(String w) {
        return w.equals("he") || w.equals("she") || DESCRIPTORS.contains(w);
    }

    private static boolean anyVerb(String[] words) {
        for (String w : words) {
            if (QuoteClassifier.isSpeechVerb(w)) {
                return true;
            }
        }
        return false;
    }

    private static String[] words(String text, int from, int to) {
        if (from >= to) {
            return new String[0];
        }
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            out.add(m.group().toLowerCase(Locale.ROOT));
        }
        return out.toArray(new String[0]);
    }

    private static boolean inside(List<Quotation> speech, Mention m) {
        for (Quotation q : speech) {
            if (m.start() >= q.start() && m.start() < q.end()) {
                return true;
            }
        }
        return false;
    }

    private static String bucket(int n) {
        return n <= 2 ? String.valueOf(n) : n <= 4 ? "3-4" : "5+";
    }

    private static Sentence sentenceAt(SegmentedText doc, int offset) {
        List<Sentence> sentences = doc.sentences();
        int i = Collections.binarySearch(sentences.stream().map(Sentence::start).toList(), offset);
        int at = i >= 0 ? i : -i - 2;
        return at >= 0 && at < sentences.size() && offset < sentences.get(at).end() ? sentences.get(at) : null;
    }
}
