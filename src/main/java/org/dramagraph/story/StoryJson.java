package org.dramagraph.story;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** Stories as JSON Lines: {@code {"story": "id", "articles": ["article-id", ...]}}, the scorer's format. */
public final class StoryJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StoryJson() {
    }

    /** One story as one line of JSON. */
    public static String line(Story story) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("story", story.id());
        line.put("articles", story.articles());
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write story " + story.id(), e);
        }
    }
}
