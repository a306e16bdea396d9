package org.dramagraph.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dramagraph.extract.Analysis;
import org.dramagraph.lang.Lexicon;
import org.dramagraph.learn.Features;
import org.dramagraph.learn.ModelSet;
import org.dramagraph.mention.Mention;
import org.dramagraph.mention.MentionType;
import org.dramagraph.resolve.ArticleEntities;
import org.dramagraph.resolve.Entity;

/**
 * Decides what each entity of an article is (a person, a work, a role) with trained classifiers over
 * {@link EntityFeatures}, one per kind; a name none of them is sure of stays {@link MentionType#NAME}.
 * Networks come from the closed list and keep their type.
 */
public final class EntityTyper {
    /** The kinds a name can be typed as, each with its model's name. */
    public static final List<MentionType> KINDS = List.of(MentionType.PERSON, MentionType.WORK, MentionType.CHARACTER);
    /**
     * How sure a kind must be to be given: below one half, since a name left untyped is never paired,
     * while a wrong kind can still be outweighed by the relation models (0.2 to 0.5 were compared by
     * cross-validation; 0.3 read most facts right).
     */
    public static final double SURE = 0.3;

    private final ModelSet models;
    private final Lexicon lexicon = Lexicon.standard();

    public EntityTyper(ModelSet models) {
        this.models = models;
    }

    /** The name of the model for a kind ({@code type-person}). */
    public static String model(MentionType kind) {
        return "type-" + kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The features of every entity but networks, read with the types the analysis has now. */
    public static Map<Entity, Features> features(Analysis a, Lexicon lexicon) {
        ArticleView view = new ArticleView(a);
        Map<Entity, Features> out = new HashMap<>();
        for (Entity e : a.entities().all()) {
            if (e.type() != MentionType.NETWORK) {
                out.put(e, EntityFeatures.of(view, e, lexicon));
            }
        }
        return out;
    }

    /** The analysis with every entity (and its mentions) typed by the models. */
    public Analysis retype(Analysis a) {
        Map<Entity, Features> features = features(a, lexicon);
        Map<Mention, MentionType> types = new HashMap<>();
        for (Entity e : a.entities().all()) {
            Features f = features.get(e);
            if (f == null) {
                continue;
            }
            MentionType best = MentionType.NAME;
            double sure = SURE;
            double[] all = models.probabilities(f);
            for (MentionType kind : KINDS) {
                double p = all[models.index(model(kind))];
                if (p >= sure) {
                    sure = p;
                    best = kind;
                }
            }
            for (Mention m : e.mentions()) {
                types.put(m, best);
            }
        }
        List<Mention> mentions = new ArrayList<>(a.mentions().size());
        for (Mention m : a.mentions()) {
            MentionType t = types.getOrDefault(m, m.type());
            mentions.add(t == m.type() ? m : new Mention(t, m.start(), m.end(), m.text(), m.sentence(), m.rule()));
        }
        return new Analysis(a.article(), a.clean(), a.text(), mentions, a.names(),
                ArticleEntities.of(mentions, a.names(), lexicon), a.relevant());
    }
}
