package org.dramagraph.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramagraph.lang.NameKey;
import org.dramagraph.fact.Fact;
import org.dramagraph.fact.FactType;

/**
 * The matching rules of the evaluation (eval/SCHEMA.md): names equal after folding case, accents and
 * everything but letters and digits; gold values may list alternatives separated by {@code " | "};
 * quotations match on their first six words.
 */
public final class FactMatcher {
    private static final Pattern WORD = Pattern.compile("[0-9a-z]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private FactMatcher() {
    }

    /** Whether a predicted fact matches a gold fact. */
    public static boolean matches(Fact gold, Fact predicted) {
        if (gold.type() != predicted.type()) {
            return false;
        }
        for (String field : gold.type().fields()) {
            if (gold.type() == FactType.QUOTE && field.equals("text")) {
                if (!quoteMatch(gold.text(), predicted.text())) {
                    return false;
                }
            } else if (!alternatives(gold.field(field)).contains(NameKey.exact(predicted.field(field)))) {
                return false;
            }
        }
        return true;
    }

    /** The key under which repeated predictions count once. */
    static String dedupKey(String article, Fact f) {
        StringBuilder sb = new StringBuilder(article).append('\u0000').append(f.type().key());
        for (String field : f.type().fields()) {
            sb.append('\u0000');
            if (field.equals("text")) {
                String joined = String.join(" ", words(f.field(field)));
                sb.append(joined, 0, Math.min(60, joined.length()));
            } else {
                sb.append(NameKey.exact(f.field(field)));
            }
        }
        return sb.toString();
    }

    public static List<String> alternatives(String value) {
        List<String> out = new ArrayList<>();
        for (String v : (value == null ? "" : value).split(" \\| ")) {
            String k = NameKey.exact(v);
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }

    public static boolean quoteMatch(String gold, String predicted) {
        for (String g : (gold == null ? "" : gold).split(" \\| ")) {
            List<String> gw = words(g);
            List<String> pw = words(predicted);
            if (gw.isEmpty() || pw.isEmpty()) {
                continue;
            }
            int n = Math.min(6, Math.min(gw.size(), pw.size()));
            String a = String.join("", gw);
            String b = String.join("", pw);
            if (a.startsWith(String.join("", pw.subList(0, n))) || b.startsWith(String.join("", gw.subList(0, n)))) {
                return true;
            }
        }
        return false;
    }

    static List<String> words(String s) {
        String folded = MARKS.matcher(Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(folded);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
