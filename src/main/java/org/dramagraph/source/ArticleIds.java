package org.dramagraph.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Article ids for pages read from the web: the page's address without scheme, {@code www.} or fragment. */
public final class ArticleIds {
    private ArticleIds() {
    }

    /**
     * The id of the article at a web address: {@code https://www.example.com/news/1?page=2#top} is
     * {@code example.com/news/1?page=2}. The same page fetched through a feed or found in an archive
     * gets the same id, so it is stored once.
     */
    public static String fromUrl(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getHost() == null) {
                return url.strip();
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String port = uri.getPort() < 0 || uri.getPort() == 80 || uri.getPort() == 443 ? "" : ":" + uri.getPort();
            return host + port + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (URISyntaxException e) {
            return url.strip();
        }
    }
}
