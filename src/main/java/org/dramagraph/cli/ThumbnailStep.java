package org.dramagraph.cli;

import java.util.Locale;
import org.dramagraph.graph.ArticlePhoto;
import org.dramagraph.graph.GraphStore;
import org.dramagraph.photo.ThumbnailException;
import org.dramagraph.photo.Thumbnailer;

/**
 * {@code ingest --thumbnails DIR}: after an article is stored, makes the thumbnails its photos lack
 * (photos with a web address only) and records them in the store. A photo whose thumbnail cannot be
 * made is one line on standard error; the article stays stored.
 */
final class ThumbnailStep {
    private final Thumbnailer thumbnailer;
    private final GraphStore graph;
    private final ProgressBar bar;

    ThumbnailStep(Thumbnailer thumbnailer, GraphStore graph, ProgressBar bar) {
        this.thumbnailer = thumbnailer;
        this.graph = graph;
        this.bar = bar;
    }

    /** Makes the missing thumbnails of an article's photos; returns how many were recorded. */
    int make(String articleId) {
        int made = 0;
        for (ArticlePhoto photo : graph.photos(articleId)) {
            if (photo.thumbnail() != null || !isWebAddress(photo.url())) {
                continue;
            }
            try {
                graph.setThumbnail(articleId, photo.position(), thumbnailer.thumbnail(photo.url()));
                made++;
            } catch (ThumbnailException e) {
                bar.println("dramagraph: no thumbnail for a photo of " + articleId + ": " + e.getMessage());
            }
        }
        return made;
    }

    private static boolean isWebAddress(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
