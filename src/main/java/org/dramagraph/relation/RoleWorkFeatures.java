package org.dramagraph.relation;

import org.dramagraph.learn.Features;
import org.dramagraph.mention.Mention;
import org.dramagraph.resolve.Entity;

/**
 * Which work a role is played in: for a person playing a role, read in one sentence, and one of the
 * works the person is paired with, whether that sentence names the work (and what lies between role
 * and work: "as C from W", "as C in W"), whether the work is the one the sentence stands under or the
 * article is about, whether the role is the work's title role, and how much the person and the work
 * are named together.
 */
public final class RoleWorkFeatures {
    private RoleWorkFeatures() {
    }

    /**
     * @param role       a person and a role
     * @param appearance the same person and one of their works
     * @param sentence   the sentence the role was read in
     */
    public static Features of(ArticleView view, Pairs.Pair role, Pairs.Pair appearance, int sentence) {
        Entity work = appearance.b();
        Features f = new Features().add("*");
        Entity character = role.b();
        if (character == work) {
            f.add("titleRole");
        }
        ArticleView.Row r = view.rows().get(sentence);
        int c = -1;
        int w = -1;
        for (int i = 0; i < r.mentions().length; i++) {
            Mention m = r.mentions()[i];
            if (m != null && view.entity(m) == character && c < 0) {
                c = i;
            }
            if (m != null && view.entity(m) == work && m.sentence() == sentence && (w < 0 || c >= 0 && w < c)) {
                w = i;
            }
        }
        if (w >= 0 && character != work) {
            f.add("inSentence");
            if (c >= 0) {
                int lo = Math.min(c, w);
                int hi = Math.max(c, w);
                String order = c < w ? "cw" : "wc";
                f.add("order", order);
                if (hi - lo <= 6) {
                    StringBuilder between = new StringBuilder(order).append(':');
                    for (int k = lo + 1; k < hi; k++) {
                        between.append(r.word(k)).append(' ');
                    }
                    f.add("btw", between.toString().strip());
                } else {
                    f.add("far");
                }
            }
        } else {
            f.add("notInSentence");
        }
        if (work == view.mainWork()) {
            f.add("main");
        }
        if (work == view.lastWork(sentence)) {
            f.add("last");
        }
        if (work == view.headingWork(sentence)) {
            f.add("heading");
        }
        f.add("together", Features.bucket(appearance.together()));
        int works = view.works().size();
        f.add("works", Features.bucket(works));
        if (works == 1) {
            f.add("onlyWork");
        }
        return f;
    }
}
