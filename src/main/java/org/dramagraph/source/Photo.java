package org.dramagraph.source;

/**
 * A photo kept from an article: where it is, what the page says about it and who took it.
 * Any field may be {@code null} when the source did not say.
 */
public record Photo(String url, String caption, String credit, String alt) {
}
