package org.dramagraph.source.warc;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dramagraph.source.Article;
import org.dramagraph.source.ArticleIds;
import org.dramagraph.source.ArticleSink;
import org.dramagraph.source.InputProblem;
import org.dramagraph.source.Sizes;
import org.dramagraph.source.html.HtmlArticle;
import org.dramagraph.source.html.HtmlArticleExtractor;
import org.dramagraph.source.html.UnreadablePageException;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the web pages of a WARC archive ({@code .warc}, or {@code .warc.gz} compressed record by
 * record) as a stream, with jwarc: nothing is unpacked to disk and one page at a time is in memory.
 * Only successful HTML responses (status 200, {@code text/html} or XHTML) become articles, decoded
 * with the charset of their recorded HTTP {@code Content-Type} (the page's own declarations and
 * sniffing correct a wrong one, see {@link HtmlArticleExtractor}); requests, metadata, redirects,
 * images and other records are passed over.
 *
 * <p>Each page's main text is extracted, then a relevance test (for Dramagraph, a
 * {@code RelevanceFilter}) decides whether it goes on to the sink or is reported as
 * {@link ArticleSink#skipped skipped}: an archive of a general crawl holds far more pages than the
 * few about Korean entertainment, and the test costs much less than reading facts.
 *
 * <p>A record the file ends inside (a truncated download) is one problem naming the archive and the
 * record's offset; the records before it have been given to the sink. A page over the size cap, or
 * with an HTTP message that cannot be read, is a problem of its own and reading goes on.
 */
public final class WarcArticles {
    private static final Set<String> PAGE_TYPES = Set.of("text/html", "application/xhtml+xml");

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();
    private final Predicate<Article> relevant;
    private final long maxBytes;

    /**
     * @param relevant which pages go on to the sink; the others are reported as skipped
     * @param maxBytes the largest page read, uncompressed
     */
    public WarcArticles(Predicate<Article> relevant, long maxBytes) {
        this.relevant = relevant;
        this.maxBytes = maxBytes;
    }

    /** Whether a file name is a web archive's: {@code .warc} or {@code .warc.gz}, in any case. */
    public static boolean isWarc(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".warc") || lower.endsWith(".warc.gz");
    }

    /**
     * Gives the sink the article of every relevant HTML page in the archive, and a problem for every
     * record that cannot be read.
     *
     * @throws IOException if the archive cannot be opened or is not a WARC file at all
     */
    public void read(Path archive, ArticleSink sink) throws IOException {
        int records = 0;
        try (WarcReader reader = new WarcReader(archive)) {
            long last = -1;
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    // jwarc throws unchecked exceptions too for some bad headers (a header given twice, a
                    // Content-Length that is not a number); the record is as damaged as for a parse error.
                    // jwarc has moved to the failing record, unless the one before it was cut short
                    long at = reader.position();
                    sink.problem(new InputProblem(archive.toString(), 0, records == 0 && at <= 0
                            ? "not a readable WARC file: " + firstLine(e)
                            : broken(at, records - (at == last ? 1 : 0), e)));
                    return;
                }
                if (next.isEmpty()) {
                    return;
                }
                WarcRecord record = next.get();
                last = record.position();
                records++;
                if (record instanceof WarcResponse response && !page(archive, response, sink)) {
                    sink.problem(new InputProblem(archive.toString(), 0, broken(record.position(), records - 1, null)));
                    return;
                }
            }
        }
    }

    /** Reads one response; false when the file ends inside it. */
    private boolean page(Path archive, WarcResponse response, ArticleSink sink) {
        String where = archive + "@" + response.position();
        String url = target(response);
        String record = "record at offset " + response.position() + (url == null ? "" : " (" + url + ")");
        byte[] body;
        String charset;
        try {
            HttpResponse http = response.http();
            MediaType type = http.contentType();
            if (http.status() != 200 || !PAGE_TYPES.contains(type.base().toString().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (url == null) {
                sink.problem(new InputProblem(archive.toString(), 0, record
                        + ": a page without one WARC-Target-URI (its address), skipped"));
                return true;
            }
            charset = type.parameters().get("charset");
            try (InputStream in = http.bodyDecoded().stream()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
        } catch (EOFException e) {
            return false;
        } catch (IOException | RuntimeException e) {
            sink.problem(new InputProblem(archive.toString(), 0, record + ": unreadable HTTP response: " + firstLine(e)));
            return true;
        }
        if (body.length > maxBytes) {
            sink.problem(new InputProblem(archive.toString(), 0, record + ": page over the " + Sizes.describe(maxBytes)
                    + " size cap, skipped"));
            return true;
        }
        HtmlArticle html;
        try {
            html = extractor.extract(body, charset, url);
        } catch (UnreadablePageException e) {
            sink.skipped(where, "not a text page");
            return true;
        }
        if (html.text().isBlank()) {
            sink.skipped(where, "no article text");
            return true;
        }
        Article article = new Article(ArticleIds.fromUrl(url), where, url, html.title(), html.published(), html.text(),
                html.photos());
        if (relevant.test(article)) {
            sink.article(article);
        } else {
            sink.skipped(where, "not about Korean entertainment");
        }
        return true;
    }

    /** The page's address: its one WARC-Target-URI, or {@code null} when it has none, or several, or a blank one. */
    private static String target(WarcResponse response) {
        try {
            String url = response.target();
            return url == null || url.isBlank() ? null : url;
        } catch (IllegalArgumentException several) {
            return null;
        }
    }

    private static String broken(long offset, int before, Exception cause) {
        return "record at offset " + offset + " is truncated or damaged" + (cause == null ? " (the file ends inside it)"
                : " (" + firstLine(cause) + ")") + "; the " + before + (before == 1 ? " record before it was read"
                : " records before it were read");
    }

    private static String firstLine(Exception e) {
        String message = e instanceof ParsingException p ? p.getBaseMessage() : e.getMessage();
        message = message == null ? e.getClass().getSimpleName() : message;
        return message.lines().findFirst().orElse(message).strip();
    }
}
