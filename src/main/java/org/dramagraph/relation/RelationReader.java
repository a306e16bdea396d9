package org.dramagraph.relation;

import org.dramagraph.fact.FactType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.dramagraph.lang.WordFile;
import org.dramagraph.mention.Mention;
import org.dramagraph.mention.MentionType;
import org.dramagraph.lang.NameKey;
import org.dramagraph.segment.SegmentedText;
import org.dramagraph.segment.Sentence;

/**
 * Reads cast, plays, cameo, wrote, directed and network facts from coded sentences with a list of
 * small patterns, each with the action that turns a match into readings. A fact whose work the
 * sentence does not name is given the work the passage is about: the last work named earlier in the
 * same paragraph, else the article's main work. The patterns and word lists are resources
 * ({@code rules/relations.rules} beside this class, see {@link RuleFile}); the actions are code.
 */
public final class RelationReader {
    private record Rule(String name, CodePattern pattern, double confidence, BiConsumer<Context, CodePattern.Match> action) {
    }

    /**
     * What a rule does with a match, by the name relations.rules gives it: the slots its pattern must have,
     * the ones it may have, and the code. Slots are read by name: p a person (or a pronoun), c a
     * character, w a work (w2 a work named later, taken first when it matched), n a network, a and b
     * co-stars.
     */
    private record Action(Set<String> needs, Set<String> may, BiConsumer<Context, CodePattern.Match> run) {
        Action(String needs, String may, BiConsumer<Context, CodePattern.Match> run) {
            this(Set.of(needs.split(" ")), may.isEmpty() ? Set.of() : Set.of(may.split(" ")), run);
        }
    }

    private static final Map<String, Action> ACTIONS = Map.ofEntries(
            Map.entry("plays", new Action("p c", "w w2", (ctx, m) -> ctx.plays(m, "p", "c", work(m)))),
            // "with his daughter serving as ...": "his" has no subject yet
            Map.entry("plays-unless-possessive", new Action("p c", "w w2", (ctx, m) -> {
                if (!"his".equals(m.item("p"))) {
                    ctx.plays(m, "p", "c", work(m));
                }
            })),
            Map.entry("plays-by-subject", new Action("c w", "", (ctx, m) -> ctx.playsBySubject(m, "c", "w"))),
            Map.entry("cast", new Action("p", "w", (ctx, m) -> ctx.cast(m, "p", work(m)))),
            Map.entry("cast-list", new Action("p", "w w2", (ctx, m) -> ctx.castList(m, "p", work(m)))),
            Map.entry("cast-subjects", new Action("p w", "", (ctx, m) -> ctx.castSubjects(m, "p", "w"))),
            Map.entry("co-stars", new Action("a b w", "", (ctx, m) -> ctx.coStars(m, "a", "b", "w"))),
            Map.entry("cameo", new Action("p w", "", (ctx, m) -> ctx.cameo(m, "p", "w"))),
            Map.entry("credit-by-role", new Action("p w", "", (ctx, m) -> ctx.creditByRole(m, "p", "w"))),
            Map.entry("credit-if-crew", new Action("p w", "", (ctx, m) -> ctx.creditIfCrew(m, "p", "w"))),
            Map.entry("wrote", new Action("p", "w", (ctx, m) -> ctx.credit(m, FactType.WROTE, "p", work(m)))),
            Map.entry("wrote-list", new Action("p w", "", (ctx, m) -> ctx.creditList(m, FactType.WROTE, "p", "w"))),
            Map.entry("wrote-if-topic-sure", new Action("p", "", (ctx, m) -> ctx.creditIfTopicSure(m, FactType.WROTE, "p"))),
            Map.entry("directed", new Action("p", "w", (ctx, m) -> ctx.credit(m, FactType.DIRECTED, "p", work(m)))),
            Map.entry("directed-list", new Action("p w", "", (ctx, m) -> ctx.creditList(m, FactType.DIRECTED, "p", "w"))),
            Map.entry("directed-if-topic-sure", new Action("p", "",
                    (ctx, m) -> ctx.creditIfTopicSure(m, FactType.DIRECTED, "p"))),
            Map.entry("network", new Action("w n", "", (ctx, m) -> ctx.network(m, "w", "n"))),
            Map.entry("network-works", new Action("w n", "", (ctx, m) -> ctx.networkWorks(m, "w", "n"))),
            Map.entry("network-list", new Action("n", "w", (ctx, m) -> ctx.networkList(m, work(m), "n"))));

