package org.dramagraph.relation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.dramagraph.fact.FactType;
import org.dramagraph.lang.Lexicon;
import org.dramagraph.mention.Gazetteer;
import org.dramagraph.mention.MentionFinder;
import org.dramagraph.mention.MentionType;
import org.dramagraph.segment.SegmentedText;
import org.junit.jupiter.api.Test;

class RuleFileTest {
    /** Word lists the test files may name. */
    private static final Map<String, List<String>> LISTS = Map.of(
            "nouns.txt", List.of("drama", "k-drama", "such as"),
            "odd.txt", List.of("drama", "dramas?"));

    private static RuleFile.Source source(String name, String... lines) {
        return new RuleFile.Source(name, List.of(lines), file -> {
            List<String> words = LISTS.get(file);
            if (words == null) {
                throw new IllegalStateException("missing resource " + file);
            }
            return words;
        });
    }

    private static RuleFile parse(String... lines) {
        return RuleFile.parse(List.of(source("test.rules", lines)));
    }

    private static String errorOf(String... lines) {
        try {
            parse(lines);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error");
    }

    @Test
    void rulesHaveTheirFieldsWithFragmentsFilledInAndContinuationsJoined() {
        RuleFile file = parse(
                "# a comment",
                "@PAREN = (?:\\( [^()]+ \\) )?",
                "@NOUN < nouns.txt",
                "",
                "rule work-noun",
                "    confidence: 0.8",
                "    # comments may stand between the lines of a value",
                "    pattern: the {NOUN} (?:new )?",
                "        + {PAREN}<W:w>(?! 's)",
                "rule second",
                "    pattern: <P:p>");
        List<RuleFile.Rule> rules = file.rules("confidence?", "pattern");
        assertThat(rules).extracting(RuleFile.Rule::name).containsExactly("work-noun", "second");
        assertThat(rules.get(0).fields()).isEqualTo(Map.of(
                "confidence", "0.8",
                "pattern", "the (?:drama|k-drama|such as) (?:new )?(?:\\( [^()]+ \\) )?<W:w>(?! 's)"));
        assertThat(rules.get(0).where()).isEqualTo("test.rules:5");
        assertThat(rules.get(0).number("confidence")).isEqualTo(0.8);
        assertThat(rules.get(1).optional("confidence")).isNull();
        assertThat(file.fragment("NOUN")).isEqualTo("(?:drama|k-drama|such as)");
        assertThat(file.regex("PAREN").matcher("( W1 ) ").matches()).isTrue();
    }

    @Test
    void fragmentsOfAFileReadFirstAreKnownToTheFilesAfterIt() {
        RuleFile file = RuleFile.parse(List.of(
                source("shared.rules", "@VERB = (?:plays|portrays)"),
                source("own.rules", "@ROLE = {VERB} <C:c>", "rule plays", "    pattern: <P:p> {ROLE}")));
        assertThat(file.rules("pattern").get(0).get("pattern")).isEqualTo("<P:p> (?:plays|portrays) <C:c>");
        assertThatThrownBy(() -> file.fragment("NONE"))
                .hasMessage("shared.rules, own.rules: no fragment @NONE");
        RuleFile broken = parse("@OPEN = (?:a|b");
        assertThatThrownBy(() -> broken.regex("OPEN"))
                .hasMessage("test.rules: fragment @OPEN is not a regex: Unclosed group");
    }

    @Test
    void mistakesInTheFileNameItsLine() {
        assertThat(errorOf("rule a", "    pattern: <P:p> {PAREN}"))
                .isEqualTo("test.rules:2: unknown fragment {PAREN}");
        assertThat(errorOf("@A = x", "rule a", "    pattern: <P:p> ", "        + plays"))
                .isEqualTo("test.rules:3: line ends in a space: break the value after another character");
        assertThat(errorOf("# fields need a rule", "    pattern: <P:p>"))
                .isEqualTo("test.rules:2: a field outside a rule");
        assertThat(errorOf("rule a", "    pattern: <P:p>", "rule a", "    pattern: <W:w>"))
                .isEqualTo("test.rules:3: rule a is defined twice (first at test.rules:1)");
        assertThat(errorOf("@A = x", "@A = y"))
                .isEqualTo("test.rules:2: fragment @A is defined twice");
        assertThat(errorOf("rule a", "    pattern: <P:p>", "    pattern: <W:w>"))
                .isEqualTo("test.rules:3: rule a gives pattern twice");
        assertThat(errorOf("    + plays"))
                .isEqualTo("test.rules:1: \"+ \" with no value above to go on with");
        assertThat(errorOf("rule a", "    pattern:", "rule b"))
                .isEqualTo("test.rules:2: field pattern has no value");
        assertThat(errorOf("Rule a"))
                .isEqualTo("test.rules:1: expected a comment, @NAME = regex, @NAME < file, rule NAME, an indented field or \"+ \"");
        assertThat(errorOf("@lower = x"))
                .isEqualTo("test.rules:1: expected @NAME = regex or @NAME < file (NAME in capitals)");
        assertThat(errorOf("rule Big"))
                .isEqualTo("test.rules:1: expected rule NAME (lower case, digits and -)");
        assertThat(errorOf("rule a", "    pattern <P:p>"))
                .isEqualTo("test.rules:2: expected key: value (or \"+ \" to go on with a value)");
        assertThat(errorOf("@N < odd.txt"))
                .isEqualTo("test.rules:1: word list odd.txt holds 'dramas?': only lower-case words, spaces, ', & and -");
        assertThat(errorOf("@N < none.txt"))
                .isEqualTo("test.rules:1: cannot read word list none.txt: missing resource none.txt");
    }

    @Test
    void rulesMustHaveTheFieldsTheirReaderAsksForAndNoOthers() {
        RuleFile missing = parse("rule a", "    pattern: <P:p>");
        assertThatThrownBy(() -> missing.rules("confidence", "pattern"))
                .hasMessage("test.rules:1: rule a: has no confidence");
        RuleFile unknown = parse("rule a", "    pattern: <P:p>", "    confidnce: 0.5");
        assertThatThrownBy(() -> unknown.rules("confidence?", "pattern"))
                .hasMessage("test.rules:1: rule a: unknown field confidnce (fields: confidence, pattern)");
        RuleFile.Rule notANumber = parse("rule a", "    confidence: high").rules("confidence").get(0);
        assertThatThrownBy(() -> notANumber.number("confidence"))
                .hasMessage("test.rules:1: rule a: confidence is not a number: high");
        RuleFile.Rule badPattern = parse("rule a", "    pattern: <P:p> ((").rules("pattern").get(0);
        assertThatThrownBy(badPattern::pattern)
                .hasMessage("test.rules:1: rule a: bad sentence pattern: <P:p> ((");
    }

    @Test
    void relationRulesNameAKnownActionAndTheSlotsItReads() {
        assertThatThrownBy(() -> new RelationReader(parse(
                "rule a", "    confidence: 0.5", "    action: plyas", "    pattern: <P:p> plays <C:c>")))
                .hasMessageStartingWith("test.rules:1: rule a: unknown action plyas (actions: cameo, cast, cast-list,");
        assertThatThrownBy(() -> new RelationReader(parse(
                "rule a", "    confidence: 0.5", "    action: plays", "    pattern: <P:p> plays <C:role>")))
                .hasMessage("test.rules:1: rule a: action plays needs slots [c, p], the pattern has [p, role]");
        assertThatThrownBy(() -> new RelationReader(parse(
                "rule a", "    confidence: 0.5", "    action: cameo", "    pattern: <P:p> cameo in <W:w> as <C:c>")))
                .hasMessage("test.rules:1: rule a: action cameo reads no slot [c]");
        assertThatThrownBy(() -> new RelationReader(parse(
                "rule a", "    confidence: 1.5", "    action: cast", "    pattern: <P:p> stars")))
                .hasMessage("test.rules:1: rule a: confidence is over 0 and at most 1, not 1.5");
    }

    @Test
    void aRelationRuleReadsWhatItsActionSaysUnderItsNameAndConfidence() {
        RelationReader reader = new RelationReader(parse(
                "rule network-owns-work",
                "    confidence: 0.6",
                "    action: network",
                "    pattern: <N:n> 's <W:w>"));
        SegmentedText doc = SegmentedText.of("", "KBS's “Winter Letters” returns in May.");
        MentionFinder finder = new MentionFinder(Lexicon.standard());
        List<SentenceCode> codes = new SentenceCoder(doc).codes(finder.find(finder.prepare(doc), new Gazetteer()));
        assertThat(codes.get(0).code()).isEqualTo("N0 's W1 returns in may .");
        List<Reading> readings = reader.read(doc, codes, m -> m.text());
        assertThat(readings).hasSize(1);
        Reading r = readings.get(0);
        assertThat(List.of(r.type(), r.org().text(), r.work().text(), r.rule(), r.confidence()))
                .containsExactly(FactType.NETWORK, "KBS", "Winter Letters", "network-owns-work", 0.6);
        assertThat(r.person()).isNull();
    }

    @Test
    void typeVotesAndRolePatternsAreCheckedToo() {
        assertThatThrownBy(() -> MentionTyper.votes(parse(
                "rule a", "    type: SHOW", "    slot: w", "    weight: 2", "    pattern: the drama <X:w>")))
                .hasMessageStartingWith("test.rules:1: rule a: no type SHOW (types: [");
        assertThatThrownBy(() -> MentionTyper.votes(parse(
                "rule a", "    type: WORK", "    slot: x", "    weight: 2", "    pattern: the drama <X:w>")))
                .hasMessage("test.rules:1: rule a: the pattern has no slot x");
        MentionTyper.Vote vote = MentionTyper.votes(parse(
                "rule a", "    type: WORK", "    slot: w", "    weight: 2", "    list: WX", "    pattern: like <WX:w>")).get(0);
        assertThat(List.of(vote.pattern().toString(), vote.slot(), vote.type(), vote.weight(), vote.list()))
                .containsExactly("like <WX:w>", "w", MentionType.WORK, 2, "WX");
        assertThatThrownBy(() -> PersonRoles.patterns(parse("rule a", "    role: actor", "    pattern: actor <P:p>")))
                .hasMessage("test.rules:1: rule a: role is writer or director, not actor");
        assertThat(PersonRoles.patterns(parse("rule a", "    role: director", "    pattern: pd <P:p>")))
                .extracting(PersonRoles.RolePattern::role).containsExactly(PersonRoles.Role.DIRECTOR);
    }
}
