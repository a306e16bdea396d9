package org.dramagraph.story;

import java.util.List;

/**
 * Articles that report one event, from one outlet or many.
 *
 * @param id       the id of the article that started it (in a batch, its first by date, then id)
 * @param articles its articles' ids in the order they joined it
 */
public record Story(String id, List<String> articles) {
    public Story {
        articles = List.copyOf(articles);
    }
}
