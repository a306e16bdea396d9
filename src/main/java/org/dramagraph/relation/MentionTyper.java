package org.dramagraph.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dramagraph.mention.Gazetteer;
import org.dramagraph.mention.Mention;
import org.dramagraph.mention.MentionType;
import org.dramagraph.segment.Token;
import org.dramagraph.segment.Tokenizer;

/**
 * Works out what each name of an article is from the words around it: "the drama X" makes X a work,
 * "Y plays X" makes Y a person and X a character, and so on. Each use votes; the winner holds for
 * every occurrence of the name in the article, which is written into the article's gazetteer. The
 * votes are {@code rules/types.rules} beside this class.
 */
public final class MentionTyper {
    /** A pattern's vote for the type of the name in its slot (and, for a list vote, the names listed after it). */
    record Vote(CodePattern pattern, String slot, MentionType type, int weight, String list) {
    }

    /** The votes of {@code rules/types.rules}, in order. */
    private static final List<Vote> VOTES = votes(RuleFile.read(MentionTyper.class, "rules/cues.rules", "rules/types.rules"));

    private static final CodePattern.Index INDEX = new CodePattern.Index(VOTES.stream().map(Vote::pattern).toList());
    private static final org.dramagraph.lang.Lexicon LEXICON = org.dramagraph.lang.Lexicon.standard();


    /** One vote a sentence casts: for the mention at an item of its code. */
    private record Cast(String item, MentionType type, int weight) {
    }

    /** A name as the tokenizer splits it, and those words joined by spaces: the key its votes are counted under. */
    private record Name(String key, List<String> words) {
    }

    /**
     * The votes each sentence cast, by its code, for one article: a sentence that reads the same in
     * the second round casts the same votes without its patterns being matched again. Also
     * the words of each name, split once.
     */
    public static final class Memory {
        private final Map<String, List<Cast>> bySentence = new HashMap<>();
        private final Map<String, Name> names = new HashMap<>();
        private final Tokenizer tokenizer = new Tokenizer();

        Name name(String text) {
            return names.computeIfAbsent(text, t -> {
                List<String> words = tokenizer.tokenize(t, 0, t.length()).stream().map(Token::text).toList();
                return new Name(String.join(" ", words), words);
            });
        }

        List<Cast> casts(SentenceCode code) {
            // the votes name items by position ("P3"), so they depend on the code alone
            return bySentence.computeIfAbsent(code.code(), k -> castsOf(code));
        }

        private static List<Cast> castsOf(SentenceCode code) {
            List<Cast> out = new ArrayList<>();
            CodePattern.Found matches = INDEX.matches(code);
            for (int i = 0; i < VOTES.size(); i++) {
                if (matches.none(i)) {
                    continue;
                }
                Vote v = VOTES.get(i);
                for (CodePattern.Match match : matches.of(i)) {
                    String item = match.item(v.slot());
                    if (item != null && Character.isDigit(item.charAt(item.length() - 1))) {
                        for (String listed : v.list() != null ? code.listFrom(item, v.list()) : List.of(item)) {
                            out.add(new Cast(listed, v.type(), v.weight()));
                        }
                    }
                }
            }
            return out;
        }
    }

