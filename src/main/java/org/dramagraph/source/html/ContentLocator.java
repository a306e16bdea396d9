package org.dramagraph.source.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the elements that hold a page's article, readability-style: every paragraph-like block
 * gives points (more for length and commas) to its container and, decreasingly, to the
 * container's ancestors; a candidate's points are discounted by its share of link text; the best
 * candidate wins (or a better-scoring ancestor), its siblings join when they score well too or
 * are clean paragraphs, and so do same-class chunks elsewhere when an article is split up.
 */
final class ContentLocator {
    private static final int ANCESTOR_LEVELS = 5;
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final int MIN_CHUNK_CHARS = 200;
    private static final int SHORT_PARAGRAPH = 80;
    private static final double MAX_PARAGRAPH_LINK_DENSITY = 0.5;
    private static final double MAX_CHUNK_LINK_DENSITY = 0.3;
    private static final double MAX_SIBLING_LINK_DENSITY = 0.25;
    private static final double MIN_SIBLING_SCORE = 10;
    /** Siblings join with a fifth of the best score; siblings of the same class get that as a bonus. */
    private static final double SIBLING_SHARE = 0.2;
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    private static final Set<String> CONTAINER_TAGS = Set.of("div", "section", "article", "main", "body", "td");

    private final Map<Element, double[]> scores = new IdentityHashMap<>();
    private final Map<Element, int[]> textStats = new IdentityHashMap<>();

    /** The article's elements, the best candidate first; empty when no block looks like a paragraph. */
    List<Element> locate(Element root, List<TextBlock> blocks) {
        countText(root, blocks);
        scoreParagraphs(root, blocks);
        Element top = best();
        if (top == null) {
            return List.of();
        }
        top = climb(top, root);
        List<Element> article = withSiblings(top, root);
        for (Element chunk : chunksLike(top, root)) {
            if (!article.contains(chunk)) {
                article.add(chunk);
            }
        }
        return article;
    }

    /** Characters and link characters under every element that holds text. */
    private void countText(Element root, List<TextBlock> blocks) {
        for (TextBlock b : blocks) {
            for (Element e = b.owner(); e != null; e = e.parent()) {
                int[] s = textStats.computeIfAbsent(e, k -> new int[2]);
                s[0] += b.chars();
                s[1] += b.linkChars();
                if (e == root) {
                    break;
                }
            }
        }
    }

    private void scoreParagraphs(Element root, List<TextBlock> blocks) {
        for (TextBlock b : blocks) {
            if (b.chars() < MIN_PARAGRAPH_CHARS || b.isHeading() || b.linkDensity() > MAX_PARAGRAPH_LINK_DENSITY) {
                continue;
            }
            double points = 1 + commas(b.text()) + Math.min(b.chars() / 100.0, 3);
            Element e = scoredContainer(b.owner());
            for (int level = 0; e != null && level < ANCESTOR_LEVELS; level++, e = e.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                score(e)[0] += points / divider;
                if (e == root) {
                    break;
                }
            }
        }
    }

    private Element best() {
        Element top = null;
        double topScore = 0;
        for (Element candidate : scores.keySet()) {
            double s = finalScore(candidate);
            if (s > topScore) {
                top = candidate;
                topScore = s;
            }
        }
        return top;
    }

    /**
     * Other parts of an article split into chunks (between ads, say): elements elsewhere on the page
     * with the same tag and class as the best candidate, holding paragraphs of their own.
     */
    private List<Element> chunksLike(Element top, Element root) {
        List<Element> out = new ArrayList<>();
        if (top.className().isBlank() || top == root) {
            return out;
        }
        for (Element other : root.getElementsByClass(top.classNames().iterator().next())) {
            if (other != top && other.normalName().equals(top.normalName())
                    && other.className().equals(top.className()) && chars(other) >= MIN_CHUNK_CHARS
                    && linkDensity(other) < MAX_CHUNK_LINK_DENSITY && !related(other, top)) {
                out.add(other);
            }
        }
        return out;
    }

