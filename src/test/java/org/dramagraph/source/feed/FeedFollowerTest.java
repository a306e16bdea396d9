package org.dramagraph.source.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.dramagraph.source.Collected;
import org.dramagraph.source.fetch.FetchPolicy;
import org.dramagraph.source.fetch.Fetcher;
import org.dramagraph.source.fetch.LocalWeb;
import org.dramagraph.source.fetch.LocalWeb.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedFollowerTest {
    private static final String HTML = "text/html; charset=utf-8";
    private static final String P1 = "Han Seo-yeon plays a lighthouse keeper in the new drama Salt and Starlight, which airs on tvN.";
    private static final String P2 = "The series was written by Park Min-gyu and follows a small harbour town through one winter.";

    private final LocalWeb web = new LocalWeb();
    private final MemoryOfTest memory = new MemoryOfTest();
    private final FetchPolicy quick = FetchPolicy.defaults().withHostDelay(Duration.ZERO).withTimeout(Duration.ofSeconds(5));

    @TempDir
    Path dir;

    FeedFollowerTest() throws IOException {
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private String link(String path) {
        return web.url(path).toString();
    }

    private FeedFollower follower(FetchPolicy policy) {
        return new FeedFollower(new Fetcher(policy), memory);
    }

    private Collected follow(String feed) {
        Collected got = new Collected();
        follower(quick).follow(feed, got);
        return got;
    }

    @Test
    void anItemLinkingToNoWebPageIsStoredFromTheFeedWithoutItsLink() {
        web.serve("/feed.xml", Answer.ok("application/rss+xml", Pages.rss(
                new String[] {"n1", "javascript:alert(1)", "Salt and Starlight casts its keeper", P1})));

        Collected got = follow(link("/feed.xml"));

        assertThat(got.articles).singleElement().satisfies(a -> {
            assertThat(a.url()).isNull();
            assertThat(a.text()).isEqualTo(P1);
        });
        assertThat(got.notices).extracting(n -> n.describe()).containsExactly(
                link("/feed.xml") + ": article " + got.articles.get(0).id()
                        + ": url \"javascript:alert(1)\" is not an http(s) address; dropped",
                link("/feed.xml") + ": item javascript:alert(1): the item links to no web page; stored the feed's own text"
                        + " instead");
    }

    @Test
    void rssItemsAreReadFromTheirPages() {
        web.serve("/news/1", Answer.ok(HTML, Pages.article("Salt and Starlight casts its keeper", P1, P2)));
        web.serve("/feed.xml", Answer.ok("application/rss+xml", Pages.rss(
                new String[] {"n1", link("/news/1"), "Salt and Starlight casts its keeper", "A teaser only."})));

        Collected got = follow(link("/feed.xml"));

        assertThat(got.problems).isEmpty();
        assertThat(got.notices).isEmpty();
        assertThat(got.articles).hasSize(1);
        assertThat(got.articles.get(0).id()).isEqualTo("127.0.0.1:" + web.url("/").getPort() + "/news/1");
        assertThat(got.articles.get(0).text()).contains(P1).contains(P2).doesNotContain("Copyright").doesNotContain("teaser");
        assertThat(got.articles.get(0).url()).isEqualTo(link("/news/1"));
        assertThat(memory.items).containsValue(ItemOutcome.PAGE);
    }

    @Test
    void atomEntriesAreReadFromTheirPages() {
        web.serve("/a/1", Answer.ok(HTML, Pages.article("Atom story", P1, P2)));
        web.serve("/atom", Answer.ok("application/atom+xml", Pages.atom(
                new String[] {"urn:test:1", link("/a/1"), "Atom story", "Summary."})));

        Collected got = follow(link("/atom"));

        assertThat(got.problems).isEmpty();
        assertThat(got.articles).singleElement().satisfies(a -> assertThat(a.text()).contains(P1));
    }

    @Test
    void aSecondRunFetchesOnlyNewItemsAndAnUnchangedFeedCostsOneRequest() {
        web.serve("/news/1", Answer.ok(HTML, Pages.article("One", P1, P2)));
        web.serve("/news/2", Answer.ok(HTML, Pages.article("Two", P2, P1)));
        String oneItem = Pages.rss(new String[] {"n1", link("/news/1"), "One", "."});
        String twoItems = Pages.rss(new String[] {"n2", link("/news/2"), "Two", "."},
                new String[] {"n1", link("/news/1"), "One", "."});
        String[] current = {oneItem, "\"v1\""};
        web.serve("/feed.xml", headers -> current[1].equals(headers.getFirst("If-None-Match"))
                ? new Answer(304, Map.of("ETag", current[1]), new byte[0])
                : new Answer(200, Map.of("Content-Type", "application/rss+xml", "ETag", current[1]),
                current[0].getBytes(StandardCharsets.UTF_8)));

        Collected first = follow(link("/feed.xml"));
        Collected unchanged = follow(link("/feed.xml"));
        current[0] = twoItems;
        current[1] = "\"v2\"";
        Collected third = follow(link("/feed.xml"));

        assertThat(first.articles).hasSize(1);
        assertThat(unchanged.articles).isEmpty();
        assertThat(unchanged.problems).isEmpty();
        assertThat(unchanged.notices).singleElement().satisfies(n -> assertThat(n.message()).contains("304"));
        assertThat(third.articles).extracting(a -> a.url()).containsExactly(link("/news/2"));
        assertThat(web.paths()).containsExactly("/robots.txt", "/feed.xml", "/news/1",
                "/robots.txt", "/feed.xml",
                "/robots.txt", "/feed.xml", "/news/2");
    }

    @Test
    void pagesRobotsTxtForbidsAreReadFromTheFeedAndSaidSo() {
        web.serve("/robots.txt", Answer.ok("text/plain", "User-agent: dramagraph\nDisallow: /members/\n"));
        web.serve("/members/1", Answer.ok(HTML, Pages.article("Hidden", P1, P2)));
        web.serve("/feed.xml", Answer.ok("application/rss+xml", Pages.rss(
                new String[] {"m1", link("/members/1"), "Members only", "&lt;p&gt;" + P1 + "&lt;/p&gt;"})));

        Collected got = follow(link("/feed.xml"));

        assertThat(web.paths()).doesNotContain("/members/1");
        assertThat(got.articles).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo(P1);
            assertThat(a.title()).isEqualTo("Members only");
            assertThat(a.origin()).isEqualTo(link("/feed.xml"));
        });
        assertThat(got.notices).singleElement().satisfies(n -> assertThat(n.describe())
                .contains(link("/feed.xml")).contains("robots.txt").contains("stored the feed's own text"));
        assertThat(memory.items).containsValue(ItemOutcome.SUMMARY);
    }

    @Test
    void pagesThatFailForNowAreTriedAgainWhenTheFeedChanges() {
        web.serve("/news/1", new Answer(503, Map.of(), new byte[0]));
        String[] feed = {Pages.rss(new String[] {"n1", link("/news/1"), "One", P1})};
        web.serve("/feed.xml", headers -> Answer.ok("application/rss+xml", feed[0]));

        Collected first = follow(link("/feed.xml"));
        web.serve("/news/1", Answer.ok(HTML, Pages.article("One", P1, P2)));
        Collected second = follow(link("/feed.xml"));

        assertThat(first.articles).singleElement().satisfies(a -> assertThat(a.text()).isEqualTo(P1));
        assertThat(first.notices).singleElement().satisfies(n -> assertThat(n.message())
                .contains("HTTP 503").contains("tried again next run"));
        assertThat(second.articles).singleElement().satisfies(a -> assertThat(a.text()).contains(P2));
        assertThat(second.articles.get(0).id()).isEqualTo(first.articles.get(0).id());
        assertThat(memory.items).containsValue(ItemOutcome.PAGE);
    }

    @Test
    void aMalformedFeedIsOneProblemAndTheOtherFeedsAreStillRead() {
        web.serve("/broken.xml", Answer.ok("application/rss+xml", "<rss version=\"2.0\"><channel><item><title>cut"));
        web.serve("/news/1", Answer.ok(HTML, Pages.article("One", P1, P2)));
        web.serve("/good.xml", Answer.ok("application/rss+xml", Pages.rss(new String[] {"n1", link("/news/1"), "One", "."})));
        Collected got = new Collected();
        FeedFollower follower = follower(quick);

        follower.follow(link("/broken.xml"), got);
        follower.follow(link("/good.xml"), got);

        assertThat(got.problems).singleElement().satisfies(p -> {
            assertThat(p.input()).isEqualTo(link("/broken.xml"));
            assertThat(p.message()).startsWith("not a readable RSS or Atom feed").doesNotContain("\n");
        });
        assertThat(got.articles).hasSize(1);
        assertThat(memory.feeds).containsOnlyKeys(link("/good.xml"));
    }

    @Test
    void aPageWhoseMetaTagLiesIsDecodedWithTheServersCharset() {
        Charset eucKr = Charset.forName("EUC-KR");
        String korean = "배우 한서연이 새 드라마에서 등대지기를 연기한다. 이 드라마는 겨울 항구 마을의 이야기를 그린다.";
        String page = Pages.article("새 드라마", korean, korean + " 방송은 다음 달에 시작한다.")
                .replace("<meta charset=\"utf-8\">", "<meta charset=\"windows-1252\">");
        web.serve("/k/1", Answer.ok("text/html; charset=EUC-KR", page.getBytes(eucKr)));
        web.serve("/feed.xml", Answer.ok("application/rss+xml", Pages.rss(new String[] {"k1", link("/k/1"), "K", "."})));

        Collected got = follow(link("/feed.xml"));

        assertThat(got.articles).singleElement().satisfies(a -> {
            assertThat(a.text()).contains(korean);
            assertThat(a.title()).startsWith("새 드라마");
        });
    }

    @Test
    void requestsToOneHostAreSpacedOut() {
        web.serve("/news/1", Answer.ok(HTML, Pages.article("One", P1, P2)));
        web.serve("/news/2", Answer.ok(HTML, Pages.article("Two", P2, P1)));
        web.serve("/feed.xml", Answer.ok("application/rss+xml", Pages.rss(
                new String[] {"n1", link("/news/1"), "One", "."}, new String[] {"n2", link("/news/2"), "Two", "."})));
        Collected got = new Collected();

        follower(quick.withHostDelay(Duration.ofMillis(200))).follow(link("/feed.xml"), got);

        assertThat(web.paths()).containsExactly("/robots.txt", "/feed.xml", "/news/1", "/news/2");
        // two waits of 200 ms from the feed to the second page; loose, as the machine may be busy
        assertThat(web.between(1, 3)).isGreaterThan(Duration.ofMillis(240));
        assertThat(got.articles).hasSize(2);
    }

    @Test
    void aFeedFileIsReadAndItsItemsPagesFetched() throws IOException {
        web.serve("/news/1", Answer.ok(HTML, Pages.article("One", P1, P2)));
        Path file = dir.resolve("saved-feed.xml");
        Files.writeString(file, Pages.rss(new String[] {"n1", link("/news/1"), "One", "."}));

        Collected first = follow(file.toString());
        Collected again = follow(file.toString());

        assertThat(first.articles).singleElement().satisfies(a -> assertThat(a.text()).contains(P1));
        assertThat(again.articles).isEmpty();
        assertThat(follow(dir.resolve("missing.xml").toString()).described())
                .singleElement().asString().contains("missing.xml").contains("no such file");
    }
}
