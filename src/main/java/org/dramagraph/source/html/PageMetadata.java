package org.dramagraph.source.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a page's headline, byline and publication date from the usual places: Open Graph and
 * article meta tags, schema.org microdata and JSON-LD, Dublin Core and similar meta names,
 * {@code <time>} elements, and the visible headline.
 */
final class PageMetadata {
    /** Longer "bylines" are boxes that hold dates, bios or share buttons as well. */
    private static final int MAX_BYLINE = 80;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ORDINAL = Pattern.compile("(\\d)(st|nd|rd|th)\\b");
    private static final Pattern ABBREVIATION_DOT = Pattern.compile("(\\p{L}{3,})\\.");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•:]\\s*$");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^\\s*[|\\-–—·•:]\\s+");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—·•:]\\s+");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
    private static final Pattern BY_PREFIX = Pattern.compile("^(?i:by|from|von|por|par|di)\\s+");
    private static final List<DateTimeFormatter> WRITTEN_DATES = List.of(
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH));
    private static final String[] ARTICLE_DATE_META = {
        "article:published_time", "og:published_time", "og:article:published_time"};
    private static final String[] OTHER_DATE_META = {
        "datePublished", "pubdate", "publishdate", "publish-date", "publish_date", "article.published", "dc.date.issued",
        "dcterms.issued", "dc.date", "dcterms.created", "dc.date.created", "date", "sailthru.date",
        "parsely-pub-date", "original-publish-date", "article:published", "published_time"};

    private final Document doc;
    private final TagIndex index;
    private final JsonLd ld;
    /** Meta tag contents by lower-case property, name or itemprop; the first non-empty one wins. */
    private final Map<String, String> metas = new HashMap<>();

    /** Reads a page's meta tags; {@code ld} is its JSON-LD article. */
    PageMetadata(Document doc, TagIndex index, JsonLd ld) {
        this.doc = doc;
        this.index = index;
        this.ld = ld;
        for (Element e : index.get("meta")) {
            String content = e.attr("content").strip();
            if (!content.isEmpty()) {
                for (String attr : new String[]{"property", "name", "itemprop"}) {
                    String key = e.attr(attr).strip().toLowerCase(Locale.ROOT);
                    if (!key.isEmpty()) {
                        metas.putIfAbsent(key, content);
                    }
                }
            }
        }
    }

    /** The headline: og:title, JSON-LD or Twitter headline, else the document title; site names trimmed. */
    String title() {
        String title = firstNonBlank(meta("og:title"), ld.text("headline"), meta("twitter:title"),
                doc.title());
        Element h1 = index.get("h1").isEmpty() ? null : index.get("h1").get(0);
        String heading = h1 == null ? "" : h1.text().strip();
        if (title == null) {
            return heading;
        }
        if (!heading.isEmpty() && title.contains(heading) && heading.length() * 2 >= title.length()) {
            return heading;
        }
        return withoutSiteName(title, meta("og:site_name"));
    }

    /** Drops "| Site" from either end of a title when the site part is short or is the site's name. */
    private static String withoutSiteName(String title, String siteName) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String first = parts[0].strip();
        String last = parts[parts.length - 1].strip();
        if (siteName != null && last.equalsIgnoreCase(siteName.strip())) {
            return TRAILING_SEPARATOR.matcher(title.substring(0, title.lastIndexOf(last))).replaceFirst("").strip();
        }
        if (siteName != null && first.equalsIgnoreCase(siteName.strip())) {
            return LEADING_SEPARATOR.matcher(title.substring(first.length())).replaceFirst("").strip();
        }
        return title;
    }

    /** The author line, without a leading "By"; null when the page names nobody. */
    String byline() {
        List<String> authors = ld.authors();
        String found = authors.isEmpty() ? null : String.join(", ", authors);
        if (found == null) {
            String metaAuthor = firstNonBlank(meta("author"), meta("article:author"),
                    meta("dc.creator"), meta("byl"), meta("sailthru.author"));
            found = metaAuthor != null && !metaAuthor.startsWith("http") ? metaAuthor : null;
        }
        if (found == null) {
            Element e = doc.selectFirst("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], "
                    + ".byline, .author, .author-name");
            found = e == null ? null : e.text();
        }
        if (found == null) {
            return null;
        }
        String cleaned = BY_PREFIX.matcher(WHITESPACE.matcher(found.strip()).replaceAll(" ")).replaceFirst("");
        return cleaned.isEmpty() || cleaned.length() > MAX_BYLINE ? null : cleaned;
    }

    /** The publication date, or null when no usual place holds a readable one. */
    LocalDate published() {
        LocalDate fromMeta = dateFromMeta(ARTICLE_DATE_META);
        if (fromMeta != null) {
            return fromMeta;
        }
        LocalDate fromJsonLd = parseDate(ld.text("datePublished"));
        if (fromJsonLd != null) {
            return fromJsonLd;
        }
        fromMeta = dateFromMeta(OTHER_DATE_META);
        if (fromMeta != null) {
            return fromMeta;
        }
        for (Element e : doc.select("[itemprop=datePublished], time[pubdate], article time[datetime], time[datetime]")) {
            LocalDate d = parseDate(firstNonBlank(e.attr("content"), e.attr("datetime"), e.text()));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private LocalDate dateFromMeta(String[] names) {
        for (String name : names) {
            LocalDate d = parseDate(meta(name));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * A calendar date from the ways pages write one: ISO 8601 (with or without time and offset; the
     * date is taken as written, in the publisher's time zone), yyyy/mm/dd, yyyymmdd, RFC 1123, and
     * English "November 19, 2019" or "19 Nov 2019".
     */
    static LocalDate parseDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Matcher m = ISO_DATE.matcher(v);
        if (!m.find()) {
            m = COMPACT_DATE.matcher(v);
            if (!m.find()) {
                return writtenDate(v);
            }
        }
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return d.getYear() >= 1900 && d.getYear() <= 2200 ? d : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate writtenDate(String v) {
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            // not RFC 1123; try the written forms
        }
        String s = ORDINAL.matcher(v).replaceAll("$1");
        s = WHITESPACE.matcher(ABBREVIATION_DOT.matcher(s).replaceAll("$1")).replaceAll(" ");
        for (DateTimeFormatter f : WRITTEN_DATES) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException e) {
                // next form
            }
        }
        return null;
    }

    /** The content of a meta tag by property, name or itemprop (case-insensitive), or null. */
    String meta(String key) {
        return metas.get(key.toLowerCase(Locale.ROOT));
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
