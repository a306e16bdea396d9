package org.dramagraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChromeFilterTest {
    private final ChromeFilter filter = new ChromeFilter();

    @ParameterizedTest
    @ValueSource(strings = {
            // advertisement markers
            "Advertisement", "- ADVERTISEMENT -", "Story continues below advertisement", "Article continues after ad",
            "Continue reading below", "Sponsored content",
            // share, follow, subscribe
            "Share", "  • Share this story", "Link copied", "Follow us on Instagram and X", "Subscribe now",
            "Sign up for our free newsletter", "Top stories of the week, straight to your inbox",
            // comment boxes and sign-offs
            "Post a Comment", "Leave a reply", "12 Comments", "Comments 3", "Be the first to comment",
            "Thanks for reading!", "Thank you for reading", "Stay tuned for more updates",
            // bylines, datelines, copyright, navigation
            "By  |", "By Jane Doe", "BY Min Seo Park | Jan 05, 2021 10:15 AM EST", "Written by staff reporter",
            "By Hana Lee (hana@example.com)", "ByMina Cho, example.com",
            "Mar 27, 2024", "Published : June 3, 2020 - 09:41", "Updated 3 hours ago", "Date : 2020-06-03 09:41:00",
            "© 2024 Example Media. All rights reserved.", "Copyright (c) 2023 Example Corp",
            "Home > News > Entertainment", "Art & Entertainment", "TV-MOVIES", "K-Drama",
            "Read more", "View Archives", "In Case You Missed It", "Change Language",
            // no letters at all
            ", , , , ,", "1", "***", "—",
            // Korean page widgets: skip to main text; share
            "본문 바로가기", "공유"})
    void dropsChrome(String line) {
        assertThat(filter.keep(line)).as(line).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The drama premieres on March 27 on a cable channel.",
            "By then, the actor had already signed on to the film.",
            "By Jane Doe: the actress is back with a new series.",
            "By 2025, the network plans three more seasons",
            "Thank you so much to the fans who waited for us,” she said.",
            "“Thanks for reading the script so carefully,” the director told him.",
            "Watch the teaser below.",
            "Fans left comments praising the two leads for their chemistry.",
            "The Cast",
            "Jane Doe as the lawyer",
            "1. A Love Story in Seoul",
            "March 2024 Drama Preview: What to Watch",
            "She shared photos from the set on Instagram.",
            "Home Sweet Home",
            "Premiere Date: Monday, April 8, 2024",
            "Network: a cable channel and a streaming service",
            "Copyright lawyers sued the studio over the script in 2019, court papers show, and the case went on for years.",
            "The advertisement campaign featured both leads.",
            "Star Seo Ji Woo and co-star Kang Min joined the cast"})
    void keepsProseAndHeadings(String line) {
        assertThat(filter.keep(line)).as(line).isEqualTo(line.length());
    }
}
