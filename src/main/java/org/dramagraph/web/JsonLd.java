package org.dramagraph.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.dramagraph.graph.ArticlePhoto;
import org.dramagraph.graph.ArticleView;
import org.dramagraph.graph.CharacterProfile;
import org.dramagraph.graph.Entity;
import org.dramagraph.graph.GraphFact;
import org.dramagraph.graph.OrgProfile;
import org.dramagraph.graph.PersonProfile;
import org.dramagraph.graph.Portrayal;
import org.dramagraph.graph.Role;
import org.dramagraph.graph.WorkProfile;
import org.dramagraph.fact.FactType;

/**
 * schema.org descriptions of the pages as JSON-LD: Person, TVSeries with its actors as PerformanceRole,
 * Organization, NewsArticle, WebSite with its search. The output is safe inside a script element: the
 * characters that could close it are escaped as JSON unicode escapes.
 */
final class JsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;

    /** Descriptions with addresses under {@code base}: the public address, or "" for paths (see {@link Site#base()}). */
    JsonLd(String base) {
        this.base = base;
    }

    String site() {
        ObjectNode site = root("WebSite");
        site.put("name", "Dramagraph");
        site.put("url", base + "/");
        ObjectNode action = site.putObject("potentialAction");
        action.put("@type", "SearchAction");
        action.put("target", base + "/search?q={query}");
        action.put("query-input", "required name=query");
        return write(site);
    }

    String page(String type, String name, String path) {
        ObjectNode page = root(type);
        page.put("name", name);
        page.put("url", base + path);
        return write(page);
    }

    String person(PersonProfile p) {
        ObjectNode root = root(null);
        ArrayNode graph = root.putArray("@graph");
        ObjectNode person = ref(p.person());
        aliases(person, p.aliases(), p.person().name());
        graph.add(person);
        for (Role r : sureRoles(p.roles())) {
            ObjectNode work = ref(r.work());
            // the person is described once, above; each role names them by @id
            work.set("actor", roles(List.of(r), idOf(p.person())));
            graph.add(work);
        }
        for (GraphFact f : sure(p.wrote())) {
            graph.add(ref(f.work()).set("author", idOf(p.person())));
        }
        for (GraphFact f : sure(p.directed())) {
            graph.add(ref(f.work()).set("director", idOf(p.person())));
        }
        return write(root);
    }

    String work(WorkProfile w) {
        ObjectNode work = root(null);
        work.setAll(ref(w.work()));
        aliases(work, w.aliases(), w.work().name());
        List<Role> all = new ArrayList<>(sureRoles(w.cast()));
        all.addAll(sureRoles(w.cameos()));
        work.set("actor", roles(all, null));
        work.set("author", people(w.writers()));
        work.set("director", people(w.directors()));
        ArrayNode providers = work.putArray("provider");
        sure(w.networks()).forEach(f -> providers.add(ref(f.org())));
        return write(work);
    }

    String character(CharacterProfile c) {
        ObjectNode root = root(null);
        ArrayNode graph = root.putArray("@graph");
        for (Portrayal p : c.portrayals()) {
            if (p.fact().unconfirmed()) {
                continue;
            }
            ObjectNode work = ref(p.work());
            ObjectNode role = work.putObject("actor");
            role.put("@type", "PerformanceRole");
            role.set("actor", ref(p.person()));
            role.put("characterName", c.character().name());
            if (p.cameo()) {
                role.put("roleName", "cameo");
            }
            graph.add(work);
        }
        return write(root);
    }

    String org(OrgProfile o) {
        ObjectNode org = root(null);
        org.setAll(ref(o.org()));
        aliases(org, o.aliases(), o.org().name());
        return write(org);
    }

    String article(ArticleView v) {
        ObjectNode a = root("NewsArticle");
        a.put("headline", v.article().title());
        if (v.article().date() != null) {
            a.put("datePublished", v.article().date().toString());
        }
        a.put("url", base + Links.article(v.article().id()));
        if (v.article().url() != null) {
            a.put("isBasedOn", v.article().url());
        }
        ArrayNode mentions = a.putArray("mentions");
        v.mentions().stream().map(m -> m.entity()).distinct().forEach(e -> mentions.add(ref(e)));
        ArrayNode images = a.putArray("image");
        for (ArticlePhoto p : v.photos()) {
            if (p.url() != null) {
                ObjectNode image = images.addObject();
                image.put("@type", "ImageObject");
                image.put("url", p.url());
                if (p.caption() != null) {
                    image.put("caption", p.caption());
                }
                if (p.credit() != null) {
                    image.put("creditText", p.credit());
                }
                if (!p.people().isEmpty()) {
                    ArrayNode about = image.putArray("about");
                    p.people().forEach(e -> about.add(ref(e)));
                }
            }
        }
        return write(a);
    }

    /** The roles as schema.org PerformanceRoles; {@code actor} names the actor of each, or null to describe them. */
    private ArrayNode roles(List<Role> roles, ObjectNode actor) {
        ArrayNode out = JSON.createArrayNode();
        for (Role r : roles) {
            ObjectNode role = out.addObject();
            role.put("@type", "PerformanceRole");
            role.set("actor", actor != null ? actor : ref(r.person()));
            if (!r.characters().isEmpty()) {
                role.put("characterName", r.characters().get(0).name());
            }
            if (r.cameo()) {
                role.put("roleName", "cameo");
            }
        }
        return out;
    }

    private ArrayNode people(List<GraphFact> facts) {
        ArrayNode out = JSON.createArrayNode();
        sure(facts).forEach(f -> out.add(ref(f.person())));
        return out;
    }

    /** The facts to state to machines: not those left unconfirmed (a wrong fact costs more than a missing one). */
    private static List<GraphFact> sure(List<GraphFact> facts) {
        return facts.stream().filter(f -> !f.unconfirmed()).toList();
    }

    /** The roles as their sure facts state them; a role with none is left out. */
    private static List<Role> sureRoles(List<Role> roles) {
        List<Role> out = new ArrayList<>();
        for (Role r : roles) {
            List<GraphFact> facts = sure(r.facts());
            if (!facts.isEmpty()) {
                out.add(new Role(r.person(), r.work(), facts.stream().filter(f -> f.type() == FactType.PLAYS)
                        .map(GraphFact::character).distinct().toList(),
                        facts.stream().anyMatch(f -> f.type() == FactType.CAMEO), facts));
            }
        }
        return out;
    }

    private static void aliases(ObjectNode node, List<String> aliases, String name) {
        List<String> others = aliases.stream().filter(a -> !a.equals(name)).toList();
        if (!others.isEmpty()) {
            ArrayNode alt = node.putArray("alternateName");
            others.forEach(alt::add);
        }
    }

    /** An entity as a schema.org node: its type, id (its page), name and url. */
    private ObjectNode ref(Entity e) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@type", switch (e.type()) {
            case PERSON -> "Person";
            case WORK -> "TVSeries";
            case CHARACTER -> "Thing";
            case ORG -> "Organization";
        });
        String url = base + Links.entity(e);
        node.put("@id", url);
        node.put("name", e.name());
        node.put("url", url);
        return node;
    }

    private ObjectNode idOf(Entity e) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@id", base + Links.entity(e));
        return node;
    }

    private static ObjectNode root(String type) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@context", "https://schema.org");
        if (type != null) {
            node.put("@type", type);
        }
        return node;
    }

    private static String write(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }
}