    /**
     * Counts the votes of every sentence and writes the winners into {@code known}.
     *
     * @param codes  each sentence of the article as code, over a round of mentions
     * @param memory the votes of the article's sentences in earlier rounds
     */
    public void learn(List<SentenceCode> codes, Gazetteer known, Memory memory) {
        Map<String, Map<MentionType, Integer>> votes = new HashMap<>();
        Map<String, List<String>> words = new HashMap<>();
        java.util.Set<String> unknown = new java.util.HashSet<>();
        for (SentenceCode code : codes) {
            for (String item : code.mentionItems()) {
                Mention m = code.mention(item);
                if (m.type() == MentionType.NAME && m.rule().equals("capitalized")) {
                    unknown.add(memory.name(m.text()).key());
                }
                int base = switch (m.rule()) {
                    case "quoted-title" -> 3;
                    case "korean-name", "known" -> 1;
                    default -> 0;
                };
                if (base > 0 || m.type() == MentionType.NETWORK) {
                    add(votes, words, memory, m, m.type(), base);
                }
            }
            for (Cast cast : memory.casts(code)) {
                add(votes, words, memory, code.mention(cast.item()), cast.type(), cast.weight());
            }
        }
        for (SentenceCode code : codes) {
            String[] parts = code.parts();
            if (parts.length == 1 && parts[0].startsWith("X")) {
                // a capitalized name alone on a line, in Western order with a family name ("Ara Go"): a list of people
                Mention m = code.mention(parts[0]);
                String[] w = m.text().split(" ");
                if (w.length == 2 && LEXICON.isSurname(w[1]) && org.dramagraph.lang.Romanization.syllableCount(w[0]) > 0) {
                    add(votes, words, memory, m, MentionType.PERSON, 1);
                }
            }
        }
        for (var e : words.entrySet()) {
            List<String> w = e.getValue();
            if (unknown.contains(e.getKey()) && w.size() >= 2 && w.size() <= 3 && LEXICON.isSurname(w.get(0))
                    && w.stream().allMatch(t -> Character.isUpperCase(t.charAt(0)) && !LEXICON.isCommon(t))) {
                // "Seo Rain", "Lee Thomas": a family name first reads as a person unless the text says otherwise
                votes.get(e.getKey()).merge(MentionType.PERSON, 2, Integer::sum);
            }
        }
        List<List<String>> works = new ArrayList<>();
        votes.forEach((key, tally) -> {
            MentionType best = null;
            int bestVotes = 0;
            for (var e : tally.entrySet()) {
                // a personal name that any sentence shows being played is a role: a tie goes to the character
                boolean tieForRole = e.getValue() == bestVotes && e.getKey() == MentionType.CHARACTER
                        && best == MentionType.PERSON;
                if (e.getValue() > bestVotes || tieForRole) {
                    best = e.getKey();
                    bestVotes = e.getValue();
                }
            }
            List<String> name = words.get(key);
            boolean surnameAlone = name.size() == 1 && LEXICON.isSurname(name.get(0));
            if (best != null && best != MentionType.NETWORK && !surnameAlone) {
                known.add(name, best);
                if (best == MentionType.WORK) {
                    works.add(name);
                    int n = name.size();
                    if (n > 2 && (name.get(n - 2).equals("Season") || name.get(n - 2).equals("Part"))) {
                        known.add(name.subList(0, n - 2), best); // "Salt Road" of "Salt Road Season 2"
                    }
                }
            }
        });
        for (String token : unknown) {
            if (isAcronymOfAny(token, works)) {
                known.add(List.of(token), MentionType.WORK); // "NFoM" for "Night Ferry of Moonlight"
            }
        }
    }

    /** Whether a short word in mixed or upper case spells the initials of one of the works. */
    private static boolean isAcronymOfAny(String token, List<List<String>> works) {
        if (token.contains(" ") || token.length() < 2 || token.length() > 6
                || token.chars().filter(Character::isUpperCase).count() < 2) {
            return false;
        }
        for (List<String> work : works) {
            if (work.size() > 1 && initials(work).equalsIgnoreCase(token)) {
                return true;
            }
        }
        return false;
    }

    /** The first letters of a title's words, punctuation skipped: "NFoM" of "Night Ferry of Moonlight". */
    static String initials(List<String> words) {
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && Character.isLetterOrDigit(w.charAt(0))) {
                initials.append(w.charAt(0));
            }
        }
        return initials.toString();
    }

    private static void add(Map<String, Map<MentionType, Integer>> votes, Map<String, List<String>> words,
                            Memory memory, Mention m, MentionType type, int weight) {
        if (m == null) {
            return;
        }
        Name name = memory.name(m.text());
        words.putIfAbsent(name.key(), name.words());
        votes.computeIfAbsent(name.key(), k -> new java.util.EnumMap<>(MentionType.class)).merge(type, weight, Integer::sum);
    }

    /** The votes of a rule file, each checked to name a type, a slot of its pattern and a weight. */
    static List<Vote> votes(RuleFile file) {
        List<Vote> out = new ArrayList<>();
        for (RuleFile.Rule r : file.rules("type", "slot", "weight", "list?", "pattern")) {
            MentionType type;
            try {
                type = MentionType.valueOf(r.get("type"));
            } catch (IllegalArgumentException e) {
                throw r.error("no type " + r.get("type") + " (types: " + java.util.Arrays.toString(MentionType.values()) + ")");
            }
            CodePattern pattern = r.pattern();
            if (!pattern.slots().contains(r.get("slot"))) {
                throw r.error("the pattern has no slot " + r.get("slot"));
            }
            String list = r.optional("list");
            if (list != null && !list.matches("[PWCNX]+")) {
                throw r.error("list is item letters (P, W, C, N, X), not " + list);
            }
            out.add(new Vote(pattern, r.get("slot"), type, r.integer("weight"), list));
        }
        return List.copyOf(out);
    }
}
