package org.dramagraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dramagraph.clean.CleanText;
import org.dramagraph.clean.Cleaner;
import org.dramagraph.mention.Gazetteer;
import org.dramagraph.lang.Lexicon;
import org.dramagraph.mention.Mention;
import org.dramagraph.mention.MentionFinder;
import org.dramagraph.mention.QuoteKind;
import org.dramagraph.resolve.ArticleNames;
import org.dramagraph.fact.Confidence;
import org.dramagraph.fact.Evidence;
import org.dramagraph.fact.ExtractedFact;
import org.dramagraph.fact.Fact;
import org.dramagraph.fact.FactType;
import org.dramagraph.relation.MentionTyper;
import org.dramagraph.relation.QuoteAttributor;
import org.dramagraph.relation.Reading;
import org.dramagraph.relation.RelationReader;
import org.dramagraph.relation.SentenceCode;
import org.dramagraph.relation.SentenceCoder;
import org.dramagraph.segment.Quotation;
import org.dramagraph.segment.SegmentedText;
import org.dramagraph.segment.Sentence;
import org.dramagraph.source.Article;
import org.dramagraph.source.Photo;

/**
 * The extraction pipeline: clean, segment, find mentions, type them, read relations, resolve names.
 * Relations are read only from texts that show some sign of Korean entertainment ({@link RelevanceFilter}).
 * Thread-safe; one instance can serve many articles.
 */
public final class Extractor {
    private final Cleaner cleaner = new Cleaner();
    private final Lexicon lexicon = Lexicon.standard();
    private final MentionFinder finder = new MentionFinder(lexicon);
    private final MentionTyper typer = new MentionTyper();
    private final RelationReader reader = new RelationReader();
    private final QuoteAttributor quotes = new QuoteAttributor();
    private final RelevanceFilter relevance = new RelevanceFilter();
    private final CaptionNames captions = new CaptionNames(lexicon, finder);
    private final Gazetteer catalog;

    /** An extractor that knows no names beforehand. */
    public Extractor() {
        this(new Gazetteer());
    }

    /** An extractor that also recognises the names of a user's catalog. */
    public Extractor(Gazetteer catalog) {
        this.catalog = catalog;
    }

    /** Runs the whole pipeline over one article. */
    public Extraction extract(Article article) {
        CleanText clean = cleaner.clean(article.title(), article.text());
        SegmentedText doc = SegmentedText.of(article.title(), clean.text());
        MentionFinder.Prepared text = finder.prepare(doc);
        SentenceCoder coder = new SentenceCoder(doc);

        Gazetteer known = new Gazetteer(catalog);
        // two rounds: names typed in the first ("the drama X") help type their neighbours ("X and Y")
        MentionTyper.Memory votes = new MentionTyper.Memory();
        MentionFinder.Rounds rounds = finder.rounds(text, known);
        typer.learn(coder.codes(rounds.find()), known, votes);
        typer.learn(coder.codes(rounds.find()), known, votes);
        List<Mention> mentions = rounds.find();
        ArticleNames names = new ArticleNames(lexicon, mentions);
        mentions = names.retype(mentions);

        List<Reading> readings = new ArrayList<>();
        // general news (no Korean names or places with no entertainment words) states no drama facts
        if (relevance.anyEvidence(article.title(), clean.text())) {
            List<SentenceCode> codes = coder.codes(mentions);
            readings.addAll(reader.read(doc, codes, names::display));
            readings.addAll(quotes.attribute(doc, speech(doc, text.kinds()), mentions));
        }

        List<ExtractedFact> facts = facts(article, doc, clean, readings, names);
        Map<Mention, String> display = new LinkedHashMap<>();
        for (Mention m : mentions) {
            display.put(m, names.display(m));
        }
        List<Photo> photos = new ArrayList<>(article.photos());
        photos.addAll(clean.credits());
        return new Extraction(article, clean, doc.bodyStart(), doc.sentences(), mentions, display, facts, photos,
                captions.people(photos, mentions, display));
    }

    private static List<Quotation> speech(SegmentedText doc, List<QuoteKind> kinds) {
        List<Quotation> out = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            Quotation q = doc.quotations().get(i);
            if (kinds.get(i) == QuoteKind.SPEECH && q.depth() == 0) {
                out.add(q);
            }
        }
        return out;
    }

    /** Readings become facts with names in their fullest form; the same fact read twice keeps its best evidence. */
    private static List<ExtractedFact> facts(Article article, SegmentedText doc, CleanText clean, List<Reading> readings,
                                             ArticleNames names) {
        Map<Fact, ExtractedFact> out = new LinkedHashMap<>();
        for (Reading r : readings) {
            Fact fact = switch (r.type()) {
                case QUOTE -> Fact.quote(names.display(r.person()), r.quote().text());
                case NETWORK -> Fact.network(names.display(r.work()), lexicon().network(r.org().text()));
                case PLAYS -> Fact.plays(names.display(r.person()), names.display(r.character()), names.display(r.work()));
                default -> new Fact(r.type(), names.display(r.person()), null, names.display(r.work()), null, null);
            };
            Sentence s = doc.sentences().get(r.sentence());
            Evidence evidence = evidence(article, doc, clean, s, r);
            ExtractedFact previous = out.get(fact);
            if (previous == null) {
                out.put(fact, new ExtractedFact(fact, evidence));
            } else if (previous.evidence().sentence() != evidence.sentence()) {
                // another sentence stating it: surer, and the surest sentence stands as evidence
                Evidence best = previous.evidence().confidence() >= evidence.confidence() ? previous.evidence() : evidence;
                out.put(fact, new ExtractedFact(fact, best, Confidence.combine(previous.confidence(), evidence.confidence())));
            } else if (previous.evidence().confidence() < evidence.confidence()) {
                out.put(fact, new ExtractedFact(fact, evidence, Math.max(previous.confidence(), evidence.confidence())));
            }
        }
        return List.copyOf(out.values());
    }

    private static Lexicon lexicon() {
        return Lexicon.standard();
    }

    /** Evidence offsets point into the original text; a headline sentence has none there (-1). */
    private static Evidence evidence(Article article, SegmentedText doc, CleanText clean, Sentence s, Reading r) {
        int start = -1;
        int end = -1;
        if (!doc.inHeadline(s)) {
            start = clean.originalOffset(s.start() - doc.bodyStart());
            end = clean.originalEnd(s.end() - doc.bodyStart());
        }
        return new Evidence(article.id(), s.index(), start, end, s.text(), r.rule(), r.confidence());
    }
}
