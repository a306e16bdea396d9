package org.dramagraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dramagraph.clean.CleanText;
import org.dramagraph.clean.Cleaner;
import org.dramagraph.fact.Evidence;
import org.dramagraph.fact.ExtractedFact;
import org.dramagraph.lang.Lexicon;
import org.dramagraph.mention.Gazetteer;
import org.dramagraph.mention.Mention;
import org.dramagraph.mention.MentionFinder;
import org.dramagraph.mention.QuoteKind;
import org.dramagraph.relation.ArticleView;
import org.dramagraph.relation.Inference;
import org.dramagraph.relation.MentionTyper;
import org.dramagraph.relation.Pairs;
import org.dramagraph.relation.QuoteAttributor;
import org.dramagraph.relation.Reading;
import org.dramagraph.relation.RelationModel;
import org.dramagraph.relation.RelationReader;
import org.dramagraph.relation.SentenceCode;
import org.dramagraph.relation.SentenceCoder;
import org.dramagraph.resolve.ArticleEntities;
import org.dramagraph.resolve.ArticleNames;
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
    /** The relation models, or null for the shipped ones (loaded on first use). */
    private final RelationModel model;

    /** An extractor that knows no names beforehand. */
    public Extractor() {
        this(new Gazetteer());
    }

    /** An extractor that also recognises the names of a user's catalog. */
    public Extractor(Gazetteer catalog) {
        this(catalog, null);
    }

    /** An extractor with other relation models than the shipped ones (for cross-validation and retraining). */
    public Extractor(Gazetteer catalog, RelationModel model) {
        this.catalog = catalog;
        this.model = model;
    }

    /** Reads an article up to its entities: cleaned, segmented, names found, typed and resolved. */
    public Analysis analyse(Article article) {
        return analyse(article, cleaner.clean(article.title(), article.text()));
    }

    private Analysis analyse(Article article, CleanText clean) {
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
        // general news (no Korean names or places with no entertainment words) states no drama facts
        boolean relevant = relevance.anyEvidence(article.title(), clean.text());
        return new Analysis(article, clean, text, mentions, names, ArticleEntities.of(mentions, names, lexicon), relevant);
    }

    /** Runs the whole pipeline over one article; a very long one is read in {@link Parts}. */
    public Extraction extract(Article article) {
        CleanText clean = cleaner.clean(article.title(), article.text());
        List<CleanText> parts = Parts.of(clean, Parts.SIZE);
        if (parts.size() == 1) {
            return extract(analyse(article, clean));
        }
        List<Extraction> read = new ArrayList<>();
        for (CleanText part : parts) {
            read.add(extract(analyse(article, part)));
        }
        return Parts.join(article, clean, parts, read);
    }

    /** Reads the facts of an analysed article with the extractor's relation models. */
    public Extraction extract(Analysis a) {
        return extract(a, model());
    }

    /** Reads the facts of an analysed article with the given relation models (cross-validation trains its own). */
    public Extraction extract(Analysis analysed, RelationModel model) {
        Analysis a = model.typer().retype(analysed);
        SegmentedText doc = a.doc();
        List<Mention> mentions = a.mentions();
        ArticleNames names = a.names();
        List<Reading> rules = rules(a);
        List<Inference> inferences = a.relevant() ? model.read(pairs(a, rules)) : List.of();
        Article article = a.article();
        CleanText clean = a.clean();
        List<ExtractedFact> facts = new ArrayList<>();
        for (Inference i : inferences) {
            facts.add(fact(article, doc, clean, i));
        }
        Map<Mention, String> display = new LinkedHashMap<>();
        for (Mention m : mentions) {
            display.put(m, names.display(m));
        }
        List<Photo> photos = new ArrayList<>(article.photos());
        photos.addAll(clean.credits());
        return new Extraction(article, clean, doc.bodyStart(), doc.sentences(), mentions, display, facts, photos,
                captions.people(photos, mentions, display));
    }

    /**
     * What the hand rules read of an analysed article: relations, roles and quotes. Quotes and roles
     * become facts as they are; the relation stage reads the rest as features of candidate pairs.
     */
    public List<Reading> rules(Analysis a) {
        if (!a.relevant()) {
            return List.of();
        }
        SegmentedText doc = a.doc();
        List<Reading> readings = new ArrayList<>();
        List<SentenceCode> codes = new SentenceCoder(doc).codes(a.mentions());
        readings.addAll(reader.read(doc, codes, a.names()::display));
        readings.addAll(quotes.attribute(doc, speech(doc, a.text().kinds()), a.mentions()));
        return readings;
    }

    /** The candidate pairs and speakers of an analysed article, with what the rules read of them. */
    public Pairs pairs(Analysis a, List<Reading> rules) {
        return Pairs.of(new ArticleView(a), rules, speech(a.doc(), a.text().kinds()));
    }

    private RelationModel model() {
        return model != null ? model : RelationModel.standard();
    }

    /** A fact the relation models read, its evidence the sentences they read it from. */
    private static ExtractedFact fact(Article article, SegmentedText doc, CleanText clean, Inference i) {
        List<Evidence> sources = new ArrayList<>();
        for (int k = 0; k < i.sentences().size(); k++) {
            Sentence s = doc.sentences().get(i.sentences().get(k));
            // the second sentence of an inference gives the context (the work a section is about): no confidence of its own
            sources.add(evidence(article, doc, clean, s, k == 0 ? i.rule() : Evidence.CONTEXT, k == 0 ? i.confidence() : 0));
        }
        return new ExtractedFact(i.fact(), sources, i.confidence());
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

    /** Evidence offsets point into the original text; a headline sentence has none there (-1). */
    private static Evidence evidence(Article article, SegmentedText doc, CleanText clean, Sentence s, String rule,
                                     double confidence) {
        int start = -1;
        int end = -1;
        if (!doc.inHeadline(s)) {
            start = clean.originalOffset(s.start() - doc.bodyStart());
            end = clean.originalEnd(s.end() - doc.bodyStart());
        }
        return new Evidence(article.id(), s.index(), start, end, s.text(), rule, confidence);
    }
}
