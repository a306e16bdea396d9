package org.dramagraph.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression over {@link SentenceCode}s, written with mention slots: {@code <P:actor>}
 * matches a person item and captures it as {@code actor}; {@code <PX:role>} takes a person or an
 * unknown name; {@code <PH:who>} also takes a pronoun ({@code he}, {@code his}) for the caller to resolve;
 * {@code <W>} matches a work without capturing it. Everything else is plain regex; a match starts at
 * an item or word and ends at the end of one.
 */
public final class CodePattern {
    private static final Pattern SLOT = Pattern.compile("<([PWCNXQH]+)(?::([a-z][a-zA-Z0-9]*))?>");

    private final String source;
    private final Pattern pattern;
    private final List<String> slots;
    /** The regex group of each slot: a slot name may appear in several alternatives, and group names must differ. */
    private final String[] groups;
    /** Words or item letters one of which every match starts with; null when it may start with anything. */
    private final Trigger trigger;
    /**
     * For a pattern that opens with one part (a slot or a word): the words or item letters one of which
     * the part after it must be; null when anything may follow or the pattern opens otherwise.
     */
    private final Trigger second;
    /** Whether a match can only start the sentence: the pattern opens with {@code (?<!.)}. */
    private final boolean atStart;
    /** Sets of words or item letters a sentence must hold one of each, in order, for a match to be possible. */
    private final List<Required> required;

