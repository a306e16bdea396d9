package org.dramagraph.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dramagraph.graph.Comment;
import org.junit.jupiter.api.Test;

class CommentPolicyTest {
    @Test
    void aPlainCommentIsShownAsWrittenStripped() {
        CommentPolicy.Draft d = CommentPolicy.review("  Reader  ", "  I loved <b>episode 3</b>!\r\nSo good.  ");

        assertThat(d.author()).isEqualTo("Reader");
        assertThat(d.body()).isEqualTo("I loved <b>episode 3</b>!\nSo good.");
        assertThat(d.status()).isEqualTo(Comment.Status.VISIBLE);
    }

    @Test
    void aCommentWithALinkIsHeld() {
        for (String text : new String[] {"see https://spam.example", "go to www.example.com", "cheap at shop.example/deal",
                "<a href=x>here</a>", "[url]x[/url]"}) {
            assertThat(CommentPolicy.review("Someone", text).status()).as(text).isEqualTo(Comment.Status.HELD);
        }
        assertThat(CommentPolicy.review("Someone", "The finale aired at 9 p.m. on KBS2.").status())
                .isEqualTo(Comment.Status.VISIBLE);
    }

    @Test
    void emptyTooLongOrControlCharactersAreRefusedNamingTheField() {
        assertThatThrownBy(() -> CommentPolicy.review(" ", "text")).isInstanceOf(CommentPolicy.InvalidComment.class)
                .satisfies(e -> assertThat(((CommentPolicy.InvalidComment) e).field()).isEqualTo("name"));
        assertThatThrownBy(() -> CommentPolicy.review("me", "\n ")).hasMessageContaining("write something");
        assertThatThrownBy(() -> CommentPolicy.review("x".repeat(CommentPolicy.MAX_AUTHOR + 1), "hi"))
                .hasMessageContaining(String.valueOf(CommentPolicy.MAX_AUTHOR));
        assertThatThrownBy(() -> CommentPolicy.review("me", "y".repeat(CommentPolicy.MAX_BODY + 1)))
                .hasMessageContaining(String.valueOf(CommentPolicy.MAX_BODY));
        assertThatThrownBy(() -> CommentPolicy.review("me", "bell\u0007")).hasMessageContaining("control");
        assertThat(CommentPolicy.review("me", "한국어 ".repeat(100)).body()).startsWith("한국어");
    }
}
