package org.dramagraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.dramagraph.graph.Entity;
import org.dramagraph.graph.EntityType;
import org.junit.jupiter.api.Test;

class LinksTest {
    @Test
    void entitySlugsAreTheNameInWordsThenTheId() {
        assertThat(Links.entity(new Entity(3, EntityType.PERSON, "Song Joong-ki"))).isEqualTo("/people/song-joong-ki-3");
        assertThat(Links.entity(new Entity(7, EntityType.WORK, "Reply 1988"))).isEqualTo("/works/reply-1988-7");
        assertThat(Links.slug(new Entity(8, EntityType.ORG, "Café Ü!"))).isEqualTo("cafe-u-8");
        assertThat(Links.entity(new Entity(9, EntityType.CHARACTER, "홍해인"))).isEqualTo("/characters/%ED%99%8D%ED%95%B4%EC%9D%B8-9");
        assertThat(Links.slug(new Entity(4, EntityType.WORK, "!!!"))).isEqualTo("4");
    }

    @Test
    void aSlugGivesBackItsIdAndName() {
        assertThat(Links.idOf("reply-1988-7")).contains(7L);
        assertThat(Links.nameOf("reply-1988-7")).isEqualTo("reply 1988");
        assertThat(Links.idOf("12")).contains(12L);
        assertThat(Links.idOf("song-joong-ki")).isEmpty();
        assertThat(Links.nameOf("song-joong-ki")).isEqualTo("song joong ki");
        assertThat(Links.idOf("x-99999999999999999999")).isEmpty();
    }

    @Test
    void articleIdsThatAreNotUrlSafeTravelAsBase64() {
        assertThat(Links.article("queen-of-tears_2.v1")).isEqualTo("/articles/queen-of-tears_2.v1");
        String odd = "https://news.example/a b?c=1";
        String path = Links.article(odd);
        assertThat(path).startsWith("/articles/~").doesNotContain(" ");
        assertThat(path.substring("/articles/".length())).doesNotContain("/").doesNotContain("?");
        assertThat(Links.articleId(path.substring("/articles/".length()))).contains(odd);
        assertThat(Links.articleId("~%%%")).isEmpty();
        assertThat(Links.sentence("a", 4)).isEqualTo("/articles/a#s4");
    }
}
