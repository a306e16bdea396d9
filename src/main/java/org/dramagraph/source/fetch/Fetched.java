package org.dramagraph.source.fetch;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A response the fetcher accepted: a success, or "not modified" to a conditional request.
 *
 * @param url         the address the body came from, after redirects
 * @param status      the HTTP status (2xx, or 304)
 * @param contentType the {@code Content-Type} header, or {@code null}
 * @param body        the body, uncompressed (empty for 304)
 * @param validators  the response's {@code ETag} and {@code Last-Modified}
 */
public record Fetched(URI url, int status, String contentType, byte[] body, CacheValidators validators) {
    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");

    /** Whether the server said the resource has not changed since the validators sent. */
    public boolean notModified() {
        return status == 304;
    }

    /** The charset the {@code Content-Type} header names, or {@code null}. */
    public String charset() {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    /** The media type without parameters, in lower case ({@code text/html}), or empty when not given. */
    public String mediaType() {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }
}
