package org.dramagraph.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Picks the format of an input from its file name, or else from its first bytes. */
final class Formats {
    private static final ArticleFormat TEXT = new PlainTextFormat();
    private static final ArticleFormat HTML = new HtmlFormat();
    private static final ArticleFormat JSON = new JsonFormat();
    private static final ArticleFormat JSON_LINES = new JsonLinesFormat();
    private static final ArticleFormat FEED = new FeedFormat();

    /** Files a folder walk passes over without a word: media, styles, scripts, archives. */
    private static final Set<String> NOT_ARTICLES = Set.of(
            "jpg", "jpeg", "png", "gif", "webp", "svg", "bmp", "ico", "tif", "tiff", "avif", "heic",
            "mp3", "mp4", "m4a", "wav", "ogg", "webm", "mov", "avi", "mkv",
            "css", "js", "mjs", "map", "woff", "woff2", "ttf", "otf", "eot",
            "zip", "tgz", "bz2", "xz", "7z", "rar", "tar", "jar", "class", "pdf", "exe", "so", "dll");

    private static final Pattern FEED_START = Pattern.compile("(?is)^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(rss|feed|rdf:RDF)\\b");
    private static final Pattern MARKUP = Pattern.compile("(?s)^\\s*<[!?a-zA-Z]");

    private Formats() {
    }

    /** The format a file's extension names, or {@code null} when the extension says nothing. */
    static ArticleFormat byName(String fileName) {
        return switch (extension(fileName)) {
            case "txt", "text" -> TEXT;
            case "html", "htm", "xhtml" -> HTML;
            case "json" -> JSON;
            case "jsonl", "ndjson" -> JSON_LINES;
            case "rss", "atom" -> FEED;
            default -> null;
        };
    }

    /** True for files a folder walk skips because they cannot hold an article. */
    static boolean notAnArticle(String fileName) {
        return NOT_ARTICLES.contains(extension(fileName));
    }

    /**
     * The format of content whose name says nothing: a JSON object or array, JSON Lines, an RSS or
     * Atom feed, HTML, else plain text.
     */
    static ArticleFormat byContent(byte[] head) {
        int bom = Utf8.bomLength(head, 0, head.length);
        String start = new String(head, bom, head.length - bom, StandardCharsets.UTF_8).stripLeading();
        if (start.startsWith("[")) {
            return JSON;
        }
        if (start.startsWith("{")) {
            return isJsonLines(start) ? JSON_LINES : JSON;
        }
        if (FEED_START.matcher(start).find()) {
            return FEED;
        }
        if (MARKUP.matcher(start).find()) {
            return HTML;
        }
        return TEXT;
    }

    /** A first line that is a whole object by itself, followed by another object line. */
    private static boolean isJsonLines(String start) {
        int nl = start.indexOf('\n');
        if (nl < 0 || !start.substring(nl + 1).stripLeading().startsWith("{")) {
            return false;
        }
        try {
            return JsonArticles.MAPPER.readTree(start.substring(0, nl)).isObject();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