    private static final RuleFile FILE = RuleFile.read(RelationReader.class, "rules/cues.rules", "rules/relations.rules");
    /** Works a passage is not about: a person's past work, a role, a parenthesis. */
    private static final Pattern NOT_TOPICAL = FILE.regex("NOT_TOPICAL");
    /** A person as the object of a preposition. */
    private static final Pattern OBJECT = FILE.regex("OBJECT");
    /** A sentence opening with a trade noun: "The 39-year-old actor". */
    private static final Pattern TRADE_OPENING = FILE.regex("TRADE_OPENING");
    /** A section heading of a list of works: "2. Title", "Title:". */
    private static final Pattern HEADING = FILE.regex("HEADING");
    /** A line of a cast list: a person, and maybe the role. */
    private static final Pattern LIST_LINE = FILE.regex("LIST_LINE");
    /** Words that announce the work an article is about: "upcoming", "new". */
    private static final Set<String> NEWS_WORDS = WordFile.set(RelationReader.class, "rules/news-words.txt");
    /** Nouns of a kind of work right before a title: "the series X". */
    private static final Set<String> WORK_NOUNS = WordFile.set(RelationReader.class, "rules/topic-work-nouns.txt");

    private final List<Rule> rules = new ArrayList<>();
    private final CodePattern.Index index;

    /** Reads the rules of {@code rules/relations.rules}. */
    public RelationReader() {
        this(FILE);
    }

    /** Reads the rules of a rule file, each checked to name a known action and the slots it reads. */
    RelationReader(RuleFile file) {
        for (RuleFile.Rule r : file.rules("confidence", "action", "pattern")) {
            Action action = ACTIONS.get(r.get("action"));
            if (action == null) {
                throw r.error("unknown action " + r.get("action") + " (actions: "
                        + String.join(", ", new TreeSet<>(ACTIONS.keySet())) + ")");
            }
            CodePattern pattern = r.pattern();
            Set<String> slots = new TreeSet<>(pattern.slots());
            if (!slots.containsAll(action.needs())) {
                throw r.error("action " + r.get("action") + " needs slots " + new TreeSet<>(action.needs())
                        + ", the pattern has " + slots);
            }
            slots.removeAll(action.needs());
            slots.removeAll(action.may());
            if (!slots.isEmpty()) {
                throw r.error("action " + r.get("action") + " reads no slot " + slots);
            }
            double confidence = r.number("confidence");
            if (!(confidence > 0 && confidence <= 1)) {
                throw r.error("confidence is over 0 and at most 1, not " + r.get("confidence"));
            }
            rules.add(new Rule(r.name(), pattern, confidence, action.run()));
        }
        index = new CodePattern.Index(rules.stream().map(Rule::pattern).toList());
    }

    /** The slot of the work a match names, if its pattern has one: w2 (a work named later) when it matched, else w. */
    private static String work(CodePattern.Match m) {
        List<String> slots = m.pattern().slots();
        if (slots.contains("w2") && m.item("w2") != null) {
            return "w2";
        }
        return slots.contains("w") ? "w" : null;
    }

    /**
     * All readings of an article's coded sentences.
     *
     * @param fullName the full name a person mention stands for ("Yoon" for "Yoon Ga-eun"), so what the
     *                 article says of a person under one form counts under the others
     */
    public List<Reading> read(SegmentedText doc, List<SentenceCode> codes, Function<Mention, String> fullName) {
        Context ctx = new Context(doc, codes, fullName);
        for (SentenceCode code : codes) {
            ctx.code = code;
            CodePattern.Found matches = index.matches(code);
            for (int i = 0; i < rules.size(); i++) {
                if (matches.none(i)) {
                    continue;
                }
                ctx.rule = rules.get(i);
                for (CodePattern.Match m : matches.of(i)) {
                    ctx.rule.action().accept(ctx, m);
                }
            }
        }
        ctx.castListLines();
        return ctx.out;
    }

