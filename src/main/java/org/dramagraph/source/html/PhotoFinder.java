package org.dramagraph.source.html;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramagraph.source.Photo;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds an article's photos: {@code <img>} elements inside the article (lazy-loading attributes
 * and {@code srcset} understood, URLs made absolute), with the caption from the enclosing
 * {@code <figure>}'s {@code <figcaption>} or a "caption" box, else the image's title; the credit
 * from a "credit" element or a caption pattern ("Photo: ...", "(Getty Images)", "© ...",
 * "사진=..."); and the alt text. Icons, logos, avatars, tracking pixels, images inside the caption of a
 * figure that has its own image, and pictures in page furniture or in links to other pages are left out. Without any photo in the article, the page's
 * {@code og:image} stands for it.
 */
final class PhotoFinder {
    private static final String[] URL_ATTRIBUTES = {
        "data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-hi-res-src", "src"};
    private static final Set<String> NOT_PHOTOS = Set.of(
            "logo", "icon", "icons", "avatar", "sprite", "spacer", "pixel", "badge", "emoji", "placeholder",
            "blank", "loading", "loader", "spinner", "gravatar");
    private static final Set<String> CREDIT_WORDS = Set.of(
            "credit", "credits", "copyright", "photographer", "byline", "source", "attribution");
    private static final int MIN_SIDE = 60;
    private static final int FRAME_LEVELS = 3;
    /** A caption frame is a small piece of markup; past this many nodes it is a layout box. */
    private static final int MAX_FRAME_NODES = 60;
    private static final Pattern LABELLED_CREDIT = Pattern.compile(
            "(?i)(?:^|[\\s(\\[|/])(?:photo(?:graph)?|image|picture|pic|foto|credit|source|file)s?"
                    + "(?:\\s+(?:credit|by|courtesy(?: of)?))?\\s*[:=]\\s*([^()\\[\\]|]{2,80}?)\\s*[)\\]]?\\s*$");
    private static final Pattern BY_CREDIT = Pattern.compile(
            "(?i)(?:^|[\\s(\\[|/])(?:photo(?:graph)?|image|picture)s?\\s+(?:by|courtesy(?: of)?)\\s+"
                    + "([^()\\[\\]|]{2,80}?)\\s*[)\\]]?\\s*$");
    private static final Pattern KOREAN_CREDIT = Pattern.compile(
            "[\\[(/]?\\s*사진\\s*(?:제공)?\\s*[=:|]\\s*([^\\])]{1,60}?)\\s*[\\])]?\\s*$");
    private static final Pattern COPYRIGHT = Pattern.compile("(?:©|\\(c\\)|Copyright)\\s*(.{2,80}?)\\s*$");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern SRCSET_SEPARATOR = Pattern.compile(",\\s+");
    private static final Pattern NOT_A_NUMBER = Pattern.compile("[^0-9.]");
    private static final Pattern PIXELS = Pattern.compile("(\\d{1,5})(?:px)?");
    private static final Pattern IMAGE_FILE = Pattern.compile("\\.(jpe?g|png|gif|webp|avif)(\\?.*)?$");
    private static final Pattern CREDIT_LABEL = Pattern.compile(
            "^(?i)(?:(?:photo(?:graph)?|image|picture)s?\\b\\s*)?(?:(?:credit|by|courtesy(?: of)?)\\b\\s*)?[:=]?\\s*");
    private static final Pattern IN_BRACKETS = Pattern.compile("^[(\\[]\\s*(.*?)\\s*[)\\]]$");
    private static final Pattern NOT_A_URL = Pattern.compile("[\\s{}<>\"]");
    /** A wire-service code in capitals at the end of a caption: "(AP)", "(REUTERS)". */
    private static final Pattern TRAILING_AGENCY = Pattern.compile("\\(([\\p{Lu}][\\p{Lu}/ .&-]{1,24})\\)\\s*$");
    /** A wire service and photographer at the end of a caption: "REUTERS/Jane Doe", "AP Photo/Jane Doe". */
    private static final Pattern TRAILING_WIRE = Pattern.compile(
            "(?:^|\\s)(\\p{Lu}{2,}(?: Photo)?/[^/()\\[\\]]{2,60}?)\\s*$");
    private static final Pattern TRAILING_PARENTHESES = Pattern.compile("\\(([^()]{2,60})\\)\\s*$");
    private static final Pattern AGENCY_WORDS = Pattern.compile(
            "(?i).*\\b(images?|photos?|press|agency|news|wire|via|courtesy|handout|file)\\b.*");

    /**
     * A photo, the image element it came from, that element's ancestors (nearest first) and the
     * page's address, as they were before cleaning detached any of them.
     */
    record Found(Element img, List<Element> ancestors, String baseUri, Photo photo) {
        /** The photo with its URL made absolute against the page's address. */
        Photo resolved() {
            return new Photo(absolute(baseUri, photo.url()), photo.caption(), photo.credit(), photo.alt());
        }
    }

