package org.dramagraph.relation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dramagraph.mention.Mention;
import org.dramagraph.lang.NameKey;

/**
 * What each person of an article does for a living, as the article says it: "writer X" or "written by
 * X" makes X a writer, "director X" or "helmed by X" a director; everyone else is taken for an actor.
 * Phrases such as "X, known for A and B" then credit A and B the right way. The patterns are
 * {@code rules/roles.rules} beside this class.
 */
final class PersonRoles {
    enum Role { ACTOR, WRITER, DIRECTOR }

    /** A pattern that says the person in its slot p has a role. */
    record RolePattern(CodePattern pattern, Role role) {
    }

    /** The patterns of {@code rules/roles.rules}, in order. */
    private static final List<RolePattern> PATTERNS = patterns(
            RuleFile.read(PersonRoles.class, "rules/cues.rules", "rules/roles.rules"));
    private static final CodePattern.Index INDEX = new CodePattern.Index(PATTERNS.stream().map(RolePattern::pattern).toList());

    private final Map<String, Role> roles = new HashMap<>();
    private final Function<Mention, String> fullName;

    PersonRoles(List<SentenceCode> codes, Function<Mention, String> fullName) {
        this.fullName = fullName;
        for (SentenceCode code : codes) {
            CodePattern.Found matches = INDEX.matches(code);
            for (int p = 0; p < PATTERNS.size(); p++) {
                for (CodePattern.Match m : matches.of(p)) {
                    roles.putIfAbsent(NameKey.loose(fullName.apply(m.mention("p"))), PATTERNS.get(p).role());
                }
            }
        }
    }

    /** The role of a person; actor unless the article says otherwise. */
    Role of(Mention person) {
        return roles.getOrDefault(NameKey.loose(fullName.apply(person)), Role.ACTOR);
    }

    /** The patterns of a rule file, each checked to name a role and to have the one slot p. */
    static List<RolePattern> patterns(RuleFile file) {
        List<RolePattern> out = new ArrayList<>();
        for (RuleFile.Rule r : file.rules("role", "pattern")) {
            Role role = switch (r.get("role")) {
                case "writer" -> Role.WRITER;
                case "director" -> Role.DIRECTOR;
                default -> throw r.error("role is writer or director, not " + r.get("role"));
            };
            CodePattern pattern = r.pattern();
            if (!pattern.slots().equals(List.of("p"))) {
                throw r.error("the pattern needs one slot, p, for the person; it has " + pattern.slots());
            }
            out.add(new RolePattern(pattern, role));
        }
        return List.copyOf(out);
    }
}
