package org.dramagraph.source.html;

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

/**
 * Finds an article's photos: {@code <img>} elements inside the article (lazy-loading attributes
 * and {@code srcset} understood, URLs made absolute), with the caption from the enclosing
 * {@code <figure>}'s {@code <figcaption>} or a "caption" box, else the image's title; the credit
 * from a "credit" element or a caption pattern ("Photo: ...", "(Getty Images)", "© ...",
 * "사진=..."); and the alt text. Icons, logos, avatars, tracking pixels and pictures in page
 * furniture or in links to other pages are left out. Without any photo in the article, the page's
 * {@code og:image} stands for it.
 */
final class PhotoFinder {
    private static final String[] URL_ATTRIBUTES = {
        "data-src", "data-lazy-src", "data-original", "data-lazy", "data-url", "data-hi-res-src", "src"};
    private static final Set<String> NOT_PHOTOS = Set.of(
            "logo", "icon", "icons", "avatar", "sprite", "spacer", "pixel", "badge", "emoji", "placeholder",
            "blank", "loading", "gravatar");
    private static final Set<String> CREDIT_WORDS = Set.of(
            "credit", "credits", "copyright", "photographer", "byline", "source", "attribution");
    private static final int MIN_SIDE = 60;
    private static final Pattern LABELLED_CREDIT = Pattern.compile(
            "(?i)(?:^|[\\s(\\[|/])(?:photo(?:graph)?|image|picture|pic|foto|credit|source|file)s?"
                    + "(?:\\s+(?:credit|by|courtesy(?: of)?))?\\s*[:=]\\s*([^()\\[\\]|]{2,80}?)\\s*[)\\]]?\\s*$");
    private static final Pattern BY_CREDIT = Pattern.compile(
            "(?i)(?:^|[\\s(\\[|/])(?:photo(?:graph)?|image|picture)s?\\s+(?:by|courtesy(?: of)?)\\s+"
                    + "([^()\\[\\]|]{2,80}?)\\s*[)\\]]?\\s*$");
    private static final Pattern KOREAN_CREDIT = Pattern.compile(
            "[\\[(/]?\\s*사진\\s*(?:제공)?\\s*[=:|]\\s*([^\\])]{1,60}?)\\s*[\\])]?\\s*$");
    private static final Pattern COPYRIGHT = Pattern.compile("(?:©|\\(c\\)|Copyright)\\s*(.{2,80}?)\\s*$");
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
     * A photo, the image element it came from and that element's ancestors, nearest first, as they
     * were before cleaning detached any of them.
     */
    record Found(Element img, List<Element> ancestors, Photo photo) {
    }

    private PhotoFinder() {
    }

    /** Every photo-like image of the page with its caption and credit; call before cleaning. */
    static List<Found> collect(Document doc) {
        List<Found> out = new ArrayList<>();
        for (Element img : doc.body().getElementsByTag("img")) {
            String url = url(img);
            if (url == null || isTiny(img) || looksLikeIcon(img, url)) {
                continue;
            }
            Element figure = img.closest("figure");
            Element captionBox = captionBox(img, figure);
            Element creditBox = creditBox(figure != null ? figure : captionBox != null ? captionBox : img.parent());
            String caption = captionBox == null ? null : captionBox.text();
            String credit = creditBox == null ? null : creditBox.text().strip();
            if (caption != null && credit != null && !credit.isEmpty()) {
                caption = caption.replace(credit, " ");
            }
            if (caption == null || caption.isBlank()) {
                caption = img.attr("title");
            }
            String[] split = splitCredit(caption.strip().replaceAll("\\s+", " "));
            caption = split[0];
            if (credit == null || credit.isEmpty()) {
                credit = split[1];
            }
            out.add(new Found(img, List.copyOf(img.parents()), new Photo(url, blankToNull(caption), blankToNull(stripCreditLabel(credit)),
                    blankToNull(img.attr("alt").strip()))));
        }
        return out;
    }