    private CodePattern(String source, Pattern pattern, List<String> slots) {
        this.source = source;
        this.pattern = pattern;
        this.slots = slots;
        this.groups = new String[slots.size()];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = group(slots.get(i), i);
        }
        Trigger opening = Trigger.firstOf(source);
        // an index files patterns by words and letters: one that may open with any number is tried everywhere
        this.trigger = opening != null && opening.numbers() ? null : opening;
        this.second = Trigger.afterOpening(source);
        this.atStart = source.startsWith("(?<!.)");
        this.required = Trigger.required(source);
    }

    private static String group(String slot, int index) {
        return slot + "Z" + index;
    }

    /** Compiles a pattern; throws {@link IllegalArgumentException} naming it when it is not valid. */
    public static CodePattern compile(String source) {
        if (source.endsWith(" ")) {
            // a match must end at the end of an item or word, so a trailing space could never match
            throw new IllegalArgumentException("sentence pattern ends with a space: " + source);
        }
        Matcher m = SLOT.matcher(source);
        StringBuilder regex = new StringBuilder("(?:");
        List<String> slots = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            regex.append(source, last, m.start());
            String types = m.group(1);
            boolean pronoun = types.indexOf('H') >= 0;
            types = types.replace("H", "");
            String item = (types.length() == 1 ? types : "[" + types + "]") + "\\d+";
            if (pronoun) {
                item = types.isEmpty() ? "(?:he|his)" : "(?:" + item + "|he|his)";
            }
            if (m.group(2) != null) {
                regex.append("(?<").append(group(m.group(2), slots.size())).append('>').append(item).append(')');
                slots.add(m.group(2));
            } else {
                regex.append(item);
            }
            last = m.end();
        }
        regex.append(source.substring(last)).append(")(?![^ ])");
        try {
            return new CodePattern(source, Pattern.compile(WordList.factor(regex.toString())), List.copyOf(slots));
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException("bad sentence pattern: " + source, e);
        }
    }

    /**
     * Every non-overlapping match in the code, each as the captured items by slot name. For one-off
     * use: many patterns over many sentences are read faster through one {@link Index}.
     */
    public List<Match> matches(SentenceCode code) {
        return new Index(List.of(this)).matches(code).of(0);
    }

    /** Whether the part after a possible start at part {@code t} can go on with the pattern (see {@link #second}). */
    private boolean followedRightAt(SentenceCode code, int t) {
        return second == null || t + 1 < code.parts().length && second.accepts(code, t + 1);
    }

    /** A matcher for the pattern that looks around the region it is given, to be reset onto a code. */
    private Matcher matcher() {
        return pattern.matcher("").useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** The match starting at part {@code t} of the code the matcher was reset onto, or null. */
    private Match matchAt(Matcher m, SentenceCode code, int t) {
        m.region(code.starts()[t], code.code().length());
        if (!m.lookingAt()) {
            return null;
        }
        List<String> items = new ArrayList<>(slots.size());
        for (int i = 0; i < slots.size(); i++) {
            items.add(m.group(groups[i]));
        }
        return new Match(this, code, items, m.start(), m.end());
    }

    /**
     * Words or item letters one of which a match (or a part of one) must start with, read off the
     * pattern: lets a sentence that has none of them skip the regex.
     */
    private record Trigger(int letters, java.util.BitSet ids, boolean numbers) {
        /** @param letters item type letters, such as {@code "PX"} */
        Trigger(java.util.Set<String> words, String letters) {
            this(SentenceCode.letterSet(letters), Vocabulary.ids(words), false);
        }

        /**
         * What a match may start with, read through the optional elements and lookarounds that open a
         * pattern ("(?:<P:a> 's |his )?<W:w> co-star" starts with a P or W item, "his" or nothing else).
         * Null when a match may start with anything, or the pattern goes beyond what this reading knows.
         */
        static Trigger firstOf(String regex) {
            java.util.Set<String> words = new java.util.HashSet<>();
            StringBuilder letters = new StringBuilder();
            boolean[] numbers = new boolean[1];
            return addFirst(regex, (char) 0, words, letters, numbers)
                    ? new Trigger(SentenceCode.letterSet(letters.toString()), Vocabulary.ids(words), numbers[0]) : null;
        }

        /**
         * Where the content of a group opening at 0 starts: after {@code (?:} or a named group's
         * {@code (?<name>}; -1 for anything else (a lookaround, a capturing group, no group).
         */
        private static int groupContentStart(String s) {
            if (s.startsWith("(?:")) {
                return 3;
            }
            if (s.startsWith("(?<") && s.length() > 3 && Character.isLetter(s.charAt(3))) {
                return s.indexOf('>') + 1;
            }
            return -1;
        }

        /**
         * Whether the quantifier at {@code i} lets the element before it be left out: {@code ?}, {@code *}
         * or {@code {0,n}}, where {@code +} and {@code {1,n}} do not.
         */
        private static boolean optionalAt(String s, int i) {
            char c = s.charAt(i);
            return c == '?' || c == '*' || c == '{' && (s.startsWith("{0,", i) || s.startsWith("{0}", i));
        }

        /**
         * What may follow a pattern's opening part, when that is one slot ("<P:a> \\( ..." goes on with
         * "("), one word or a list of single words ("(?:actor|actress) <X:p>" goes on with an X item);
         * null when unknown.
         */
        static Trigger afterOpening(String source) {
            int end;
            Matcher slot = SLOT.matcher(source);
            Matcher word = ONE_WORD.matcher(source);
            if (slot.lookingAt()) {
                end = slot.end();
            } else if (source.startsWith("(?:")) {
                int close = closing(source, 0);
                if (close < 0 || !splitTop(source.substring(3, close)).stream().allMatch(w -> ONE_WORD.matcher(w).matches())) {
                    return null;
                }
                end = close + 1;
            } else if (word.lookingAt()) {
                end = word.end();
            } else {
                return null;
            }
            if (end >= source.length() || source.charAt(end) != ' ' || splitTop(source).size() > 1) {
                return null;
            }
            return firstOf(source.substring(end + 1));
        }

        /**
         * Adds the words and letters a match of a regex may start with; false when that may be anything.
         *
         * @param after the character after the regex in the pattern around it (0 for none)
         */
        private static boolean addFirst(String regex, char after, java.util.Set<String> words, StringBuilder letters,
                                        boolean[] numbers) {
            List<String> alternatives = new ArrayList<>();
            int from = 0;
            for (int i = 0; i < regex.length(); i = elementEnd(regex, i)) {
                if (regex.charAt(i) == '|') {
                    alternatives.add(regex.substring(from, i));
                    from = i + 1;
                }
            }
            alternatives.add(regex.substring(from));
            for (String alternative : alternatives) {
                if (!addFirstOfSequence(alternative, after, words, letters, numbers)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean addFirstOfSequence(String s, char after, java.util.Set<String> words, StringBuilder letters,
                                                  boolean[] numbers) {
            int i = 0;
            while (i < s.length()) {
                int end = elementEnd(s, i);
                int next = quantifierEnd(s, end);
                boolean optional = next > end && (s.charAt(end) == '?' || s.charAt(end) == '*'
                        || s.startsWith("{0,", end) || s.startsWith("{0}", end));
                String element = s.substring(i, end);
                boolean lookaround = element.startsWith("(?=") || element.startsWith("(?!") || element.startsWith("(?<=")
                        || element.startsWith("(?<!");
                if (!lookaround) { // a lookaround takes no part of the sentence
                    if (!addFirstOfElement(element, end < s.length() ? s.charAt(end) : after, words, letters, numbers)) {
                        return false;
                    }
                    if (!optional) {
                        return true;
                    }
                }
                i = next;
            }
            return false; // every element may be left out: a match may start anywhere
        }

        /**
         * Adds what one element may start with: a group's alternatives, a slot's item letters, or a word
         * that is a whole part of the code (followed by a space or the end of the pattern).
         */
        private static boolean addFirstOfElement(String element, char after, java.util.Set<String> words,
                                                 StringBuilder letters, boolean[] numbers) {
            int open = groupContentStart(element);
            if (open > 0 && element.endsWith(")")) {
                return addFirst(element.substring(open, element.length() - 1), after, words, letters, numbers);
            }
            if (element.equals("[0-9]")) {
                numbers[0] = true; // "[0-9]{4} ": a part that starts with a digit (items never do)
                return true;
            }
            Matcher slot = SLOT.matcher(element);
            if (slot.matches()) {
                String types = slot.group(1);
                letters.append(types.replace("H", ""));
                if (types.indexOf('H') >= 0) {
                    words.add("he");
                    words.add("his");
                }
                return true;
            }
            String word = element.equals("\\(") || element.equals("\\)") ? element.substring(1) : element;
            // a word followed by a space, or ending the pattern (a match ends at the end of a part), is a whole part
            if ((after == ' ' || after == 0) && word.matches("[a-z0-9'-]+|[,:;&()]")) {
                words.add(word);
                return true;
            }
            return false;
        }

        /** Where the element starting at {@code i} ends: a group, a slot, an escape, a class, a word or a character. */
        private static int elementEnd(String s, int i) {
            char c = s.charAt(i);
            if (c == '(') {
                int depth = 0;
                for (int k = i; k < s.length(); k = c == '[' ? classEnd(s, k) : k + 1) {
                    c = s.charAt(k);
                    if (c == '\\') {
                        k++;
                    } else if (c == '(') {
                        depth++;
                    } else if (c == ')' && --depth == 0) {
                        return k + 1;
                    }
                }
                return s.length();
            }
            if (c == '<' && s.indexOf('>', i) > 0) {
                return s.indexOf('>', i) + 1;
            }
            if (c == '\\') {
                return Math.min(s.length(), i + 2);
            }
            if (c == '[') {
                return classEnd(s, i);
            }
            int end = i;
            while (end < s.length() && (Character.isLowerCase(s.charAt(end)) || Character.isDigit(s.charAt(end))
                    || s.charAt(end) == '\'' || s.charAt(end) == '-')) {
                end++;
            }
            return Math.max(end, i + 1);
        }

        /** The end of a character class such as {@code [^()]} starting at {@code i}. */
        private static int classEnd(String s, int i) {
            for (int k = i + 1; k < s.length(); k++) {
                if (s.charAt(k) == '\\') {
                    k++;
                } else if (s.charAt(k) == ']' && k > i + 1 && !(k == i + 2 && s.charAt(i + 1) == '^')) {
                    return k + 1;
                }
            }
            return s.length();
        }

        /** Where a quantifier ({@code ?}, {@code *}, {@code +}, {@code {0,3}}, lazy or not) at {@code i} ends; i if none. */
        private static int quantifierEnd(String s, int i) {
            int k = i;
            if (k < s.length() && "?*+".indexOf(s.charAt(k)) >= 0) {
                k++;
            } else if (k < s.length() && s.charAt(k) == '{' && s.indexOf('}', k) > 0) {
                k = s.indexOf('}', k) + 1;
            } else {
                return i;
            }
            return k < s.length() && (s.charAt(k) == '?' || s.charAt(k) == '+') ? k + 1 : k;
        }

        /**
         * What every match needs somewhere in the sentence: for each element of the pattern's top level
         * that cannot be skipped, the words (or item letters) one of which that element starts with, and
         * how many parts after the match's start it may start at most.
         */
        static List<Required> required(String source) {
            List<Required> out = new ArrayList<>();
            int i = 0;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (c == ' ') {
                    i++;
                    continue;
                }
                int end;
                String element;
                if (c == '(') {
                    end = closing(source, i) + 1;
                    if (end == 0) {
                        return out;
                    }
                    element = source.substring(i, end);
                } else if (c == '<') {
                    end = source.indexOf('>', i) + 1;
                    element = source.substring(i, end);
                } else if (c == '\\') {
                    end = Math.min(source.length(), i + 2);
                    element = null;
                } else {
                    end = i;
                    while (end < source.length() && " ()<[?*+{|".indexOf(source.charAt(end)) < 0) {
                        end++;
                    }
                    if (end == i) {
                        return out; // a construct this reading does not know: stop adding requirements
                    }
                    element = source.substring(i, end);
                }
                boolean optional = end < source.length() && optionalAt(source, end);
                if (end < source.length() && source.charAt(end) == '|') {
                    return List.of(); // a top-level alternation: nothing is surely required
                }
                boolean plainWord = element != null && !element.startsWith("(") && !element.startsWith("<");
                if (optional && plainWord && source.charAt(end) == '?' && element.length() > 1
                        && (end + 1 >= source.length() || "?+".indexOf(source.charAt(end + 1)) < 0)) {
                    // "co-stars?": the question mark makes only the last letter optional
                    String shorter = element.substring(0, element.length() - 1);
                    if (wordTrigger(element) != null && wordTrigger(shorter) != null) {
                        out.add(new Required(new Trigger(java.util.Set.of(element, shorter), ""), maxSpaces(source.substring(0, i))));
                    }
                } else if (!optional && element != null) {
                    Trigger t = plainWord ? wordTrigger(element) : firstOf(element);
                    t = t != null && t.numbers() ? null : t;
                    boolean lookaround = element.startsWith("(?!") || element.startsWith("(?=")
                            || element.startsWith("(?<") && groupContentStart(element) < 0;
                    if (t != null && !lookaround) {
                        out.add(new Required(t, maxSpaces(source.substring(0, i))));
                    }
                }
                i = end;
                while (i < source.length() && "?*+{".indexOf(source.charAt(i)) >= 0) {
                    i = source.charAt(i) == '{' ? source.indexOf('}', i) + 1 : i + 1;
                }
            }
            return out;
        }

        /**
         * The most spaces a match of a regex can take in, which is how many parts further on than its start
         * it may end; {@link #UNBOUNDED} when nothing limits it (a repeat with no upper bound, or a
         * character class that takes spaces repeated without one).
         */
        static int maxSpaces(String regex) {
            int most = 0;
            for (String alternative : splitTop(regex)) {
                long total = 0;
                int i = 0;
                while (i < alternative.length() && total < UNBOUNDED) {
                    int end = elementEnd(alternative, i);
                    int next = quantifierEnd(alternative, end);
                    int one = maxSpacesOfElement(alternative.substring(i, end));
                    long times = maxRepeats(alternative.substring(end, next));
                    total += one == 0 ? 0 : one == UNBOUNDED || times == UNBOUNDED ? UNBOUNDED : one * times;
                    i = next;
                }
                most = (int) Math.max(most, Math.min(total, UNBOUNDED));
            }
            return most;
        }

        private static int maxSpacesOfElement(String element) {
            if (element.startsWith("(?=") || element.startsWith("(?!") || element.startsWith("(?<=") || element.startsWith("(?<!")) {
                return 0; // a lookaround takes nothing in
            }
            if (element.startsWith("(")) {
                int open = groupContentStart(element);
                return maxSpaces(element.substring(open > 0 ? open : 1, element.length() - 1));
            }
            if (element.startsWith("[")) {
                boolean negated = element.startsWith("[^");
                boolean listsSpace = element.contains(" ") || element.contains("\\s");
                return negated != listsSpace ? 1 : 0;
            }
            return element.equals(" ") || element.equals(".") || element.equals("\\s") ? 1 : 0;
        }

        /** The most times a quantifier lets its element repeat: 1 for none or {@code ?}. */
        private static long maxRepeats(String quantifier) {
            if (quantifier.isEmpty() || quantifier.startsWith("?")) {
                return 1;
            }
            if (quantifier.startsWith("*") || quantifier.startsWith("+")) {
                return UNBOUNDED;
            }
            String bounds = quantifier.substring(1, quantifier.indexOf('}'));
            int comma = bounds.indexOf(',');
            if (comma < 0) {
                return Integer.parseInt(bounds);
            }
            return comma == bounds.length() - 1 ? UNBOUNDED : Integer.parseInt(bounds.substring(comma + 1));
        }

        private static Trigger wordTrigger(String word) {
            return word.matches("'?[a-z][a-z0-9'-]*|[,:;&.-]") ? new Trigger(java.util.Set.of(word), "") : null;
        }

        /** Whether a match may start at a part of a code (an item such as {@code P3}, or a word). */
        boolean accepts(SentenceCode code, int part) {
            char letter = code.itemLetter(part);
            if (letter != 0) {
                return (SentenceCode.letterSet(letter) & letters) != 0;
            }
            int id = code.wordId(part);
            return id >= 0 && ids.get(id) || numbers && Character.isDigit(code.parts()[part].charAt(0));
        }

        private static int closing(String s, int open) {
            int depth = 0;
            for (int i = open; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return i;
                }
            }
            return -1;
        }

        private static List<String> splitTop(String s) {
            List<String> out = new ArrayList<>();
            int depth = 0;
            int from = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == '|' && depth == 0) {
                    out.add(s.substring(from, i));
                    from = i + 1;
                }
            }
            out.add(s.substring(from));
            return out;
        }
    }

    /** No limit to how far into a match an element may start. */
    static final int UNBOUNDED = Integer.MAX_VALUE;

    /**
     * A set of words or item letters every match needs, and how many parts after the match's start the
     * part that meets it may be at most ({@link #UNBOUNDED} for no limit).
     */
    record Required(Trigger set, int reach) {
    }

    /**
     * Every word some pattern needs, numbered, so that what a word starts or meets is an array look-up.
     * Patterns add their words when compiled; a code made before a pattern was compiled looks its
     * words up again (see {@link SentenceCode#wordId(int)}).
     */
    static final class Vocabulary {
        private static final java.util.Map<String, Integer> IDS = new java.util.concurrent.ConcurrentHashMap<>();
        private static volatile int size;

        private Vocabulary() {
        }

        static synchronized java.util.BitSet ids(java.util.Set<String> words) {
            java.util.BitSet out = new java.util.BitSet();
            for (String w : words) {
                out.set(IDS.computeIfAbsent(w, k -> IDS.size()));
            }
            size = IDS.size();
            return out;
        }

        /** How many words are numbered: it grows when a pattern with new words is compiled. */
        static int size() {
            return size;
        }

        /** The number of a word, or -1 when no pattern needs it. */
        static int id(String word) {
            Integer id = IDS.get(word);
            return id == null ? -1 : id;
        }
    }

    /** A word that is one part of a code, or a punctuation part. */
    private static final Pattern ONE_WORD = Pattern.compile("'?[a-z][a-z0-9'-]*|[,:;&.-]");

    /**
     * Many patterns over one sentence at a time: finds, in one pass over the sentence's parts, where
     * each pattern may start, so a sentence costs a lookup per word rather than a regex per pattern. A
     * pattern is tried at a part only when the part (and, for a pattern opening with a slot, the part
     * after it) can open it, and when the rest of the sentence still holds the words and items the
     * pattern cannot do without, in the order it names them.
     */
    public static final class Index {
        /** The key of a part that starts with a digit, in {@link #openingThen} lists of what may follow an opening part. */
        private static final int NUMBER_KEY = -2;
        private final List<CodePattern> patterns;
        /**
         * The patterns that may start at a part, by the part's {@link SentenceCode#keys() key}: those whose
         * opening part is followed by something known are not here but in {@link #openingThen}.
         */
        private final int[][] startingAt;
        /** For each key of an opening part: the patterns that may start there, by the key of the next part. */
        private final int[][][] openingThen;
        /** The patterns tried at every part. */
        private final int[] everywhere;
        /** The patterns whose matches can only start the sentence. */
        private final int[] atStart;
        /** Each pattern's required sets of words or letters, by number, in the order the pattern needs them. */
        private final int[][] requiredBy;
        /** For each pattern's required sets, how many parts after the start it may be met at most. */
        private final int[][] reachOf;
        /** How many different required sets the patterns have. */
        private final int requiredSets;
        /** The required sets a part meets, as a mask, by the part's {@link SentenceCode#keys() key}; null for none. */
        private final long[][] metByKey;
        /** Each thread's matchers, one per pattern. */
        private final ThreadLocal<Matchers> matchers;

        public Index(List<CodePattern> patterns) {
            this.patterns = List.copyOf(patterns);
            int keys = 26 + Vocabulary.size();
            List<List<Integer>> starting = new ArrayList<>();
            List<java.util.Map<Integer, List<Integer>>> then = new ArrayList<>();
            for (int k = 0; k < keys; k++) {
                starting.add(new ArrayList<>());
                then.add(new java.util.HashMap<>());
            }
            List<Integer> always = new ArrayList<>();
            List<Integer> first = new ArrayList<>();
            for (int i = 0; i < patterns.size(); i++) {
                CodePattern p = patterns.get(i);
                if (p.atStart) {
                    first.add(i);
                } else if (p.trigger == null) {
                    always.add(i);
                } else {
                    for (int k : keys(p.trigger)) {
                        if (p.second == null) {
                            starting.get(k).add(i);
                        } else {
                            for (int next : keys(p.second)) {
                                then.get(k).computeIfAbsent(next, x -> new ArrayList<>()).add(i);
                            }
                        }
                    }
                }
            }
            startingAt = new int[keys][];
            openingThen = new int[keys][][];
            for (int k = 0; k < keys; k++) {
                startingAt[k] = starting.get(k).stream().mapToInt(Integer::intValue).toArray();
                if (!then.get(k).isEmpty()) {
                    openingThen[k] = new int[keys + 1][];
                    for (var e : then.get(k).entrySet()) {
                        openingThen[k][e.getKey() == NUMBER_KEY ? keys : e.getKey()] =
                                e.getValue().stream().mapToInt(Integer::intValue).toArray();
                    }
                }
            }
            everywhere = always.stream().mapToInt(Integer::intValue).toArray();
            atStart = first.stream().mapToInt(Integer::intValue).toArray();

            java.util.Map<Trigger, Integer> numbers = new java.util.LinkedHashMap<>();
            for (CodePattern p : patterns) {
                p.required.forEach(r -> numbers.putIfAbsent(r.set(), numbers.size()));
            }
            requiredSets = numbers.size();
            int longs = (numbers.size() + 63) / 64;
            requiredBy = new int[patterns.size()][];
            reachOf = new int[patterns.size()][];
            for (int i = 0; i < patterns.size(); i++) {
                requiredBy[i] = patterns.get(i).required.stream().mapToInt(r -> numbers.get(r.set())).toArray();
                reachOf[i] = patterns.get(i).required.stream().mapToInt(Required::reach).toArray();
            }
            metByKey = new long[26 + Vocabulary.size()][];
            numbers.forEach((t, r) -> {
                for (int k : keys(t)) {
                    if (k >= 0) {
                        if (metByKey[k] == null) {
                            metByKey[k] = new long[longs];
                        }
                        setBit(metByKey[k], r);
                    }
                }
            });
            matchers = ThreadLocal.withInitial(() -> new Matchers(this.patterns));
        }

        /** The keys a trigger accepts: its item letters, its words and {@link #NUMBER_KEY} for numbers. */
        private static List<Integer> keys(Trigger trigger) {
            List<Integer> out = new ArrayList<>();
            for (int c = 0; c < 26; c++) {
                if ((trigger.letters() & SentenceCode.letterSet((char) ('A' + c))) != 0) {
                    out.add(c);
                }
            }
            trigger.ids().stream().forEach(id -> out.add(26 + id));
            if (trigger.numbers()) {
                out.add(NUMBER_KEY);
            }
            return out;
        }

        private static void setBit(long[] mask, int bit) {
            mask[bit >> 6] |= 1L << bit;
        }

        /** The required sets each part of the code meets, as a mask (null for none), by part. */
        private long[][] metByPart(int[] keys) {
            long[][] met = new long[keys.length][];
            for (int t = 0; t < met.length; t++) {
                met[t] = keys[t] >= 0 && keys[t] < metByKey.length ? metByKey[keys[t]] : null;
            }
            return met;
        }

        /**
         * The last part a match of pattern {@code p} may start at, or -1 when the code cannot hold one: its
         * required sets are met in the order the pattern names them, each at a later part than the one
         * before, so taking them backwards from the end of the sentence finds the latest start.
         *
         * @param lastMet the last part that meets each required set, plus one (0 for none)
         */
        private int latestStart(int p, long[][] metByPart, int[] lastMet) {
            int[] order = requiredBy[p];
            int limit = metByPart.length;
            for (int k = order.length - 1; k >= 0 && limit >= 0; k--) {
                int set = order[k];
                int at = lastMet[set] - 1;
                // usually the last part meeting a set is before the part that meets the next one
                for (at = Math.min(at, limit - 1); at >= 0 && !meets(metByPart[at], set); at--) {
                    // looking further back
                }
                limit = at;
            }
            return Math.min(limit, metByPart.length - 1);
        }

        private static boolean meets(long[] met, int set) {
            return met != null && (met[set >> 6] & 1L << set) != 0;
        }

        /** The last part that meets each required set, plus one (0 for none), by set. */
        private int[] lastMet(long[][] metByPart) {
            int[] last = new int[requiredSets];
            long[] assigned = new long[(requiredSets + 63) / 64];
            for (int t = metByPart.length - 1; t >= 0; t--) {
                long[] met = metByPart[t];
                for (int w = 0; met != null && w < met.length; w++) {
                    // a set is met last at the first part that meets it, reading backwards
                    long bits = met[w] & ~assigned[w];
                    assigned[w] |= bits;
                    for (; bits != 0; bits &= bits - 1) {
                        last[(w << 6) + Long.numberOfTrailingZeros(bits)] = t + 1;
                    }
                }
            }
            return last;
        }

        /**
         * One matcher per pattern, made once per thread. All of them read one {@link Text} that is
         * pointed at each code in turn: a matcher that is moved to a part resets itself anyway, so
         * it need not also be reset onto every new code.
         */
        private static final class Matchers {
            private final List<CodePattern> patterns;
            private final Matcher[] matchers;
            private final Text text = new Text();

            Matchers(List<CodePattern> patterns) {
                this.patterns = patterns;
                this.matchers = new Matcher[patterns.size()];
            }

            /** The pattern's matcher over {@code code}, to be moved to a part before it is used. */
            Matcher of(int pattern, String code) {
                text.code = code;
                if (matchers[pattern] == null) {
                    matchers[pattern] = patterns.get(pattern).matcher().reset(text);
                }
                return matchers[pattern];
            }
        }

        /** The code the matchers read, which changes under them. */
        private static final class Text implements CharSequence {
            private String code = "";

            @Override
            public int length() {
                return code.length();
            }

            @Override
            public char charAt(int index) {
                return code.charAt(index);
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                return code.substring(start, end);
            }

            @Override
            public String toString() {
                return code;
            }
        }

        /**
         * The matches of every pattern in a code, by pattern, in the order the patterns were given. A
         * pattern is tried only where it may start and where the rest of the sentence still holds its
         * required words and items in order.
         */
        public Found matches(SentenceCode code) {
            Search search = new Search(code);
            int size = code.parts().length;
            for (int p : atStart) {
                Trigger trigger = patterns.get(p).trigger;
                if (size > 0 && (trigger == null || trigger.accepts(code, 0)) && patterns.get(p).followedRightAt(code, 0)) {
                    search.tryAt(p, 0);
                }
            }
            int[] keys = search.keys;
            for (int t = 0; t < size; t++) {
                int key = keys[t];
                int next = t + 1 < size ? keys[t + 1] : -1;
                if (key >= 0 && key < startingAt.length) {
                    search.tryAll(startingAt[key], t);
                    int[][] then = openingThen[key];
                    if (then != null && t + 1 < size) {
                        if (next >= 0 && next < then.length - 1) {
                            search.tryAll(then[next], t);
                        }
                        if (then[then.length - 1] != null && Character.isDigit(code.parts()[t + 1].charAt(0))) {
                            search.tryAll(then[then.length - 1], t);
                        }
                    }
                }
                search.tryAll(everywhere, t);
            }
            return search.found();
        }

        /** The patterns of the index over one code: what each found so far and where it may still start. */
        private final class Search {
            private final SentenceCode code;
            private final int[] keys;
            private final long[][] metByPart;
            private final int[] lastMet;
            private final ArrayList<Match>[] found;
            /** Where each pattern's next match may start: matches of one pattern do not overlap. */
            private final int[] from;
            /** Each pattern's {@link #latestStart} plus two, worked out when the pattern is first tried; 0 till then. */
            private final int[] latest;
            private final Matchers matchers = Index.this.matchers.get();

            Search(SentenceCode code) {
                this.code = code;
                this.keys = code.keys();
                this.metByPart = metByPart(keys);
                this.lastMet = lastMet(metByPart);
                this.found = new ArrayList[patterns.size()];
                this.from = new int[patterns.size()];
                this.latest = new int[patterns.size()];
            }

            /** Whether each required set of pattern {@code p} with a limited reach is met within it of part {@code t}. */
            private boolean withinReach(int p, int t) {
                int[] sets = requiredBy[p];
                int[] reach = reachOf[p];
                for (int k = 1; k < sets.length; k++) {
                    if (reach[k] == UNBOUNDED) {
                        continue;
                    }
                    int last = Math.min(metByPart.length - 1, t + reach[k]);
                    int at = t;
                    while (at <= last && !meets(metByPart[at], sets[k])) {
                        at++;
                    }
                    if (at > last) {
                        return false;
                    }
                }
                return true;
            }

            /** What each pattern found, by pattern. */
            Found found() {
                return new Found(found);
            }

            void tryAll(int[] patterns, int t) {
                if (patterns != null) {
                    for (int p : patterns) {
                        tryAt(p, t);
                    }
                }
            }

            /** Tries pattern {@code p} at part {@code t}, unless an earlier match of it covers that part. */
            void tryAt(int p, int t) {
                int start = code.starts()[t];
                if (start < from[p]) {
                    return;
                }
                if (latest[p] == 0) {
                    latest[p] = latestStart(p, metByPart, lastMet) + 2;
                }
                if (t + 2 > latest[p] || !withinReach(p, t)) {
                    return;
                }
                Match match = patterns.get(p).matchAt(matchers.of(p, code.code()), code, t);
                if (match != null) {
                    if (found[p] == null) {
                        found[p] = new ArrayList<>();
                    }
                    found[p].add(match);
                    from[p] = Math.max(match.end(), start + 1);
                }
            }
        }
    }

    /** What the patterns of an {@link Index} found in one code, by pattern, in the order the patterns were given. */
    public static final class Found {
        private final ArrayList<Match>[] byPattern;

        private Found(ArrayList<Match>[] byPattern) {
            this.byPattern = byPattern;
        }

        /** The matches of pattern {@code p}, in the order they occur; empty when it found none. */
        public List<Match> of(int p) {
            return byPattern[p] == null ? List.of() : byPattern[p];
        }

        /** Whether pattern {@code p} found nothing. */
        public boolean none(int p) {
            return byPattern[p] == null;
        }
    }

    List<String> slots() {
        return slots;
    }

    @Override
    public String toString() {
        return source;
    }

    /**
     * One match: the items captured in each slot (null where an optional slot did not take part). A slot
     * name used in several alternatives gives the item of the alternative that matched.
     */
    public record Match(CodePattern pattern, SentenceCode code, List<String> items, int start, int end) {
        /** The item captured by a slot, or null. */
        public String item(String slot) {
            boolean known = false;
            for (int i = 0; i < items.size(); i++) {
                if (pattern.slots().get(i).equals(slot)) {
                    known = true;
                    if (items.get(i) != null) {
                        return items.get(i);
                    }
                }
            }
            if (!known) {
                throw new IllegalArgumentException("no slot " + slot + " in " + pattern);
            }
            return null;
        }

        /** The mention captured by a slot, or null. */
        public org.dramagraph.mention.Mention mention(String slot) {
            String item = item(slot);
            return item == null || !Character.isDigit(item.charAt(item.length() - 1)) ? null : code.mention(item);
        }
    }
}