    /** What the rules need to know about the article while they read one sentence. */
    private static final class Context {
        final SegmentedText doc;
        final List<SentenceCode> codes;
        final Mention topic;
        /** The initials of the main work's title, which an article may use for it ("NFoM"). */
        final String topicInitials;
        /** Whether the headline names the main work: then "writer X" alone is about it. */
        final boolean topicInHeadline;
        final PersonRoles roles;
        /**
         * For each sentence, the person the passage is about when it starts: the last person who opened a
         * sentence (named among its first words). "He", "she" and "the 39-year-old actor" keep the center.
         */
        final Mention[] centers;
        /** For each sentence, the work of the last section heading before it (a title alone on its line), if any. */
        final Mention[] sections;
        final List<Reading> out = new ArrayList<>();
        /** The article's works by exact name key, built on first use. */
        Map<String, Mention> worksByName;
        /** The topical works of each sentence, read on first use: focus looks back over the same sentences often. */
        final Map<SentenceCode, List<String>> topical = new java.util.IdentityHashMap<>();
        SentenceCode code;
        Rule rule;

        Context(SegmentedText doc, List<SentenceCode> codes, Function<Mention, String> fullName) {
            this.doc = doc;
            this.codes = codes;
            this.topic = topicWork(doc, codes);
            this.topicInitials = topic == null ? "" : MentionTyper.initials(List.of(topic.text().split(" ")));
            this.topicInHeadline = topic != null && codes.stream().filter(c -> doc.inHeadline(c.sentence()))
                    .anyMatch(c -> items(c, 'W').stream().anyMatch(i -> sameName(c.mention(i), topic)));
            this.roles = new PersonRoles(codes, fullName);
            this.centers = new Mention[codes.size()];
            this.sections = sections(doc, codes);
            Mention center = null;
            for (int i = 0; i < codes.size(); i++) {
                centers[i] = center;
                center = nextCenter(codes.get(i), center);
            }
        }

        /**
         * The center after a sentence: a person named among its first words opens it as its subject; a
         * sentence opening with "he" or "the actor" keeps the center; any other sentence that names
         * people hands the center to the last of them ("... helmed by director X. Her works include").
         */
        private static Mention nextCenter(SentenceCode code, Mention center) {
            String[] parts = code.parts();
            for (int k = 0; k < Math.min(parts.length, 5); k++) {
                if (isItem(parts[k], 'P')) {
                    return code.mention(parts[k]);
                }
            }
            if (parts.length > 0 && (parts[0].equals("he") || parts[0].equals("his") || parts[0].startsWith("he'")
                    || parts[0].equals("the") && TRADE_OPENING.matcher(code.code()).matches())) {
                return center;
            }
            for (String part : parts) {
                if (isItem(part, 'P')) {
                    break;
                }
                if (part.equals("he") || part.equals("his")) {
                    return center; // "Moonrise was her last work and she is next seen opposite X": still about her
                }
            }
            List<String> people = items(code, 'P');
            return people.isEmpty() ? center : code.mention(people.get(people.size() - 1));
        }

        void emit(FactType type, Mention person, Mention character, Mention work, Mention org) {
            out.add(new Reading(type, person, character, work, org, null, code.sentence().index(), rule.name(),
                    rule.confidence()));
        }

        /**
         * The work a match talks about when it names none itself: the work its sentence opens with, else
         * the last work named before the match in the sentence or earlier in the paragraph, else the
         * article's main work.
         */
        Mention focus(CodePattern.Match match) {
            Sentence s = code.sentence();
            String[] parts = code.parts();
            int first = parts.length > 1 && parts[0].equals("the") ? 1 : 0;
            boolean describesSomeone = parts.length > first + 2 && parts[first + 1].equals("'s") && isItem(parts[first + 2], 'P');
            if (parts.length > first && isItem(parts[first], 'W') && !describesSomeone
                    && (match == null || code.starts()[first] < match.start())) {
                return code.mention(parts[first]); // the sentence is about the work it opens with
            }
            // works that describe someone ("Paper Moon's Kim") are told by the whole sentence, not the part before the match
            List<String> topical = topicalWorks(code);
            for (int k = parts.length - 1; k >= 0; k--) {
                if ((match == null || code.starts()[k] < match.start()) && topical.contains(parts[k])) {
                    return code.mention(parts[k]);
                }
            }
            for (int i = s.index() - 1; i >= 0; i--) {
                SentenceCode earlier = codes.get(i);
                if (earlier.sentence().paragraph() != s.paragraph()) {
                    break;
                }
                List<String> ws = topicalWorks(earlier);
                if (!ws.isEmpty()) {
                    return earlier.mention(ws.get(ws.size() - 1));
                }
            }
            return sectionWork();
        }

