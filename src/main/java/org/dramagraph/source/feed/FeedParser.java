package org.dramagraph.source.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.dramagraph.source.Photo;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom (0.3, 1.0) feeds with ROME. The encoding comes from the
 * HTTP {@code Content-Type} and the XML declaration as ROME's {@code XmlReader} decides (RFC 3023);
 * doctypes are refused, so a feed cannot make the parser read other files. Relative links are
 * resolved against the feed's own address.
 */
public final class FeedParser {
    /**
     * Parses a feed.
     *
     * @param bytes       the feed as fetched or stored
     * @param contentType the HTTP {@code Content-Type}, or {@code null} for a file
     * @param base        the feed's address, to resolve relative links; may be {@code null}
     * @throws MalformedFeedException if the bytes are not a readable RSS or Atom feed
     */
    public Feed parse(byte[] bytes, String contentType, String base) throws MalformedFeedException {
        SyndFeed feed;
        try (XmlReader reader = contentType == null
                ? new XmlReader(new ByteArrayInputStream(bytes), true)
                : new XmlReader(new ByteArrayInputStream(bytes), contentType, true)) {
            feed = new SyndFeedInput().build(reader);
        } catch (FeedException | IllegalArgumentException e) {
            throw new MalformedFeedException(reason(e), e);
        } catch (IOException e) {
            throw new MalformedFeedException("unreadable: " + e.getMessage(), e);
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            items.add(item(e, base == null ? feed.getLink() : base));
        }
        return new Feed(feed.getTitle(), items);
    }

    private static FeedItem item(SyndEntry e, String base) {
        String link = absolute(base, e.getLink());
        String title = e.getTitle();
        Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        LocalDate published = date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        String key = firstNonBlank(e.getUri(), link);
        if (key == null) {
            key = "sha256:" + sha256((title == null ? "" : title) + "\n" + published);
        }
        List<Photo> photos = new ArrayList<>();
        for (SyndEnclosure enclosure : e.getEnclosures()) {
            String type = enclosure.getType() == null ? "" : enclosure.getType().toLowerCase(Locale.ROOT);
            String url = absolute(base, enclosure.getUrl());
            if (type.startsWith("image/") && url != null) {
                photos.add(new Photo(url, null, null, null));
            }
        }
        return new FeedItem(key, link, title, published, summary(e), photos);
    }

    /** The fullest text the item carries: a content element when longer than the description. */
    private static String summary(SyndEntry e) {
        String best = e.getDescription() == null ? "" : nullToEmpty(e.getDescription().getValue());
        for (SyndContent c : e.getContents()) {
            String value = nullToEmpty(c.getValue());
            if (value.length() > best.length()) {
                best = value;
            }
        }
        return best;
    }

    /** The first line of the parser's complaint: what is wrong, without a stack of causes. */
    private static String reason(Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t && t.getMessage() == null) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        if (message.equals("Invalid document")) {
            return "XML, but neither RSS nor Atom"; // ROME's word for a root element of no feed type
        }
        return message.lines().findFirst().orElse(message).strip();
    }

    private static String absolute(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(link.strip());
            if (!uri.isAbsolute() && base != null) {
                uri = new URI(base).resolve(uri);
            }
            return uri.isAbsolute() ? uri.toString() : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a.strip() : b;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
