package org.dramagraph.source.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.dramagraph.extract.RelevanceFilter;
import org.dramagraph.source.ArticleReader;
import org.dramagraph.source.Collected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WarcArticlesTest {
    @TempDir
    Path dir;

    private Collected read(Path archive) {
        Collected got = new Collected();
        new ArticleReader().archivePages(new RelevanceFilter()).read(java.util.List.of(archive.toString()), got);
        return got;
    }

    @ParameterizedTest
    @ValueSource(strings = {"crawl.warc", "crawl.warc.gz"})
    void htmlResponsesAboutKoreanEntertainmentBecomeArticles(String name) throws IOException {
        Path file = dir.resolve(name);
        long drama;
        try (Archives warc = Archives.create(file)) {
            drama = warc.html("https://www.news.example/drama/1", Archives.page("A new drama", Archives.DRAMA));
            warc.html("https://news.example/city/2", Archives.page("Budget", Archives.GENERAL));
            warc.response("https://news.example/photo.jpg", 200, "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2});
            warc.response("https://news.example/gone", 404, "text/html", Archives.page("Gone", Archives.DRAMA)
                    .getBytes(StandardCharsets.UTF_8));
            warc.gzippedHtml("https://news.example/drama/3", Archives.page("Encoded", Archives.DRAMA));
        }

        Collected got = read(file);

        assertThat(got.problems).isEmpty();
        assertThat(got.ids()).containsExactly("news.example/drama/1", "news.example/drama/3");
        assertThat(got.articles.get(0).text()).isEqualTo(Archives.DRAMA);
        assertThat(got.articles.get(0).title()).isEqualTo("A new drama");
        assertThat(got.articles.get(0).url()).isEqualTo("https://www.news.example/drama/1");
        assertThat(got.articles.get(0).origin()).isEqualTo(file + "@" + drama);
        assertThat(got.skipped).hasSize(1); // the budget story; the image and the 404 are not pages
    }

    @ParameterizedTest
    @ValueSource(strings = {"cut.warc", "cut.warc.gz"})
    void aTruncatedRecordIsNamedByItsOffsetAndTheRecordsBeforeItAreKept(String name) throws IOException {
        Path whole = dir.resolve("whole-" + name);
        long lastResponse;
        try (Archives warc = Archives.create(whole)) {
            warc.html("https://news.example/drama/1", Archives.page("One", Archives.DRAMA));
            warc.html("https://news.example/drama/2", Archives.page("Two", Archives.DRAMA));
            lastResponse = warc.html("https://news.example/drama/3", Archives.page("Three", Archives.DRAMA));
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve(name), Arrays.copyOf(bytes, bytes.length - 40));

        Collected got = read(cut);

        assertThat(got.ids()).containsExactly("news.example/drama/1", "news.example/drama/2");
        assertThat(got.described()).singleElement().asString()
                .startsWith(cut + ": record at offset " + lastResponse + " is truncated or damaged")
                .endsWith("the 6 records before it were read")
                .doesNotContain("\n");
    }

    @Test
    void aPageDecodedWithTheRecordedHttpCharsetDespiteAWrongMetaTag() throws IOException {
        Charset eucKr = Charset.forName("EUC-KR");
        String korean = "배우 한서연과 박민규가 새 드라마 '소금과 별빛'의 주인공을 맡았다. 첫 방송은 5월이다.";
        String html = Archives.page("새 드라마", korean + " " + Archives.DRAMA)
                .replace("<head>", "<head><meta charset=\"windows-1252\">");
        Path file = dir.resolve("korean.warc.gz");
        try (Archives warc = Archives.create(file)) {
            warc.html("https://news.example/k/1", html, eucKr, "EUC-KR");
            warc.html("https://news.example/k/2", Archives.page("UTF-8 said to be Latin-1", korean + " " + Archives.DRAMA),
                    StandardCharsets.UTF_8, "ISO-8859-1");
        }

        Collected got = read(file);

        assertThat(got.articles).hasSize(2);
        assertThat(got.articles).allSatisfy(a -> assertThat(a.text()).startsWith(korean));
        assertThat(got.articles.get(0).title()).isEqualTo("새 드라마");
    }

    @Test
    void everyPageGoesThroughWithoutAFilter() throws IOException {
        Path file = dir.resolve("all.warc");
        try (Archives warc = Archives.create(file)) {
            warc.html("https://news.example/city/2", Archives.page("Budget", Archives.GENERAL));
        }
        Collected got = new Collected();

        new ArticleReader().read(java.util.List.of(file.toString()), got);

        assertThat(got.ids()).containsExactly("news.example/city/2");
    }

    @Test
    void aFileThatIsNotAnArchiveIsOneProblem() throws IOException {
        Path file = Files.writeString(dir.resolve("fake.warc"), "this is not a web archive\n");

        assertThat(read(file).described()).singleElement().asString().startsWith(file + ": not a readable WARC file");
    }

    @Test
    void pagesOverTheSizeCapAreNamedAndSkipped() throws IOException {
        Path file = dir.resolve("big.warc");
        long big;
        try (Archives warc = Archives.create(file)) {
            big = warc.html("https://news.example/big", Archives.page("Big", Archives.DRAMA.repeat(50)));
            warc.html("https://news.example/small", Archives.page("Small", Archives.DRAMA));
        }
        Collected got = new Collected();

        new ArticleReader().maxBytes(4000).read(java.util.List.of(file.toString()), got);

        assertThat(got.ids()).containsExactly("news.example/small");
        assertThat(got.described()).containsExactly(file + ": record at offset " + big
                + " (https://news.example/big): page over the 3.9 KB size cap, skipped");
    }

    @Test
    void aPageWithoutOneAddressIsNamedAndSkippedAndTheOthersAreRead() throws IOException {
        byte[] first = response("WARC-Target-URI: https://news.example/drama/1\r\n", "One");
        byte[] none = response("", "No address");
        byte[] two = response("WARC-Target-URI: https://news.example/a\r\nWARC-Target-URI: https://news.example/b\r\n", "Two");
        byte[] last = response("WARC-Target-URI: https://news.example/drama/4\r\n", "Four");
        Path file = Files.write(dir.resolve("addresses.warc"), concat(first, none, two, last));

        Collected got = read(file);

        assertThat(got.ids()).containsExactly("news.example/drama/1", "news.example/drama/4");
        assertThat(got.described()).containsExactly(
                file + ": record at offset " + first.length + ": a page without one WARC-Target-URI (its address), skipped",
                file + ": record at offset " + (first.length + none.length)
                        + ": a page without one WARC-Target-URI (its address), skipped");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Content-Length: 10\r\n", "WARC-Type: response\r\n"})
    void aRecordWithAHeaderGivenTwiceIsDamagedAndTheRecordsBeforeItAreKept(String twice) throws IOException {
        byte[] first = response("WARC-Target-URI: https://news.example/drama/1\r\n", "One");
        byte[] bad = response("WARC-Target-URI: https://news.example/drama/2\r\n" + twice, "Two");
        Path file = Files.write(dir.resolve("twice.warc"), concat(first, bad));

        Collected got = read(file);

        String header = twice.substring(0, twice.indexOf(':'));
        assertThat(got.ids()).containsExactly("news.example/drama/1");
        assertThat(got.described()).containsExactly(file + ": record at offset " + first.length
                + " is truncated or damaged (record has 2 " + header + " headers); the 1 record before it was read");
    }

    /** A response record written by hand, with extra WARC headers, holding a page about the drama. */
    private static byte[] response(String headers, String headline) {
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
                + Archives.page(headline, Archives.DRAMA)).getBytes(StandardCharsets.UTF_8);
        String warc = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-"
                + String.format("%012d", Math.abs(headline.hashCode())) + ">\r\nWARC-Date: 2024-05-02T09:00:00Z\r\n"
                + headers + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.length
                + "\r\n\r\n";
        return concat(warc.getBytes(StandardCharsets.UTF_8), http, "\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