        /**
         * The works of a code that a passage can be about: not a person's past work or role ("Baek Min
         * Ha's Moonrise"), not a title used as a character's name ("as his 'Moonrise' character").
         */
        private List<String> topicalWorks(SentenceCode c) {
            if (c.code().indexOf('W') < 0) {
                return List.of(); // no work item (words are lower case): none to look for
            }
            return topical.computeIfAbsent(c, k -> items(NOT_TOPICAL.matcher(k.code()).replaceAll(""), 'W'));
        }

        /** The last work named in an earlier sentence of the paragraph, else the article's main work. */
        Mention paragraphFocus() {
            Sentence s = code.sentence();
            for (int i = s.index() - 1; i >= 0 && codes.get(i).sentence().paragraph() == s.paragraph(); i--) {
                List<String> ws = topicalWorks(codes.get(i));
                if (!ws.isEmpty()) {
                    return codes.get(i).mention(ws.get(ws.size() - 1));
                }
            }
            return sectionWork();
        }

        /** The work the current section is about: its heading's, else the article's main work. */
        private Mention sectionWork() {
            Mention section = sections[code.sentence().index()];
            return section != null ? section : topic;
        }

        /**
         * Lists of works ("1. Title", a paragraph, "2. Title", ...) head each section with the title alone on
         * its line: what follows is about that work until the next heading.
         */
        private static Mention[] sections(SegmentedText doc, List<SentenceCode> codes) {
            Mention[] out = new Mention[codes.size()];
            Mention current = null;
            int i = 0;
            while (i < codes.size()) {
                int end = i;
                StringBuilder paragraph = new StringBuilder();
                while (end < codes.size() && codes.get(end).sentence().paragraph() == codes.get(i).sentence().paragraph()) {
                    paragraph.append(codes.get(end).code()).append(' ');
                    end++;
                }
                for (int k = i; k < end; k++) {
                    out[k] = current;
                }
                SentenceCode last = codes.get(end - 1);
                if (HEADING.matcher(paragraph).matches() && !doc.inHeadline(last.sentence())) {
                    String[] parts = last.parts();
                    current = last.mention(parts[parts.length - 1].equals(":") ? parts[parts.length - 2] : parts[parts.length - 1]);
                }
                i = end;
            }
            return out;
        }

        private static boolean isItem(String part, char type) {
            return part.length() > 1 && part.charAt(0) == type && Character.isDigit(part.charAt(1));
        }

        Mention work(CodePattern.Match m, String slot) {
            Mention w = slot == null ? null : m.mention(slot);
            return w != null ? w : fullTitle(focus(m));
        }

        /** The main work for its initials: "NFoM" read as the passage's work is "Night Ferry of Moonlight". */
        private Mention fullTitle(Mention work) {
            return work != null && topicInitials.length() > 1 && topicInitials.equalsIgnoreCase(work.text()) ? topic : work;
        }

        /**
         * Who "he" or "the actor" is at a match: the first person of the sentence before it, else the person
         * the passage is about (see {@link #centers}).
         */
        Mention subject(CodePattern.Match m) {
            // nobody inside a parenthesis is the subject: "films such as A (Kim), B (Lee)" are roles
            // nor the object of a preposition: "worked with Park on W, in which he played C"
            String before = code.code().substring(0, m.start());
            List<String> here = before.indexOf('P') < 0 ? List.of()
                    : items(OBJECT.matcher(NOT_TOPICAL.matcher(before).replaceAll("")).replaceAll(""), 'P');
            if (!here.isEmpty()) {
                return code.mention(here.get(0));
            }
            String rest = code.code().substring(m.start());
            int comma = rest.indexOf(" , ");
            if (rest.startsWith("his ") && comma > 0) {
                // "Following his film X, Baek Min-ha ...": the opening clause points forward to the subject
                List<String> after = items(rest.substring(comma), 'P');
                if (!after.isEmpty()) {
                    return code.mention(after.get(0));
                }
            }
            return centers[code.sentence().index()];
        }

