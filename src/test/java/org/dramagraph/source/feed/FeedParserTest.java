package org.dramagraph.source.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dramagraph.source.Photo;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private final FeedParser parser = new FeedParser();

    @Test
    void rss2ItemsWithGuidsContentAndImageEnclosures() throws MalformedFeedException {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
                <channel><title>Drama desk</title><link>https://news.example/</link>
                <item><title>First look at a new drama</title><link>/drama/1</link>
                  <guid isPermaLink="false">drama-1</guid>
                  <pubDate>Tue, 05 Mar 2024 09:30:00 +0900</pubDate>
                  <description>Short teaser.</description>
                  <content:encoded><![CDATA[<p>The whole story, with more words than the teaser.</p>]]></content:encoded>
                  <enclosure url="https://img.example/1.jpg" type="image/jpeg" length="1000"/>
                  <enclosure url="https://img.example/1.mp3" type="audio/mpeg" length="1000"/>
                </item>
                <item><title>No guid here</title><link>https://news.example/drama/2</link></item>
                </channel></rss>""";

        Feed feed = parser.parse(rss.getBytes(StandardCharsets.UTF_8), "application/rss+xml",
                "https://news.example/feed.xml");

        assertThat(feed.title()).isEqualTo("Drama desk");
        assertThat(feed.items()).hasSize(2);
        FeedItem first = feed.items().get(0);
        assertThat(first.key()).isEqualTo("drama-1");
        assertThat(first.link()).isEqualTo("https://news.example/drama/1");
        assertThat(first.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(first.summary()).contains("The whole story");
        assertThat(first.photos()).containsExactly(new Photo("https://img.example/1.jpg", null, null, null));
        assertThat(feed.items().get(1).key()).isEqualTo("https://news.example/drama/2");
    }

    @Test
    void atomEntries() throws MalformedFeedException {
        String atom = """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Atom drama news</title><id>urn:uuid:feed</id><updated>2024-04-01T00:00:00Z</updated>
                  <entry><title>An entry</title><id>urn:uuid:entry-1</id>
                    <link rel="alternate" href="https://news.example/a/1"/>
                    <updated>2024-04-01T10:00:00Z</updated>
                    <summary type="html">&lt;p&gt;Summary text.&lt;/p&gt;</summary>
                  </entry>
                </feed>""";

        Feed feed = parser.parse(atom.getBytes(StandardCharsets.UTF_8), null, null);

        FeedItem entry = feed.items().get(0);
        assertThat(entry.key()).isEqualTo("urn:uuid:entry-1");
        assertThat(entry.link()).isEqualTo("https://news.example/a/1");
        assertThat(entry.published()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(entry.summary()).isEqualTo("<p>Summary text.</p>");
    }

    @Test
    void theEncodingOfTheXmlDeclarationIsUsed() throws MalformedFeedException {
        String rss = "<?xml version=\"1.0\" encoding=\"EUC-KR\"?><rss version=\"2.0\"><channel><title>드라마</title>"
                + "<item><title>새 드라마</title><link>https://news.example/k/1</link></item></channel></rss>";

        Feed feed = parser.parse(rss.getBytes(Charset.forName("EUC-KR")), "text/xml", null);

        assertThat(feed.title()).isEqualTo("드라마");
        assertThat(feed.items().get(0).title()).isEqualTo("새 드라마");
    }

    @Test
    void malformedFeedsAreRefusedWithAReason() {
        byte[] cut = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cut".getBytes(StandardCharsets.UTF_8);
        byte[] html = "<html><body><p>not a feed</p></body></html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.parse(cut, null, null)).isInstanceOf(MalformedFeedException.class)
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> parser.parse(html, null, null)).isInstanceOf(MalformedFeedException.class)
                .hasMessage("XML, but neither RSS nor Atom");
    }

    @Test
    void doctypesAreRefusedSoAFeedCannotReadLocalFiles() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";

        assertThatThrownBy(() -> parser.parse(xxe.getBytes(StandardCharsets.UTF_8), null, null))
                .isInstanceOf(MalformedFeedException.class);
    }
}
