package org.dramagraph.web;

import java.util.List;
import org.dramagraph.graph.Comment;

/**
 * The comments of a page and the form to add one.
 *
 * @param target   what the comments are about
 * @param comments the visible comments, oldest first
 * @param notice   a message about the reader's last post (held for moderation, or what was wrong), or null
 */
public record CommentsBox(Comment.Target target, List<Comment> comments, String notice) {
    public CommentsBox {
        comments = List.copyOf(comments);
    }
}
