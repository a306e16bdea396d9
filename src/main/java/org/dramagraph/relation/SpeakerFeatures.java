package org.dramagraph.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramagraph.lang.WordFile;
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
    /** How far (in characters) from a quotation names are looked at. */
    private static final int REACH = 2000;
    /** How much text (in characters) between a quotation and a name is read: more than a near name leaves. */
    private static final int GAP = 400;
    /** What a speaker may be called instead of a name: "the actress said". */
    private static final java.util.Set<String> DESCRIPTORS = WordFile.set(SpeakerFeatures.class, "rules/speaker-descriptors.txt");

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
        int[] speechStarts = speech.stream().mapToInt(Quotation::start).toArray();
        for (Mention m : view.analysis().mentions()) {
            Entity e = view.entity(m);
            if (e != null && (e.type() == MentionType.PERSON || e.type() == MentionType.NAME
                    || e.type() == MentionType.CHARACTER) && !inside(speech, speechStarts, m)) {
                people.add(m);
            }
        }
        Map<Entity, Integer> counts = new HashMap<>();
        people.forEach(m -> counts.merge(view.entity(m), 1, Integer::sum));
        List<Candidate> out = new ArrayList<>();
        Quotation previous = null;
        int[] sentenceStarts = doc.sentences().stream().mapToInt(Sentence::start).toArray();
        int[] peopleStarts = people.stream().mapToInt(Mention::start).toArray();
        // each paragraph's first and last sentence: paragraphs are runs of sentences
        Map<Integer, int[]> paragraphs = new HashMap<>();
        for (Sentence s : doc.sentences()) {
            paragraphs.computeIfAbsent(s.paragraph(), p -> new int[] {s.index(), s.index()})[1] = s.index();
        }
        Map<Entity, java.util.Set<String>> calledOf = new HashMap<>();
        for (Quotation q : speech) {
            Sentence s = sentenceAt(doc, sentenceStarts, q.start());
            if (s == null) {
                continue;
            }
            int paragraph = s.paragraph();
            // the people named last before the quotation, nearest first (a few hundred names back at most)
            List<Entity> recent = new ArrayList<>();
            int before0 = firstAtOrAfter(peopleStarts, q.start());
            for (int i = before0 - 1; i >= 0 && recent.size() < 3 && before0 - i <= 300; i--) {
                Mention m = people.get(i);
                if (view.entity(m).type() == MentionType.PERSON && !recent.contains(view.entity(m))) {
                    recent.add(view.entity(m));
                }
            }
            // the people named in the paragraph and the ones beside it
            int fromSentence = paragraphs.getOrDefault(paragraph - 1, paragraphs.get(paragraph))[0];
            int toSentence = paragraphs.getOrDefault(paragraph + 1, paragraphs.get(paragraph))[1];
            // (and not too far off: a paragraph may be a whole text without line breaks)
            int from = firstAtOrAfter(peopleStarts, Math.max(doc.sentences().get(fromSentence).start(), q.start() - REACH));
            int to = firstAtOrAfter(peopleStarts, Math.min(doc.sentences().get(toSentence).end(), q.end() + REACH));
            Map<Entity, Features> byEntity = new LinkedHashMap<>();
            String[] after = words(doc.text(), q.end(), Math.min(doc.text().length(), q.end() + 80));
            String[] before = words(doc.text(), Math.max(0, q.start() - 80), q.start());
            String pronounAfterWord = pronounSaid(after, true);
            String pronounBeforeWord = pronounSaid(before, false);
            boolean pronounAfter = pronounAfterWord != null;
            boolean pronounBefore = pronounBeforeWord != null;
            String descriptor = pronounAfter && DESCRIPTORS.contains(pronounAfterWord) ? pronounAfterWord
                    : pronounBefore && DESCRIPTORS.contains(pronounBeforeWord) ? pronounBeforeWord : null;
            for (Mention m : people.subList(from, to)) {
                Sentence ms = view.row(m).sentence();
                if (Math.abs(ms.paragraph() - paragraph) > 1) {
                    continue;
                }
                Features f = byEntity.computeIfAbsent(view.entity(m), e -> new Features());
                String where = ms.paragraph() == paragraph ? "" : ms.paragraph() < paragraph ? "prevPara:" : "nextPara:";
                if (m.start() >= q.end()) {
                    String[] gap = words(doc.text(), q.end(), Math.min(m.start(), q.end() + GAP));
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
                    String[] gap = words(doc.text(), Math.max(m.end(), q.start() - GAP), q.start());
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
                        && rules.get(previous)[0].equals(who.key()) && sentenceAt(doc, sentenceStarts, previous.start()) != null
                        && Math.abs(sentenceAt(doc, sentenceStarts, previous.start()).paragraph() - paragraph) <= 1) {
                    f.add("previousSpeaker");
                }
                if (!pronounAfter && !pronounBefore && !f.has("cue")) {
                    f.add("noCue");
                }
                // what the article calls them: "director X", "actress X"; and whether that is how the quotation's speaker is called
                for (String called : calledOf.computeIfAbsent(who, x -> called(view, x))) {
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

    /** The words right before each mention of an entity: what the article calls it ("director", "actress"). */
    private static java.util.Set<String> called(ArticleView view, Entity e) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (Mention m : e.mentions()) {
            out.add(view.row(m).word(view.item(m) - 1));
        }
        return out;
    }

    /** Whether an entity is named inside a quotation (its mentions are in text order: a binary search). */
    private static boolean named(Entity who, Quotation q) {
        List<Mention> mentions = who.mentions();
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < q.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < mentions.size() && mentions.get(lo).start() < q.end();
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

    private static boolean inside(List<Quotation> speech, int[] starts, Mention m) {
        int i = java.util.Arrays.binarySearch(starts, m.start());
        int at = i >= 0 ? i : -i - 2;
        return at >= 0 && m.start() < speech.get(at).end();
    }

    private static String bucket(int n) {
        return n <= 2 ? String.valueOf(n) : n <= 4 ? "3-4" : "5+";
    }

    private static Sentence sentenceAt(SegmentedText doc, int[] starts, int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        int at = i >= 0 ? i : -i - 2;
        return at >= 0 && offset < doc.sentences().get(at).end() ? doc.sentences().get(at) : null;
    }

    /** The index of the first start at or after an offset (the length when none is). */
    private static int firstAtOrAfter(int[] starts, int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && starts[i - 1] == offset) {
            i--;
        }
        return i;
    }
}
