package org.dramagraph.cli;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dramagraph.fact.Evidence;
import org.dramagraph.graph.CharacterProfile;
import org.dramagraph.graph.Entity;
import org.dramagraph.graph.GraphFact;
import org.dramagraph.graph.OrgProfile;
import org.dramagraph.graph.PersonProfile;
import org.dramagraph.graph.Portrayal;
import org.dramagraph.graph.Role;
import org.dramagraph.graph.Source;
import org.dramagraph.graph.WorkProfile;

/** Writes profiles as plain text for {@code show}: one section per kind of fact, each fact with its sources. */
final class ProfileReport {
    private static final int SNIPPET = 110;

    private final StringBuilder out = new StringBuilder();
    private boolean hasSection;

    private ProfileReport() {
    }

    static String of(PersonProfile p) {
        ProfileReport r = new ProfileReport().title(p.person(), p.aliases());
        r.roles("Roles", p.roles(), role -> role.work().name());
        r.credits("Wrote", p.wrote(), f -> f.work().name());
        r.credits("Directed", p.directed(), f -> f.work().name());
        r.credits("Quotes", p.quotes(), f -> "\"" + f.quote() + "\"");
        return r.toString();
    }

    static String of(WorkProfile w) {
        ProfileReport r = new ProfileReport().title(w.work(), w.aliases());
        r.roles("Cast", w.cast(), role -> role.person().name());
        r.roles("Cameos", w.cameos(), role -> role.person().name());
        r.credits("Written by", w.writers(), f -> f.person().name());
        r.credits("Directed by", w.directors(), f -> f.person().name());
        r.credits("Airs on", w.networks(), f -> f.org().name());
        return r.toString();
    }

    static String of(CharacterProfile c) {
        ProfileReport r = new ProfileReport().title(c.character(), c.aliases());
        long works = c.portrayals().stream().map(p -> p.work().id()).distinct().count();
        if (c.crossover()) {
            r.line(0, "Crossover: appears in " + works + " works");
        }
        if (!c.portrayals().isEmpty()) {
            r.section("Played by");
        }
        for (Portrayal p : c.portrayals()) {
            r.line(1, p.person().name() + " in " + p.work().name() + (p.cameo() ? " [cameo]" : "") + mark(p.fact()))
                    .sources(p.fact().sources());
        }
        return r.toString();
    }

    static String of(OrgProfile o) {
        ProfileReport r = new ProfileReport().title(o.org(), o.aliases());
        r.credits("Works", o.works(), f -> f.work().name());
        return r.toString();
    }

    /** The report; a title alone says that no fact is known yet (the name was only mentioned). */
    @Override
    public String toString() {
        if (!hasSection) {
            return out + "\nNo facts yet: the name is only mentioned in articles.\n";
        }
        return out.toString();
    }

    private static String played(Role role) {
        String as = role.characters().isEmpty() ? ""
                : " as " + role.characters().stream().map(Entity::name).collect(Collectors.joining(", "));
        return as + (role.cameo() ? " [cameo]" : "");
    }

    private ProfileReport title(Entity e, List<String> aliases) {
        line(0, e.name() + " (" + e.type().label() + ")");
        List<String> others = aliases.stream().filter(a -> !a.equals(e.name())).toList();
        if (!others.isEmpty()) {
            line(0, "Also written: " + String.join(", ", others));
        }
        return this;
    }

    private void section(String name) {
        hasSection = true;
        out.append('\n');
        line(0, name);
    }

    private void roles(String name, List<Role> roles, Function<Role, String> label) {
        if (roles.isEmpty()) {
            return;
        }
        section(name);
        for (Role role : roles) {
            line(1, label.apply(role) + played(role)).facts(role.facts());
        }
    }

    private void credits(String name, List<GraphFact> facts, Function<GraphFact, String> label) {
        if (facts.isEmpty()) {
            return;
        }
        section(name);
        for (GraphFact f : facts) {
            line(1, label.apply(f) + mark(f)).sources(f.sources());
        }
    }

    /** Each fact of a role with its sources: {@code plays CHARACTER}, {@code cameo}, ... */
    private void facts(List<GraphFact> facts) {
        for (GraphFact f : facts) {
            line(2, f.type().key() + (f.character() == null ? "" : " " + f.character().name()) + mark(f));
            for (Source s : f.sources()) {
                line(3, source(s));
            }
        }
    }

    /** Says when a fact is kept but not sure enough to count as known. */
    private static String mark(GraphFact f) {
        return f.unconfirmed() ? " [unconfirmed]" : "";
    }

    private void sources(List<Source> sources) {
        for (Source s : sources) {
            line(2, source(s));
        }
    }

    private static String source(Source s) {
        String snippet = s.snippet().strip().replaceAll("\\s+", " ");
        if (snippet.length() > SNIPPET) {
            snippet = snippet.substring(0, SNIPPET - 1) + "…";
        }
        return "[" + s.articleId() + " #" + s.sentence() + (Evidence.CONTEXT.equals(s.rule()) ? ", context" : "") + "] "
                + snippet;
    }

    private ProfileReport line(int indent, String text) {
        out.append("  ".repeat(indent)).append(text).append('\n');
        return this;
    }
}
