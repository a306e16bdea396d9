package org.dramagraph.source.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The elements of a few tags that several stages look up, gathered in one walk over the page
 * instead of one walk per stage.
 */
final class TagIndex {
    private static final Set<String> INDEXED = Set.of("img", "meta", "script", "p", "h1", "time");

    private final Map<String, List<Element>> byTag = new HashMap<>();

    private TagIndex() {
    }

    /** Indexes the elements under {@code root}, in document order. */
    static TagIndex of(Element root) {
        TagIndex index = new TagIndex();
        NodeTraversor.traverse((NodeVisitor) (Node node, int depth) -> {
            if (node instanceof Element e && INDEXED.contains(e.normalName())) {
                index.byTag.computeIfAbsent(e.normalName(), k -> new ArrayList<>()).add(e);
            }
        }, root);
        return index;
    }

    /** The elements of one of the indexed tags, in document order. */
    List<Element> get(String tag) {
        if (!INDEXED.contains(tag)) {
            throw new IllegalArgumentException("tag not indexed: " + tag);
        }
        return byTag.getOrDefault(tag, List.of());
    }
}
