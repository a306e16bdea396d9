package org.dramagraph.clean;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Navigation: a site-section label on its own ("Art & Entertainment", "TV-MOVIES"), or a
 * breadcrumb trail of short capitalised parts, one of them a section ("Home > News > K-Drama").
 */
final class Crumb implements ChromeRule {
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[>»›]\\s*|\\s+[/|]\\s+");
    /** The characters each separator holds. */
    private static final String SEPARATOR_CHARS = ">»›/|";
    private static final int MAX_PART_WORDS = 4;
    private static final Set<String> AND = Set.of("and");

    @Override
    public boolean isChrome(LineShape line) {
        if (line.endsSentence() || !line.hasLetter()) {
            return false;
        }
        if (isSection(line)) {
            return true;
        }
        if (!hasSeparator(line.text())) {
            return false; // one part: a cheap test spares most lines the split
        }
        String[] parts = SEPARATOR.split(line.text());
        if (parts.length < 2) {
            return false;
        }
        boolean section = false;
        for (String part : parts) {
            LineShape shape = new LineShape(part);
            if (shape.words().isEmpty() || shape.words().size() > MAX_PART_WORDS || !capitalised(shape)) {
                return false;
            }
            section |= isSection(shape);
        }
        return section;
    }

    private static boolean hasSeparator(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (SEPARATOR_CHARS.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSection(LineShape shape) {
        return !shape.words().isEmpty() && shape.words().size() <= MAX_PART_WORDS
                && shape.allWordsIn(ChromeWords.SECTIONS, ChromeWords.SECTIONS, AND);
    }

    private static boolean capitalised(LineShape shape) {
        return shape.tokens().stream().allMatch(t -> !Character.isLetter(t.charAt(0)) || Character.isUpperCase(t.charAt(0))
                || t.equals("and") || t.equals("of") || t.equals("the"));
    }
}
