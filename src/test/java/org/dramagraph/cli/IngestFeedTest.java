package org.dramagraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.dramagraph.graph.Entity;
import org.dramagraph.graph.GraphStore;
import org.dramagraph.graph.StoreChecks;
import org.dramagraph.source.fetch.LocalWeb;
import org.dramagraph.source.fetch.LocalWeb.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestFeedTest {
    private static final String PAGE = "<html><head><title>%s</title></head><body><nav><a href='/'>Home</a></nav>"
            + "<article><h1>%s</h1><p>%s</p><p>The first episode airs next month, and the cast met the press on Monday.</p>"
            + "</article></body></html>";

    private final LocalWeb web = new LocalWeb();

    @TempDir
    Path dir;

    IngestFeedTest() throws IOException {
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private void page(String path, String title, String sentence) {
        web.serve(path, Answer.ok("text/html; charset=utf-8", PAGE.formatted(title, title, sentence)));
    }

    private String rss(String... paths) {
        StringBuilder items = new StringBuilder();
        for (String p : paths) {
            items.append("<item><guid>").append(p).append("</guid><link>").append(web.url(p)).append("</link><title>")
                    .append(p).append("</title></item>");
        }
        return "<rss version=\"2.0\"><channel><title>Drama Daily</title>" + items + "</channel></rss>";
    }

    @Test
    void aFeedIsFollowedOnceAndARunWithNothingNewChangesNothing() throws Exception {
        page("/news/1", "A lighthouse drama", "Han Seo-yeon plays Yoon Bada in 'Salt and Starlight', which airs on tvN.");
        page("/news/2", "A winter drama", "Park Min-gyu wrote 'Lantern Street', which streams on Netflix.");
        String[] feed = {rss("/news/1"), "\"a\""};
        web.serve("/feed.xml", headers -> feed[1].equals(headers.getFirst("If-None-Match"))
                ? new Answer(304, Map.of("ETag", feed[1]), new byte[0])
                : new Answer(200, Map.of("Content-Type", "application/rss+xml", "ETag", feed[1]),
                feed[0].getBytes(StandardCharsets.UTF_8)));
        Path db = dir.resolve("graph.db");
        String url = web.url("/feed.xml").toString();

        Cli first = Cli.run("ingest", "--feed", url, "--delay", "0", "--db", db.toString());
        Cli unchanged = Cli.run("ingest", "--feed", url, "--delay", "0", "--db", db.toString());
        feed[0] = rss("/news/2", "/news/1");
        feed[1] = "\"b\"";
        Cli third = Cli.run("ingest", "--feed", url, "--delay", "0", "--db", db.toString());

        assertThat(first.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(first.err()).isEmpty();
        assertThat(first.out()).startsWith("1 article: 1 new, 0 unchanged, 0 updated, 0 failed;");
        assertThat(unchanged.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(unchanged.out()).startsWith("0 articles: 0 new");
        assertThat(unchanged.err()).isEqualTo("dramagraph: " + url + ": unchanged since the last run (HTTP 304), no new items"
                + System.lineSeparator());
        assertThat(third.out()).startsWith("1 article: 1 new, 0 unchanged");
        assertThat(web.paths()).filteredOn(p -> p.startsWith("/news/")).containsExactly("/news/1", "/news/2");

        StoreChecks.assertConsistent(db);
        assertThat(rows(db, "SELECT item_key || ' ' || outcome || ' ' || article_id FROM feed_item ORDER BY item_key"))
                .containsExactly("/news/1 PAGE 127.0.0.1:" + web.url("/").getPort() + "/news/1",
                        "/news/2 PAGE 127.0.0.1:" + web.url("/").getPort() + "/news/2");
        assertThat(rows(db, "SELECT url || ' ' || etag FROM feed")).containsExactly(url + " \"b\"");
        Cli show = Cli.run("show", "Han Seo-yeon", "--db", db.toString());
        assertThat(show.out()).contains("Salt and Starlight").contains("Yoon Bada");
    }

    @Test
    void aFeedThatCannotBeReadIsOneLineAndTheOthersAreStored() throws Exception {
        page("/news/1", "A lighthouse drama", "Han Seo-yeon plays Yoon Bada in 'Salt and Starlight', which airs on tvN.");
        web.serve("/good.xml", Answer.ok("application/rss+xml", rss("/news/1")));
        web.serve("/bad.xml", Answer.ok("application/rss+xml", "<rss><channel><item>"));
        Path db = dir.resolve("graph.db");

        Cli run = Cli.run("ingest", "--feed", web.url("/bad.xml").toString(), "--feed", web.url("/missing.xml").toString(),
                "--feed", web.url("/good.xml").toString(), "--delay", "0", "--db", db.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(run.err().lines().toList()).containsExactly(
                "dramagraph: " + web.url("/bad.xml") + ": not a readable RSS or Atom feed: " + run.err().lines().findFirst()
                        .orElseThrow().replaceFirst(".*not a readable RSS or Atom feed: ", ""),
                "dramagraph: " + web.url("/missing.xml") + ": cannot fetch the feed: HTTP 404");
        assertThat(run.out()).startsWith("1 article: 1 new, 0 unchanged, 0 updated, 2 failed;");
        assertThat(rows(db, "SELECT url FROM feed")).containsExactly(web.url("/good.xml").toString());
    }

    @Test
    void photosOfFedPagesNameTheirPeopleAndGetThumbnails() throws Exception {
        web.serve("/news/1", Answer.ok("text/html; charset=utf-8", "<html><head><title>A lighthouse drama</title></head>"
                + "<body><article><h1>A lighthouse drama</h1>"
                + "<figure><img src='/img/1.jpg' alt='press conference'><figcaption>Han Seo-yeon and Park Min-gyu at the"
                + " press conference. (Photo: Drama Daily)</figcaption></figure>"
                + "<p>Han Seo-yeon plays Yoon Bada in 'Salt and Starlight', which airs on tvN.</p>"
                + "<p>Park Min-gyu wrote the series, and the first episode airs next month on the channel.</p>"
                + "</article></body></html>"));
        BufferedImage img = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", jpeg);
        web.serve("/img/1.jpg", Answer.ok("image/jpeg", jpeg.toByteArray()));
        web.serve("/feed.xml", Answer.ok("application/rss+xml", rss("/news/1")));
        Path db = dir.resolve("graph.db");
        Path thumbs = dir.resolve("thumbs");

        Cli run = Cli.run("ingest", "--feed", web.url("/feed.xml").toString(), "--thumbnails", thumbs.toString(),
                "--delay", "0", "--db", db.toString());
        Cli again = Cli.run("ingest", "--feed", web.url("/feed.xml").toString(), "--thumbnails", thumbs.toString(),
                "--delay", "0", "--db", db.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.out()).startsWith("1 article: 1 new").contains("; 1 thumbnail made");
        assertThat(again.out()).doesNotContain("thumbnail");
        assertThat(web.paths()).filteredOn(p -> p.startsWith("/img/")).containsExactly("/img/1.jpg");
        try (GraphStore graph = GraphStore.open(db)) {
            Entity han = graph.find("Han Seo-yeon").get(0);
            assertThat(graph.photosOf(han.id())).singleElement().satisfies(p -> {
                assertThat(p.url()).isEqualTo(web.url("/img/1.jpg").toString());
                assertThat(p.caption()).startsWith("Han Seo-yeon and Park Min-gyu at the press conference");
                assertThat(p.people()).extracting(Entity::name)
                        .containsExactly("Han Seo-yeon", "Park Min-gyu");
                assertThat(thumbs.resolve(p.thumbnail())).isRegularFile();
            });
        }
    }

    @Test
    void aPageTwoFeedsShareIsFetchedOnce() throws Exception {
        page("/news/1", "A lighthouse drama", "Han Seo-yeon plays Yoon Bada in 'Salt and Starlight', which airs on tvN.");
        web.serve("/tv.xml", Answer.ok("application/rss+xml", rss("/news/1")));
        web.serve("/all.xml", Answer.ok("application/atom+xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>All</title>"
                + "<entry><id>urn:all:1</id><title>Again</title><link href=\"" + web.url("/news/1") + "\"/></entry></feed>"));
        Path db = dir.resolve("graph.db");

        Cli run = Cli.run("ingest", "--feed", web.url("/tv.xml").toString(), "--feed", web.url("/all.xml").toString(),
                "--delay", "0", "--db", db.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("1 article: 1 new");
        assertThat(web.paths()).filteredOn(p -> p.startsWith("/news/")).containsExactly("/news/1");
        assertThat(rows(db, "SELECT feed_url || ' ' || outcome FROM feed_item ORDER BY feed_url")).containsExactly(
                web.url("/tv.xml") + " PAGE");
    }

    @Test
    void anIngestNeedsAPathOrAFeed() {
        Cli run = Cli.run("ingest", "--db", dir.resolve("graph.db").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Give at least one PATH or --feed");
    }

    private static List<String> rows(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); ResultSet rs = c.createStatement().executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }
}
