package org.dramagraph.relation;

import org.dramagraph.fact.FactType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dramagraph.lang.WordFile;
import org.dramagraph.mention.Mention;
import org.dramagraph.mention.MentionType;
import org.dramagraph.mention.QuoteClassifier;
import org.dramagraph.segment.Quotation;
import org.dramagraph.segment.SegmentedText;
import org.dramagraph.segment.Sentence;

/**
 * Gives each quotation of speech its speaker. The words next to the quotation decide: a person and
 * a speech verb before it ("Han Seo Jin remarked, “...”") or after it ("“...,” Ko Min Jae said");
 * "he", "she" or "the actor" stand for the last person named before; a quotation with no cue of its
 * own continues the one before it in the same or the previous paragraph, or the one announced at
 * the end of the previous line ("... said in an interview,").
 */
public final class QuoteAttributor {
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final Set<String> DESCRIPTORS = WordFile.set(QuoteAttributor.class, "rules/quote-descriptors.txt");
    /** What may stand between a quotation and the next without a cue of its own: "and", "then", punctuation. */
    private static final java.util.regex.Pattern NO_CUE = java.util.regex.Pattern.compile("[,.;:\\s]*(?:and|then|adding)?[,.;:\\s]*");
    private static final int WINDOW = 10;
    /** How far back (in characters) a speaker still counts as the one "she" refers to. */
    private static final int RECENT = 600;

    /**
     * Readings of type {@link FactType#QUOTE}, one per attributed quotation.
     *
     * @param speech   the article's quotations of speech, by position
     * @param mentions all mentions of the article, by position
     */
    public List<Reading> attribute(SegmentedText doc, List<Quotation> speech, List<Mention> mentions) {
        List<Reading> out = new ArrayList<>();
        Context ctx = new Context(doc, speech, mentions);
        Mention previousSpeaker = null;
        int previousParagraph = -2;
        int previousEnd = -1;
        for (Quotation q : speech) {
            Sentence s = ctx.sentenceAt(q.start());
            if (s == null) {
                continue;
            }
            List<Item> line = lineItems(doc, s.paragraph(), ctx);
            int at = indexOfQuote(line, q);
            Mention speaker = before(line, at, ctx);
            String rule = "speaker-before";
            if (speaker == null) {
                speaker = after(line, at, ctx);
                rule = "speaker-after";
            }
            if (speaker == null && previousSpeaker != null && s.paragraph() - previousParagraph <= 1
                    && noCueBetween(doc, previousEnd, q.start())) {
                speaker = previousSpeaker;
                rule = "speaker-continued";
            }
            if (speaker == null && at == 0 && s.paragraph() > 0) {
                speaker = announcedAtLineEnd(doc, s.paragraph() - 1, ctx);
                rule = "speaker-announced";
            }
            if (speaker != null) {
                out.add(new Reading(FactType.QUOTE, speaker, null, null, null, q, s.index(), rule,
                        rule.equals("speaker-before") || rule.equals("speaker-after") ? 0.85 : 0.7));
                previousSpeaker = speaker;
                previousParagraph = s.paragraph();
                previousEnd = q.end();
                ctx.lastSpeaker = speaker;
                ctx.lastSpeakerAt = q.end();
            }
        }
        return out;
    }

    /** A word, a mention or a quotation of one line, in order. */
    private record Item(String word, Mention mention, Quotation quote, int start) {
    }

    /** A paragraph as items, read once however many quotations it holds. */
    private List<Item> lineItems(SegmentedText doc, int paragraph, Context ctx) {
        return ctx.lines.computeIfAbsent(paragraph, p -> readLine(doc, p, ctx));
    }

    private List<Item> readLine(SegmentedText doc, int paragraph, Context ctx) {
        List<Item> items = new ArrayList<>();
        for (Sentence s : ctx.paragraph(paragraph)) {
            for (var t : doc.tokens().get(s.index())) {
                Quotation q = ctx.quoteAt(t.start());
                if (q != null) {
                    if (items.isEmpty() || items.get(items.size() - 1).quote() != q) {
                        items.add(new Item(null, null, q, q.start()));
                    }
                    continue;
                }
                Mention m = ctx.mentionAt(t.start());
                if (m != null) {
                    if (items.isEmpty() || items.get(items.size() - 1).mention() != m) {
                        items.add(new Item(null, m, null, m.start()));
                    }
                    continue;
                }
                items.add(new Item(t.text().toLowerCase(java.util.Locale.ROOT), null, null, t.start()));
            }
        }
        return items;
    }

