package org.dramagraph.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {
    @TempDir
    Path dir;

    private Collected read(String... inputs) {
        Collected sink = new Collected();
        new ArticleReader().read(List.of(inputs), sink);
        return sink;
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void plainTextTakesTheFirstLineAsTitleAndTheFileNameAsId() throws IOException {
        Path file = write("cameo-news.txt", "\n  A Star Returns  \n\nThe actor came back.\nFans cheered.\n");

        Collected got = read(file.toString());

        assertThat(got.problems).isEmpty();
        Article a = got.articles.get(0);
        assertThat(a.id()).isEqualTo("cameo-news");
        assertThat(a.origin()).isEqualTo(file.toString());
        assertThat(a.title()).isEqualTo("A Star Returns");
        assertThat(a.text()).isEqualTo("\nThe actor came back.\nFans cheered.\n");
        assertThat(a.url()).isNull();
        assertThat(a.published()).isNull();
    }

    @Test
    void jsonArticleKeepsItsOwnIdUrlAndDate() throws IOException {
        Path file = write("x.json", """
                {"id": "outlet-story", "url": "https://example.org/s", "published": "2024-04-01",
                 "title": "Head", "text": "Body text."}""");

        Article a = read(file.toString()).articles.get(0);

        assertThat(a.id()).isEqualTo("outlet-story");
        assertThat(a.url()).isEqualTo("https://example.org/s");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(a.title()).isEqualTo("Head");
        assertThat(a.text()).isEqualTo("Body text.");
    }

    @Test
    void aUrlIsKeptOnlyWhenItIsAnHttpAddressAndADroppedOneIsNamed() throws IOException {
        Path file = write("feed.jsonl", """
                {"id": "web", "url": " HTTPS://news.example/a?id=1#top ", "text": "Kept, trimmed."}
                {"id": "script", "url": "javascript:alert(1)", "text": "Dropped."}
                {"id": "local", "url": "file:///etc/passwd", "text": "Dropped."}
                {"id": "relative", "url": "/news/a", "text": "Dropped."}
                {"id": "hostless", "url": "http:///a", "text": "Dropped."}
                {"id": "spaced", "url": "http://news.example/a b", "text": "Dropped."}
                {"id": "blank", "url": " ", "text": "No address, nothing to say."}
                {"id": "plain", "url": "http://news.example", "text": "Kept."}
                """);

        Collected got = read(file.toString());

        assertThat(got.problems).isEmpty();
        assertThat(got.articles).extracting(Article::url).containsExactly("HTTPS://news.example/a?id=1#top", null, null,
                null, null, null, null, "http://news.example");
        assertThat(got.notices).extracting(InputProblem::describe).containsExactly(
                file + ":2: article script: url \"javascript:alert(1)\" is not an http(s) address; dropped",
                file + ":3: article local: url \"file:///etc/passwd\" is not an http(s) address; dropped",
                file + ":4: article relative: url \"/news/a\" is not an http(s) address; dropped",
                file + ":5: article hostless: url \"http:///a\" is not an http(s) address; dropped",
                file + ":6: article spaced: url \"http://news.example/a b\" is not an http(s) address; dropped");
    }

    @Test
    void aFeedItemsLinkThatIsNoWebAddressIsDropped() throws IOException {
        Path file = write("news.rss", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>T</title>"
                + "<item><title>First</title><link>javascript:alert(document.cookie)</link><guid>item-1</guid>"
                + "<description>The first story.</description></item></channel></rss>");

        Collected got = read(file.toString());

        assertThat(got.articles).singleElement().satisfies(a -> assertThat(a.url()).isNull());
        assertThat(got.notices).extracting(InputProblem::describe).containsExactly(file + ": article "
                + got.articles.get(0).id() + ": url \"javascript:alert(document.cookie)\" is not an http(s) address; dropped");
    }

    @Test
    void jsonWithoutIdOrWithNullOrMalformedDateIsStillRead() throws IOException {
        write("a/no-id.json", "{\"published\": null, \"title\": \"T\", \"text\": \"Body.\"}");
        write("a/bad-date.json", "{\"id\": \"b\", \"published\": \"last Tuesday\", \"text\": \"Body.\"}");
        write("a/datetime.json", "{\"id\": \"c\", \"published\": \"2023-07-13T09:30:00+09:00\", \"text\": \"Body.\"}");

        Collected got = read(dir.resolve("a").toString());

        assertThat(got.problems).isEmpty();
        assertThat(got.ids()).containsExactly("b", "c", "no-id");
        assertThat(got.articles.get(0).published()).isNull();
        assertThat(got.articles.get(1).published()).isEqualTo(LocalDate.of(2023, 7, 13));
        assertThat(got.articles.get(2).published()).isNull();
    }

    @Test
    void jsonArrayGivesOneArticlePerItemAndReportsBadItems() throws IOException {
        Path file = write("batch.json", "[{\"text\": \"One.\"}, {\"title\": \"no text\"}, {\"id\": \"z\", \"text\": \"Three.\"}]");

        Collected got = read(file.toString());

        assertThat(got.ids()).containsExactly("batch-1", "z");
        assertThat(got.described()).containsExactly(file + ": item [1]: no \"text\" field");
    }

    @Test
    void twoObjectsInAJsonFileAreReportedWithAHint() throws IOException {
        Path file = write("two.json", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");

        Collected got = read(file.toString());

        assertThat(got.articles).isEmpty();
        assertThat(got.described()).containsExactly(
                file + ":2: more than one JSON value (for one article per line, name the file .jsonl)");
    }

    @Test
    void jsonLinesReadEveryGoodLineAndNameTheBadOnes() throws IOException {
        Path file = write("feed.jsonl", """
                {"id": "first", "text": "One."}
                {"id": "broken", "text": "Two.

                {"text": "Four."}
                [1, 2]
                """);

        Collected got = read(file.toString());

        assertThat(got.ids()).containsExactly("first", "feed-4");
        assertThat(got.articles.get(1).origin()).isEqualTo(file + ":4");
        assertThat(got.described()).hasSize(2);
        assertThat(got.described().get(0)).startsWith(file + ":2: malformed JSON");
        assertThat(got.described().get(1)).isEqualTo(file + ":5: expected a JSON object with a \"text\" field, found an array");
    }

    @Test
    void jsonLinesAreStreamedSoTheSizeCapAppliesPerLine() throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            lines.append("{\"text\": \"Sentence number ").append(i).append(" of a long feed.\"}\n");
        }
        lines.append("{\"text\": \"").append("x".repeat(5000)).append("\"}\n");
        Path file = write("long.jsonl", lines.toString());
        Collected got = new Collected();

        new ArticleReader().maxBytes(1024).read(List.of(file.toString()), got);

        assertThat(Files.size(file)).isGreaterThan(50 * 1024);
        assertThat(got.articles).hasSize(2000);
        assertThat(got.described()).containsExactly(file + ":2001: line longer than the 1 KB input limit, skipped");
    }

    @Test
    void jsonLinesOfSomethingElseThanArticlesAreOneProblem() throws IOException {
        Path file = write("facts.jsonl", "{\"type\": \"cast\"}\n{\"type\": \"plays\"}\n{\"type\": \"wrote\"}\n");

        assertThat(read(file.toString()).described())
                .containsExactly(file + ":1: JSON Lines without a \"text\" field, not articles; file skipped");
    }

    @Test
    void tooManyBadLinesAreCountedNotListed() throws IOException {
        Path file = write("junk.jsonl", "not json\n".repeat(25));

        Collected got = read(file.toString());

        assertThat(got.problems).hasSize(JsonLinesFormat.MAX_REPORTED_LINES + 1);
        assertThat(got.described().get(JsonLinesFormat.MAX_REPORTED_LINES))
                .isEqualTo(file + ": 15 more bad lines not listed (25 in all)");
    }

    @Test
    void htmlGivesTitleTextAndCanonicalUrl() throws IOException {
        Path file = write("page.html", """
                <!doctype html><html><head><title>Page title</title>
                <link rel="canonical" href="https://news.example.org/story-1">
                <meta property="og:url" content="https://other.example.org/x">
                <meta property="article:published_time" content="2024-03-31T10:00:00Z"></head>
                <body><article><p>The first paragraph of the story.</p><p>The second one.</p></article></body></html>""");

        Article a = read(file.toString()).articles.get(0);

        assertThat(a.id()).isEqualTo("page");
        assertThat(a.url()).isEqualTo("https://news.example.org/story-1");
        assertThat(a.title()).isEqualTo("Page title");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(a.text()).contains("The first paragraph of the story.").contains("The second one.");
    }

    @Test
    void htmlUrlFallsBackToOpenGraph() {
        assertThat(HtmlFormat.canonicalUrl("<html><head><meta property='og:url' content='https://a.example/p'>"
                + "</head><body><p>x</p></body></html>")).isEqualTo("https://a.example/p");
        assertThat(HtmlFormat.canonicalUrl("<p>no head at all</p>")).isNull();
        assertThat(HtmlFormat.canonicalUrl("<head><link rel=canonical href='/relative'></head>")).isNull();
    }

    @Test
    void htmlThatDeclaresAnotherCharsetIsDecodedInIt() throws IOException {
        Charset eucKr = Charset.forName("EUC-KR");
        String page = "<html><head><meta charset=\"euc-kr\"><title>T</title></head>"
                + "<body><article><p>드라마 소식입니다.</p></article></body></html>";
        Path file = dir.resolve("korean.html");
        Files.write(file, page.getBytes(eucKr));

        Collected got = read(file.toString());

        assertThat(got.problems).isEmpty();
        assertThat(got.articles.get(0).text()).contains("드라마 소식입니다.");
    }

    @Test
    void htmlWithoutText() throws IOException {
        Path file = write("blank.htm", "<html><head><title>Only a title</title></head><body></body></html>");

        assertThat(read(file.toString()).described()).containsExactly(file + ": no article text found in the page");
    }

    @Test
    void folderIsReadRecursivelyInNameOrderSkippingHiddenFilesAndMedia() throws IOException {
        write("f/b.txt", "B\nbody");
        write("f/a/z.txt", "Z\nbody");
        write("f/.hidden.txt", "H\nbody");
        write("f/.git/config.txt", "G\nbody");
        write("f/c/photo.jpg", "not really a jpeg");
        write("f/notes.md", "Notes title\nA body sniffed as plain text.");
        write("f/saved.page", "<!DOCTYPE html><html><body><p>Sniffed as HTML.</p></body></html>");
        write("f/dump.data", "{\"id\": \"l1\", \"text\": \"x\"}\n{\"id\": \"l2\", \"text\": \"y\"}\n");
        write("f/one.data", "{\n  \"id\": \"obj\",\n  \"text\": \"z\"\n}\n");

        Collected got = read(dir.resolve("f").toString());

        assertThat(got.problems).isEmpty();
        assertThat(got.ids()).containsExactly("z", "b", "l1", "l2", "notes", "obj", "saved");
        assertThat(got.articles.get(6).text()).contains("Sniffed as HTML.");
    }

    @Test
    void foldersReachedThroughLinksAreReadOnceAndLinksBackAreNotFollowed() throws IOException {
        write("elsewhere/x/story.txt", "Story\nbody");
        write("f/own.txt", "Own\nbody");
        write("f/sub/inner.txt", "Inner\nbody");
        Files.createSymbolicLink(dir.resolve("f/linked"), dir.resolve("elsewhere/x"));
        Files.createSymbolicLink(dir.resolve("f/loop"), dir.resolve("f"));
        Files.createSymbolicLink(dir.resolve("f/sub/up"), Path.of(".."));
        Files.createSymbolicLink(dir.resolve("f/again"), Path.of("sub"));
        Files.createSymbolicLink(dir.resolve("f/gone"), dir.resolve("nowhere"));

        Collected got = read(dir.resolve("f").toString());

        assertThat(got.problems).isEmpty();
        assertThat(got.ids()).containsExactlyInAnyOrder("story", "own", "inner");
        assertThat(got.article("story").origin()).isEqualTo(dir.resolve("f/linked/story.txt").toString());
        // sub and again are one folder: it is walked under whichever name the walk meets first
        Path walked = Path.of(got.article("inner").origin()).getParent();
        Path other = dir.resolve(walked.endsWith("sub") ? "f/again" : "f/sub");
        assertThat(got.notices).extracting(InputProblem::describe).containsExactlyInAnyOrder(
                dir.resolve("f/loop") + ": a link back to a folder above it; not followed",
                walked.resolve("up") + ": a link back to a folder above it; not followed",
                other + ": the folder " + walked + " again, through a link; read once");
        assertThat(ArticleReader.countFiles(List.of(dir.resolve("f").toString()))).isEqualTo(3);
    }

    @Test
    void aFolderGivenAsALinkIsRead() throws IOException {
        write("real/a.txt", "A\nbody");
        Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));

        Collected got = read(link.toString());

        assertThat(got.problems).isEmpty();
        assertThat(got.ids()).containsExactly("a");
        assertThat(got.articles.get(0).origin()).isEqualTo(link.resolve("a.txt").toString());
    }

    @Test
    void standardInputIsSniffed() {
        assertThat(readStdin("{\"id\": \"j\", \"text\": \"Body.\"}").ids()).containsExactly("j");
        assertThat(readStdin("{\"text\": \"a\"}\n{\"text\": \"b\"}\n").ids()).containsExactly("stdin-1", "stdin-2");
        Collected html = readStdin("<html><body><article><p>From a page.</p></article></body></html>");
        assertThat(html.articles.get(0).text()).isEqualTo("From a page.");
        Collected text = readStdin("Title line\nBody line.");
        assertThat(text.articles.get(0).title()).isEqualTo("Title line");
        assertThat(text.articles.get(0).origin()).isEqualTo("-");
        assertThat(text.ids()).containsExactly("stdin");
    }

    @Test
    void standardInputOverTheCapIsReported() {
        Collected got = new Collected();
        new ArticleReader().maxBytes(100).stdin(new ByteArrayInputStream(("Title\n" + "word ".repeat(100)).getBytes()))
                .read(List.of("-"), got);

        assertThat(got.articles).isEmpty();
        assertThat(got.described()).containsExactly("-: over the 100 bytes input limit, skipped");
    }

    @Test
    void gzippedFilesAreReadByTheirInnerName() throws IOException {
        Path page = dir.resolve("saved.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(page))) {
            out.write("<html><body><article><p>Compressed page.</p></article></body></html>".getBytes(StandardCharsets.UTF_8));
        }
        Path notGzip = write("fake.txt.gz", "plain text, not gzip");

        Collected got = read(page.toString(), notGzip.toString());

        assertThat(got.ids()).containsExactly("saved");
        assertThat(got.articles.get(0).text()).isEqualTo("Compressed page.");
        assertThat(got.described()).containsExactly(notGzip + ": Not in GZIP format");
    }

    @Test
    void aSavedFeedGivesOneArticlePerItemFromItsOwnText() throws IOException {
        Path file = write("news.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>T</title>"
                + "<item><title>First</title><link>https://www.news.example/a/1/</link>"
                + "<description>&lt;p&gt;The first story.&lt;/p&gt;</description></item>"
                + "<item><title>Second</title><link>https://news.example/a/2</link></item>"
                + "</channel></rss>");
        Path empty = write("empty.rss", "<rss version=\"2.0\"><channel><title>Nothing</title></channel></rss>");
        Path broken = write("broken.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>cut");

        Collected got = read(file.toString(), empty.toString(), broken.toString());

        assertThat(got.ids()).containsExactly("news.example/a/1");
        assertThat(got.articles.get(0).text()).isEqualTo("The first story.");
        assertThat(got.articles.get(0).title()).isEqualTo("First");
        assertThat(got.described()).hasSize(3);
        assertThat(got.described().get(0)).startsWith(file + ": item https://news.example/a/2: the feed gives no text");
        assertThat(got.described().get(1)).isEqualTo(empty + ": a feed without items");
        assertThat(got.described().get(2)).startsWith(broken + ": not a readable RSS or Atom feed: ");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheTitle() throws IOException {
        Path file = dir.resolve("bom.txt");
        Files.write(file, ("\uFEFFTitle\nBody.").getBytes(StandardCharsets.UTF_8));

        assertThat(read(file.toString()).articles.get(0).title()).isEqualTo("Title");
    }

    @Test
    void sizeCapComesFromTheSystemProperty() {
        String old = System.getProperty(ArticleReader.MAX_BYTES_PROPERTY);
        try {
            System.setProperty(ArticleReader.MAX_BYTES_PROPERTY, "2M");
            assertThat(new ArticleReader().maxBytes()).isEqualTo(2L * 1024 * 1024);
            System.clearProperty(ArticleReader.MAX_BYTES_PROPERTY);
            assertThat(new ArticleReader().maxBytes()).isEqualTo(ArticleReader.DEFAULT_MAX_BYTES);
            System.setProperty(ArticleReader.MAX_BYTES_PROPERTY, "lots");
            Collected got = new Collected();
            ArticleReader reader = new ArticleReader();
            reader.read(List.of(), got);
            assertThat(reader.maxBytes()).isEqualTo(ArticleReader.DEFAULT_MAX_BYTES);
            assertThat(got.described()).containsExactly(
                    "-Ddramagraph.maxInputBytes: not a size: lots; the 50 MB default applies");
        } finally {
            if (old != null) {
                System.setProperty(ArticleReader.MAX_BYTES_PROPERTY, old);
            } else {
                System.clearProperty(ArticleReader.MAX_BYTES_PROPERTY);
            }
        }
    }

    private static Collected readStdin(String content) {
        Collected sink = new Collected();
        new ArticleReader().stdin(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)))
                .read(List.of("-"), sink);
        return sink;
    }
}
