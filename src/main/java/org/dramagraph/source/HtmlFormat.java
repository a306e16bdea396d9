package org.dramagraph.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.dramagraph.source.html.HtmlArticle;
import org.dramagraph.source.html.HtmlArticleExtractor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

/**
 * A saved web page. The main text, title, date and photos come from {@link HtmlArticleExtractor};
 * the web address from {@code <link rel=canonical>} or {@code og:url}. Pages are read as UTF-8;
 * a page that is not UTF-8 but declares its charset is decoded in that charset.
 */
final class HtmlFormat implements ArticleFormat {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Override
    public void read(Input input, ArticleSink sink) throws IOException, BadInputException {
        String html = decode(input.bytes());
        String url = canonicalUrl(html);
        HtmlArticle page = extractor.extract(html, url);
        if (page.text().isBlank()) {
            throw new BadInputException("no article text found in the page");
        }
        sink.article(new Article(input.defaultId(), input.name(), url, page.title(), page.published(),
                page.text(), page.photos()));
    }

    private static String decode(byte[] bytes) throws IOException, BadInputException {
        try {
            return Utf8.decode(bytes, 0, bytes.length, 1, 0);
        } catch (BadInputException notUtf8) {
            // jsoup finds a charset declared by a byte order mark or a <meta> tag; without one it assumes UTF-8.
            Charset declared = Jsoup.parse(new ByteArrayInputStream(bytes), null, "").charset();
            if (declared.equals(StandardCharsets.UTF_8)) {
                throw notUtf8;
            }
            return new String(bytes, declared);
        }
    }

    /** The web address the page gives for itself, read from the head only. */
    static String canonicalUrl(String html) {
        try (StreamParser parser = new StreamParser(Parser.htmlParser()).parse(html, "")) {
            Element head = parser.selectFirst("head");
            if (head == null) {
                return null;
            }
            Element link = head.selectFirst("link[rel~=(?i)^canonical$][href]");
            String url = link != null ? link.attr("href") : null;
            if (!WebAddressCheck.isHttp(url)) {
                Element meta = head.selectFirst("meta[property=og:url][content]");
                url = meta != null ? meta.attr("content") : null;
            }
            return WebAddressCheck.isHttp(url) ? url.strip() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
