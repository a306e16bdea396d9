package org.dramagraph.extract;

import java.util.List;
import org.dramagraph.clean.CleanText;
import org.dramagraph.mention.Mention;
import org.dramagraph.mention.MentionFinder;
import org.dramagraph.resolve.ArticleEntities;
import org.dramagraph.resolve.ArticleNames;
import org.dramagraph.segment.SegmentedText;
import org.dramagraph.source.Article;

/**
 * An article read up to the point where relations are read: cleaned, segmented, its names found,
 * typed and resolved to entities.
 *
 * @param text     the segmented text with what the mention finder learned about it (quotation kinds, headings)
 * @param relevant whether the text shows signs of Korean entertainment at all ({@link RelevanceFilter})
 */
public record Analysis(Article article, CleanText clean, MentionFinder.Prepared text, List<Mention> mentions,
                       ArticleNames names, ArticleEntities entities, boolean relevant) {
    public Analysis {
        mentions = List.copyOf(mentions);
    }

    public SegmentedText doc() {
        return text.doc();
    }
}
