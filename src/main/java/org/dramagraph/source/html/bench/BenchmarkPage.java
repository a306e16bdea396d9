package org.dramagraph.source.html.bench;

/**
 * One page of the benchmark.
 *
 * @param id    the page id (SHA-256 of its URL)
 * @param url   the page's address, used as base URL
 * @param truth the true article body
 * @param html  the page as fetched, undecoded
 */
public record BenchmarkPage(String id, String url, String truth, byte[] html) {
}