    private PhotoFinder() {
    }

    /** Every photo-like image of the page with its caption and credit; call before cleaning. */
    static List<Found> collect(TagIndex index) {
        List<Found> out = new ArrayList<>();
        for (Element img : index.get("img")) {
            if (isTiny(img)) {
                continue;
            }
            String url = url(img);
            if (url == null || looksLikeIcon(img, url) || inCaptionOfAPhoto(img)) {
                continue;
            }
            out.add(new Found(img, List.copyOf(img.parents()), img.baseUri(), describe(img, url)));
        }
        return out;
    }

    /**
     * An image inside a {@code <figcaption>} whose figure shows another image is part of the caption (a credit's
     * logo, an icon), not a photo; the figure's own image is its photo.
     */
    private static boolean inCaptionOfAPhoto(Element img) {
        Element caption = img.closest("figcaption");
        Element figure = caption == null ? null : caption.closest("figure");
        if (figure == null) {
            return false;
        }
        for (Element other : figure.getElementsByTag("img")) {
            if (other.closest("figcaption") != caption) {
                return true;
            }
        }
        return false;
    }

    /** The photo an image shows: caption and credit from its frame or title, alt text. */
    private static Photo describe(Element img, String url) {
        Element frame = frame(img);
        Element captionBox = frame == null ? null : captionBox(frame);
        Element creditBox = frame == null ? null : creditBox(frame);
        String caption = captionBox == null ? "" : captionBox.text();
        String credit = creditBox == null ? "" : creditBox.text().strip();
        if (!credit.isEmpty()) {
            caption = caption.replace(credit, " ");
        }
        if (caption.isBlank()) {
            caption = img.attr("title");
        }
        String[] split = splitCredit(WHITESPACE.matcher(caption.strip()).replaceAll(" "));
        if (credit.isEmpty()) {
            credit = split[1];
        }
        return new Photo(url, blankToNull(split[0]), blankToNull(stripCreditLabel(credit)),
                blankToNull(img.attr("alt").strip()));
    }

    /**
     * The photos inside the article: those under the closest {@code <article>} around (or else
     * under) the located elements, not in page furniture and not in links to other pages.
     */
    static List<Photo> inArticle(List<Found> found, List<Element> article, Document doc, PageMetadata meta) {
        List<Element> scopes = new ArrayList<>();
        for (Element e : article) {
            Element wrapper = e;
            while (wrapper != null && !wrapper.normalName().equals("article")) {
                wrapper = wrapper.parent();
            }
            scopes.add(wrapper != null ? wrapper : e);
        }
        Map<String, Photo> photos = new LinkedHashMap<>();
        for (Found f : found) {
            int scope = scopeOf(f.ancestors(), scopes);
            if (scope >= 0 && !inFurniture(f.ancestors().subList(0, scope)) && !linksAway(f.img())) {
                Photo photo = f.resolved();
                photos.putIfAbsent(photo.url(), photo);
            }
        }
        if (photos.isEmpty()) {
            String og = meta.meta("og:image");
            if (og != null && !NOT_A_URL.matcher(og).find()) {
                String url = absolute(doc.location(), og);
                photos.put(url, new Photo(url, null, null, meta.meta("og:image:alt")));
            }
        }
        return List.copyOf(photos.values());
    }

