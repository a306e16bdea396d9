package org.dramagraph.source.html;

import java.nio.charset.Charset;

/**
 * A page's text after decoding, and how its charset was chosen.
 *
 * @param html    the page as text, without any byte-order mark
 * @param charset the charset it was decoded with
 * @param source  where that charset came from
 */
public record DecodedPage(String html, Charset charset, CharsetSource source) {
}
