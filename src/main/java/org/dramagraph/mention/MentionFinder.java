package org.dramagraph.mention;

import org.dramagraph.lang.Lexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dramagraph.lang.WordFile;
import org.dramagraph.segment.Quotation;
import org.dramagraph.segment.SegmentedText;
import org.dramagraph.segment.Sentence;
import org.dramagraph.segment.Token;

/**
 * Finds names in every sentence, in order of trust: quoted titles and names, broadcasters, names
 * the gazetteer already knows, Korean personal names by shape, then any other run of capitalized
 * words as a {@link MentionType#NAME} whose kind later stages work out. Headlines and title-case
 * headings are searched only for the first four kinds, since every word there is capitalized.
 */
public final class MentionFinder {
    private static final Set<String> SPAN_CONNECTORS = WordFile.set(MentionFinder.class, "span-connectors.txt");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Small words a title keeps in lower case, besides the connectors of names. */
    private static final Set<String> TITLE_WORDS = WordFile.set(MentionFinder.class, "title-words.txt");
    /** Punctuation a title may hold. */
    private static final Set<String> TITLE_MARKS = WordFile.set(MentionFinder.class, "title-marks.txt");

    private final Lexicon lexicon;
    private final QuoteClassifier quotes;

    public MentionFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.quotes = new QuoteClassifier(lexicon);
    }

    /**
     * What the finder learns once about a text before looking for names in it, possibly several times:
     * the kind of each quotation (by its index in {@code doc.quotations()}), which sentences are
     * headings, and the names each sentence holds by shape alone (see {@link Shapes}).
     */
    public record Prepared(SegmentedText doc, List<QuoteKind> kinds, boolean[] headings, List<Shapes> shapes) {
    }

    /**
     * What a sentence's tokens say without any known names, by token: the words, and where a
     * broadcaster, a full Korean name or a hyphenated given name starting at each token ends (-1 for
     * none). Worked out once per text however many rounds of finding follow.
     */
    record Shapes(List<String> words, int[] network, int[] koreanName, int[] givenName) {
    }

    /** Reads what the finder needs to know about a whole text. */
    public Prepared prepare(SegmentedText doc) {
        List<QuoteKind> kinds = doc.quotations().stream().map(q -> quotes.classify(doc.text(), q)).toList();
        int[] perParagraph = new int[doc.sentences().isEmpty() ? 0 : doc.sentences().get(doc.sentences().size() - 1).paragraph() + 1];
        for (Sentence s : doc.sentences()) {
            perParagraph[s.paragraph()]++;
        }
        boolean[] headings = new boolean[doc.sentences().size()];
        for (Sentence s : doc.sentences()) {
            headings[s.index()] = doc.inHeadline(s) || perParagraph[s.paragraph()] == 1 && isHeadingLine(doc, s);
        }
        KoreanNames names = new KoreanNames(lexicon, lowercaseWords(doc));
        List<Shapes> shapes = new ArrayList<>(doc.sentences().size());
        for (List<Token> tokens : doc.tokens()) {
            shapes.add(shapes(tokens, names));
        }
        return new Prepared(doc, kinds, headings, shapes);
    }

    private Shapes shapes(List<Token> tokens, KoreanNames names) {
        int n = tokens.size();
        List<String> words = tokens.stream().map(Token::text).toList();
        int[] network = new int[n];
        int[] korean = new int[n];
        int[] given = new int[n];
        for (int i = 0; i < n; i++) {
            network[i] = network(words, i);
            korean[i] = names.fullName(tokens, i);
            given[i] = names.givenOnly(tokens, i);
        }
        return new Shapes(words, network, korean, given);
    }

    /** All mentions of the text, by sentence and position, none overlapping another. */
    public List<Mention> find(Prepared text, Gazetteer known) {
        return rounds(text, known).find();
    }

    /**
     * Finds the mentions of one text again and again as its gazetteer grows. A sentence's mentions
     * depend on the gazetteer only through its answers to the questions finding asked ("which known
     * name starts at this word?"), so each find after the first looks again only at the sentences
     * where one of those answers changed; the others keep their mentions, which would come out the same.
     */
    public final class Rounds {
        private final Prepared text;
        private final Gazetteer known;
        private final List<List<Mention>> bySentence = new ArrayList<>();
        /** The questions each sentence asked the gazetteer in its last find, and the answers. */
        private final List<Questions> asked = new ArrayList<>();
        /** The sentences that asked about a word, by the word's gazetteer key. */
        private final java.util.Map<String, List<Integer>> askingAbout = new java.util.HashMap<>();
        private int version;

        private Rounds(Prepared text, Gazetteer known) {
            this.text = text;
            this.known = known;
            for (int i = 0; i < text.doc().sentences().size(); i++) {
                bySentence.add(null);
                asked.add(null);
            }
        }

        /** All mentions of the text over the gazetteer as it is now, by sentence and position. */
        public List<Mention> find() {
            SegmentedText doc = text.doc();
            boolean[] again = new boolean[bySentence.size()];
            if (!bySentence.isEmpty() && bySentence.get(0) == null) {
                java.util.Arrays.fill(again, true);
            } else {
                for (String word : known.firstWordsChangedSince(version)) {
                    for (int s : askingAbout.getOrDefault(word, List.of())) {
                        again[s] = again[s] || asked.get(s).answeredOtherwise(known, text.shapes().get(s).words());
                    }
                }
            }
            version = known.version();
            List<Mention> out = new ArrayList<>();
            List<Quotation> quotations = doc.quotations();
            int q = 0;
            for (Sentence s : doc.sentences()) {
                if (again[s.index()]) {
                    while (q < quotations.size() && quotations.get(q).start() < s.start()) {
                        q++;
                    }
                    int qEnd = q;
                    while (qEnd < quotations.size() && quotations.get(qEnd).start() < s.end()) {
                        qEnd++;
                    }
                    List<Mention> found = new ArrayList<>();
                    Questions questions = new Questions();
                    MentionFinder.this.find(doc, s, doc.tokens().get(s.index()), text.shapes().get(s.index()),
                            text.headings()[s.index()], q, qEnd, text.kinds(), known, questions, found);
                    bySentence.set(s.index(), found);
                    asked.set(s.index(), questions);
                    List<String> words = text.shapes().get(s.index()).words();
                    for (int k = 0; k < questions.count; k++) {
                        List<Integer> in = askingAbout.computeIfAbsent(known.keyOf(words.get(questions.positions[k])),
                                key -> new ArrayList<>());
                        if (in.isEmpty() || in.get(in.size() - 1) != s.index()) {
                            in.add(s.index());
                        }
                    }
                }
                out.addAll(bySentence.get(s.index()));
            }
            return out;
        }
    }

    /** The known names one find of a sentence looked up: at which token, and what the gazetteer said. */
    private static final class Questions {
        private int[] positions = new int[8];
        private Gazetteer.Entry[] answers = new Gazetteer.Entry[8];
        private int count;

        /** Looks up the known name at token {@code i} and remembers the answer. */
        Gazetteer.Entry ask(Gazetteer known, List<String> words, int i) {
            Gazetteer.Entry answer = known.match(words, i);
            if (count == positions.length) {
                positions = java.util.Arrays.copyOf(positions, count * 2);
                answers = java.util.Arrays.copyOf(answers, count * 2);
            }
            positions[count] = i;
            answers[count++] = answer;
            return answer;
        }

        /** Whether the gazetteer now answers any of the questions differently. */
        boolean answeredOtherwise(Gazetteer known, List<String> words) {
            for (int k = 0; k < count; k++) {
                if (!java.util.Objects.equals(answers[k], known.match(words, positions[k]))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Rounds of finding over a text and a gazetteer that the caller grows between them. */
    public Rounds rounds(Prepared text, Gazetteer known) {
        return new Rounds(text, known);
    }

    private void find(SegmentedText doc, Sentence s, List<Token> tokens, Shapes shapes, boolean heading, int firstQuote,
                      int endQuote, List<QuoteKind> kinds, Gazetteer known, Questions asked, List<Mention> out) {
        int n = tokens.size();
        MentionType[] type = new MentionType[n];
        String[] rule = new String[n];
        int[] spanEnd = new int[n];
        List<String> words = shapes.words();

        // 1. quoted titles and names
        for (int qi = firstQuote; qi < endQuote; qi++) {
            Quotation q = doc.quotations().get(qi);
            QuoteKind kind = kinds.get(qi);
            if (kind != QuoteKind.TITLE && kind != QuoteKind.NAME) {
                continue;
            }
            int a = firstTokenAt(tokens, q.innerStart());
            int b = lastWordBefore(tokens, q.end());
            if (a >= 0 && b >= a && free(type, a, b + 1)) {
                // a quoted personal name right after a work noun is a title ("the K-drama 'Han Seo-jin'")
                boolean title = kind == QuoteKind.TITLE || a >= 2 && lexicon.isWorkNoun(words.get(a - 2));
                Gazetteer.Entry entry = asked.ask(known, words, a);
                if (entry != null && entry.words().size() == b + 1 - a && entry.type() == MentionType.NAME) {
                    // the article showed this quoted name is no title ("reports 'Variety'")
                    mark(type, rule, spanEnd, a, b + 1, MentionType.NAME, "known");
                    continue;
                }
                if (entry != null && entry.words().size() == b + 1 - a && !title
                        && (entry.type() == MentionType.CHARACTER || entry.type() == MentionType.PERSON)) {
                    // a quoted name the article showed to be a role or a person: "an heiress 'Jo Eun-sol' (Han Seo-jin)"
                    mark(type, rule, spanEnd, a, b + 1, entry.type(), "known");
                    continue;
                }
                mark(type, rule, spanEnd, a, b + 1, title ? MentionType.WORK : MentionType.NAME,
                        title ? "quoted-title" : "quoted-name");
            }
        }
        for (int i = 0; i < n; i++) {
            if (type[i] != null) {
                i = spanEnd[i] - 1;
                continue;
            }
            // 2. broadcasters and platforms
            int end = shapes.network()[i];
            if (end > 0) {
                mark(type, rule, spanEnd, i, end, MentionType.NETWORK, "network");
                i = end - 1;
                continue;
            }
            // 3. names this article (or the catalog) already taught us
            Gazetteer.Entry entry = tokens.get(i).capitalized() || Character.isDigit(words.get(i).charAt(0))
                    ? asked.ask(known, words, i) : null;
            int korean = shapes.koreanName()[i];
            if (entry != null && korean > i + entry.words().size()) {
                entry = null; // "Kim" known alone must not cut "Kim Ha Rin Soo"
            }
            if (entry != null && !heading && entry.type() == MentionType.WORK
                    && continuesAsName(tokens, shapes, i + entry.words().size(), known, asked)) {
                entry = null; // "Moonrise Baekho": a role's full name that begins with its show's title
            }
            if (entry != null && free(type, i, i + entry.words().size())) {
                end = i + entry.words().size();
                // a role named after its show ("the K-drama Moonrise") is the show where a work noun precedes it
                MentionType t = entry.type() == MentionType.CHARACTER && i > 0 && lexicon.isWorkNoun(words.get(i - 1))
                        ? MentionType.WORK : entry.type();
                mark(type, rule, spanEnd, i, end, t, "known");
                i = end - 1;
                continue;
            }
            // 4. Korean personal names by shape
            end = korean;
            if (end > 0 && free(type, i, end)) {
                mark(type, rule, spanEnd, i, end, MentionType.PERSON, "korean-name");
                i = end - 1;
                continue;
            }
            end = shapes.givenName()[i];
            if (end > 0) {
                mark(type, rule, spanEnd, i, end, MentionType.NAME, "given-name");
                i = end - 1;
            }
        }
        // 5. the credits in a parenthesis after a name are titles, read one by one whatever words they hold:
        //    "Ko Min-jae (Salt Road: The Last Harbor, Lantern Street, Will You Wait?)"
        for (int i = 1; i + 2 < n; i++) {
            if (tokens.get(i).text().equals("(") && type[i - 1] == MentionType.PERSON) {
                int from = i + 1;
                while (from < n && type[from] == null) {
                    int end = parenthesizedTitle(tokens, type, from);
                    if (end < 0) {
                        break;
                    }
                    mark(type, rule, spanEnd, from, end, MentionType.NAME, "parenthesized");
                    if (!tokens.get(end).text().equals(",")) {
                        break;
                    }
                    from = end + 1;
                }
            }
        }
        // 6. other capitalized runs
        if (!heading) {
            for (int i = 0; i < n; i++) {
                if (type[i] != null) {
                    i = spanEnd[i] - 1;
                    continue;
                }
                int end = capitalizedRun(tokens, type, i, i == 0 || opensClause(tokens.get(i - 1)));
                if (end > 0) {
                    end = withSeason(tokens, end);
                }
                if (end > 0) {
                    mark(type, rule, spanEnd, i, end, MentionType.NAME, "capitalized");
                    i = end - 1;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (type[i] == MentionType.WORK && free(type, spanEnd[i], withSeason(tokens, spanEnd[i]))) {
                int end = withSeason(tokens, spanEnd[i]);
                mark(type, rule, spanEnd, i, end, MentionType.WORK, rule[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            if (type[i] != null) {
                int end = spanEnd[i];
                Token a = tokens.get(i);
                Token b = tokens.get(end - 1);
                out.add(new Mention(type[i], a.start(), b.end(), doc.text().substring(a.start(), b.end()),
                        s.index(), rule[i]));
                i = end - 1;
            }
        }
    }

    /** Whether the word at {@code i} carries a name on: capitalized, unknown, not a common word, network or person. */
    private boolean continuesAsName(List<Token> tokens, Shapes shapes, int i, Gazetteer known, Questions asked) {
        if (i >= tokens.size() || !tokens.get(i).capitalized()) {
            return false;
        }
        List<String> words = shapes.words();
        String w = words.get(i);
        return !lexicon.isCommon(w) && !lexicon.startsNetwork(w) && !lexicon.isSurname(w) && asked.ask(known, words, i) == null
                && shapes.koreanName()[i] <= 0 && shapes.givenName()[i] <= 0;
    }

    private int network(List<String> words, int i) {
        if (!lexicon.startsNetwork(words.get(i))) {
            return -1;
        }
        StringBuilder sb = new StringBuilder();
        int best = -1;
        for (int j = i; j < Math.min(words.size(), i + lexicon.longestNetwork()); j++) {
            if (j > i) {
                sb.append(' ');
            }
            sb.append(words.get(j));
            if (lexicon.network(sb.toString()) != null) {
                best = j + 1;
            }
        }
        return best;
    }

    /**
     * The end of a run of capitalized words starting at {@code i}, or -1 if none worth a mention. At a
     * sentence start a common word ("The", "Meanwhile") cannot begin the run; elsewhere a capital is
     * the writer's signal and counts ("the drama Letters From Tomorrow").
     */
    private int capitalizedRun(List<Token> tokens, MentionType[] type, int i, boolean sentenceStart) {
        Token first = tokens.get(i);
        if (!first.capitalized() || first.text().length() < 2) {
            return -1;
        }
        if (sentenceStart && (lexicon.isCommon(first.text()) || looksLikeOpener(first.text()))
                || lexicon.isTradeWord(first.text())) {
            return -1; // "the Disney K-drama The Harbor": the name starts after the trade word
        }
        int end = i + 1;
        int lastCapital = i + 1;
        boolean connected = false;
        while (end < tokens.size() && type[end] == null) {
            Token t = tokens.get(end);
            if (t.capitalized() || Character.isDigit(t.text().charAt(0)) && t.isWord()) {
                if (connected && lexicon.isDate(t.text())) {
                    break; // "Moonlit Harbor in March": a date after "in" is a phrase of its own
                }
                end++;
                lastCapital = end;
                connected = false;
            } else if (SPAN_CONNECTORS.contains(t.text()) || t.text().equals("-")) {
                end++;
                connected = true;
            } else if (isPossessive(t) && end + 1 < tokens.size() && type[end + 1] == null
                    && tokens.get(end + 1).capitalized() && !lexicon.isCommon(tokens.get(end + 1).text())) {
                end++; // "The Baker's Daughter"
            } else if (t.text().equals(":") && !connected && end - i <= 3 && end + 1 < tokens.size() && type[end + 1] == null
                    && tokens.get(end + 1).capitalized() && !lexicon.isTradeWord(tokens.get(i).text())) {
                end++; // a subtitle: "Harbor Lights: The Last Voyage"
                connected = true;
            } else {
                break;
            }
        }
        end = lastCapital;
        for (int k = i; k < end; k++) {
            Token t = tokens.get(k);
            if (t.capitalized() && !lexicon.isCommon(t.text())) {
                return end;
            }
        }
        return -1; // only common words: "South Korean", "The"
    }

    /**
     * The end (exclusive) of a title-shaped stretch from {@code from} up to a comma or a closing
     * parenthesis: capitalized words, numbers, the small words titles keep lower-case ("Romance is a
     * Bonus Book") and a title's own punctuation; -1 when there is none within a few words or it
     * opens in lower case ("(as Yoon Dal-rae)", "(pictured)").
     */
    private int parenthesizedTitle(List<Token> tokens, MentionType[] type, int from) {
        if (from >= tokens.size() || !(tokens.get(from).capitalized() || Character.isDigit(tokens.get(from).text().charAt(0)))) {
            return -1;
        }
        for (int i = from; i < Math.min(tokens.size(), from + 12); i++) {
            Token t = tokens.get(i);
            String w = t.text();
            if (w.equals(")") || w.equals(",")) {
                String last = tokens.get(i - 1).text();
                return i > from && (tokens.get(i - 1).isWord() || last.equals("!") || last.equals("?")) ? i : -1;
            }
            if (type[i] != null) {
                return -1;
            }
            if (!(t.capitalized() || t.isWord() && Character.isDigit(w.charAt(0)) || SPAN_CONNECTORS.contains(w)
                    || TITLE_WORDS.contains(w) || TITLE_MARKS.contains(w))) {
                return -1;
            }
        }
        return -1;
    }

    /** "Comparing ...", "Additionally, ...": a participle or adverb opening a sentence, not a name. */
    private static boolean looksLikeOpener(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.length() > 5 && (w.endsWith("ing") || w.endsWith("ly") || w.endsWith("ed"));
    }

    /** "Season 2" or "Part 2" right after a title (or its closing quote mark) belongs to it. */
    private static int withSeason(List<Token> tokens, int end) {
        int at = end < tokens.size() && isClosingMark(tokens.get(end).text()) ? end + 1 : end;
        if (at + 1 < tokens.size()) {
            String w = tokens.get(at).text();
            String number = tokens.get(at + 1).text();
            if ((w.equals("Season") || w.equals("Part")) && !number.isEmpty() && Character.isDigit(number.charAt(0))) {
                return at + 2;
            }
        }
        return end;
    }

    private static boolean isClosingMark(String t) {
        return t.equals("\u201D") || t.equals("\u2019") || t.equals("\"") || t.equals("'");
    }

    private static boolean isPossessive(Token t) {
        return t.text().equals("'s") || t.text().equals("\u2019s");
    }

    private static boolean opensClause(Token previous) {
        String t = previous.text();
        return t.equals(":") || t.equals("\"") || t.equals("\u201C") || t.equals("\u2018")
                || t.equals("-") || t.equals("\u2013") || t.equals("\u2014") || t.equals(";");
    }

    /**
     * A one-sentence line in title case without a closing period: a section heading, where every
     * word is capitalized and capitals say nothing about names.
     */
    private static boolean isHeadingLine(SegmentedText doc, Sentence s) {
        String text = s.text().strip();
        if (text.endsWith(".")) {
            return false;
        }
        int words = 0;
        int capital = 0;
        for (Token t : doc.tokens().get(s.index())) {
            if (!t.isWord() || Character.isDigit(t.text().charAt(0))) {
                continue;
            }
            words++;
            if (t.capitalized()) {
                capital++;
            }
        }
        return words >= 3 && capital * 10 >= words * 9;
    }

    private static Set<String> lowercaseWords(SegmentedText doc) {
        Set<String> out = new HashSet<>();
        for (List<Token> tokens : doc.tokens()) {
            for (Token t : tokens) {
                if (t.isWord() && Character.isLowerCase(t.text().charAt(0))) {
                    out.add(t.text());
                }
            }
        }
        return out;
    }

    private static int firstTokenAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return tokens.get(i).isWord() ? i : -1;
            }
        }
        return -1;
    }

    private static int lastWordBefore(List<Token> tokens, int offset) {
        int last = -1;
        for (int i = 0; i < tokens.size() && tokens.get(i).end() <= offset; i++) {
            Token t = tokens.get(i);
            if (t.isWord() || t.text().equals("!") || t.text().equals("?") || t.text().equals(")")) {
                last = i;
            }
        }
        // a title keeps its own "!" or "?" but not a closing mark, comma or period
        while (last >= 0 && !tokens.get(last).isWord() && !tokens.get(last).text().equals("!")
                && !tokens.get(last).text().equals("?") && !tokens.get(last).text().equals(")")) {
            last--;
        }
        return last;
    }

    private static boolean free(MentionType[] type, int from, int to) {
        for (int i = from; i < to; i++) {
            if (type[i] != null) {
                return false;
            }
        }
        return true;
    }

    private static void mark(MentionType[] type, String[] rule, int[] spanEnd, int from, int to, MentionType t, String r) {
        type[from] = t;
        rule[from] = r;
        spanEnd[from] = to;
        for (int i = from + 1; i < to; i++) {
            type[i] = t;
            spanEnd[i] = to;
            rule[i] = r;
        }
    }
}
