package org.dramagraph.relation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dramagraph.mention.Mention;
import org.dramagraph.lang.NameKey;

/**
 * What each person of an article does for a living, as the article says it: "writer X" or "written by
 * X" makes X a writer, "director X" or "helmed by X" a director; everyone else is taken for an actor.
 * Phrases such as "X, known for A and B" then credit A and B the right way.
 */
final class PersonRoles {
    enum Role { ACTOR, WRITER, DIRECTOR }

    private static final List<CodePattern> WRITER = List.of(
            CodePattern.compile(Cues.WRITER_NOUN + " (?:: )?(?:[a-z-]+ ){0,2}?(?:, )?<P:p>"),
            CodePattern.compile("(?:written|penned|scripted|co-written|screenplay|script) (?:for (?:the )?screen )?by (?:the )?(?:[a-z-]+ )?<P:p>"),
            CodePattern.compile("<P:p> (?:, )?(?:the |a |an )?(?:[a-z-]+ ){0,2}?" + Cues.WRITER_NOUN + "(?! [A-Z])"),
            CodePattern.compile("<P:p> " + Cues.PAREN + "(?:of <W> )?(?:will |is set to |is to |is )(?:write|pen|writing|penning)"));
    private static final List<CodePattern> DIRECTOR = List.of(
            CodePattern.compile(Cues.DIRECTOR_NOUN + " (?:: )?(?:[a-z-]+ ){0,2}?(?:, )?<P:p>"),
            CodePattern.compile("(?:directed|helmed|co-directed) by (?:the )?(?:[a-z-]+ )?<P:p>"),
            CodePattern.compile("<P:p> (?:, )?(?:the |a |an )?(?:[a-z-]+ ){0,2}?" + Cues.DIRECTOR_NOUN + "(?! [A-Z])"),
            CodePattern.compile("<P:p> " + Cues.PAREN + "(?:of <W> )?(?:will |is set to |is to |is |(?:, )?who is (?:now )?)?"
                    + "(?:direct|co-direct|directing|co-directing|helm|helming)"),
            // "X, who worked on A and is now co-directing B"
            CodePattern.compile("<P:p> , who (?:[a-z-]+ |<W> ){1,8}?and (?:is|was) (?:now |also )?(?:directing|co-directing|helming)"));
    /** Writers' patterns, then directors'. */
    private static final CodePattern.Index INDEX = new CodePattern.Index(
            java.util.stream.Stream.concat(WRITER.stream(), DIRECTOR.stream()).toList());

    private final Map<String, Role> roles = new HashMap<>();
    private final Function<Mention, String> fullName;

    PersonRoles(List<SentenceCode> codes, Function<Mention, String> fullName) {
        this.fullName = fullName;
        for (SentenceCode code : codes) {
            CodePattern.Found matches = INDEX.matches(code);
            for (int p = 0; p < WRITER.size() + DIRECTOR.size(); p++) {
                Role role = p < WRITER.size() ? Role.WRITER : Role.DIRECTOR;
                for (CodePattern.Match m : matches.of(p)) {
                    roles.putIfAbsent(NameKey.loose(fullName.apply(m.mention("p"))), role);
                }
            }
        }
    }

    /** The role of a person; actor unless the article says otherwise. */
    Role of(Mention person) {
        return roles.getOrDefault(NameKey.loose(fullName.apply(person)), Role.ACTOR);
    }
}
