package org.dramagraph.source.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dramagraph.source.Photo;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {
    private static final String P1 = "The new weekend drama set in a harbour town wrapped filming on Tuesday, the "
            + "production company said, after six months on location along the southern coast.";
    private static final String P2 = "The lead actress, who plays a ferry captain, said the cast spent their free "
            + "evenings rehearsing the final episode together, and that the crew had become a family.";
    private static final String P3 = "The series will air on Saturdays and Sundays from next month, and a streaming "
            + "service will carry it in more than one hundred countries, according to the network.";
    private static final String SUBHEAD = "A long shoot by the sea";
    private static final String P4 = "Director Oh said the weather had been the hardest part: storms forced the "
            + "team to rebuild the pier set twice, but the footage, he said, was worth every delay.";

    /** A news page as sites write them: navigation, share bar, figure, related links, comments, footer. */
    static final String PAGE = """
            <!doctype html>
            <html><head>
              <meta charset="utf-8">
              <title>Harbour drama wraps filming | Example News</title>
              <meta property="og:title" content="Harbour drama wraps filming after six months">
              <meta property="og:site_name" content="Example News">
              <meta property="article:published_time" content="2024-03-05T09:30:00+09:00">
              <meta name="author" content="Lee Min-ji">
              <script>var tracking = "Do not show this";</script>
              <style>p { color: red }</style>
            </head><body>
              <header class="site-header"><a href="/">Example News</a>
                <nav><ul><li><a href="/tv">TV</a></li><li><a href="/film">Film</a></li><li><a href="/music">Music</a></li></ul></nav>
              </header>
              <div class="breadcrumbs"><a href="/">Home</a> &gt; <a href="/tv">TV</a></div>
              <main>
                <article>
                  <h1>Harbour drama wraps filming after six months</h1>
                  <div class="byline">By Lee Min-ji</div>
                  <div class="share-bar"><a href="https://x.example/share">Share on X</a> <a href="/mail">Email this story</a></div>
                  <figure>
                    <img src="/img/pier-set.jpg" alt="The pier set at dawn" width="800" height="450">
                    <figcaption>The pier set, rebuilt twice after storms. <span class="credit">Photo: Studio Wave</span></figcaption>
                  </figure>
                  <div class="article-body">
                    <p>%s</p>
                    <p>%s</p>
                    <div class="ad-slot">Advertisement</div>
                    <p>%s</p>
                    <h2>%s</h2>
                    <p>%s</p>
                    <p><img src="https://cdn.example.org/still-1.jpg" title="A still from the final episode (Photo by Kim Jae-hoon)" width="640" height="360"></p>
                  </div>
                  <div class="newsletter-signup"><p>Sign up for our daily newsletter and never miss a premiere again, every single morning.</p></div>
                  <section class="related-articles"><h3>Related</h3><ul>
                    <li><a href="/a1">Another drama tops the ratings for the third week in a row this spring</a></li>
                    <li><a href="/a2">Five things to know before the big season finale airs on Sunday night</a></li>
                  </ul></section>
                </article>
                <div id="comments"><h3>Comments</h3><p>I cannot wait for this show, it looks like a wonderful story for the whole family to watch!</p></div>
              </main>
              <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/x">A very popular story that everybody reads every day</a></li></ol></aside>
              <footer><p>© 2024 Example News. All rights reserved. Contact us, privacy policy, terms of use and more.</p></footer>
            </body></html>
            """.formatted(P1, P2, P3, SUBHEAD, P4);

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Test
    void keepsTheArticleParagraphsAndDropsThePageChrome() {
        HtmlArticle a = extractor.extract(PAGE, "https://news.example.org/tv/harbour-drama");
        assertThat(a.text()).isEqualTo(String.join("\n\n", P1, P2, P3, SUBHEAD, P4));
    }

    @Test
    void readsTitleBylineAndDate() {
        HtmlArticle a = extractor.extract(PAGE, "https://news.example.org/tv/harbour-drama");
        assertThat(a.title()).isEqualTo("Harbour drama wraps filming after six months");
        assertThat(a.byline()).isEqualTo("Lee Min-ji");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @Test
    void keepsPhotosWithAbsoluteUrlsCaptionsCreditsAndAltText() {
        HtmlArticle a = extractor.extract(PAGE, "https://news.example.org/tv/harbour-drama");
        assertThat(a.photos()).containsExactly(
                new Photo("https://news.example.org/img/pier-set.jpg", "The pier set, rebuilt twice after storms.",
                        "Studio Wave", "The pier set at dawn"),
                new Photo("https://cdn.example.org/still-1.jpg", "A still from the final episode",
                        "Kim Jae-hoon", null));
    }

    @Test
    void photoInACaptionBoxThatCleaningRemovesKeepsItsCaptionAndAbsoluteUrl() {
        String html = "<html><body><article><div class=\"image-box\">"
                + "<img data-src=\"pics/set.jpg\" src=\"data:image/gif;base64,R0lGOD\" alt=\"The set\">"
                + "<div class=\"image-caption\">The harbour set at night (REUTERS)</div></div>"
                + "<p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>";
        HtmlArticle a = extractor.extract(html, "https://news.example.org/tv/story.html");
        assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2);
        assertThat(a.photos()).containsExactly(new Photo("https://news.example.org/tv/pics/set.jpg",
                "The harbour set at night", "REUTERS", "The set"));
    }

    @Test
    void anImageInAFigcaptionIsPartOfTheCaptionAndTheFiguresPhotoIsKept() {
        String html = "<html><body><article><figure>"
                + "<figcaption><img src=\"/img/studio-wave-mark.jpg\" width=\"90\" height=\"90\" alt=\"Studio Wave\">"
                + " The lighthouse set at dusk. Photo: Studio Wave</figcaption>"
                + "<img src=\"/img/lighthouse.jpg\" alt=\"The lighthouse set\" width=\"800\" height=\"450\">"
                + "</figure><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>";
        HtmlArticle a = extractor.extract(html, "https://news.example.org/tv/story.html");
        assertThat(a.photos()).containsExactly(new Photo("https://news.example.org/img/lighthouse.jpg",
                "The lighthouse set at dusk.", "Studio Wave", "The lighthouse set"));
    }

    @Test
    void aFigureWhoseOnlyImageIsInItsCaptionKeepsItAsItsPhoto() {
        String html = "<html><body><article><figure><figcaption>"
                + "<img src=\"/img/lighthouse.jpg\" alt=\"The lighthouse set\"> The lighthouse set at dusk.</figcaption>"
                + "</figure><p>" + P1 + "</p><p>" + P2 + "</p></article></body></html>";
        HtmlArticle a = extractor.extract(html, "https://news.example.org/tv/story.html");
        assertThat(a.photos()).containsExactly(new Photo("https://news.example.org/img/lighthouse.jpg",
                "The lighthouse set at dusk.", null, "The lighthouse set"));
    }

    @Test
    void teaserImagesIconsAndTrackingPixelsAreNotPhotos() {
        String html = "<html><head><meta property=\"og:image\" content=\"/og.jpg\"></head><body><article>"
                + "<p>" + P1 + "</p><img src=\"/icons/share-icon.png\"><img src=\"/t.gif\" width=\"1\" height=\"1\">"
                + "<a href=\"/other-story\"><img src=\"/teaser.jpg\"></a><p>" + P2 + "</p></article></body></html>";
        HtmlArticle a = extractor.extract(html, "https://news.example.org/tv/story.html");
        assertThat(a.photos()).containsExactly(new Photo("https://news.example.org/og.jpg", null, null, null));
    }

    @Test
    void bytesOfAPageThatDeclaresTheWrongCharsetGiveTheSameArticle() {
        byte[] utf8 = PAGE.replace("<meta charset=\"utf-8\">", "<meta charset=\"iso-8859-1\">")
                .replace("six months on location", "six months on location — café")
                .getBytes(StandardCharsets.UTF_8);
        HtmlArticle a = extractor.extract(utf8, "ISO-8859-1", "https://news.example.org/tv/harbour-drama");
        assertThat(a.text()).contains("six months on location — café");
    }

    @Test
    void legacyEncodedPageIsReadThroughItsMetaCharset() {
        String korean = "<html><head><meta charset=\"euc-kr\"><title>드라마 촬영 종료</title></head><body><article>"
                + "<p>항구 마을을 배경으로 한 새 주말 드라마가 화요일 촬영을 마쳤다고 제작사가 밝혔다. 출연진은 여섯 달 동안 남해안에서 촬영했다.</p>"
                + "<p>방송은 다음 달부터 토요일과 일요일에 시작되며, 해외 백여 개 나라에서도 볼 수 있다고 방송사는 전했다.</p>"
                + "</article></body></html>";
        HtmlArticle a = extractor.extract(korean.getBytes(Charset.forName("EUC-KR")), null, null);
        assertThat(a.title()).isEqualTo("드라마 촬영 종료");
        assertThat(a.text()).startsWith("항구 마을을 배경으로").contains("\n\n방송은 다음 달부터");
    }

    @Test
    void garbageBytesGiveAClearErrorAndAnEmptyPageAnEmptyArticle() {
        byte[] garbage = new byte[2000];
        new java.util.Random(1).nextBytes(garbage);
        assertThatThrownBy(() -> extractor.extract(garbage, null, null)).isInstanceOf(UnreadablePageException.class);
        HtmlArticle empty = extractor.extract(new byte[0], null, null);
        assertThat(empty.text()).isEmpty();
        assertThat(empty.photos()).isEmpty();
        assertThat(empty.published()).isNull();
    }

    @Test
    void pageWithoutParagraphsStillGivesItsText() {
        String html = "<html><body><div class=\"main\">" + P1 + "<br><br>" + P2 + "</div>"
                + "<div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/about\">About</a></div></body></html>";
        assertThat(extractor.extract(html, null).text()).contains(P1).contains(P2).doesNotContain("About");
    }

    @Test
    void articleBodyFromJsonLdWhenThePageShowsNoText() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\",\"headline\":\"Wrap\","
                + "\"datePublished\":\"2024-03-05\",\"author\":[{\"@type\":\"Person\",\"name\":\"Lee Min-ji\"}],"
                + "\"articleBody\":\"" + P1 + "\\n" + P2 + "\"}]}</script></head>"
                + "<body><div id=\"app\"></div></body></html>";
        HtmlArticle a = extractor.extract(html, null);
        assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2);
        assertThat(a.title()).isEqualTo("Wrap");
        assertThat(a.byline()).isEqualTo("Lee Min-ji");
        assertThat(a.published()).isEqualTo(LocalDate.of(2024, 3, 5));
    }
}
