package org.dramagraph.relation;

import org.dramagraph.fact.FactType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.dramagraph.mention.Mention;
import org.dramagraph.mention.MentionType;
import org.dramagraph.lang.NameKey;
import org.dramagraph.segment.SegmentedText;
import org.dramagraph.segment.Sentence;

/**
 * Reads cast, plays, cameo, wrote, directed and network facts from coded sentences with a list of
 * small patterns, each with the action that turns a match into readings. A fact whose work the
 * sentence does not name is given the work the passage is about: the last work named earlier in the
 * same paragraph, else the article's main work.
 */
public final class RelationReader {
    private record Rule(String name, CodePattern pattern, double confidence, BiConsumer<Context, CodePattern.Match> action) {
    }

    private static final java.util.regex.Pattern NOT_TOPICAL = java.util.regex.Pattern.compile(
            // the look-ahead holds the first character of every alternative: other places fail at once
            "(?=[PWa(wt,])(?:P\\d+ 's (?:[a-z0-9-]+ ){0,3}W\\d+|W\\d+ 's P\\d+|as (?:his |the )?(?:[a-z-]+ )?W\\d+(?: character| role)?|\\( [^()]* \\)"
                    + "|P\\d+ of W\\d+|(?:with|through) (?:the )?(?:[a-z-]+ )?W\\d+"
                    // a person's past works in a relative clause: "P, whose earlier hits include W and W"
                    + "|, (?:whose|who) (?:[a-z'-]+ ){0,4}(?:include|includes|included|including) [^.;]*"
                    // or in one that tells what they made before: "P, who previously wrote A, B and C"
                    + "|, who (?:[a-z'-]+ ){0,3}(?:wrote|penned|directed|helmed|created|starred in|appeared in|worked on) [^.;]*)");

    private static final java.util.regex.Pattern OBJECT = java.util.regex.Pattern.compile(
            "\\b(?:with|by|alongside|opposite|to|for|from|of|like|than) P\\d+");

    /** A sentence opening with a trade noun: "The 39-year-old actor". */
    private static final java.util.regex.Pattern TRADE_OPENING = java.util.regex.Pattern.compile(
            "the (?:[a-z0-9-]+ ){0,3}(?:actor|actress|star|singer|director|writer) .*");

    /** A section heading of a list of works: "2. Title", "Title:". */
    private static final java.util.regex.Pattern HEADING = java.util.regex.Pattern.compile("(?:[0-9]+ [.)] )?W\\d+ (?:: )?");

    private static final java.util.regex.Pattern LIST_LINE = java.util.regex.Pattern.compile(
            "P\\d+(?: (?:as|-|:|\\() [CXP]\\d+(?: \\))?)?");

    /** Words that make a "director" someone other than the work's director: "martial arts director". */
    private static final String OTHER_DIRECTORS = "(?:arts|music|musical|art|action|casting|photography|lighting|camera|stunt|"
            + "fight|dance|assistant|creative|executive|marketing|managing|sound|costume|animation|technical|film festival)";

    private static final String PAREN = Cues.PAREN;
    private static final java.util.Set<String> NEWS_WORDS = java.util.Set.of(
            "upcoming", "new", "latest", "ongoing", "premiere", "premieres");
    private static final java.util.Set<String> WORK_NOUNS = java.util.Set.of(
            "drama", "series", "film", "movie", "k-drama", "kdrama", "sitcom", "show", "webtoon");

    /** An aside between commas after a name: "Baek Min Ha, known for ..., made". */
    private static final String APPOSITIVE = "(?:, (?:[^, ]+ ){1,25}?, )?";

    private final List<Rule> rules = new ArrayList<>();
    private final CodePattern.Index index;

