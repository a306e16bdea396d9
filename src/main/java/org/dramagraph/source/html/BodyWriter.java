package org.dramagraph.source.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/** Keeps the blocks of the located article that read as text and joins them into paragraphs. */
final class BodyWriter {
    /** Sign-offs are looked for among this many last blocks. */
    private static final int SIGN_OFF_BLOCKS = 3;

    private BodyWriter() {
    }

    /** The text of the blocks inside {@code article}, paragraphs separated by a blank line. */
    static String write(List<TextBlock> blocks, List<Element> article) {
        Set<Element> roots = Collections.newSetFromMap(new IdentityHashMap<>());
        roots.addAll(article);
        List<String> kept = new ArrayList<>();
        for (TextBlock b : blocks) {
            if (inside(b.owner(), roots) && readsAsText(b)) {
                kept.add(b.text());
            }
        }
        for (int i = kept.size() - 1; i >= Math.max(0, kept.size() - SIGN_OFF_BLOCKS); i--) {
            if (ChromeLines.isSignOff(kept.get(i))) {
                kept.remove(i);
            }
        }
        return String.join("\n\n", kept);
    }

    private static boolean inside(Element e, Set<Element> roots) {
        for (Element p = e; p != null; p = p.parent()) {
            if (roots.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** Quoted posts end with their author and date, which are part of the quote. */
    private static boolean inQuote(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p.normalName().equals("blockquote")) {
                return true;
            }
        }
        return false;
    }

    private static boolean readsAsText(TextBlock b) {
        if (b.owner().normalName().equals("h1")) {
            return false;
        }
        if (ChromeLines.isAdLabel(b.text()) || ChromeLines.isDateline(b.text()) && !inQuote(b.owner())) {
            return false;
        }
        double ld = b.linkDensity();
        return b.chars() < 100 ? ld <= 0.33 : b.chars() < 150 ? ld <= 0.5 : ld <= 0.7;
    }
}