        /** The person in a slot: the mention, or whom a pronoun there stands for. */
        Mention person(CodePattern.Match m, String slot) {
            Mention p = m.mention(slot);
            return p != null || m.item(slot) == null ? p : subject(m);
        }

        void plays(CodePattern.Match m, String p, String c, String w) {
            Mention person = person(m, p);
            Mention character = m.mention(c);
            Mention work = work(m, w);
            if (person == null || character == null || work == null || sameName(person, character)
                    || isAcronym(character)) {
                return;
            }
            emit(FactType.PLAYS, person, character, work, null);
            emit(FactType.CAST, person, null, work, null);
            String after = code.code().substring(Math.min(code.code().length(), m.end()));
            Mention sameWork = character.type() == MentionType.WORK ? character : workNamed(character);
            if (sameWork != null && !sameName(sameWork, work) && (character.type() == MentionType.WORK
                    || after.startsWith(" character") || after.startsWith(" role"))) {
                // "as his 'Moonrise' character": the role comes from the work of that name
                emit(FactType.PLAYS, person, character, sameWork, null);
                emit(FactType.CAST, person, null, sameWork, null);
            }
            Mention titled = workTitledBy(character);
            if (titled != null && !sameName(titled, work)) {
                // "as Moonrise Baekho" where "Moonrise" is a show: the title role of that show
                emit(FactType.PLAYS, person, character, titled, null);
                emit(FactType.CAST, person, null, titled, null);
            }
            String item = m.item(c);
            for (String more : code.listFrom(item, "CX")) {
                if (!more.equals(item) && code.code().contains(item + " and " + more)) {
                    emit(FactType.PLAYS, person, code.mention(more), work, null); // "the twins A and B"
                }
            }
        }

        /** A work of the article with the same name as a mention, or null. */
        private Mention workNamed(Mention name) {
            return works().get(NameKey.exact(name.text()));
        }

        /** A work of the article whose title is the first name of a character: "Moonrise" of "Moonrise Baekho". */
        private Mention workTitledBy(Mention character) {
            String name = character.text();
            // the title is some of the name's first words: look each shorter run up, as many as the name has words
            for (int space = name.indexOf(' '); space > 0; space = name.indexOf(' ', space + 1)) {
                Mention work = works().get(NameKey.exact(name.substring(0, space)));
                if (work != null && name.toLowerCase(java.util.Locale.ROOT)
                        .startsWith(work.text().toLowerCase(java.util.Locale.ROOT) + " ")) {
                    return work;
                }
            }
            return null;
        }

        /** The article's works by exact name key, built on first use. */
        private Map<String, Mention> works() {
            if (worksByName == null) {
                worksByName = new HashMap<>();
                for (SentenceCode c : codes) {
                    for (String item : items(c, 'W')) {
                        worksByName.putIfAbsent(NameKey.exact(c.mention(item).text()), c.mention(item));
                    }
                }
            }
            return worksByName;
        }

        /** "Paper Moon (he played Jo Eun-sol)": the person is the subject the sentence talks about. */
        void playsBySubject(CodePattern.Match m, String c, String w) {
            Mention person = subject(m);
            Mention character = m.mention(c);
            if (person == null || sameName(person, character) || isAcronym(character)) {
                return;
            }
            emit(FactType.PLAYS, person, character, m.mention(w), null);
            emit(FactType.CAST, person, null, m.mention(w), null);
        }

        /** A two- or three-letter name in capitals ("UN", "CEO") is an organisation or title, not a character. */
        private static boolean isAcronym(Mention m) {
            String t = m.text();
            return t.length() <= 4 && t.equals(t.toUpperCase(java.util.Locale.ROOT));
        }

        void cast(CodePattern.Match m, String p, String w) {
            Mention person = person(m, p);
            Mention work = work(m, w);
            if (person != null && work != null) {
                emit(FactType.CAST, person, null, work, null);
            }
        }

        void castList(CodePattern.Match m, String p, String w) {
            Mention work = work(m, w);
            if (work == null) {
                return;
            }
            for (String item : code.listFrom(m.item(p), "P")) {
                emit(FactType.CAST, code.mention(item), null, work, null);
            }
        }



