package org.dramagraph.source.feed;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dramagraph.source.Article;
import org.dramagraph.source.ArticleSink;
import org.dramagraph.source.InputProblem;
import org.dramagraph.source.WebAddressCheck;
import org.dramagraph.source.Sizes;
import org.dramagraph.source.fetch.CacheValidators;
import org.dramagraph.source.fetch.FetchException;
import org.dramagraph.source.fetch.Fetched;
import org.dramagraph.source.fetch.Fetcher;
import org.dramagraph.source.html.HtmlArticleExtractor;

/**
 * Follows RSS and Atom feeds: reads a feed (from a URL, with a conditional request when it was read
 * before, or from a file), then fetches the page of each item it has not read yet and gives the
 * article on it to the sink. What was read is remembered in a {@link FeedMemory}, so the next run
 * reads only new items (and a feed unchanged since, answered with HTTP 304, costs one request).
 *
 * <p>An item whose page cannot be had (robots.txt forbids it, it is gone, it is not HTML, the server
 * fails, it holds no article text) is read from the feed's own text, with a notice saying so; when
 * the failure may pass (a timeout, a server error), its page is tried again on the next run that
 * finds the feed changed. A feed that cannot be fetched or parsed is one problem naming it; other
 * feeds, and what was stored before, are untouched.
 */
public final class FeedFollower {
    private static final Set<String> PAGE_TYPES = Set.of("", "text/html", "application/xhtml+xml");

    private final Fetcher fetcher;
    private final FeedMemory memory;
    private final FeedParser parser = new FeedParser();
    private final ItemArticles articles = new ItemArticles(new HtmlArticleExtractor());

    /** A follower fetching with {@code fetcher} (its politeness settings apply) and remembering in {@code memory}. */
    public FeedFollower(Fetcher fetcher, FeedMemory memory) {
        this.fetcher = fetcher;
        this.memory = memory;
    }

    /**
     * Reads one feed's new items into the sink.
     *
     * @param feed an http(s) address or the path of a feed file
     */
    public void follow(String feed, ArticleSink to) {
        ArticleSink sink = new WebAddressCheck(to);
        Optional<Loaded> loaded = load(feed, sink);
        if (loaded.isEmpty()) {
            return;
        }
        Feed parsed;
        try {
            parsed = parser.parse(loaded.get().bytes(), loaded.get().contentType(), loaded.get().base());
        } catch (MalformedFeedException e) {
            sink.problem(new InputProblem(feed, 0, "not a readable RSS or Atom feed: " + e.getMessage()));
            return;
        }
        String key = loaded.get().key();
        for (FeedItem item : parsed.items()) {
            Optional<ItemOutcome> before = memory.outcome(key, item);
            if (before.isEmpty() || !before.get().done()) {
                read(feed, key, item, sink);
            }
        }
        memory.feedRead(key, loaded.get().validators());
    }

    /** A feed's bytes and what is needed to read and remember it. */
    private record Loaded(String key, String base, byte[] bytes, String contentType, CacheValidators validators) {
    }

    private Optional<Loaded> load(String feed, ArticleSink sink) {
        if (isWebAddress(feed)) {
            URI url;
            try {
                url = URI.create(feed.strip());
            } catch (IllegalArgumentException e) {
                sink.problem(new InputProblem(feed, 0, "not a valid address"));
                return Optional.empty();
            }
            String key = url.toString();
            try {
                Fetched f = fetcher.get(url, memory.validators(key));
                if (f.notModified()) {
                    sink.notice(new InputProblem(feed, 0, "unchanged since the last run (HTTP 304), no new items"));
                    return Optional.empty();
                }
                return Optional.of(new Loaded(key, f.url().toString(), f.body(), f.contentType(), f.validators()));
            } catch (FetchException e) {
                sink.problem(new InputProblem(feed, 0, "cannot fetch the feed: " + reason(e, url)));
                return Optional.empty();
            }
        }
        try {
            Path path = Path.of(feed);
            long size = Files.size(path);
            if (size > fetcher.policy().maxBytes()) {
                sink.problem(new InputProblem(feed, 0, "feed file is larger than the "
                        + Sizes.describe(fetcher.policy().maxBytes()) + " size cap"));
                return Optional.empty();
            }
            String key = path.toAbsolutePath().normalize().toUri().toString();
            return Optional.of(new Loaded(key, null, Files.readAllBytes(path), null, CacheValidators.NONE));
        } catch (NoSuchFileException | InvalidPathException e) {
            sink.problem(new InputProblem(feed, 0, "no such file, and not an http(s) address"));
        } catch (IOException e) {
            sink.problem(new InputProblem(feed, 0, "cannot read the feed: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /** Reads one item from its page, else from the feed's text, and remembers how. */
    private void read(String feed, String key, FeedItem item, ArticleSink sink) {
        String failure;
        boolean lasting;
        if (item.link() == null || !isWebAddress(item.link())) {
            failure = "the item links to no web page";
            lasting = true;
        } else {
            try {
                Fetched page = fetcher.get(URI.create(item.link()));
                if (!PAGE_TYPES.contains(page.mediaType())) {
                    failure = "its page is " + page.mediaType() + ", not HTML";
                    lasting = true;
                } else {
                    Optional<Article> article = articles.fromPage(item, page);
                    if (article.isPresent()) {
                        sink.article(article.get());
                        memory.itemRead(key, item, article.get().id(), ItemOutcome.PAGE);
                        return;
                    }
                    failure = "its page holds no article text";
                    lasting = true;
                }
            } catch (FetchException e) {
                failure = reason(e, URI.create(item.link()));
                lasting = e.permanent();
            } catch (IllegalArgumentException e) {
                failure = "its link is not a valid address";
                lasting = true;
            }
        }
        String what = "item " + (item.link() != null ? item.link() : item.key());
        Optional<Article> summary = articles.fromSummary(item, feed);
        if (summary.isEmpty()) {
            sink.problem(new InputProblem(feed, 0, what + ": " + failure + ", and the feed gives no text for it"));
            return;
        }
        sink.article(summary.get());
        sink.notice(new InputProblem(feed, 0, what + ": " + failure + "; stored the feed's own text instead"
                + (lasting ? "" : " (the page is tried again next run)")));
        memory.itemRead(key, item, summary.get().id(), lasting ? ItemOutcome.SUMMARY : ItemOutcome.RETRY);
    }

    /** A fetch failure's message without the address the caller names already. */
    private static String reason(FetchException e, URI url) {
        String message = e.getMessage();
        String prefix = url + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static boolean isWebAddress(String s) {
        String lower = s.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
