package org.dramagraph.relation;

import java.util.ArrayList;
import java.util.List;
import org.dramagraph.learn.Features;
import org.dramagraph.mention.Mention;
import org.dramagraph.resolve.Entity;

/**
 * The instances of a candidate pair of entities: one for every sentence naming both (what lies
 * between and around the two names there), and one for every sentence naming only the first where
 * the second is the work that sentence stands under (the section's heading, the work named last,
 * the article's main work). A pair holds when one of its instances says so. Names in a list
 * ("A, B and C star in W") are read from the list's edge, so each of them reads as the first would.
 */
public final class InstanceFeatures {
    private InstanceFeatures() {
    }

    /** An instance of a pair from a sentence naming both: what lies between and around the two mentions. */
    static Pairs.Instance together(ArticleView view, Mention x, Mention y, Features shared) {
        Features f = new Features().addAll("", shared);
        sentence(view, x, y, f);
        return new Pairs.Instance(f, x.sentence(), -1, true);
    }

    /**
     * An instance of a person (or network) and a work from a sentence naming only the first, when the
     * work is one the sentence stands under: the section's heading, the work named last, one in the
     * sentence before, the article's main work; else null.
     */
    static Pairs.Instance apart(ArticleView view, Mention x, Entity b, Features shared) {
        int s = x.sentence();
        List<String> links = new ArrayList<>();
        if (view.headingWork(s) == b) {
            links.add("heading");
        }
        if (view.lastWork(s) == b) {
            links.add("last");
        }
        if (s > 0 && names(view, s - 1, b)) {
            links.add("prev");
        }
        if (b == view.mainWork()) {
            links.add("main");
        }
        if (links.isEmpty()) {
            return null;
        }
        Features f = new Features().addAll("", shared);
        f.add("apart");
        ArticleView.Row r = view.row(x);
        boolean otherWork = false;
        for (String w : r.words()) {
            otherWork |= w.equals("W");
        }
        String here = otherWork ? "+w" : "-w";
        f.add("x:here", here);
        for (String link : links) {
            f.add("x:" + link + here);
        }
        // the links the sentence has to other works: "last" elsewhere speaks against "main" here
        List<String> elsewhere = new ArrayList<>();
        Entity heading = view.headingWork(s);
        Entity last = view.lastWork(s);
        if (heading != null && heading != b) {
            elsewhere.add("heading");
        }
        if (last != null && last != b) {
            elsewhere.add("last");
        }
        if (view.mainWork() != null && view.mainWork() != b) {
            elsewhere.add("main");
        }
        f.add("x:links", String.join("+", links) + "/" + String.join("+", elsewhere));
        for (String e : elsewhere) {
            f.add("x:" + links.get(0) + "-not-" + e);
        }
        String strongest = links.get(0);
        Features local = new Features();
        local(view, x, "a", local);
        f.addAll("", local);
        f.addAll("x:" + strongest + here + "&", local);
        return new Pairs.Instance(f, s, sentenceNaming(view, s, b), false);
    }

    /** What holds of a person and a role wherever they are read. */
    static Features sharedRole(Entity person, Entity role) {
        return new Features().add("*").add("e:ta-tb", person.type().name() + "-" + role.type().name());
    }

    /**
     * The item of "he" or "she" (or "his", "her") before a mention in its sentence with no other name
     * between, or -1: "She is known for X", "His role as Y" stand for the person named last.
     */
    static int pronounBefore(ArticleView view, Mention y) {
        ArticleView.Row r = view.row(y);
        int j = view.item(y);
        for (int k = j - 1; k >= 0; k--) {
            String w = r.words()[k];
            if (w.equals("P") || w.equals("X") && view.entity(r.mentions()[k]) != view.entity(y)) {
                return -1; // a name in between is the subject
            }
            if (w.equals("he") || w.equals("his")) {
                return k;
            }
        }
        return -1;
    }

    /** An instance of the person named last and a mention after a pronoun standing for them. */
    static Pairs.Instance throughPronoun(ArticleView view, Mention y, int pronoun, Features shared) {
        ArticleView.Row r = view.row(y);
        int j = view.item(y);
        Features f = new Features().addAll("", shared).add("pronoun", r.words()[pronoun]);
        StringBuilder between = new StringBuilder();
        int[] span = Lists.span(r, j);
        int hi = span[0] > pronoun ? span[0] : j;
        for (int k = pronoun + 1; k < hi; k++) {
            if (k - pronoun <= 6) {
                between.append(r.word(k)).append(' ');
            }
            if (k - pronoun <= 15) {
                f.add("s:bw", r.word(k));
            }
        }
        f.add("s:btw", r.words()[pronoun] + ":" + between.toString().strip());
        f.add("s:before", "he:" + r.word(pronoun - 1));
        f.add("bR1", r.word(j + 1));
        return new Pairs.Instance(f, y.sentence(), view.lastPersonSentence(y), false);
    }

