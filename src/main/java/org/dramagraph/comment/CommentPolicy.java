package org.dramagraph.comment;

import java.util.regex.Pattern;
import org.dramagraph.graph.Comment;

/**
 * What a reader may post: a name and a text within their limits, without control characters. A text with a
 * link (a web address, or a domain name with a path) is held for an editor, since links are what spam carries.
 * Texts are stored as written; pages escape them.
 */
public final class CommentPolicy {
    /** The longest name, in characters. */
    public static final int MAX_AUTHOR = 60;
    /** The longest text, in characters. */
    public static final int MAX_BODY = 2_000;
    private static final Pattern LINK = Pattern.compile(
            "(?i)\\b(?:https?://|ftp://|www\\.)|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}/|<a\\s|\\[url");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

    private CommentPolicy() {
    }

    /**
     * A comment ready to store.
     *
     * @param author the name, stripped
     * @param body   the text, stripped, line ends made {@code \n}
     * @param status VISIBLE, or HELD when the text has a link
     */
    public record Draft(String author, String body, Comment.Status status) {
    }

    /** Checks a posted name and text; throws {@link InvalidComment} saying what is wrong. */
    public static Draft review(String author, String body) {
        String name = author == null ? "" : author.strip();
        String text = body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (name.isEmpty()) {
            throw new InvalidComment("name", "Please give a name.");
        }
        if (name.codePointCount(0, name.length()) > MAX_AUTHOR) {
            throw new InvalidComment("name", "A name can have at most " + MAX_AUTHOR + " characters.");
        }
        if (text.isEmpty()) {
            throw new InvalidComment("text", "Please write something.");
        }
        if (text.codePointCount(0, text.length()) > MAX_BODY) {
            throw new InvalidComment("text", "A comment can have at most " + MAX_BODY + " characters.");
        }
        if (CONTROL.matcher(name).find() || CONTROL.matcher(text).find() || name.contains("\n")) {
            throw new InvalidComment("text", "The comment holds control characters.");
        }
        boolean link = LINK.matcher(text).find() || LINK.matcher(name).find();
        return new Draft(name, text, link ? Comment.Status.HELD : Comment.Status.VISIBLE);
    }

    /** A comment that cannot be posted as it is. */
    public static final class InvalidComment extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;

        InvalidComment(String field, String message) {
            super(message);
            this.field = field;
        }

        /** The form field at fault: {@code name} or {@code text}. */
        public String field() {
            return field;
        }
    }
}
