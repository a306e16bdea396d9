package org.dramagraph.source.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The words of an element's {@code class} and {@code id}, and the closed, generic vocabularies
 * that say what page furniture such words name. {@code "article-share-bar"} and
 * {@code "shareBar"} both hold the word {@code share}; a word also matches a vocabulary term it
 * starts with when the term is long enough to be unambiguous ({@code "sharebar"}, {@code "relatedposts"}).
 */
final class ClassWords {
    /** Page furniture that never holds article text. */
    static final Set<String> BOILERPLATE = Set.of(
            "ad", "ads", "adv", "advert", "advertisement", "advertising", "adsense", "banner", "sponsor", "sponsored",
            "promo", "promotion", "promoted", "outbrain", "taboola",
            "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "pagination", "pager", "skip",
            "footer", "masthead", "sidebar", "widget", "toolbar",
            "share", "sharing", "social", "follow", "print",
            "comment", "comments", "disqus", "respond", "reply",
            "related", "excerpt", "teaser", "nocontent", "noscript", "recommended", "recommendation", "recommendations", "trending", "popular", "more",
            "newsletter", "subscribe", "subscription", "signup", "login", "paywall",
            "popup", "modal", "overlay", "cookie", "cookies", "consent", "gdpr",
            "tags", "tag", "topics", "byline", "dateline", "author", "meta",
            "caption", "credit", "credits");

    /** Terms long and specific enough to match as a prefix of a compound word. */
    private static final Set<String> PREFIX_TERMS = Set.of(
            "advert", "sponsor", "promo", "outbrain", "taboola", "navigation", "breadcrumb", "sidebar",
            "share", "sharing", "social", "comment", "disqus", "related", "recommend", "trending", "newsletter",
            "subscri", "signup", "paywall", "popup", "cookie", "caption");

    /** Quoted or embedded posts (tweets and the like) are part of the story even in a "social" box. */
    private static final Set<String> EMBEDS = Set.of("embed", "embedded", "tweet", "quote", "blockquote");

    /** Boxes around a picture or a player, whose text is a caption or a credit. */
    private static final Set<String> MEDIA = Set.of(
            "image", "images", "img", "photo", "photos", "picture", "figure", "gallery", "slideshow",
            "thumbnail", "thumb", "media", "video", "player");

    /** Words that mark the article itself. */
    static final Set<String> ARTICLE = Set.of(
            "article", "body", "content", "entry", "main", "post", "story", "text", "blog", "hentry", "prose");

    private ClassWords() {
    }

    /** The lower-case words of an element's class and id, split on punctuation and camelCase; unmodifiable. */
    static List<String> of(Element e) {
        String className = e.className();
        String id = e.id();
        if (className.isEmpty() && id.isEmpty()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        split(className, words);
        split(id, words);
        return List.copyOf(words);
    }

    private static void split(String s, List<String> out) {
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            boolean letterOrDigit = Character.isLetterOrDigit(c);
            boolean camel = letterOrDigit && start >= 0 && Character.isUpperCase(c)
                    && Character.isLowerCase(s.charAt(i - 1));
            if (!letterOrDigit || camel) {
                if (start >= 0) {
                    out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
                }
                start = letterOrDigit ? i : -1;
            } else if (start < 0) {
                start = i;
            }
        }
    }

    /** Whether any class or id word names page furniture, and none an embedded post. */
    static boolean isBoilerplate(List<String> words) {
        for (String w : words) {
            if (EMBEDS.contains(w)) {
                return false;
            }
        }
        for (String w : words) {
            if (BOILERPLATE.contains(w)) {
                return true;
            }
            for (String term : PREFIX_TERMS) {
                if (w.startsWith(term)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether any class or id word names a box around a picture or a player. */
    static boolean isMedia(List<String> words) {
        for (String w : words) {
            if (MEDIA.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any class or id word names the article. */
    static boolean isArticle(List<String> words) {
        for (String w : words) {
            if (ARTICLE.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
