package org.dramagraph.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the word lists of a regular expression ({@code (?:play|plays|played|portray)}) as trees
 * that share their openings ({@code (?:p(?:lay(?:|s|ed)|ortray))}), so a word that is not in the
 * list fails after a character or two rather than after one try per listed word. The rewritten
 * list prefers the same word as the original wherever two of them could match: the regex engine
 * tries alternatives in order, so words are only brought together when no word between them could
 * also have matched (a word that is a shorter form of them keeps its place).
 */
final class WordList {
    /** A non-capturing group of two or more plain words or phrases (no regex syntax in them). */
    private static final Pattern LIST = Pattern.compile("\\(\\?:([a-z0-9 ,'&:;-]*(?:\\|[a-z0-9 ,'&:;-]*)+)\\)");

    private WordList() {
    }

    /** The regex with each of its word lists factored; the same language and the same preferences. */
    static String factor(String regex) {
        Matcher m = LIST.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (m.start() > 0 && regex.charAt(m.start() - 1) == '\\') {
                continue; // an escaped parenthesis: not a group
            }
            m.appendReplacement(out, Matcher.quoteReplacement(
                    "(?:" + String.join("|", alternatives(List.of(m.group(1).split("\\|", -1)))) + ")"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The alternatives, in order, that match what {@code words} match, with words that open with the same
     * character brought under one alternative. An empty word (a shorter form has ended) keeps its place
     * among the others: the words before it and after it are grouped apart.
     */
    private static List<String> alternatives(List<String> words) {
        List<Object> items = new ArrayList<>(); // the empty word as "", or a Branch
        Map<Character, Branch> open = new HashMap<>();
        for (String word : words) {
            if (word.isEmpty()) {
                items.add("");
                open.clear();
                continue;
            }
            Branch branch = open.get(word.charAt(0));
            if (branch == null) {
                branch = new Branch(word.charAt(0), new ArrayList<>());
                open.put(branch.first(), branch);
                items.add(branch);
            }
            branch.rests().add(word.substring(1));
        }
        List<String> out = new ArrayList<>(items.size());
        for (Object item : items) {
            out.add(item instanceof Branch b ? b.first() + b.rest() : "");
        }
        return out;
    }

    /** The words that open with one character, by what follows it. */
    private record Branch(char first, List<String> rests) {
        String rest() {
            List<String> rest = alternatives(rests);
            if (rest.size() == 1) {
                return rest.get(0);
            }
            return "(?:" + String.join("|", rest) + ")";
        }
    }
}