        /**
         * Cast lists written one name a line ("Han Seo-jin", "Ko Min-jae as Jo Eun-sol"): a line
         * that is only a person, or a person and a role, next to another such line, is a cast member of
         * the work the passage is about.
         */
        void castListLines() {
            Rule listRule = new Rule("cast-list-line", null, 0.7, null);
            for (int i = 0; i < codes.size(); i++) {
                if (!isListLine(i) || !(isListLine(i - 1) || isListLine(i + 1))) {
                    continue;
                }
                code = codes.get(i);
                rule = listRule;
                Mention work = paragraphFocus();
                if (work != null) {
                    emit(FactType.CAST, code.mention(code.parts()[0]), null, work, null);
                }
            }
        }

        private boolean isListLine(int i) {
            if (i < 0 || i >= codes.size()) {
                return false;
            }
            SentenceCode c = codes.get(i);
            boolean alone = (i == 0 || codes.get(i - 1).sentence().paragraph() != c.sentence().paragraph())
                    && (i + 1 == codes.size() || codes.get(i + 1).sentence().paragraph() != c.sentence().paragraph());
            return alone && LIST_LINE.matcher(c.code()).matches();
        }

        /** "his 'Paper Moon' co-star Han Seo-jin": both acted in the work. */
        void coStars(CodePattern.Match m, String a, String b, String w) {
            Mention work = m.mention(w);
            emit(FactType.CAST, m.mention(b), null, work, null);
            Mention other = m.mention(a) != null ? m.mention(a) : subject(m);
            if (other != null && !sameName(other, m.mention(b))) {
                emit(FactType.CAST, other, null, work, null);
            }
        }



        void castSubjects(CodePattern.Match m, String p, String w) {
            List<Mention> people = new ArrayList<>();
            if (m.mention(p) == null) {
                people.add(person(m, p));
            } else {
                code.listFrom(m.item(p), "P").forEach(item -> people.add(code.mention(item)));
            }
            for (String work : code.listFrom(m.item(w), "W")) {
                for (Mention person : people) {
                    if (person != null) {
                        emit(FactType.CAST, person, null, code.mention(work), null);
                    }
                }
            }
        }

        void cameo(CodePattern.Match m, String p, String w) {
            Mention person = person(m, p);
            Mention work = work(m, w);
            if (person != null && work != null) {
                emit(FactType.CAMEO, person, null, work, null);
                emit(FactType.CAST, person, null, work, null);
            }
        }


        /**
         * "Written by X" without a title credits the work the sentence opens with ("'Salt Road' will be
         * directed by X"), else the work of the passage; titles inside other clauses of the sentence are
         * other people's credits.
         */
        /**
         * "Writer X" with no title near: X wrote the work the passage is about only when the article
         * says plainly what that is: a title in the sentence or paragraph, or the main work in the headline.
         */
        void creditIfTopicSure(CodePattern.Match m, FactType type, String p) {
            boolean titleNear = !topicalWorks(code).isEmpty() || paragraphFocus() != sectionWork();
            if (titleNear || topicInHeadline) {
                credit(m, type, p, null);
            }
        }

        void credit(CodePattern.Match m, FactType type, String p, String w) {
            Mention work = w == null ? null : m.mention(w);
            if (work == null) {
                String[] parts = code.parts();
                int first = parts.length > 2 && parts[0].equals("the") ? 1 : 0;
                work = isItem(parts[first], 'W') ? code.mention(parts[first]) : paragraphFocus();
            }
            if (work == null) {
                return;
            }
            for (String item : code.listFrom(m.item(p), "P")) {
                emit(type, code.mention(item), null, work, null);
            }
        }

        void creditList(CodePattern.Match m, FactType type, String p, String w) {
            Mention person = person(m, p);
            if (person == null) {
                return;
            }
            for (String item : code.listFrom(m.item(w), "W")) {
                emit(type, person, null, code.mention(item), null);
            }
        }

        /** "X, known for A and B": credits of the kind X's trade gives: wrote, directed, or cast. */
        void creditByRole(CodePattern.Match m, String p, String w) {
            Mention person = person(m, p);
            if (person == null) {
                return;
            }
            if (m.item(w) == null) {
                Mention work = focus(m); // "X, the drama's screenwriter, said": the work of the passage
                if (work != null) {
                    emitByRole(person, work);
                }
                return;
            }
            FactType type = switch (roles.of(person)) {
                case WRITER -> FactType.WROTE;
                case DIRECTOR -> FactType.DIRECTED;
                case ACTOR -> FactType.CAST;
            };
            creditList(m, type, p, w);
        }