    /**
     * The speaker named before a quotation: the subject of the clause that holds the speech verb. The
     * clause starts after a sentence's opening subordinate clause ("When asked ..., Baek Min Ha
     * remarked") or after ", where" and the like; its first name decides: a person (not a possessor) is
     * the speaker, a work or broadcaster means nobody quotable is. A clause with a verb but no subject
     * ("..., and added, “...”") continues the quotation before it.
     */
    private Mention before(List<Item> line, int at, Context ctx) {
        if (at < 0) {
            return null;
        }
        int verb = -1;
        for (int i = at - 1; i >= Math.max(0, at - WINDOW); i--) {
            Item it = line.get(i);
            if (it.quote() != null || ".".equals(it.word()) || ";".equals(it.word())) {
                break; // a verb before the sentence's end introduces nothing after it: "she laughed. “...”"
            }
            if (it.word() != null && QuoteClassifier.isSpeechVerb(it.word())) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        int start = verb;
        while (start > 0 && line.get(start - 1).quote() == null && !".".equals(line.get(start - 1).word())
                && !";".equals(line.get(start - 1).word()) && verb - start < 3 * WINDOW) {
            start--;
        }
        boolean quoteBefore = start > 0 && line.get(start - 1).quote() != null;
        start = clauseStart(line, start, verb);
        for (int i = start; i < verb; i++) {
            Item it = line.get(i);
            if (it.mention() != null && it.mention().type() != MentionType.PERSON
                    && it.mention().type() != MentionType.CHARACTER) {
                if (it.mention().type() == MentionType.WORK || it.mention().type() == MentionType.NETWORK) {
                    return null; // "'Salt Road' ... asks the question:"
                }
                continue;
            }
            if (it.mention() != null && i + 1 < line.size() && "'s".equals(line.get(i + 1).word())) {
                continue; // a possessor: "Min-ha's character ... reads"
            }
            Mention who = speakerAt(line, i, ctx);
            if (who != null) {
                return who;
            }
        }
        return quoteBefore ? ctx.lastSpeaker : null;
    }

    private static final Set<String> SUBORDINATORS = WordFile.set(QuoteAttributor.class, "rules/subordinators.txt");
    private static final Set<String> CLAUSE_LINKS = WordFile.set(QuoteAttributor.class, "rules/clause-links.txt");

    /** Where the clause holding the verb starts, within [from, verb). */
    private static int clauseStart(List<Item> line, int from, int verb) {
        int start = from;
        Item head = line.get(from);
        String first = head.word() != null ? head.word()
                : head.mention() != null ? head.mention().text().toLowerCase(java.util.Locale.ROOT) : null;
        if (first != null && (SUBORDINATORS.contains(first) || first.endsWith("ing"))) {
            for (int i = from; i < verb; i++) {
                if (",".equals(line.get(i).word())) {
                    start = i + 1;
                    break;
                }
            }
        }
        for (int i = verb - 1; i > start; i--) {
            if (",".equals(line.get(i - 1).word()) && line.get(i).word() != null && CLAUSE_LINKS.contains(line.get(i).word())) {
                return i + 1;
            }
        }
        return start;
    }

    private Mention after(List<Item> line, int at, Context ctx) {
        if (at < 0) {
            return null;
        }
        boolean verbSeen = false;
        for (int i = at + 1; i < Math.min(line.size(), at + 6); i++) {
            Item it = line.get(i);
            if (it.quote() != null || ".".equals(it.word())) {
                break;
            }
            if (it.word() != null && QuoteClassifier.isSpeechVerb(it.word())) {
                verbSeen = true;
                continue;
            }
            Mention who = speakerAt(line, i, ctx);
            if (who != null) {
                // "“...,” Kim said" or "“...,” said Kim": the verb may come on either side
                if (verbSeen || isSpeechVerbAt(line, i + 1) || isSpeechVerbAt(line, afterAside(line, i + 1))) {
                    return who;
                }
                return null;
            }
        }
        return null;
    }

    private static boolean isSpeechVerbAt(List<Item> line, int i) {
        return i >= 0 && i < line.size() && line.get(i).word() != null && QuoteClassifier.isSpeechVerb(line.get(i).word());
    }

    /** After an aside between commas ("Kim, who plays Seo Mi-rae, said"), the item that follows it; else -1. */
    private static int afterAside(List<Item> line, int comma) {
        if (comma >= line.size() || !",".equals(line.get(comma).word())) {
            return -1;
        }
        for (int i = comma + 1; i < Math.min(line.size(), comma + 16); i++) {
            Item it = line.get(i);
            if (it.quote() != null || ".".equals(it.word())) {
                return -1;
            }
            if (",".equals(it.word())) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * The person (or character) an item names: a mention, or a pronoun or "the actor" resolved backwards:
     * to the last person named outside quotes, or to the last speaker if nobody was named since.
     */
    private Mention speakerAt(List<Item> line, int i, Context ctx) {
        Item it = line.get(i);
        if (it.mention() != null) {
            MentionType t = it.mention().type();
            return t == MentionType.PERSON || t == MentionType.CHARACTER ? it.mention() : null;
        }
        if (it.word() == null) {
            return null;
        }
        boolean descriptor = DESCRIPTORS.contains(it.word()) && i > 0 && "the".equals(line.get(i - 1).word());
        if (!PRONOUNS.contains(it.word()) && !descriptor) {
            return null;
        }
        Mention last = ctx.lastPersonBefore(it.start());
        boolean namedSince = last != null && last.start() > ctx.lastSpeakerAt;
        if (ctx.lastSpeaker != null && !namedSince && it.start() - ctx.lastSpeakerAt < RECENT) {
            return ctx.lastSpeaker; // "She went on, ...": nobody else was named since she spoke
        }
        return last;
    }

    /**
     * The article-wide state attribution reads and updates as it goes, and the article's sentences,
     * quotations and mentions indexed by offset, so that each look-up is a binary search, not a scan.
     */
    private static final class Context {
        final List<Quotation> speech;
        final List<Mention> mentions;
        final List<Sentence> sentences;
        final int[] sentenceStarts;
        final int[] speechStarts;
        final int[] mentionStarts;
        /** The people named outside quotations, by position. */
        final List<Mention> people = new ArrayList<>();
        final int[] peopleStarts;
        /** Each paragraph's first sentence (paragraphs are runs of sentences), and where the next begins. */
        final java.util.Map<Integer, int[]> paragraphs = new java.util.HashMap<>();
        /** Each paragraph's items, once read. */
        final java.util.Map<Integer, List<Item>> lines = new java.util.HashMap<>();
        Mention lastSpeaker;
        int lastSpeakerAt = -1;

        Context(SegmentedText doc, List<Quotation> speech, List<Mention> mentions) {
            this.speech = speech;
            this.mentions = mentions;
            this.sentences = doc.sentences();
            this.sentenceStarts = sentences.stream().mapToInt(Sentence::start).toArray();
            this.speechStarts = speech.stream().mapToInt(Quotation::start).toArray();
            this.mentionStarts = mentions.stream().mapToInt(Mention::start).toArray();
            for (Mention m : mentions) {
                if (m.type() == MentionType.PERSON && quoteAt(m.start()) == null) {
                    people.add(m);
                }
            }
            this.peopleStarts = people.stream().mapToInt(Mention::start).toArray();
            for (Sentence s : sentences) {
                paragraphs.computeIfAbsent(s.paragraph(), p -> new int[] {s.index(), s.index()})[1] = s.index() + 1;
            }
        }

        /** The sentences of a paragraph, in order. */
        List<Sentence> paragraph(int paragraph) {
            int[] range = paragraphs.get(paragraph);
            return range == null ? List.of() : sentences.subList(range[0], range[1]);
        }

        Sentence sentenceAt(int offset) {
            int i = lastAtOrBefore(sentenceStarts, offset);
            return i >= 0 && offset < sentences.get(i).end() ? sentences.get(i) : null;
        }

        Quotation quoteAt(int offset) {
            int i = lastAtOrBefore(speechStarts, offset);
            return i >= 0 && offset < speech.get(i).end() ? speech.get(i) : null;
        }

        Mention mentionAt(int offset) {
            int i = lastAtOrBefore(mentionStarts, offset);
            return i >= 0 && offset < mentions.get(i).end() ? mentions.get(i) : null;
        }

        /** The last person named outside quotations before an offset, or null. */
        Mention lastPersonBefore(int offset) {
            int i = lastAtOrBefore(peopleStarts, offset - 1);
            return i >= 0 ? people.get(i) : null;
        }

        /** The index of the last start at or before an offset, or -1. */
        private static int lastAtOrBefore(int[] starts, int offset) {
            int i = java.util.Arrays.binarySearch(starts, offset);
            if (i >= 0) {
                while (i + 1 < starts.length && starts[i + 1] == offset) {
                    i++;
                }
                return i;
            }
            return -i - 2;
        }
    }

    /** The speaker announced by a line that ends "X said in an interview," or "X said:". */
    private Mention announcedAtLineEnd(SegmentedText doc, int paragraph, Context ctx) {
        List<Item> line = lineItems(doc, paragraph, ctx);
        if (line.isEmpty()) {
            return null;
        }
        String last = line.get(line.size() - 1).word();
        if (!",".equals(last) && !":".equals(last)) {
            return null;
        }
        return before(line, line.size(), ctx);
    }

    private static boolean noCueBetween(SegmentedText doc, int from, int to) {
        if (from < 0 || to < from) {
            return false;
        }
        String between = doc.text().substring(from, to);
        return between.strip().length() < 3 || NO_CUE.matcher(between.strip()).matches();
    }

    private static int indexOfQuote(List<Item> line, Quotation q) {
        for (int i = 0; i < line.size(); i++) {
            if (line.get(i).quote() == q) {
                return i;
            }
        }
        return -1;
    }
}
