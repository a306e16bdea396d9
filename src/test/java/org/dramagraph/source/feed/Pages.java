package org.dramagraph.source.feed;

/** News pages and feeds written for the tests. */
final class Pages {
    private Pages() {
    }

    /** A news page with a headline and a few paragraphs, in a page with navigation and a footer. */
    static String article(String headline, String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(p).append("</p>\n");
        }
        return "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + headline + " | Drama Daily</title></head>"
                + "<body><nav><a href=\"/\">Home</a> <a href=\"/tv\">TV</a></nav>"
                + "<article><h1>" + headline + "</h1>\n" + body + "</article>"
                + "<footer>Copyright Drama Daily</footer></body></html>";
    }

    /** An RSS 2.0 feed of items, each {@code {guid, link, title, description}}. */
    static String rss(String[]... items) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
                + "<title>Drama Daily</title><link>http://news.test/</link>\n");
        for (String[] i : items) {
            out.append("<item><guid>").append(i[0]).append("</guid><link>").append(i[1]).append("</link><title>")
                    .append(i[2]).append("</title><description>").append(i[3]).append("</description></item>\n");
        }
        return out.append("</channel></rss>").toString();
    }

    /** An Atom feed of entries, each {@code {id, link, title, summary}}. */
    static String atom(String[]... entries) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Drama Daily</title><id>urn:test:feed</id>"
                + "<updated>2024-04-01T00:00:00Z</updated>\n");
        for (String[] e : entries) {
            out.append("<entry><id>").append(e[0]).append("</id><link href=\"").append(e[1]).append("\"/><title>")
                    .append(e[2]).append("</title><updated>2024-04-01T10:00:00Z</updated><summary>").append(e[3])
                    .append("</summary></entry>\n");
        }
        return out.append("</feed>").toString();
    }
}