        private void emitByRole(Mention person, Mention work) {
            FactType type = switch (roles.of(person)) {
                case WRITER -> FactType.WROTE;
                case DIRECTOR -> FactType.DIRECTED;
                case ACTOR -> FactType.CAST;
            };
            emit(type, person, null, work, null);
        }

        /** "X, who wowed audiences with A": a credit only for someone the article calls a writer or director. */
        void creditIfCrew(CodePattern.Match m, String p, String w) {
            Mention person = person(m, p);
            if (person != null && roles.of(person) != PersonRoles.Role.ACTOR) {
                creditByRole(m, p, w);
            }
        }

        void networkWorks(CodePattern.Match m, String w, String n) {
            for (String item : code.listFrom(m.item(w), "W")) {
                emit(FactType.NETWORK, null, null, code.mention(item), m.mention(n));
            }
        }

        void network(CodePattern.Match m, String w, String n) {
            Mention work = work(m, w);
            if (work != null) {
                emit(FactType.NETWORK, null, null, work, m.mention(n));
            }
        }

        void networkList(CodePattern.Match m, String w, String n) {
            Mention work = work(m, w);
            if (work == null) {
                return;
            }
            for (String item : code.listFrom(m.item(n), "N")) {
                emit(FactType.NETWORK, null, null, work, code.mention(item));
            }
        }

        private static List<String> items(SentenceCode code, char type) {
            List<String> out = new ArrayList<>();
            for (String part : code.parts()) {
                if (isItem(part, type)) {
                    out.add(part);
                }
            }
            return out;
        }

        /** The mention items of one type in (part of) a code, in order. */
        private static List<String> items(String code, char type) {
            List<String> out = new ArrayList<>();
            for (String part : code.split(" ")) {
                if (part.length() > 1 && part.charAt(0) == type && Character.isDigit(part.charAt(1))) {
                    out.add(part);
                }
            }
            return out;
        }

        private static boolean sameName(Mention a, Mention b) {
            return NameKey.exact(a.text()).equals(NameKey.exact(b.text()));
        }

        /**
         * The work the article is about: named in the headline, named often, announced as new or upcoming;
         * a work named only in a parenthesis after a person ("Han Seo-jin (Paper Moon)") is a past credit
         * and does not count.
         */
        private static Mention topicWork(SegmentedText doc, List<SentenceCode> codes) {
            Map<String, Integer> score = new HashMap<>();
            Map<String, Mention> first = new HashMap<>();
            java.util.Set<String> counted = new java.util.HashSet<>();
            for (SentenceCode c : codes) {
                String[] parts = c.parts();
                for (int i = 0; i < parts.length; i++) {
                    if (parts[i].length() < 2 || parts[i].charAt(0) != 'W' || !Character.isDigit(parts[i].charAt(1))) {
                        continue;
                    }
                    Mention w = c.mention(parts[i]);
                    String key = NameKey.exact(w.text());
                    first.putIfAbsent(key, w);
                    if (!counted.add(key + "@" + c.sentence().paragraph())) {
                        continue; // a paragraph that repeats a title (a caption twice) says it once
                    }
                    boolean credit = i >= 2 && parts[i - 1].equals("(") && parts[i - 2].startsWith("P");
                    int points = credit ? 0 : 2;
                    if (doc.inHeadline(c.sentence())) {
                        points += 4;
                    }
                    for (int k = Math.max(0, i - 4); k < i; k++) {
                        if (NEWS_WORDS.contains(parts[k])) {
                            points += 2;
                            break;
                        }
                    }
                    if (i + 3 < parts.length && parts[i + 1].equals("(") && parts[i + 2].equals("working")) {
                        points += 3;
                    }
                    if (i > 0 && WORK_NOUNS.contains(parts[i - 1])) {
                        points += 1; // "the series X"
                    }
                    if (score.isEmpty() && !doc.inHeadline(c.sentence())) {
                        points += 1; // the first title of the body
                    }
                    score.merge(key, points, Integer::sum);
                }
            }
            return score.entrySet().stream().filter(e -> e.getValue() > 0).max(Map.Entry.comparingByValue())
                    .map(e -> first.get(e.getKey())).orElse(null);
        }
    }
}
