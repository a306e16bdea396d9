package org.dramagraph.source.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Removes from a page what can never be article text: scripts and embedded media, forms and
 * controls, navigation and other landmarks that ARIA or HTML5 mark as not being the main content,
 * hidden elements, and (when {@code byClassWords}) elements whose class or id words name page
 * furniture ({@link ClassWords#BOILERPLATE}: share bars, comment sections, related links...).
 */
final class PageCleaner {
    private static final Set<String> NEVER_TEXT = Set.of(
            "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "video",
            "audio", "map", "button", "input", "select", "textarea", "option", "datalist", "meter", "progress",
            "nav", "aside", "footer", "menu", "dialog", "figcaption");
    private static final Set<String> LANDMARKS = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu",
            "menubar", "toolbar", "tablist", "button", "form", "alert", "status", "tooltip");
    private static final Set<String> CONTAINERS = Set.of("html", "body", "main", "article");

    private static final Evaluator MEDIA = QueryParser.parse("img, picture, video, audio, iframe, object");
    private static final int MAX_CAPTION_CHARS = 400;

    private final boolean byClassWords;
    private final Map<Element, Integer> paragraphChars = new IdentityHashMap<>();
    private int halfOfParagraphs;

    /** A cleaner; {@code byClassWords} also removes elements by their class and id words. */
    PageCleaner(boolean byClassWords) {
        this.byClassWords = byClassWords;
    }

    /**
     * Removes boilerplate from {@code root} in place. An element that holds at least half of the
     * page's paragraph text is never removed for its class words or for being a header or form:
     * such words then describe a layout ("content-with-sidebar"), not furniture.
     */
    void clean(Element root, TagIndex index) {
        paragraphChars.clear();
        for (Element p : index.get("p")) {
            int n = p.text().length();
            for (Element e = p; e != null; e = e.parent()) {
                paragraphChars.merge(e, n, Integer::sum);
                if (e == root) {
                    break;
                }
            }
        }
        halfOfParagraphs = Math.max(1, paragraphChars.getOrDefault(root, 0) / 2);
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && node != root && isBoilerplate(e)) {
                    doomed.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        doomed.forEach(Element::remove);
    }

    private boolean isBoilerplate(Element e) {
        String tag = e.normalName();
        if (NEVER_TEXT.contains(tag)) {
            return true;
        }
        if (CONTAINERS.contains(tag)) {
            return false;
        }
        if (e.hasAttr("hidden") || isHiddenByStyle(e)) {
            return true;
        }
        if (paragraphChars.getOrDefault(e, 0) >= halfOfParagraphs) {
            return false;
        }
        if (LANDMARKS.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (tag.equals("header") || tag.equals("form")) {
            return byClassWords;
        }
        if (!byClassWords || e.hasAttr("itemprop")) {
            return false;
        }
        List<String> words = ClassWords.of(e);
        return ClassWords.isBoilerplate(words) || ClassWords.isMedia(words) && isCaptionedMedia(e);
    }

    /** A picture or player with at most a caption's worth of text beside it. */
    private static boolean isCaptionedMedia(Element e) {
        return e.selectFirst(MEDIA) != null
                && e.text().length() <= MAX_CAPTION_CHARS;
    }

    private static boolean isHiddenByStyle(Element e) {
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
