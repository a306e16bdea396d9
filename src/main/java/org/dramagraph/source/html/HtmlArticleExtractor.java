package org.dramagraph.source.html;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a news page: title, date and main text. Basic version: paragraphs of the
 * {@code <article>} element, else of the whole body.
 */
public final class HtmlArticleExtractor {
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
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.body();
        }
        String text = root.select("p").stream().map(Element::text).filter(t -> !t.isBlank())
                .collect(Collectors.joining("\n\n"));
        return new HtmlArticle(title, null, date(meta(doc, "article:published_time")), text, List.of());
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