    private static boolean related(Element a, Element b) {
        for (Element p = a; p != null; p = p.parent()) {
            if (p == b) {
                return true;
            }
        }
        for (Element p = b; p != null; p = p.parent()) {
            if (p == a) {
                return true;
            }
        }
        return false;
    }

    /**
     * The element a paragraph's points go to first: the parent of a paragraph element, or the
     * element itself for text lying loose in a container beside other blocks (as readability does
     * after wrapping such text in a paragraph).
     */
    private static Element scoredContainer(Element owner) {
        return CONTAINER_TAGS.contains(owner.normalName()) && hasBlockChildren(owner) ? owner : owner.parent();
    }

    private double[] score(Element e) {
        return scores.computeIfAbsent(e, k -> new double[]{initialScore(k), markupWeight(k)});
    }

    private static double initialScore(Element e) {
        return switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote", "section" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }

    /**
     * Markup that names the article multiplies a candidate's points (rather than adding to them, so
     * that a small "content" box holding only a headline cannot beat the paragraphs).
     */
    private static double markupWeight(Element e) {
        double w = 1;
        if (e.normalName().equals("article") || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            w += 0.25;
        }
        if (ClassWords.isArticle(ClassWords.of(e))) {
            w += 0.25;
        }
        return w;
    }

    private double finalScore(Element e) {
        double[] s = scores.get(e);
        return s == null ? 0 : s[0] * (1 - linkDensity(e)) * s[1];
    }

    private double linkDensity(Element e) {
        int[] s = textStats.get(e);
        return s == null || s[0] == 0 ? 0 : (double) s[1] / s[0];
    }

    private int chars(Element e) {
        int[] s = textStats.get(e);
        return s == null ? 0 : s[0];
    }

    /** Moves up to an ancestor that scores better, as long as ancestors keep a third of the score. */
    private Element climb(Element top, Element root) {
        double last = finalScore(top);
        double threshold = last / 3;
        for (Element p = top.parent(); p != null && p != root.parent(); p = p.parent()) {
            if (!scores.containsKey(p)) {
                continue;
            }
            double s = finalScore(p);
            if (s < threshold) {
                break;
            }
            if (s > last) {
                top = p;
                break;
            }
            last = s;
            if (p == root) {
                break;
            }
        }
        while (top != root && top.parent() != null && top.parent().childrenSize() == 1 && top.parent() != root) {
            top = top.parent();
        }
        return top;
    }

    private List<Element> withSiblings(Element top, Element root) {
        Element parent = top.parent();
        if (parent == null || top == root) {
            return new ArrayList<>(List.of(top));
        }
        double topScore = finalScore(top);
        double threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SHARE);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                    ? topScore * SIBLING_SHARE : 0;
            if (scores.containsKey(sibling) && finalScore(sibling) + bonus >= threshold) {
                out.add(sibling);
            } else if (readsAsParagraph(sibling)) {
                out.add(sibling);
            }
        }
        return out;
    }

    /** A paragraph, or a box holding only text, that is long and clean or short and ends a sentence. */
    private boolean readsAsParagraph(Element e) {
        if (!e.normalName().equals("p") && !(CONTAINER_TAGS.contains(e.normalName()) && !hasBlockChildren(e))) {
            return false;
        }
        int len = chars(e);
        double ld = linkDensity(e);
        return len > SHORT_PARAGRAPH && ld < MAX_SIBLING_LINK_DENSITY
                || len > 0 && len < SHORT_PARAGRAPH && ld == 0 && SENTENCE_END.matcher(e.text()).find();
    }

    private static boolean hasBlockChildren(Element e) {
        for (Element child : e.children()) {
            if (BlockSplitter.isBlock(child)) {
                return true;
            }
        }
        return false;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                n++;
            }
        }
        return n;
    }
}