    public RelationReader() {
        // ---- plays
        rule("actor-as-character", 0.85,
                "<P:p> " + APPOSITIVE + PAREN + "(?:, who |who )?(?:will |would |also |is set to |to |is )?(?:star |stars |starred |starring |appear |"
                        + "appears |appeared |appearing |return |returns |returned |returning |cameo |also |be seen |seen |"
                        + "is cast |was cast |cast |(?:made|makes|make|making) (?:his |a |an )?(?:[a-z-]+ ){0,2}(?:cameo|appearance|debut|return) )?"
                        + "(?:in <W:w> )?as (?:the |a |an |his |their )?(?:[a-z-]+ ){0,2}?(?:(?:version|self) of )?(?:, )?<CXW:c>(?: character| role)?"
                        + "(?: (?:in|from) (?:the )?(?:[0-9]{4} )?(?:" + Cues.WORK_NOUN + " )?<W:w2>)?",
                (ctx, m) -> ctx.plays(m, "p", "c", m.item("w2") != null ? "w2" : "w"));
        rule("actor-plays-character", 0.85,
                "<PH:p> " + PAREN + Cues.IN_THE_WORK + "(?:, who |who )?(?:(?:will|would|also|is|was|be|been|being|seen|set|to|has|have|had|"
                        + "recently|previously|currently|reportedly|officially|then) )*"
                        + "(?:" + Cues.PLAY_VERB + "|takes on|take on|took on|taking on|is cast as|was cast as|stars as|starred as|"
                        + "will be playing|was offered|has been offered|has been supplied|was supplied|is offered|landed|lands|transforms into|transformed into|"
                        + "confirmed for|cast in|cast for|chosen for|tapped for|set for|in talks for|offered|supplied|given|"
                        + "in charge of) "
                        + "(?:the |his |a |an )?(?:[a-z-]+ ){0,2}?(?:role|roles|character|part|lead) (?:of )?(?:the )?(?:[a-z0-9'-]+ ){0,6}?(?:, )?"
                        + "(?:<CP> 's (?:[a-z-]+ ){0,2})?<CX:c>(?! 's)"
                        + "(?: in <W:w>)?",
                (ctx, m) -> ctx.plays(m, "p", "c", "w"));
        rule("actor-plays-name", 0.8,
                "<PH:p> " + PAREN + Cues.IN_THE_WORK + "(?:, who |who )?(?:will |would |also |is set to |to )?(?:" + Cues.PLAY_VERB
                        + "|as) (?:the |his |a |an )?"
                        + "(?:[a-z-]+ ){0,3}?(?:, )?(?:<CP> 's (?:[a-z-]+ ){0,2})?<CX:c>(?! 's)(?: in <W:w>)?",
                (ctx, m) -> ctx.plays(m, "p", "c", "w"));
        rule("actor-verb-phrase-as-character", 0.75,
                "<PH:p> " + PAREN + "(?:(?!as |such |well |soon |long |far |much |same |if |though )[a-z-]+ |<C> 's ){1,8}?as (?:the |a |an |his )?"
                        + "(?:[a-z-]+ ){0,2}?(?:, )?<CX:c>(?! 's)",
                (ctx, m) -> {
                    if (!"his".equals(m.item("p"))) {
                        ctx.plays(m, "p", "c", null); // "with his daughter serving as ..." has no subject yet
                    }
                });
        rule("actor-plays-a-role-described", 0.65,
                "<P:p> " + PAREN + "(?:also |will |would )?(?:stars as|star as|starring as|appears as|will appear as|plays|"
                        + "portrays|will play|takes on the role of) (?:the|a|an|his|<P> 's)",
                (ctx, m) -> ctx.cast(m, "p", null));
        rule("work-possessive-actor", 0.7, "<W:w> 's <P:p>(?! 's)", (ctx, m) -> ctx.cast(m, "p", "w"));
        rule("actor-possessive-role", 0.7,
                "<P:p> (?:'s )?" + PAREN + "(?:'s )?(?:(?!" + Cues.RELATIVE + " )[a-z-]+ ){0,4}?<C:c>(?! 's)",
                (ctx, m) -> ctx.plays(m, "p", "c", null));
        rule("as-character-actor", 0.7, "(?<!.)as (?:[a-z-]+ ){0,2}?<CX:c> , <P:p>", (ctx, m) -> ctx.plays(m, "p", "c", null));
        rule("lineup-confirmed", 0.75,
                "<P:p> (?:(?:,|and|, and) <P> )*(?:have |has |also |officially |all )*(?:confirmed|joined|signed on for|"
                        + "will join|joins|round out|rounds out|completed|complete|completes|reprise|reprises|reprising|reprised) "
                        + "(?:their |his |her |the |a )?(?:[a-z-]+ )?"
                        + "(?:appearances|appearance|casting|cast|lineup|line-up|ensemble|roles|role)",
                (ctx, m) -> ctx.castList(m, "p", null));
        rule("character-played-by", 0.9,
                "<CXW:c> (?:, )?(?:\\( )?(?:who is |, who is )?(?:played|portrayed|essayed) by (?:[a-z0-9-]+ 's )?<P:p>(?: \\))?(?: in <W:w>)?",
                (ctx, m) -> ctx.plays(m, "p", "c", "w"));
        rule("character-then-actor", 0.75, "<C:c> \\( <P:p> \\)", (ctx, m) -> ctx.plays(m, "p", "c", null));
        rule("work-character-parenthesis", 0.7, "<W:w> \\( (?:he )?(?:played |plays |as )?<CPX:c> \\)",
                (ctx, m) -> ctx.playsBySubject(m, "c", "w"));
        // ---- cast
        rule("person-work-parenthesis", 0.8, "<P:p> (?:'s )?\\( <W:w>(?: (?:,|and|, and) <W>)* \\)", (ctx, m) -> ctx.creditByRole(m, "p", "w"));
        rule("work-starring-list", 0.85,
                "(?:<W:w> (?:, )?(?:[a-z-]+ ){0,3}?)?(?:starring|stars|headlined by|led by|featuring|features|cast includes|"
                        + "cast of|lineup of|line-up of|joined by|alongside|opposite|together with|include|includes|including) "
                        + "(?:the )?(?:[a-z-]+ ){0,2}?<P:p>(?: (?:[a-z-]+ ){0,6}?in (?:the )?(?:<N> )?(?:[a-z-]+ ){0,3}?<W:w2>)?",
                (ctx, m) -> ctx.castList(m, "p", m.item("w2") != null ? "w2" : "w"));
        rule("actors-star-in-work", 0.8,
                "<PH:p> (?:'s )?(?:(?:,|and|, and|&) <P> )*(?:[a-z-]+ ){0,4}?" + Cues.ACT_VERB + " (?:[a-z-]+ ){0,3}?(?:in|on|for|with) "
                        + "(?:the |a |an |his |their )?(?:[a-z0-9-]+ |<N> ){0,4}?(?:, )?<W:w>",
                (ctx, m) -> ctx.castSubjects(m, "p", "w"));
        rule("actors-join-work", 0.75,
                "<PH:p> (?:(?:,|and|, and|&) <P> )*(?:will be |is |are |was |were |has |have |had |have been |has been )?"
                        + "(?:officially )?(?:joining|joined|confirmed for|confirmed to join|set to join|cast in) (?:the )?(?:cast of )?"
                        + "(?:<N> 's |<P> 's )?(?:[a-z-]+ ){0,3}?<W:w>",
                (ctx, m) -> ctx.castSubjects(m, "p", "w"));
        rule("actor-possessive-work", 0.7,
                "<PH:p> (?:'s )?(?:[0-9]{4} )?(?:[a-z-]+ )?(?:" + Cues.WORK_NOUN + " ){1,2}<W:w>",
                (ctx, m) -> ctx.creditByRole(m, "p", "w")); // "the screenwriter's last drama W" is one she wrote
        rule("work-star-actor", 0.8,
                "<W:w> (?:'s )?(?:star|stars|actor|actress|actors|actresses|lead|leads|co-star|breakout star|heartthrob|idol) <P:p>",
                (ctx, m) -> ctx.cast(m, "p", "w"));
        rule("person-known-for-works", 0.8,
                "<PH:p> (?:, )?(?:who is |who was |is |was |who we all |who )?(?:[a-z-]+ ){0,2}?(?:known|famous|recognized|loved|love|"
                        + "praised|remembered|acclaimed|celebrated|renowned) (?:for|from) (?:[a-z-]+ ){0,5}?<W:w>",
                (ctx, m) -> ctx.creditByRole(m, "p", "w"));
        rule("person-fame-in-work", 0.7,
                "<PH:p> (?:[a-z0-9'-]+ ){0,12}?(?:role|roles|debut|breakthrough|fame|recognition|performance|turn|popularity|stardom) "
                        + "(?:[a-z0-9'-]+ ){0,8}?(?:in|with|through|for|from) (?:the |a |an )?(?:<N> 's )?(?:[a-z0-9-]+ ){0,4}?<W:w>",
                (ctx, m) -> ctx.creditByRole(m, "p", "w"));
        rule("his-outings-in-works", 0.7,
                "<H:p> (?:[a-z-]+ ){0,3}?(?:outings|roles|works|dramas|films|projects|performances|turns) (?:in|like|such as|including) "
                        + "<W:w>",
                (ctx, m) -> ctx.creditByRole(m, "p", "w"));
        rule("person-works-include", 0.75,
                "(?:<P:p> (?:'s |, whose |, who |whose |who )|<H:p> )(?:[a-z-]+ ){0,3}?(?:works|work|credits|projects|ventures|"
                        + "dramas|films|hits|roles|role) (?:include|includes|included|including|such as|like|are in|were in|is|was|are|were) "
                        + "(?:[a-z-]+ ){0,3}?(?:, )?<W:w>",
                (ctx, m) -> ctx.creditByRole(m, "p", "w"));
        rule("person-who-with-work", 0.7,
                "<P:p> (?:, )?who (?:[a-z-]+ ){1,10}?(?:through|with|in|for|on) (?:the )?(?:[a-z-]+ )?<W:w>",
                (ctx, m) -> ctx.creditIfCrew(m, "p", "w"));
        rule("work-co-star", 0.75, "(?:<P:a> 's |his |their )?(?:former |old |fellow )?<W:w> co-stars? <P:b>",
                (ctx, m) -> ctx.coStars(m, "a", "b", "w"));
        // ---- cameo
        rule("actor-cameo-in-work", 0.85,
                "<P:p> " + APPOSITIVE + "(?:'s )?(?:[a-z-]+ ){0,6}?(?:cameo|cameos|appearance|appearances) (?:as (?:his )?<CXW> )?"
                        + "(?:[a-z0-9-]+ ){0,5}?(?:in|on) (?:the |his )?(?:[a-z0-9-]+ ){0,4}?(?:<P> 's )?<W:w>(?! co-star| star| actor| actress)",
                (ctx, m) -> ctx.cameo(m, "p", "w"));
        // ---- wrote
        String writer = Cues.WRITER_NOUN;
        rule("written-by", 0.85,
                "(?:written|penned|scripted|co-written|wrote|writing|screenplay|script) (?:for (?:the )?screen )?by (?:the (?:[a-z-]+ )?)?(?:" + writer + " )?<P:p>",
                (ctx, m) -> ctx.credit(m, FactType.WROTE, "p", null));
        rule("writer-of-work", 0.8, writer + " (?:of )?<P:p> (?:\\( <W:w> \\)|of <W:w>|'s (?:[a-z-]+ )?(?:" + Cues.WORK_NOUN + " )?<W:w>)",
                (ctx, m) -> ctx.creditList(m, FactType.WROTE, "p", "w"));
        rule("writer-name", 0.75, writer + " (?:[a-z-]+ ){0,2}?(?:, )?<P:p>(?! of <WX>| \\( <WX>| 's)",
                (ctx, m) -> ctx.creditIfTopicSure(m, FactType.WROTE, "p"));
        // ---- directed
        String director = Cues.DIRECTOR_NOUN;
        rule("directed-by", 0.85,
                "(?:directed|helmed|co-directed|produced and directed|directing) by (?:the (?:[a-z-]+ )?)?(?:" + director + " )?<P:p>",
                (ctx, m) -> ctx.credit(m, FactType.DIRECTED, "p", null));
        rule("work-director", 0.85, "<W:w> (?:'s )?" + director + " (?:, )?<P:p>", (ctx, m) -> ctx.credit(m, FactType.DIRECTED, "p", "w"));
        rule("director-of-work", 0.8, director + " (?:of )?<P:p> (?:\\( <W:w> \\)|of <W:w>|'s (?:[a-z-]+ )?(?:" + Cues.WORK_NOUN + " )?<W:w>)",
                (ctx, m) -> ctx.creditList(m, FactType.DIRECTED, "p", "w"));
        rule("director-name", 0.75, "(?<!" + OTHER_DIRECTORS + " )" + director + " (?:[a-z-]+ ){0,2}?(?:, )?<P:p>(?! of <WX>| \\( <WX>| 's)",
                (ctx, m) -> ctx.creditIfTopicSure(m, FactType.DIRECTED, "p"));
        // fact sheets: "• Director: Ko Min-jae (Paper Moon)" credits the work the sheet is about
        rule("director-directed-works", 0.8,
                "<P:p> (?:, )?(?:who |whose |is |was |has )?(?:[a-z-]+ |<W> and ){0,8}?(?:directed|helmed|directing|helming|co-directing|"
                        + "co-directed|known for directing) "
                        + "(?:[a-z-]+ |, ){0,6}?<W:w>",
                (ctx, m) -> ctx.creditList(m, FactType.DIRECTED, "p", "w"));
        // ---- network
        rule("network-work", 0.8,
                "<N:n> (?:'s )?(?:[a-z0-9-]+ ){0,3}?(?:" + Cues.WORK_NOUN + ") (?:, )?<W:w>",
                (ctx, m) -> ctx.networkWorks(m, "w", "n"));
        rule("work-network-apposition", 0.75,
                "<W:w> (?:, |- )?(?:which is |is )?(?:the |a |an )(?:[a-z-]+ ){0,2}?<N:n> " + PAREN + "(?:'s )?(?:[a-z-]+ ){0,2}?" + Cues.WORK_NOUN,
                (ctx, m) -> ctx.network(m, "w", "n"));
        rule("network-before-work", 0.7, "<N:n> (?:'s )?<W:w>", (ctx, m) -> ctx.network(m, "w", "n"));
        rule("work-on-network", 0.65, "<W:w> (?:[a-z-]+ ){0,2}?(?:on|via) <N:n>(?! 's)", (ctx, m) -> ctx.networkList(m, "w", "n"));
        rule("network-possessive-work", 0.75, "<N:n> 's (?:[a-z-]+ ){0,3}?<W:w>", (ctx, m) -> ctx.network(m, "w", "n"));
        rule("work-airs-on-network", 0.85,
                "<W:w> (?:[a-z0-9-]+ ){0,6}?(?:premiere|premieres|premiered|air|airs|aired|airing|stream|streams|streaming|"
                        + "streamed|broadcast|broadcasts|released|release|available|arrives|arrive|returns|debuts|debut) "
                        + "(?:[a-z0-9:.-]+ ){0,8}?(?:on|via|through|exclusively on) <N:n>",
                (ctx, m) -> ctx.networkList(m, "w", "n"));
        rule("network-airs", 0.6,
                "(?:premiere|premieres|air|airs|aired|broadcast|stream|streams|streaming|released) (?:[a-z0-9:.-]+ ){0,8}?"
                        + "(?:on|via|through|by) (?:the )?(?:[a-z-]+ )?<N:n>",
                (ctx, m) -> ctx.networkList(m, null, "n"));
        rule("work-network-parenthesis", 0.7, "<W:w> \\( <N:n> \\)", (ctx, m) -> ctx.network(m, "w", "n"));
        index = new CodePattern.Index(rules.stream().map(Rule::pattern).toList());
    }

    private void rule(String name, double confidence, String pattern, BiConsumer<Context, CodePattern.Match> action) {
        rules.add(new Rule(name, CodePattern.compile(pattern), confidence, action));
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
