package org.dramagraph.resolve;

import org.dramagraph.lang.NameKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dramagraph.lang.Lexicon;
import org.dramagraph.mention.Mention;
import org.dramagraph.mention.MentionType;

/**
 * Resolves the short and variant forms an article uses for one name to the fullest form it writes:
 * "Eun-sol" to "Jo Eun Sol", "Baek" to "Baek Min Ha", "Baek Min-ha" and "Baek Min Ha" to
 * whichever the article writes more often. Also re-types short forms: a given name alone takes the
 * type of the full name it stands for.
 */
public final class ArticleNames {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A closing mark inside a mention ("“Salt Road” Part 2"), which is not part of the name. */
    private static final Pattern CLOSING_MARK = Pattern.compile("[\u201D\u2019\"'](?= )");

    private final Lexicon lexicon;
    /** Full names by type: loose key of the name to its preferred spelling. */
    private final Map<MentionType, Map<String, String>> full = new HashMap<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<Mention, String> displayed = new HashMap<>();
    /** The words of each name, split once: short forms are compared with every full name. */
    private final Map<String, String[]> words = new HashMap<>();

    public ArticleNames(Lexicon lexicon, List<Mention> mentions) {
        this.lexicon = lexicon;
        for (Mention m : mentions) {
            counts.merge(m.text(), 1, Integer::sum);
        }
        for (Mention m : mentions) {
            if ((m.type() == MentionType.PERSON || m.type() == MentionType.CHARACTER) && words(m.text()).length >= 2) {
                Map<String, String> byKey = full.computeIfAbsent(m.type(), t -> new LinkedHashMap<>());
                String key = NameKey.loose(m.text());
                String current = byKey.get(key);
                if (current == null || counts.get(m.text()) > counts.getOrDefault(current, 0)) {
                    byKey.put(key, m.text());
                }
            }
        }
        // "Seo-jin Han" where the article also writes "Han Seo-jin": one person, reported family name first
        Map<String, String> people = full.getOrDefault(MentionType.PERSON, new LinkedHashMap<>());
        for (var e : List.copyOf(people.entrySet())) {
            String korean = westernOrder(e.getValue());
            if (korean != null && !NameKey.loose(korean).equals(e.getKey())) {
                e.setValue(korean);
            }
        }
    }

    /**
     * Mentions with short forms re-typed: a given name or family name alone that stands for exactly one
     * full person or character name of the article takes that type.
     */
    public List<Mention> retype(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            String western = m.type() == MentionType.NAME ? westernOrder(m.text()) : null;
            if (western != null) {
                out.add(new Mention(MentionType.PERSON, m.start(), m.end(), m.text(), m.sentence(), "western-order"));
                continue;
            }
            if (m.type() == MentionType.NAME && (m.rule().equals("given-name") || isSurnameOnly(m.text()))) {
                MentionType t = typeOfShortForm(m.text());
                if (t != null) {
                    out.add(new Mention(t, m.start(), m.end(), m.text(), m.sentence(), m.rule()));
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    /**
     * The full person name that a name in Western order stands for ("Seo Jin Han" for "Han Seo Jin"),
     * when the article also writes it family name first; else null.
     */
    private String westernOrder(String text) {
        String[] w = words(text);
        if (w.length < 2 || w.length > 4 || !lexicon.isSurname(w[w.length - 1])) {
            return null;
        }
        String rotated = w[w.length - 1] + " " + String.join(" ", java.util.Arrays.copyOf(w, w.length - 1));
        return full.getOrDefault(MentionType.PERSON, Map.of()).get(NameKey.loose(rotated));
    }

    /** The form to report for a mention's name. */
    public String display(Mention m) {
        return displayed.computeIfAbsent(m, this::resolve);
    }

    private String resolve(Mention m) {
        String text = m.text().strip();
        if (hasQuoteMark(text)) {
            text = CLOSING_MARK.matcher(text).replaceAll("");
        }
        if (m.type() != MentionType.PERSON && m.type() != MentionType.CHARACTER) {
            return text;
        }
        Map<String, String> byKey = full.getOrDefault(m.type(), Map.of());
        String western = m.rule().equals("western-order") ? westernOrder(text) : null;
        if (western != null) {
            return western;
        }
        String same = byKey.get(NameKey.loose(text));
        if (same != null) {
            return same;
        }
        String longer = expand(text, byKey);
        return longer != null ? longer : text;
    }

    /** Whether a text holds a mark {@link #CLOSING_MARK} looks for: most names hold none, and skip the regex. */
    private static boolean hasQuoteMark(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u201D' || c == '\u2019' || c == '"' || c == '\'') {
                return true;
            }
        }
        return false;
    }

    private MentionType typeOfShortForm(String text) {
        MentionType found = null;
        for (MentionType t : List.of(MentionType.PERSON, MentionType.CHARACTER)) {
            if (expand(text, full.getOrDefault(t, Map.of())) != null) {
                if (found != null) {
                    return null; // a short form of both a person and a character: leave it open
                }
                found = t;
            }
        }
        return found;
    }

    /** The one full name a short form stands for: its given name ("Eun-sol") or its family name ("Baek"). */
    private String expand(String text, Map<String, String> byKey) {
        String key = NameKey.loose(text);
        String found = null;
        for (String name : byKey.values()) {
            String[] w = words(name);
            if (w.length < 2) {
                continue;
            }
            boolean given = NameKey.loose(name.substring(name.indexOf(w[1]))).equals(key);
            boolean westernGiven = NameKey.loose(w[0]).equals(key) && lexicon.isSurname(w[w.length - 1]);
            boolean surname = isSurnameOnly(text) && NameKey.loose(w[0]).equals(key)
                    || isSurnameOnly(text) && NameKey.loose(w[w.length - 1]).equals(key);
            if (given || westernGiven || surname) {
                if (found != null && !NameKey.loose(found).equals(NameKey.loose(name))) {
                    return null; // ambiguous
                }
                found = name;
            }
        }
        return found;
    }

    private boolean isSurnameOnly(String text) {
        return words(text).length == 1 && lexicon.isSurname(text);
    }

    private String[] words(String text) {
        return words.computeIfAbsent(text, t -> SPACES.split(t.strip()));
    }
}
