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
 * every occurrence of the name in the article, which is written into the article's gazetteer.
 */
public final class MentionTyper {
    /** A pattern's vote for the type of the name in its slot (and, for a list vote, the names listed after it). */
    private record Vote(CodePattern pattern, String slot, MentionType type, int weight, String list) {
    }

    private static final List<Vote> VOTES = new ArrayList<>();

    private static void vote(String pattern, String slot, MentionType type, int weight) {
        VOTES.add(new Vote(CodePattern.compile(pattern), slot, type, weight, null));
    }

    /** A vote for the name in the slot and every name of the given item types listed after it ("the roles of A, B and C"). */
    private static void voteList(String pattern, String slot, MentionType type, int weight, String listed) {
        VOTES.add(new Vote(CodePattern.compile(pattern), slot, type, weight, listed));
    }

    static {
        MentionType w = MentionType.WORK;
        MentionType p = MentionType.PERSON;
        MentionType c = MentionType.CHARACTER;
        // works
        vote(Cues.WORK_NOUN + " (?:, )?<X:w>", "w", w, 3);
        vote("<X:w> \\( working title \\)", "w", w, 4);
        vote("<X:w> (?:'s )?(?:starring|stars|starred|featuring|premieres|premiered|premiering|airs|aired|follows|tells|"
                + "revolves|centers|centres|is about|cast|episode|episodes|season|part|poster|posters|teaser|ost|"
                + "will premiere|is set to premiere|is a|has been renewed|is based|marks|is scheduled|was renewed)", "w", w, 2);
        vote("(?:starred|starring|stars|appeared|appears|appearance|appearances|cameo|cameos|role|roles|debut|"
                + "worked|work|works|known|famous|recognized|recognition|fame|seen|acted|credits|performance|performances|"
                + "turn|portrayal) (?:in|on|for|from) (?:the )?(?:[a-z-]+ ){0,3}<X:w>", "w", w, 2);
        vote("(?:such as|like|including|includes|include) (?:the )?(?:[a-z-]+ ){0,2}<X:w>", "w", w, 1);
        // "hits like A, B, and C": every title of a list after a work noun
        voteList(Cues.WORK_NOUN + " (?:such as|like|including) <WX:w>", "w", w, 2, "WX");
        vote("<W> " + Cues.PAREN + "(?:,|and|, and|&) (?:[0-9]{4} 's )?<X:w>", "w", w, 2);
        vote("<X:w> (?:\\( [0-9-]+ \\) )?(?:,|and|, and|&) <W>", "w", w, 2);
        vote("<P> (?:'s )?\\( <X:w> \\)", "w", w, 2);
        vote("<P> (?:'s )?(?:[0-9]{4} )?(?:" + Cues.WORK_NOUN + " ){1,2}<X:w>", "w", w, 2);
        vote("<X:w> (?:co-star|fame)", "w", w, 1);
        vote("(?<!.)<X:w> (?:was|is|will be) (?:his|her|their) (?:[a-z-]+ ){0,3}?(?:work|drama|project|film|series|movie|role)", "w", w, 2);
        // "Blue Harbor's Han Seo Jin stars as": an actor known by an earlier work
        vote("<X:w> 's <P> (?:\\( [^()]+ \\) )?(?:stars|plays|will star|will play|returns|joins|is cast)", "w", w, 2);
        vote("<P> of <X:w> (?:will|is set to|is to) (?:direct|write|pen|helm|star)", "w", w, 2);
        vote("(?:" + Cues.WRITER_NOUN + "|" + Cues.DIRECTOR_NOUN + ") (?:[a-z-]+ )?<P> of <X:w>(?! <N>)", "w", w, 2);
        vote("(?:" + Cues.WORK_NOUN + ") (?:was|is|will be|would be) (?:also )?(?:the )?<X:w>", "w", w, 2);
        vote("(?:penned|wrote|directed|helmed|created|written|directing|writing|penning) (?:the )?(?:[a-z-]+ ){0,2}<X:w>", "w", w, 2);
        // publications and sources, quoted like titles but not works
        vote("(?:reports|reported|according to|told|via|per|source :|credit :|courtesy of|interview with) <WX:o>", "o", MentionType.NAME, 4);
        // people
        vote(Cues.PERSON_NOUN + " <X:p>", "p", p, 2);
        vote("(?:cast|cast members|lineup|line-up) (?:also )?(?:include|includes|including|of) <X:p>", "p", p, 3);
        vote("<X:p> (?:, (?:[a-z'-]+ ){1,10}, )?(?:said|says|shared|added|explained|revealed|remarked|stated|told|commented|"
                + "continued|noted|confessed|admitted|recalled|expressed)", "p", p, 1);
        vote("<X:p> (?:,|and) <P>", "p", p, 1);
        vote("<P> , <X:p> (?:,|and|, and)", "p", p, 1);
        vote("<X:p> (?:will |would |also )?(?:" + Cues.PLAY_VERB + ")", "p", p, 1);
        vote("(?:starring|headlined by|led by|played by|portrayed by|written by|directed by|penned by) <X:p>(?! 's| scribe| writer| director| star| actor| actress| fame)", "p", p, 2);
        // characters
        vote("<PH> " + Cues.PAREN + "(?:, who |who )?(?:will |would |also |is set to |to )?(?:star |stars |starred |starring |appear |appears |"
                + "appeared |appearing |return |returns |returned |cameo |also |be seen |seen )?as (?:the |a |an |his |her )?(?:[a-z-]+ ){0,2}"
                + "(?:(?:version|self) of )?<PX:c>", "c", c, 3);
        vote("(?:" + Cues.PLAY_VERB + "|takes on|take on|took on|taking on|is cast as|was cast as|cast as|stars as|"
                + "starred as) (?:the )?(?:role|roles|character|part) (?:of )?(?:[a-z'-]+ ){0,4}<PX:c>", "c", c, 5);
        // "Kim will play Shin Ha-ri": a name right after an actor's verb of playing is a role, however often it recurs
        vote("<P> " + Cues.PAREN + Cues.IN_THE_WORK + "(?:, who |who )?(?:will |would |also )?" + Cues.PLAY_VERB + " <PX:c>(?! 's)", "c", c, 4);
        vote("<PH> " + Cues.PAREN + Cues.IN_THE_WORK + "(?:, who |who )?(?:will |would |also )?" + Cues.PLAY_VERB + " (?:into )?(?:the |his )?(?:[a-z-]+ ){0,4}?(?:, )?<PX:c>(?! 's)", "c", c, 2);
        vote("<PX:c> (?:, )?\\( (?:played|portrayed) by (?:[a-z0-9-]+ 's )?<P> \\)", "c", c, 4);
        vote("<PX:c> , (?:played|portrayed) by <P>", "c", c, 4);
        vote("(?<!.)the (?:former|latter) " + Cues.TAKES_THE_ROLE + "<PX:c>(?! 's)", "c", c, 3);
        // "her best friend Moon Da In (Ko Min Jae)": someone of the story, with the actor in the parenthesis
        vote("(?:his|her|their|<C> 's) (?:[a-z-]+ )?" + Cues.RELATIVE + " <PX:c> \\( <P> \\)", "c", c, 3);
        vote("(?:character|characters|role) (?:named |called )?(?:of )?<PX:c>", "c", c, 3);
        vote("(?:named|called) <PX:c>", "c", c, 2);
        voteList("(?:in )?the roles of <PX:c>", "c", c, 3, "PX");
        vote("of <X:w> (?:(?:,|and) [^ ]+ )*fame", "w", w, 2);
        vote("(?:his|their) (?:[a-z-]+ )?(?:character|role) ,? <PX:c>", "c", c, 2);
        vote("<W> \\( (?:he |she )?(?:played |plays |as )?<PX:c> \\)", "c", c, 1);
        vote("<P> (?:'s )?" + Cues.PAREN + "'s (?:(?!" + Cues.RELATIVE + " )[a-z-]+ ){0,4}?<P:c>(?! 's)", "c", c, 1);
        vote("(?<!.)as (?:[a-z-]+ ){0,2}?<PX:c> , <P>", "c", c, 2);
        vote("<P> " + Cues.PAREN + "(?:[a-z-]+ ){1,4}?as (?:the |a |an |his )?(?:[a-z-]+ ){0,2}?<PX:c>", "c", c, 1);
    }

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
}
