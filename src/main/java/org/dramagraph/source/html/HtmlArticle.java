package org.dramagraph.source.html;

import java.time.LocalDate;
import java.util.List;
import org.dramagraph.source.Photo;

/**
 * What a news page holds once its chrome is gone.
 *
 * @param title     the headline, or empty
 * @param byline    the author line, or {@code null}
 * @param published the publication date, or {@code null}
 * @param text      the article body, paragraphs separated by a blank line
 * @param photos    the article's photos with captions and credits
 */
public record HtmlArticle(String title, String byline, LocalDate published, String text, List<Photo> photos) {
    public HtmlArticle {
        photos = List.copyOf(photos);
    }
}
