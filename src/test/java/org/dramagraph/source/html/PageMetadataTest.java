package org.dramagraph.source.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PageMetadataTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 5);

    private static PageMetadata metadata(Document doc) {
        TagIndex index = TagIndex.of(doc);
        return new PageMetadata(doc, index, JsonLd.of(index));
    }

    private static LocalDate published(String head, String body) {
        Document doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>");
        return metadata(doc).published();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<meta property=\"article:published_time\" content=\"2024-03-05T09:30:00+09:00\">",
        "<meta property=\"og:published_time\" content=\"2024-03-05\">",
        "<meta itemprop=\"datePublished\" content=\"2024-03-05T00:10:00Z\">",
        "<meta name=\"pubdate\" content=\"20240305\">",
        "<meta name=\"DC.date.issued\" content=\"2024/03/05\">",
        "<meta name=\"sailthru.date\" content=\"Tue, 5 Mar 2024 09:30:00 GMT\">",
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2024-03-05T09:30:00+09:00\"}</script>",
        "<script type=\"application/ld+json\">[{\"@type\":\"Organization\"},{\"@type\":[\"BlogPosting\"],\"datePublished\":\"2024-03-05\"}]</script>",
    })
    void dateFromEachMetaSource(String head) {
        assertThat(published(head, "<p>text</p>")).isEqualTo(DAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<article><time datetime=\"2024-03-05T09:30\">5 March</time></article>",
        "<span itemprop=\"datePublished\" content=\"2024-03-05\">March 5</span>",
        "<time pubdate>March 5, 2024</time>",
        "<time datetime=\"2024-03-05\">Tuesday</time>",
    })
    void dateFromTheBody(String body) {
        assertThat(published("", body)).isEqualTo(DAY);
    }

    @Test
    void articleMetaComesBeforeJsonLdAndJsonLdBeforeGenericNames() {
        String head = "<meta name=\"date\" content=\"2020-01-01\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-01-01\"}</script>";
        assertThat(published(head, "")).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(published(head + "<meta property=\"article:published_time\" content=\"2024-03-05\">", ""))
                .isEqualTo(DAY);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2024-03-05T23:30:00-05:00 | 2024-03-05",
        "Nov. 19th, 2019            | 2019-11-19",
        "19 November 2019           | 2019-11-19",
        "2019-02-30                 | ",
        "yesterday                  | ",
        "0000-00-00                 | ",
    })
    void parsesTheUsualWaysOfWritingADate(String text, LocalDate expected) {
        assertThat(PageMetadata.parseDate(text)).isEqualTo(expected);
    }

    @Test
    void noDateAnywhereGivesNull() {
        assertThat(published("<meta name=\"description\" content=\"2024-03-05 is a date\">", "<p>On 2024-03-05.</p>"))
                .isNull();
    }

    @Test
    void titleDropsTheSiteNameAndBylineTheBy() {
        Document doc = Jsoup.parse("<html><head><title>Harbour drama wraps | Example News</title>"
                + "<meta property=\"og:site_name\" content=\"Example News\"></head>"
                + "<body><span class=\"byline\">By  Lee Min-ji</span></body></html>");
        PageMetadata meta = metadata(doc);
        assertThat(meta.title()).isEqualTo("Harbour drama wraps");
        assertThat(meta.byline()).isEqualTo("Lee Min-ji");
    }

    @Test
    void brokenJsonLdIsIgnored() {
        assertThat(published("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", </script>"
                + "<meta property=\"article:published_time\" content=\"2024-03-05\">", "")).isEqualTo(DAY);
    }
}
