package org.dramagraph.web;

import java.util.List;
import org.dramagraph.graph.ArticlePhoto;

/**
 * Photos as a page shows them: each with its caption, credit and the people it names, from the site's
 * thumbnail when one was downloaded (and the site serves them), else from the image's own address.
 *
 * @param photos      the photos shown
 * @param total       how many there are in all
 * @param thumbnails  whether the site serves downloaded thumbnails ({@code serve --thumbnails})
 * @param fromArticle whether each photo says which article it is from (on a person's page, not an article's)
 */
public record Gallery(List<ArticlePhoto> photos, long total, boolean thumbnails, boolean fromArticle) {
    /** Where downloaded thumbnails are served. */
    static final String THUMBNAILS = "/thumbnails";

    public Gallery {
        photos = List.copyOf(photos);
    }

    /** The image to show for a photo, or {@code null} when it has none to show. */
    public String src(ArticlePhoto p) {
        if (thumbnails && p.thumbnail() != null) {
            return THUMBNAILS + "/" + Links.encode(p.thumbnail());
        }
        return web(p.url());
    }

    /** The full image a photo links to: its address when that is a web address, else {@code null}. */
    public String full(ArticlePhoto p) {
        return web(p.url());
    }

    /** The text that stands for the image: its alt text, else its caption. */
    public static String alt(ArticlePhoto p) {
        return p.alt() != null ? p.alt() : p.caption() != null ? p.caption() : "";
    }

    private static String web(String url) {
        return url != null && (url.startsWith("https://") || url.startsWith("http://") || url.startsWith("/"))
                ? url : null;
    }
}
