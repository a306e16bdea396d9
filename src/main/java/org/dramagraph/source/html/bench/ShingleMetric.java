package org.dramagraph.source.html.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-body metric of the Zyte (Scrapinghub) article-extraction benchmark, for one page:
 * both texts become word tokens, then multisets of token 4-grams ("shingles"), which are compared
 * by counts. Punctuation, whitespace and paragraph breaks therefore do not matter.
 */
public final class ShingleMetric {
    private static final int SHINGLE = 4;

    private ShingleMetric() {
    }

    /**
     * The word tokens of a text: maximal runs of the characters Python's {@code \w} matches on a
     * {@code str}, that is {@code _} and the code points for which {@code str.isalnum()} holds
     * (letters and the Nd, Nl and No number categories). Java's own Unicode {@code \w} differs
     * (it takes combining marks and drops No), hence the explicit test.
     */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (isWordChar(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    static boolean isWordChar(int cp) {
        if (cp == '_' || Character.isLetter(cp) || Character.isDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Compares a predicted body with the true one. */
    public static PageScore score(String truth, String prediction) {
        List<String> truthTokens = tokens(truth);
        List<String> predTokens = tokens(prediction);
        Map<List<String>, Integer> t = shingles(truthTokens);
        Map<List<String>, Integer> p = shingles(predTokens);
        int tp = 0;
        int fn = 0;
        for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
            int inPred = p.getOrDefault(e.getKey(), 0);
            tp += Math.min(e.getValue(), inPred);
            fn += Math.max(0, e.getValue() - inPred);
        }
        int fp = 0;
        for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
            fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
        }
        return new PageScore(tp, fp, fn, predTokens.isEmpty(), truthTokens.equals(predTokens));
    }

    /** Token 4-grams with their counts; fewer than four tokens make a single shingle, none make none. */
    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < SHINGLE) {
            out.put(List.copyOf(tokens), 1);
            return out;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            out.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return out;
    }
}
