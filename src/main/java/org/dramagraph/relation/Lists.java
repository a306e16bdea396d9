package org.dramagraph.relation;

/**
 * Lists of names in a sentence's items: "A, B and C", "A (X), B (Y) and C (Z)". A name inside one
 * relates to what is around the list as the list's other names do.
 */
final class Lists {
    private static final int MAX_PARENTHESIS = 8;

    private Lists() {
    }

    /** The first and last item of the list of names of the item's kind around item {@code i}. */
    static int[] span(ArticleView.Row r, int i) {
        String kind = r.words()[i];
        if (!isName(kind)) {
            return new int[] {i, i};
        }
        int hi = afterParenthesis(r, i);
        while (true) {
            int next = nextItem(r, hi + 1, kind);
            if (next < 0) {
                break;
            }
            hi = afterParenthesis(r, next);
        }
        int lo = i;
        while (true) {
            int previous = previousItem(r, lo - 1, kind);
            if (previous < 0) {
                break;
            }
            lo = previous;
        }
        return new int[] {lo, hi};
    }

    /** How many names of the kind at {@code lo} stand between lo and hi. */
    static int size(ArticleView.Row r, int lo, int hi) {
        int n = 0;
        for (int k = lo; k <= hi; k++) {
            if (sameKind(r.words()[k], r.words()[lo])) {
                n++;
            }
        }
        return n;
    }

    private static boolean isName(String w) {
        return w.equals("P") || w.equals("X") || w.equals("W") || w.equals("C") || w.equals("N");
    }

    /** The item after a joiner at {@code at} (", ", "and", ", and", "&", "/"), when it is a name of the kind. */
    private static int nextItem(ArticleView.Row r, int at, String kind) {
        int k = at;
        if (!isJoiner(r.word(k))) {
            return -1;
        }
        k++;
        if (r.word(k - 1).equals(",") && (r.word(k).equals("and") || r.word(k).equals("&"))) {
            k++;
        }
        return k < r.words().length && sameKind(r.words()[k], kind) ? k : -1;
    }

    /** The name before a joiner at {@code at}, when it is a name of the kind (its parenthesis skipped). */
    private static int previousItem(ArticleView.Row r, int at, String kind) {
        int k = at;
        if (!isJoiner(r.word(k))) {
            return -1;
        }
        k--;
        if ((r.word(k + 1).equals("and") || r.word(k + 1).equals("&")) && r.word(k).equals(",")) {
            k--;
        }
        if (r.word(k).equals(")")) {
            int open = k;
            while (open > 0 && !r.word(open).equals("(") && k - open < MAX_PARENTHESIS) {
                open--;
            }
            if (!r.word(open).equals("(")) {
                return -1;
            }
            k = open - 1;
        }
        return k >= 0 && sameKind(r.words()[k], kind) ? k : -1;
    }

    /** The last item of a name and the parenthesis right after it, if any: "A (X)". */
    private static int afterParenthesis(ArticleView.Row r, int i) {
        if (!r.word(i + 1).equals("(")) {
            return i;
        }
        for (int k = i + 2; k < r.words().length && k <= i + 1 + MAX_PARENTHESIS; k++) {
            if (r.word(k).equals(")")) {
                return k;
            }
            if (r.word(k).equals("(")) {
                return i;
            }
        }
        return i;
    }

    /** A name of unknown kind (X) may stand in a list of people or of works. */
    private static boolean sameKind(String item, String kind) {
        return item.equals(kind) || item.equals("X") && !kind.equals("N") || kind.equals("X") && !item.equals("N");
    }

    private static boolean isJoiner(String w) {
        return w.equals(",") || w.equals("and") || w.equals("&") || w.equals("/");
    }
}