    /**
     * The photos inside the article: those under the closest {@code <article>} around (or else
     * under) the located elements, not in page furniture and not in links to other pages.
     */
    static List<Photo> inArticle(List<Found> found, List<Element> article, Document doc) {
        List<Element> scopes = new ArrayList<>();
        for (Element e : article) {
            Element wrapper = e.closest("article");
            scopes.add(wrapper != null ? wrapper : e);
        }
        Map<String, Photo> photos = new LinkedHashMap<>();
        for (Found f : found) {
            int scope = scopeOf(f.ancestors(), scopes);
            if (scope >= 0 && !inFurniture(f.ancestors().subList(0, scope)) && !linksAway(f.img())) {
                photos.putIfAbsent(f.photo().url(), f.photo());
            }
        }
        if (photos.isEmpty()) {
            String og = PageMetadata.meta(doc, "og:image");
            if (og != null) {
                String url = doc.head().selectFirst("meta[property=og:image], meta[name=og:image]").absUrl("content");
                String alt = PageMetadata.meta(doc, "og:image:alt");
                photos.put(url, new Photo(url.isEmpty() ? og : url, null, null, alt));
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
            List<String> words = ClassWords.of(p);
            words.removeIf(w -> w.startsWith("caption") || CREDIT_WORDS.contains(w));
            if (ClassWords.isBoilerplate(words)) {
                return true;
            }
        }
        return false;
    }

    /** An image inside a link to another page is a teaser; a link to the image file itself is not. */
    private static boolean linksAway(Element img) {
        Element link = img.closest("a[href]");
        if (link == null) {
            return false;
        }
        String href = link.attr("href").toLowerCase(Locale.ROOT);
        return !href.matches(".*\\.(jpe?g|png|gif|webp|avif)(\\?.*)?$");
    }

    private static String url(Element img) {
        for (String attr : URL_ATTRIBUTES) {
            String v = img.attr(attr).strip();
            if (!v.isEmpty() && !v.startsWith("data:") && !v.startsWith("about:") && !NOT_A_URL.matcher(v).find()) {
                String abs = img.absUrl(attr);
                return abs.isEmpty() ? v : abs;
            }
        }
        String srcset = img.hasAttr("srcset") ? img.attr("srcset") : img.attr("data-srcset");
        String best = largest(srcset);
        if (best == null) {
            return null;
        }
        String base = img.baseUri();
        try {
            return base.isEmpty() ? best : java.net.URI.create(base).resolve(best).toString();
        } catch (IllegalArgumentException e) {
            return best;
        }
    }

    /** The widest candidate of a srcset ("a.jpg 640w, b.jpg 1280w"), or the last one. */
    private static String largest(String srcset) {
        String best = null;
        double bestSize = -1;
        for (String candidate : srcset.split(",\\s+")) {
            String[] parts = candidate.strip().split("\\s+");
            if (parts[0].isEmpty() || parts[0].startsWith("data:")) {
                continue;
            }
            double size = 0;
            if (parts.length > 1) {
                try {
                    size = Double.parseDouble(parts[1].replaceAll("[^0-9.]", ""));
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
        String digits = v.strip().replaceAll("px$", "");
        if (!digits.matches("\\d{1,5}")) {
            return Integer.MAX_VALUE;
        }
        return Integer.parseInt(digits);
    }

    private static boolean looksLikeIcon(Element img, String url) {
        List<String> words = ClassWords.of(img);
        String path = url.replaceFirst("[?#].*$", "");
        path = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        words.addAll(List.of(path.split("[^a-z]+")));
        if (path.endsWith(".svg")) {
            return true;
        }
        for (String w : words) {
            if (NOT_PHOTOS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The element holding the caption: a figcaption, else a "caption" box next to the image. */
    private static Element captionBox(Element img, Element figure) {
        if (figure != null) {
            Element fc = figure.selectFirst("figcaption");
            if (fc != null) {
                return fc;
            }
        }
        Element around = figure != null ? figure : img.parent();
        for (int level = 0; around != null && level < 3; level++, around = around.parent()) {
            for (Element e : around.getAllElements()) {
                if (e != around && ClassWords.of(e).stream().anyMatch(w -> w.startsWith("caption"))) {
                    return e;
                }
            }
            if (around.getElementsByTag("img").size() > 1) {
                break;
            }
        }
        return null;
    }

    private static Element creditBox(Element around) {
        if (around == null) {
            return null;
        }
        for (Element e : around.getAllElements()) {
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
        return credit.replaceFirst("^(?i)(?:(?:photo(?:graph)?|image|picture)s?\\b\\s*)?"
                        + "(?:(?:credit|by|courtesy(?: of)?)\\b\\s*)?[:=]?\\s*", "")
                .replaceFirst("^[(\\[]\\s*(.*?)\\s*[)\\]]$", "$1").strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
