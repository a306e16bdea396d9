package org.dramagraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.dramagraph.graph.Entity;
import org.dramagraph.graph.EntityType;
import org.dramagraph.graph.OrgProfile;
import org.junit.jupiter.api.Test;

class JsonLdTest {
    @Test
    void namesThatCouldCloseTheScriptElementAreEscapedAndStillReadBack() throws Exception {
        String name = "</script><script>alert('x')</script> & co";
        String ld = new JsonLd("https://dg.example").org(new OrgProfile(new Entity(5, EntityType.ORG, name),
                List.of(name, "Other"), List.of()));

        assertThat(ld).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        JsonNode node = new ObjectMapper().readTree(ld);
        assertThat(node.get("name").asText()).isEqualTo(name);
        assertThat(node.get("@type").asText()).isEqualTo("Organization");
        assertThat(node.get("url").asText()).startsWith("https://dg.example/networks/script-script-alert-x-script-co-5");
        assertThat(node.get("alternateName").get(0).asText()).isEqualTo("Other");
    }
}
