package org.dramagraph.source.html;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a news or blog page: its body text (paragraphs separated by a blank line),
 * title, byline, publication date and photos. The page chrome (navigation, share bars, related
 * links, comments...) is left out.
 *
 * <p>Instances hold no state between calls and may be shared between threads.
 */
public final class HtmlArticleExtractor {
    /** Below this many characters a body is suspect, and a gentler cleaning is tried. */
    private static final int SHORT_BODY = 250;

    private final PageDecoder decoder = new PageDecoder();

    /**
     * Extracts from the bytes of a page, choosing the charset as {@link PageDecoder} says.
     *
     * @param page            the page as fetched or stored
     * @param declaredCharset the charset of the HTTP {@code Content-Type} header, or {@code null}
     * @param baseUrl         the page's address, to resolve relative links; may be {@code null}
     * @throws UnreadablePageException if the bytes are not text
     */
    public HtmlArticle extract(byte[] page, String declaredCharset, String baseUrl) {
        return extract(decoder.decode(page, declaredCharset).html(), baseUrl);
    }

    /** Extracts from an already decoded page; {@code baseUrl} resolves relative links and may be null. */
    public HtmlArticle extract(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        String title = meta(doc, "og:title");
        if (title == null) {
            title = doc.title();
        }
        LocalDate published = date(meta(doc, "article:published_time"));
        Document gentle = doc.clone();
        String text = body(doc, true);
        if (text.length() < SHORT_BODY) {
            String second = body(gentle, false);
            if (second.length() > text.length()) {
                text = second;
            }
        }
        return new HtmlArticle(title, null, published, text, List.of());
    }

    private static String body(Document doc, boolean byClassWords) {
        new PageCleaner(byClassWords).clean(doc.body());
        List<TextBlock> blocks = BlockSplitter.split(doc.body());
        List<Element> article = new ContentLocator().locate(doc.body(), blocks);
        return BodyWriter.write(blocks, article);
    }

    private static String meta(Document doc, String property) {
        Element e = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return e == null || e.attr("content").isBlank() ? null : e.attr("content").strip();
    }

    private static LocalDate date(String value) {
        if (value == null || value.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
