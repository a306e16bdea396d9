package org.dramagraph.source.html;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/** Keeps the blocks of the located article that read as text and joins them into paragraphs. */
final class BodyWriter {
    private BodyWriter() {
    }

    /** The text of the blocks inside {@code article}, paragraphs separated by a blank line. */
    static String write(List<TextBlock> blocks, List<Element> article) {
        Set<Element> roots = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        roots.addAll(article);
        return blocks.stream()
                .filter(b -> inside(b.owner(), roots))
                .filter(BodyWriter::readsAsText)
                .map(TextBlock::text)
                .collect(Collectors.joining("\n\n"));
    }

    private static boolean inside(Element e, Set<Element> roots) {
        for (Element p = e; p != null; p = p.parent()) {
            if (roots.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean readsAsText(TextBlock b) {
        if (b.owner().normalName().equals("h1")) {
            return false;
        }
        double ld = b.linkDensity();
        return b.chars() < 100 ? ld <= 0.33 : ld <= 0.5;
    }
}
