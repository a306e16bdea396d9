package org.dramagraph.source.html;

import org.jsoup.nodes.Element;

/**
 * A run of text between two block-level boundaries of a page (a paragraph, a heading, a list item,
 * the text of a {@code <div>}...), with how much of it is link text.
 *
 * @param owner     the innermost block-level element holding the text
 * @param text      the text, whitespace collapsed
 * @param linkChars characters of the text inside links
 */
record TextBlock(Element owner, String text, int linkChars) {

    /** Characters of text. */
    int chars() {
        return text.length();
    }

    /** Share of the text that is link text, 0 to 1. */
    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    /** Whether the block is a heading ({@code h1} to {@code h6}). */
    boolean isHeading() {
        String tag = owner.normalName();
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }
}
