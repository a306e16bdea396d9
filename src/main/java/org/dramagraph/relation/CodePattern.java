package org.dramagraph.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression over {@link SentenceCode}s, written with mention slots: {@code <P:actor>}
 * matches a person item and captures it as {@code actor}; {@code <PX:role>} takes a person or an
 * unknown name; {@code <PH:who>} also takes a pronoun ({@code he}, {@code his}) for the caller to resolve;
 * {@code <W>} matches a work without capturing it. Everything else is plain regex,
 * and the whole pattern only matches at item boundaries.
 */
public final class CodePattern {
    private static final Pattern SLOT = Pattern.compile("<([PWCNXQH]+)(?::([a-z][a-zA-Z0-9]*))?>");

    private final String source;
    private final Pattern pattern;
    private final List<String> slots;

    private CodePattern(String source, Pattern pattern, List<String> slots) {
        this.source = source;
        this.pattern = pattern;
        this.slots = slots;
    }

    /** Compiles a pattern; throws {@link IllegalArgumentException} naming it when it is not valid. */
    public static CodePattern compile(String source) {
        Matcher m = SLOT.matcher(source);
        StringBuilder regex = new StringBuilder("(?<![^ ])(?:");
        List<String> slots = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            regex.append(source, last, m.start());
            String types = m.group(1);
            boolean pronoun = types.indexOf('H') >= 0;
            types = types.replace("H", "");
            String item = (types.length() == 1 ? types : "[" + types + "]") + "\\d+";
            if (pronoun) {
                item = types.isEmpty() ? "(?:he|his)" : "(?:" + item + "|he|his)";
            }
            if (m.group(2) != null) {
                // a slot name may appear in several alternatives; regex groups need unique names
                String group = m.group(2) + "Z" + slots.size();
                regex.append("(?<").append(group).append('>').append(item).append(')');
                slots.add(m.group(2));
            } else {
                regex.append(item);
            }
            last = m.end();
        }
        regex.append(source.substring(last)).append(")(?![^ ])");
        try {
            return new CodePattern(source, Pattern.compile(regex.toString()), List.copyOf(slots));
        } catch (java.util.regex.PatternSyntaxException e) {
            throw new IllegalArgumentException("bad sentence pattern: " + source, e);
        }
    }

    /** Every non-overlapping match in the code, each as the captured items by slot name. */
    public List<Match> matches(SentenceCode code) {
        List<Match> out = new ArrayList<>();
        Matcher m = pattern.matcher(code.code());
        while (m.find()) {
            List<String> items = new ArrayList<>(slots.size());
            for (int i = 0; i < slots.size(); i++) {
                items.add(m.group(slots.get(i) + "Z" + i));
            }
            out.add(new Match(this, code, items, m.start(), m.end()));
        }
        return out;
    }

    List<String> slots() {
        return slots;
    }

    @Override
    public String toString() {
        return source;
    }

    /**
     * One match: the items captured in each slot (null where an optional slot did not take part). A slot
     * name used in several alternatives gives the item of the alternative that matched.
     */
    public record Match(CodePattern pattern, SentenceCode code, List<String> items, int start, int end) {
        /** The item captured by a slot, or null. */
        public String item(String slot) {
            boolean known = false;
            for (int i = 0; i < items.size(); i++) {
                if (pattern.slots().get(i).equals(slot)) {
                    known = true;
                    if (items.get(i) != null) {
                        return items.get(i);
                    }
                }
            }
            if (!known) {
                throw new IllegalArgumentException("no slot " + slot + " in " + pattern);
            }
            return null;
        }

        /** The mention captured by a slot, or null. */
        public org.dramagraph.mention.Mention mention(String slot) {
            String item = item(slot);
            return item == null || !Character.isDigit(item.charAt(item.length() - 1)) ? null : code.mention(item);
        }
    }
}
