package org.dramagraph.source.fetch;

/**
 * What a server said about a response's version, to ask next time whether it changed
 * (a conditional request). Either may be {@code null}.
 *
 * @param etag         the {@code ETag} header
 * @param lastModified the {@code Last-Modified} header, as the server wrote it
 */
public record CacheValidators(String etag, String lastModified) {
    /** No validators: the next request is unconditional. */
    public static final CacheValidators NONE = new CacheValidators(null, null);

    /** Whether there is anything to send. */
    public boolean isEmpty() {
        return etag == null && lastModified == null;
    }
}
