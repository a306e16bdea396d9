package org.dramagraph.source.feed;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dramagraph.source.Photo;

/**
 * One item of a feed: a story the feed announces.
 *
 * @param key       what identifies the item within its feed: the RSS {@code guid} or Atom {@code id},
 *                  else its link, else its title and date
 * @param link      the address of the story's page, absolute, or {@code null}
 * @param title     the item's title, possibly empty
 * @param published its publication (else update) date, or {@code null}
 * @param summary   the item's own text as HTML: its full content when the feed gives it, else its
 *                  description; possibly empty
 * @param photos    images the item attaches (enclosures of an image type)
 */
public record FeedItem(String key, String link, String title, LocalDate published, String summary, List<Photo> photos) {
    public FeedItem {
        Objects.requireNonNull(key, "key");
        title = title == null ? "" : title.strip();
        summary = summary == null ? "" : summary;
        photos = List.copyOf(photos);
    }
}
