package org.dramagraph.relation;

import java.util.Locale;
import org.dramagraph.lang.Lexicon;
import org.dramagraph.lang.Romanization;
import org.dramagraph.learn.Features;
import org.dramagraph.mention.Mention;
import org.dramagraph.resolve.Entity;

/**
 * What tells a person from a work or a role in an article: the name's own shape (a Korean family
 * name and romanized syllables, a colon or a number in a title, English words), how the finder found
 * it (quoted, by shape, capitalized), what the first reading typed it as, and the words around each
 * mention ("the drama X", "X as Y", "actress X", "(X)" after a name).
 */
public final class EntityFeatures {
    private EntityFeatures() {
    }

    public static Features of(ArticleView view, Entity e, Lexicon lexicon) {
        Features f = new Features().add("*");
        f.add("t0", e.type().name());
        String[] words = e.name().strip().split("\\s+");
        f.add("words", Features.bucket(words.length));
        f.add("chars", Features.bucket(e.name().length() / 4));
        boolean syllables = words.length >= 2 && words.length <= 4;
        for (int i = 1; i < words.length; i++) {
            for (String part : words[i].split("-")) {
                syllables &= Romanization.syllableCount(part) > 0;
            }
        }
        if (lexicon.isSurname(words[0])) {
            f.add("surnameFirst");
            if (syllables) {
                f.add("koreanShape");
            }
        }
        if (words.length > 1 && lexicon.isSurname(words[words.length - 1])) {
            f.add("surnameLast");
        }
        if (words.length == 1 && Romanization.syllableCount(words[0].replace("-", "")) > 0) {
            f.add("oneWordSyllables", String.valueOf(Math.min(4, Romanization.syllableCount(words[0].replace("-", "")))));
        }
        for (String w : words) {
            if (w.contains("-")) {
                f.add("hyphen");
            }
            if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
                f.add("digit");
            }
            if (w.endsWith(":")) {
                f.add("colon");
            }
            if (w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT)) && Character.isLetter(w.charAt(0))) {
                f.add("allCaps");
            }
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                f.add("lowerWord");
            }
            if (lexicon.isCommon(w)) {
                f.add("commonWord");
            }
        }
        if (lexicon.isCommon(words[0])) {
            f.add("commonFirst");
        }
        f.add("mentions", Features.bucket(e.mentions().size()));
        if (view.inHeadline(e)) {
            f.add("headline");
        }
        for (Mention m : e.mentions()) {
            f.add("rule", m.rule());
            ArticleView.Row r = view.row(m);
            int i = view.item(m);
            int[] span = Lists.span(r, i);
            f.add("L1", r.word(span[0] - 1));
            f.add("L2", r.word(span[0] - 2) + " " + r.word(span[0] - 1));
            f.add("R1", r.word(span[1] + 1));
            f.add("R2", r.word(span[1] + 1) + " " + r.word(span[1] + 2));
            f.add("near", r.word(i - 1) + "_" + r.word(i + 1));
            if (span[1] > span[0]) {
                f.add("inList");
                // what else the list holds: a name listed among works is one
                for (int k = span[0]; k <= span[1]; k++) {
                    if (k != i && r.mentions()[k] != null) {
                        f.add("listWith", r.words()[k]);
                    }
                }
            }
            if (r.word(i - 1).equals("(")) {
                f.add("paren", "after-" + r.word(i - 2));
            }
            if (r.word(i + 1).equals("(")) {
                f.add("paren", "before-" + r.word(i + 2));
            }
        }
        return f;
    }
}
