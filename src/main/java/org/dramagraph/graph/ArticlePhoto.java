package org.dramagraph.graph;

import java.util.List;

/**
 * A stored photo of an article, for galleries on article and person pages.
 *
 * @param articleId the article it belongs to
 * @param articleTitle that article's headline
 * @param position  its place among the article's photos, from 0
 * @param url       the image's address (images are referenced, not stored), or {@code null}
 * @param caption   its caption, or {@code null}
 * @param credit    who took or supplied it, or {@code null}
 * @param alt       its alternative text, or {@code null}
 * @param thumbnail the file name of its downloaded thumbnail in the thumbnails folder, or {@code null}
 * @param people    the people its caption names, in caption order
 */
public record ArticlePhoto(String articleId, String articleTitle, int position, String url, String caption, String credit, String alt,
                           String thumbnail, List<Entity> people) {
    public ArticlePhoto {
        people = List.copyOf(people);
    }
}
