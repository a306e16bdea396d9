package org.dramagraph.source.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dramagraph.source.Article;
import org.dramagraph.source.ArticleIds;
import org.dramagraph.source.Photo;
import org.dramagraph.source.fetch.Fetched;
import org.dramagraph.source.html.HtmlArticle;
import org.dramagraph.source.html.HtmlArticleExtractor;
import org.dramagraph.source.html.UnreadablePageException;
import org.jsoup.Jsoup;

/**
 * Turns feed items into articles, from their page or from the feed's own text. Either way the
 * article's id comes from the item's link ({@link ArticleIds#fromUrl}), so an article first read from
 * the feed's text is replaced when its page is read later, and a page read from a web archive too is
 * stored once.
 */
public final class ItemArticles {
    private final HtmlArticleExtractor extractor;

    /** Items whose HTML is read with this extractor. */
    public ItemArticles(HtmlArticleExtractor extractor) {
        this.extractor = extractor;
    }

    /** The id of an item's article: from its link, else from its key. */
    public static String id(FeedItem item) {
        return ArticleIds.fromUrl(item.link() != null ? item.link() : item.key());
    }

    /**
     * The article on an item's page, decoded with the charset the server declared (the page's own
     * declarations and sniffing decide when the server says nothing or is wrong); empty when the page
     * holds no article text.
     */
    public Optional<Article> fromPage(FeedItem item, Fetched page) {
        HtmlArticle html;
        try {
            html = extractor.extract(page.body(), page.charset(), page.url().toString());
        } catch (UnreadablePageException e) {
            return Optional.empty();
        }
        if (html.text().isBlank()) {
            return Optional.empty();
        }
        String title = html.title().isBlank() ? item.title() : html.title();
        return Optional.of(new Article(id(item), page.url().toString(), page.url().toString(), title,
                html.published() != null ? html.published() : item.published(), html.text(), html.photos()));
    }

    /**
     * The article the feed itself gives for an item (its content or description, HTML read as a
     * page), or empty when the feed gives no text.
     *
     * @param origin where the feed was read from
     */
    public Optional<Article> fromSummary(FeedItem item, String origin) {
        String text = "";
        List<Photo> photos = new ArrayList<>();
        if (!item.summary().isBlank()) {
            HtmlArticle html = extractor.extract(item.summary(), item.link());
            text = html.text().isBlank() ? Jsoup.parse(item.summary()).text() : html.text();
            photos.addAll(html.photos());
        }
        if (text.isBlank()) {
            return Optional.empty();
        }
        photos.addAll(item.photos());
        return Optional.of(new Article(id(item), origin, item.link(), item.title(), item.published(), text,
                distinct(photos)));
    }

    /** One photo per address, the first (with its caption) kept. */
    private static List<Photo> distinct(List<Photo> photos) {
        Map<String, Photo> byUrl = new LinkedHashMap<>();
        for (Photo p : photos) {
            byUrl.putIfAbsent(p.url() == null ? "#" + byUrl.size() : p.url(), p);
        }
        return List.copyOf(byUrl.values());
    }
}
