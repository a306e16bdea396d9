package org.dramagraph.source.html;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a news or blog page: its body text (paragraphs separated by a blank line),
 * title, byline, publication date and photos. The page's chrome (navigation, share bars, related
 * links, comments, captions...) is left out of the text.
 *
 * <p>The stages, each a class of this package: {@link PageDecoder} (bytes to text), then
 * {@code PageMetadata}, {@code JsonLd} and {@code PhotoFinder} on the whole page, then
 * {@code PageCleaner} (boilerplate out), {@code BlockSplitter} (text blocks), {@code ContentLocator}
 * (which elements hold the article) and {@code BodyWriter} (which blocks read as its text).
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

    /**
     * Extracts from an already decoded page.
     *
     * @param html    the page
     * @param baseUrl the page's address, to resolve relative links; may be {@code null}
     */
    public HtmlArticle extract(String html, String baseUrl) {
        String base = baseUrl == null ? "" : baseUrl;
        Document doc = Jsoup.parse(html, base);
        TagIndex index = TagIndex.of(doc);
        JsonLd ld = JsonLd.of(index);
        List<PhotoFinder.Found> photos = PhotoFinder.collect(index);
        PageMetadata meta = new PageMetadata(doc, index, ld);
        String title = meta.title();
        String byline = meta.byline();
        LocalDate published = meta.published();

        Body body = body(doc, index, true);
        if (body.text().length() < SHORT_BODY) {
            Document again = Jsoup.parse(html, base);
            Body gentle = body(again, TagIndex.of(again), false);
            if (gentle.text().length() > body.text().length()) {
                body = gentle;
            }
        }
        String text = body.text();
        String fromJsonLd = ld.text("articleBody");
        if (fromJsonLd != null && text.length() < SHORT_BODY && fromJsonLd.length() > text.length()) {
            text = fromJsonLd.strip().replaceAll("\\s*\\n\\s*", "\n\n");
        }
        if (text.isBlank()) {
            text = plainParagraphs(Jsoup.parse(html, base));
        }
        return new HtmlArticle(title, byline, published, text, PhotoFinder.inArticle(photos, body.article(), doc, meta));
    }

    /**
     * The last resort for a page too small for the scoring to trust any block (one short paragraph):
     * the paragraphs of its article or main element, else of the whole body.
     */
    private static String plainParagraphs(Document doc) {
        doc.select("script, style, noscript, nav, header, footer, aside, form").remove();
        Element root = doc.selectFirst("article, main, [role=main]");
        if (root == null) {
            root = doc.body();
        }
        List<String> paragraphs = root.select("p").eachText().stream().filter(t -> !t.isBlank()).toList();
        return paragraphs.isEmpty() ? root.text().strip() : String.join("\n\n", paragraphs);
    }

    private record Body(String text, List<Element> article) {
    }

    private static Body body(Document doc, TagIndex index, boolean byClassWords) {
        new PageCleaner(byClassWords).clean(doc.body(), index);
        List<TextBlock> blocks = BlockSplitter.split(doc.body());
        List<Element> article = new ContentLocator().locate(doc.body(), blocks);
        if (article.isEmpty()) {
            article = List.of(doc.body()); // no paragraph-sized block (a short note): every block that reads as text
        }
        return new Body(BodyWriter.write(blocks, article), article);
    }
}