    /** What holds of the pair wherever it is read: where the work stands in the article, the names' kinds. */
    static Features shared(ArticleView view, Entity a, Entity b) {
        Features f = new Features().add("*");
        f.add("e:ta-tb", a.type().name() + "-" + b.type().name());
        if (b == view.mainWork()) {
            f.add("e:bMain");
        }
        if (view.inHeadline(b)) {
            f.add("e:bHead");
        }
        if (view.inHeadline(a)) {
            f.add("e:aHead");
        }
        f.add("e:nWorks", Features.bucket(view.works().size()));
        return f;
    }

    /** The words around one mention, read from the edges of the list it stands in. */
    private static void local(ArticleView view, Mention m, String who, Features f) {
        ArticleView.Row r = view.row(m);
        int[] span = Lists.span(r, view.item(m));
        int lo = span[0];
        int hi = span[1];
        f.add(who + "L1", r.word(lo - 1));
        f.add(who + "L2", r.word(lo - 2) + " " + r.word(lo - 1));
        f.add(who + "R1", r.word(hi + 1));
        f.add(who + "R2", r.word(hi + 1) + " " + r.word(hi + 2));
        if (hi > lo) {
            f.add(who + "List", Features.bucket(Lists.size(r, lo, hi)));
        }
        f.add(who + "First", r.word(0) + (lo == 0 ? "@" : ""));
    }

    /** Two mentions in one sentence: the words between them (from the edge of a list) and around. */
    private static void sentence(ArticleView view, Mention x, Mention y, Features f) {
        ArticleView.Row r = view.row(x);
        int i = view.item(x);
        int j = view.item(y);
        int[] span = Lists.span(r, i);
        int[] other = Lists.span(r, j);
        boolean ab = i < j;
        int lo = ab ? span[1] : other[1];
        int hi = ab ? other[0] : span[0];
        if (lo >= hi) { // one inside the other's list or parenthesis ("A (W1, W2)"): read up to the inner list
            lo = Math.min(i, j);
            hi = Math.max(i, j);
            if (ab && other[0] > i) {
                hi = other[0];
            } else if (!ab && span[0] > j) {
                hi = span[0];
            }
        }
        String order = ab ? "ab" : "ba";
        int d = hi - lo;
        f.add("s:order", order);
        f.add("s:dist", order + Features.bucket(d));
        if (d <= 6) {
            StringBuilder between = new StringBuilder(order).append(':');
            for (int k = lo + 1; k < hi; k++) {
                between.append(r.word(k)).append(' ');
            }
            f.add("s:btw", between.toString().strip());
        }
        if (d <= 15) {
            for (int k = lo + 1; k < hi; k++) {
                f.add("s:bw", r.word(k));
            }
        } else {
            f.add("s:far");
        }
        f.add("s:before", order + ":" + r.word(lo - 1));
        f.add("s:after", order + ":" + r.word(hi + 1));
        int worksBetween = 0;
        for (int k = lo + 1; k < hi; k++) {
            if (r.words()[k].equals("W")) {
                worksBetween++;
            }
        }
        f.add("s:worksBetween", Features.bucket(worksBetween));
        if (span[1] > span[0]) {
            f.add("s:list");
        }
        if (r.heading()) {
            f.add("s:heading");
        }
        local(view, x, "a", f);
        int w = view.item(y);
        f.add("bL1", r.word(w - 1));
        f.add("bR1", r.word(w + 1));
    }

    /** The sentence at or before {@code s} that names e last: where the link to it was made. */
    private static int sentenceNaming(ArticleView view, int s, Entity e) {
        int best = -1;
        for (Mention m : e.mentions()) {
            if (m.sentence() <= s) {
                best = Math.max(best, m.sentence());
            }
        }
        return best < 0 ? e.first().sentence() : best;
    }

    private static boolean names(ArticleView view, int sentence, Entity e) {
        for (Mention m : view.rows().get(sentence).mentions()) {
            if (m != null && view.entity(m) == e) {
                return true;
            }
        }
        return false;
    }
}