    /** The index of the first ancestor that is a scope, or -1. */
    private static int scopeOf(List<Element> ancestors, List<Element> scopes) {
        for (int i = 0; i < ancestors.size(); i++) {
            if (scopes.contains(ancestors.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean inFurniture(List<Element> ancestorsInScope) {
        for (Element p : ancestorsInScope) {
            String tag = p.normalName();
            if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer") || tag.equals("form")) {
                return true;
            }
            List<String> words = ClassWords.of(p).stream()
                    .filter(w -> !w.startsWith("caption") && !CREDIT_WORDS.contains(w)).toList();
            if (!words.isEmpty() && ClassWords.isBoilerplate(words)) {
                return true;
            }
        }
        return false;
    }

    /** An image inside a link to another page is a teaser; a link to the image file itself is not. */
    private static boolean linksAway(Element img) {
        Element link = img.parent();
        while (link != null && !(link.normalName().equals("a") && link.hasAttr("href"))) {
            link = link.parent();
        }
        if (link == null) {
            return false;
        }
        String href = link.attr("href").toLowerCase(Locale.ROOT);
        return !IMAGE_FILE.matcher(href).find();
    }

    /** The image's address as written (resolved against the page only for the photos kept). */
    private static String url(Element img) {
        for (String attr : URL_ATTRIBUTES) {
            String v = img.attr(attr).strip();
            if (!v.isEmpty() && !v.startsWith("data:") && !v.startsWith("about:") && !NOT_A_URL.matcher(v).find()) {
                return v;
            }
        }
        return largest(img.hasAttr("srcset") ? img.attr("srcset") : img.attr("data-srcset"));
    }

    /** A URL resolved against a base, as browsers do; unchanged when either cannot be parsed. */
    static String absolute(String base, String url) {
        try {
            return base == null || base.isEmpty() ? url : new URL(new URL(base), url).toExternalForm();
        } catch (MalformedURLException e) {
            return url;
        }
    }

    /** The widest candidate of a srcset ("a.jpg 640w, b.jpg 1280w"), or the last one. */
    private static String largest(String srcset) {
        String best = null;
        double bestSize = -1;
        for (String candidate : SRCSET_SEPARATOR.split(srcset)) {
            String[] parts = WHITESPACE.split(candidate.strip());
            if (parts[0].isEmpty() || parts[0].startsWith("data:")) {
                continue;
            }
            double size = 0;
            if (parts.length > 1) {
                try {
                    size = Double.parseDouble(NOT_A_NUMBER.matcher(parts[1]).replaceAll(""));
                } catch (NumberFormatException e) {
                    size = 0;
                }
            }
            if (size >= bestSize) {
                best = parts[0];
                bestSize = size;
            }
        }
        return best;
    }

    private static boolean isTiny(Element img) {
        return side(img.attr("width")) < MIN_SIDE || side(img.attr("height")) < MIN_SIDE;
    }

    private static int side(String v) {
        Matcher m = PIXELS.matcher(v.strip());
        return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }

    private static boolean looksLikeIcon(Element img, String url) {
        int end = url.length();
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) == '?' || url.charAt(i) == '#') {
                end = i;
                break;
            }
        }
        int start = url.lastIndexOf('/', end - 1) + 1;
        if (url.regionMatches(true, end - 4, ".svg", 0, 4)) {
            return true;
        }
        int wordStart = -1;
        for (int i = start; i <= end; i++) {
            boolean letter = i < end && Character.isLetter(url.charAt(i));
            if (letter && wordStart < 0) {
                wordStart = i;
            } else if (!letter && wordStart >= 0) {
                if (NOT_PHOTOS.contains(url.substring(wordStart, i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                wordStart = -1;
            }
        }
        for (String w : ClassWords.of(img)) {
            if (NOT_PHOTOS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The box that frames an image with its caption: the enclosing {@code <figure>}, else the
     * largest of the three nearest ancestors that holds no other image and is small.
     */
    private static Element frame(Element img) {
        Element frame = null;
        Element e = img.parent();
        for (int level = 0; e != null && level < FRAME_LEVELS; level++, e = e.parent()) {
            if (e.normalName().equals("figure")) {
                return e;
            }
            if (e.normalName().equals("body") || !isSmallWithOneImage(e)) {
                break;
            }
            frame = e;
        }
        return frame;
    }

    private static boolean isSmallWithOneImage(Element e) {
        int[] counts = new int[2];
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                counts[0]++;
                if (node instanceof Element el && el.normalName().equals("img")) {
                    counts[1]++;
                }
                return counts[0] > MAX_FRAME_NODES || counts[1] > 1 ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return counts[0] <= MAX_FRAME_NODES && counts[1] <= 1;
    }

    /** The element holding the caption: a figcaption, else a "caption" box in the frame. */
    private static Element captionBox(Element frame) {
        for (Element e : frame.getAllElements()) {
            if (e.normalName().equals("figcaption")) {
                return e;
            }
        }
        for (Element e : frame.getAllElements()) {
            if (e != frame && ClassWords.of(e).stream().anyMatch(w -> w.startsWith("caption"))) {
                return e;
            }
        }
        return null;
    }

    private static Element creditBox(Element frame) {
        for (Element e : frame.getAllElements()) {
            if (ClassWords.of(e).stream().anyMatch(CREDIT_WORDS::contains) && !e.text().isBlank()) {
                return e;
            }
        }
        return null;
    }

    /** Splits "A scene of the drama. (Photo: Studio X)" into caption and credit. */
    static String[] splitCredit(String caption) {
        for (Pattern p : List.of(KOREAN_CREDIT, COPYRIGHT, LABELLED_CREDIT, BY_CREDIT, TRAILING_WIRE)) {
            Matcher m = p.matcher(caption);
            if (m.find()) {
                return new String[]{caption.substring(0, m.start()).strip(), m.group(1).strip()};
            }
        }
        Matcher m = TRAILING_AGENCY.matcher(caption);
        if (m.find() || (m = TRAILING_PARENTHESES.matcher(caption)).find() && AGENCY_WORDS.matcher(m.group(1)).matches()) {
            return new String[]{caption.substring(0, m.start()).strip(), m.group(1).strip()};
        }
        return new String[]{caption, null};
    }

    private static String stripCreditLabel(String credit) {
        if (credit == null) {
            return null;
        }
        String unlabelled = CREDIT_LABEL.matcher(credit).replaceFirst("");
        return IN_BRACKETS.matcher(unlabelled).replaceFirst("$1").strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
