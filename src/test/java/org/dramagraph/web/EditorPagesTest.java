package org.dramagraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditorPagesTest {
    @Test
    void anEditorIsSentBackOnlyToAPageOfThisSite() {
        assertThat(EditorPages.ownPage("http://dg.example:8080/people/a-1?page=2", "dg.example:8080"))
                .contains("/people/a-1?page=2");
        assertThat(EditorPages.ownPage("https://DG.example/articles/x#s3", "dg.example")).contains("/articles/x");
        assertThat(EditorPages.ownPage("https://evil.example/people/a-1", "dg.example")).isEmpty();
        assertThat(EditorPages.ownPage("https://dg.example//evil.example/x", "dg.example")).as("a path read as a host")
                .isEmpty();
        assertThat(EditorPages.ownPage("/people/a-1", "dg.example")).as("no host to compare").isEmpty();
        assertThat(EditorPages.ownPage("not a uri", "dg.example")).isEmpty();
        assertThat(EditorPages.ownPage(null, "dg.example")).isEmpty();
    }
}
