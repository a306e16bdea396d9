package org.dramagraph.source.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Cuts an element's text into {@link TextBlock}s at block-level element boundaries. */
final class BlockSplitter {
    private static final Set<String> BLOCK_TAGS = Set.of(
            "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
            "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");

    private BlockSplitter() {
    }

    /** Whether an element starts a new block of text. */
    static boolean isBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName());
    }

    /** The text blocks under {@code root}, in document order; empty blocks are left out. */
    static List<TextBlock> split(Element root) {
        List<TextBlock> blocks = new ArrayList<>();
        Deque<Element> owners = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        int[] linkChars = {0};
        int[] linkDepth = {0};
        owners.push(root);
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    int before = text.length();
                    appendCollapsed(text, t.getWholeText());
                    if (linkDepth[0] > 0) {
                        linkChars[0] += text.length() - before;
                    }
                } else if (node instanceof Element e && node != root) {
                    if (isBlock(e)) {
                        flush();
                        owners.push(e);
                    } else if (e.normalName().equals("br")) {
                        appendCollapsed(text, "\n");
                    } else if (e.normalName().equals("a")) {
                        linkDepth[0]++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && node != root) {
                    if (isBlock(e)) {
                        flush();
                        owners.pop();
                    } else if (e.normalName().equals("a")) {
                        linkDepth[0]--;
                    }
                }
            }

            private void flush() {
                String s = text.toString().strip();
                if (!s.isEmpty()) {
                    blocks.add(new TextBlock(owners.peek(), s, Math.min(linkChars[0], s.length())));
                }
                text.setLength(0);
                linkChars[0] = 0;
            }
        }, root);
        String rest = text.toString().strip();
        if (!rest.isEmpty()) {
            blocks.add(new TextBlock(root, rest, Math.min(linkChars[0], rest.length())));
        }
        return blocks;
    }

    /** Appends text with runs of whitespace (including no-break spaces) collapsed to one space. */
    private static void appendCollapsed(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            } else {
                sb.append(c);
            }
        }
    }
}
