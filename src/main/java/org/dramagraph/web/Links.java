package org.dramagraph.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramagraph.graph.Entity;
import org.dramagraph.graph.EntityType;
import org.dramagraph.search.Kind;
import org.dramagraph.search.SearchHit;

/**
 * The site's addresses. Entities live at {@code /people/han-seo-jin-12}: a readable slug of the display name
 * ending in the entity's id, so that namesakes never share an address and a renamed entity keeps working (the
 * id decides; a stale name part is redirected). Articles live at {@code /articles/{id}} when their id is URL-safe,
 * else at {@code /articles/~<base64url of the id>}.
 */
public final class Links {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SLUG_ID = Pattern.compile("^(?:(.*)-)?(\\d+)$");

    private Links() {
    }

    /** The path segment of an entity type: people, works, characters, networks. */
    public static String section(EntityType type) {
        return switch (type) {
            case PERSON -> "people";
            case WORK -> "works";
            case CHARACTER -> "characters";
            case ORG -> "networks";
        };
    }

    /** The entity type of a path segment. */
    public static Optional<EntityType> typeOf(String section) {
        for (EntityType t : EntityType.values()) {
            if (section(t).equals(section)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The slug of an entity: its name in lower-case words joined by hyphens, then its id. */
    public static String slug(Entity e) {
        String words = words(e.name());
        return words.isEmpty() ? Long.toString(e.id()) : words + "-" + e.id();
    }

    /** A name as lower-case words joined by hyphens, accents dropped, letters of every script kept. */
    static String words(String name) {
        String folded = name;
        if (!ascii(name)) {
            // accents go; syllables of scripts that decompose without marks (Hangul) are composed again
            folded = Normalizer.normalize(MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD))
                    .replaceAll(""), Normalizer.Form.NFC);
        }
        StringBuilder out = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    out.append('-');
                }
                out.appendCodePoint(Character.toLowerCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    /** The entity id a slug ends in, if it ends in one. */
    public static Optional<Long> idOf(String slug) {
        Matcher m = SLUG_ID.matcher(slug);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(m.group(2)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The name part of a slug as words ("han-seo-jin-12" gives "han seo jin"). */
    public static String nameOf(String slug) {
        Matcher m = SLUG_ID.matcher(slug);
        String name = m.matches() ? (m.group(1) == null ? "" : m.group(1)) : slug;
        return name.replace('-', ' ').strip();
    }

    /** The page of an entity. */
    public static String entity(Entity e) {
        return "/" + section(e.type()) + "/" + encode(slug(e));
    }

    /** The API resource of an entity. */
    public static String entityApi(Entity e) {
        return "/api/" + section(e.type()) + "/" + e.id();
    }

    /** The page of an article. */
    public static String article(String id) {
        return "/articles/" + articleSegment(id);
    }

    /** The page of an article, at the sentence a fact was read from. */
    public static String sentence(String articleId, int sentence) {
        return article(articleId) + "#s" + sentence;
    }

    /** The API resource of an article. */
    public static String articleApi(String id) {
        return "/api/articles/" + articleSegment(id);
    }

    /** The path segment of an article id. */
    public static String articleSegment(String id) {
        if (safe(id)) {
            return id;
        }
        return "~" + Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether an id may stand in a path as it is: letters, digits, '.', '_' and '-' (a loop: this runs per link). */
    private static boolean safe(String id) {
        if (id.isEmpty()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c >= 'A' && c <= 'Z' || c == '.'
                    || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** The article id of a path segment; empty when it is not one. */
    public static Optional<String> articleId(String segment) {
        if (!segment.startsWith("~")) {
            return Optional.of(segment);
        }
        try {
            return Optional.of(new String(Base64.getUrlDecoder().decode(segment.substring(1)), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The page of a search hit. */
    public static String hit(SearchHit h) {
        return h.kind() == Kind.ARTICLE ? article(h.id())
                : entity(new Entity(Long.parseLong(h.id()), h.kind().entityType().orElseThrow(), h.title()));
    }

    /** The page of a fact with all its sources. */
    public static String fact(long id) {
        return "/facts/" + id;
    }

    /** A value for a query string or path segment. */
    public static String encode(String s) {
        // what slugs mostly are: nothing to encode, and a page has hundreds of them
        return s.isEmpty() || safe(s) ? s : URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
