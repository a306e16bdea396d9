package org.dramagraph.source;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Passes articles on with their {@link Article#url() url} only when it is an http(s) address (white space around it
 * trimmed): any other (a {@code javascript:} or {@code file:} address, a relative path, text) is dropped, since
 * pages link to it, and a {@linkplain ArticleSink#notice notice} names the article. The article itself is kept.
 */
public final class WebAddressCheck implements ArticleSink {
    private static final Pattern HTTP = Pattern.compile("(?i)https?://[^\\s\\p{Cntrl}/?#]+[^\\s\\p{Cntrl}]*");
    /** How much of a dropped address a notice quotes. */
    private static final int QUOTED = 80;

    private final ArticleSink next;

    /** Checks the articles given to {@code next}. */
    public WebAddressCheck(ArticleSink next) {
        this.next = next;
    }

    /** Whether an address is an absolute http or https one with a host, and no white space or control character. */
    public static boolean isHttp(String url) {
        return url != null && HTTP.matcher(url.strip()).matches();
    }

    @Override
    public void article(Article article) {
        String url = article.url() == null || article.url().isBlank() ? null : article.url().strip();
        if (url != null && !isHttp(url)) {
            next.notice(new InputProblem(article.origin(), 0, "article " + article.id() + ": url " + quote(url)
                    + " is not an http(s) address; dropped"));
            url = null;
        }
        next.article(Objects.equals(url, article.url()) ? article : new Article(article.id(), article.origin(), url,
                article.title(), article.published(), article.text(), article.photos()));
    }

    @Override
    public void problem(InputProblem problem) {
        next.problem(problem);
    }

    @Override
    public void notice(InputProblem notice) {
        next.notice(notice);
    }

    @Override
    public void skipped(String input, String reason) {
        next.skipped(input, reason);
    }

    /** The address in quotes on one line, shortened when long. */
    private static String quote(String url) {
        String line = url.replaceAll("\\p{Cntrl}", " ");
        return "\"" + (line.length() > QUOTED ? line.substring(0, QUOTED) + "…" : line) + "\"";
    }
}
