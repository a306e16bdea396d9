package org.dramagraph.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dramagraph.graph.ArticleSummary;
import org.dramagraph.graph.Entity;
import org.dramagraph.graph.EntityType;
import org.dramagraph.graph.Slice;

/**
 * Atom feeds (the latest articles, and those naming an entity), the sitemap (an index of parts of at most
 * {@link #SITEMAP_PART} addresses) and the OpenSearch description, written with the JDK's StAX writer, which
 * escapes text and attributes.
 */
final class Feeds {
    static final int ENTRIES = 50;
    static final int SITEMAP_PART = 10_000;
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final Site site;

    Feeds(Site site) {
        this.site = site;
    }

    void latest(Context ctx) {
        Slice<ArticleSummary> articles = site.stores.read(graph -> graph.articles().latest(0, ENTRIES));
        atom(ctx, "Dramagraph: latest articles", "/feed.atom", "/", articles.items());
    }

    void entity(Context ctx, EntityType type) {
        site.stores.read(graph -> {
            Entity e = Resolve.entity(graph, ctx, type);
            atom(ctx, "Dramagraph: " + e.name(), Links.entity(e) + "/feed.atom", Links.entity(e),
                    graph.articles().naming(e.id(), 0, ENTRIES).items());
            return null;
        });
    }

    /** The sitemap index: the parts of entity and article addresses. */
    void sitemapIndex(Context ctx) {
        String base = site.base();
        long[] counts = site.stores.read(graph -> {
            long[] n = new long[EntityType.values().length + 1];
            for (EntityType t : EntityType.values()) {
                n[t.ordinal()] = graph.entities().ofType(t, 0, 1).total();
            }
            n[n.length - 1] = graph.articles().latest(0, 1).total();
            return n;
        });
        xml(ctx, "application/xml", w -> {
            w.writeStartElement("sitemapindex");
            w.writeDefaultNamespace(SITEMAP);
            for (EntityType t : EntityType.values()) {
                parts(w, base, Links.section(t), counts[t.ordinal()]);
            }
            parts(w, base, "articles", counts[counts.length - 1]);
            w.writeEndElement();
        });
    }

    private static void parts(XMLStreamWriter w, String base, String section, long count) throws XMLStreamException {
        for (long part = 1; (part - 1) * SITEMAP_PART < Math.max(1, count); part++) {
            w.writeStartElement("sitemap");
            element(w, "loc", base + "/sitemaps/" + section + "-" + part + ".xml");
            w.writeEndElement();
        }
    }

    /** One part of the sitemap: {@code /sitemaps/{section}-{n}.xml}. */
    void sitemapPart(Context ctx) {
        String name = ctx.pathParam("part");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([a-z]+)-(\\d{1,6})\\.xml").matcher(name);
        if (!m.matches()) {
            throw new NotFoundResponse("No sitemap " + Resolve.clip(name) + ".");
        }
        int offset = (Integer.parseInt(m.group(2)) - 1) * SITEMAP_PART;
        String base = site.base();
        List<String> paths = site.stores.read(graph -> {
            if (m.group(1).equals("articles")) {
                return graph.articles().latest(offset, SITEMAP_PART).items().stream().map(a -> Links.article(a.id()))
                        .toList();
            }
            EntityType type = Links.typeOf(m.group(1)).orElseThrow(() -> new NotFoundResponse("No such sitemap."));
            return graph.entities().ofType(type, offset, SITEMAP_PART).items().stream().map(Links::entity).toList();
        });
        if (paths.isEmpty() && offset > 0) {
            throw new NotFoundResponse("No such sitemap.");
        }
        xml(ctx, "application/xml", w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP);
            for (String p : paths) {
                w.writeStartElement("url");
                element(w, "loc", base + p);
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    void openSearch(Context ctx) {
        String base = site.base();
        xml(ctx, "application/opensearchdescription+xml", w -> {
            w.writeStartElement("OpenSearchDescription");
            w.writeDefaultNamespace("http://a9.com/-/spec/opensearch/1.1/");
            element(w, "ShortName", "Dramagraph");
            element(w, "Description", "Search Korean-drama people, works, characters and news");
            w.writeEmptyElement("Url");
            w.writeAttribute("type", "text/html");
            w.writeAttribute("template", base + "/search?q={searchTerms}");
            w.writeEndElement();
        });
    }

    void robots(Context ctx) {
        ctx.contentType("text/plain; charset=utf-8");
        ctx.result("User-agent: *\nDisallow: /editor\nDisallow: /login\nSitemap: " + site.base() + "/sitemap.xml\n");
    }

    private void atom(Context ctx, String title, String self, String page, List<ArticleSummary> articles) {
        String base = site.base();
        Instant updated = articles.stream().map(a -> day(a.day())).max(Instant::compareTo).orElse(Instant.EPOCH);
        xml(ctx, "application/atom+xml", w -> {
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM);
            element(w, "title", title);
            element(w, "id", base + self);
            element(w, "updated", updated.toString());
            link(w, "self", base + self);
            link(w, "alternate", base + page);
            w.writeStartElement("author");
            element(w, "name", "Dramagraph");
            w.writeEndElement();
            for (ArticleSummary a : articles) {
                w.writeStartElement("entry");
                element(w, "title", a.title());
                element(w, "id", base + Links.article(a.id()));
                element(w, "updated", day(a.day()).toString()); // Atom needs one; an entry is new when stored
                link(w, "alternate", base + Links.article(a.id()));
                element(w, "summary", a.excerpt());
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    private static Instant day(LocalDate date) {
        return date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static void xml(Context ctx, String type, Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML: " + e.getMessage(), e);
        }
        ctx.contentType(type + "; charset=utf-8");
        ctx.result(out.toString());
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text == null ? "" : text);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String rel, String href) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", href);
    }
}
