package org.dramagraph.source;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One news article as a source gave it, before any cleaning.
 *
 * @param id        stable identifier: the JSON {@code id}, else the file name without its extension
 * @param origin    where it was read from (a path, {@code path:line} for JSON Lines, {@code -} for stdin, or a URL)
 * @param url       the article's web address when known, else {@code null}
 * @param title     the headline, possibly empty
 * @param published the publication date when known, else {@code null}
 * @param text      the body text, noise and all
 * @param photos    photos the source page carried (empty for plain text)
 */
public record Article(String id, String origin, String url, String title, LocalDate published,
                      String text, List<Photo> photos) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(origin, "origin");
        title = title == null ? "" : title;
        Objects.requireNonNull(text, "text");
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** An article with only an id, a title and a body, as tests and simple sources need. */
    public static Article of(String id, String title, String text) {
        return new Article(id, id, null, title, null, text, List.of());
    }
}
