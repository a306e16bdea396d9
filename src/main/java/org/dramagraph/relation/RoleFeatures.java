package org.dramagraph.relation;

import org.dramagraph.learn.Features;
import org.dramagraph.mention.Mention;
import org.dramagraph.resolve.Entity;

/**
 * What an article says a person is, whatever work it pairs them with: the words around every mention
 * ("director X", "X, who penned", "actress X", "X as Y"), read from the edges of lists.
 */
public final class RoleFeatures {
    private RoleFeatures() {
    }

    public static Features of(ArticleView view, Entity person) {
        Features f = new Features().add("*");
        f.add("type", person.type().name());
        f.add("mentions", Features.bucket(person.mentions().size()));
        if (view.inHeadline(person)) {
            f.add("headline");
        }
        for (Mention m : person.mentions()) {
            ArticleView.Row r = view.row(m);
            int[] span = Lists.span(r, view.item(m));
            f.add("L1", r.word(span[0] - 1));
            f.add("L2", r.word(span[0] - 2) + " " + r.word(span[0] - 1));
            f.add("R1", r.word(span[1] + 1));
            f.add("R2", r.word(span[1] + 1) + " " + r.word(span[1] + 2));
            if (span[1] > span[0]) {
                f.add("list");
            }
            int i = view.item(m);
            // the words of the sentence up to the name: "the drama is directed by X and written by Y"
            for (int k = Math.max(0, span[0] - 6); k < span[0]; k++) {
                f.add("before", r.word(k));
            }
            for (int k = span[1] + 1; k < Math.min(r.words().length, span[1] + 5); k++) {
                f.add("after", r.word(k));
            }
            f.add("self", r.word(i - 1) + "_" + r.word(i + 1));

        }
        return f;
    }
}
