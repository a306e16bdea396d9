package org.dramagraph.mention;

import org.dramagraph.lang.Lexicon;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dramagraph.lang.WordFile;
import org.dramagraph.segment.Quotation;
import org.dramagraph.segment.Token;
import org.dramagraph.segment.Tokenizer;

/**
 * Tells speech from titles among quotations. A speech verb next to the quotation decides first
 * ("she said, “...”"); otherwise shape does: a short run of capitalized words is a title, a clause
 * with lower-case words or closing punctuation is speech, anything else is scare quotes.
 */
public final class QuoteClassifier {
    private static final Set<String> SPEECH_VERBS = WordFile.set(QuoteClassifier.class, "speech-verbs.txt");
    private static final Set<String> TITLE_CONNECTORS = WordFile.set(QuoteClassifier.class, "title-connectors.txt");

    private static final Set<String> TITLE_CUES = WordFile.set(QuoteClassifier.class, "title-cues.txt");

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,!?\\s]+$");
    private static final Pattern TWO_SENTENCES = Pattern.compile(".*[a-z]{2}[.!?] [A-Z].*");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");

    private final KoreanNames names;
    private final Tokenizer tokenizer = new Tokenizer();

    public QuoteClassifier(Lexicon lexicon) {
        this.names = new KoreanNames(lexicon, Set.of());
    }

    /** Whether a lower-case word is a verb that introduces speech ("said", "shared", "remarked"). */
    public static boolean isSpeechVerb(String word) {
        return SPEECH_VERBS.contains(word);
    }

    /** The kind of a quotation found in {@code text}. */
    public QuoteKind classify(String text, Quotation q) {
        List<Token> words = tokenizer.tokenize(q.text(), 0, q.text().length()).stream().filter(Token::isWord).toList();
        if (words.isEmpty()) {
            return QuoteKind.OTHER;
        }
        boolean speechCue = speechCueBefore(text, q) || speechCueAfter(text, q);
        if (!q.closed()) {
            return words.size() >= 3 || speechCue ? QuoteKind.SPEECH : QuoteKind.OTHER;
        }
        if (speechCue && (words.size() >= 2 || endsWithPunctuation(q.text()))
                && !(titleShaped(q.text(), words) && words.size() <= 8 && afterTitleCue(text, q))) {
            return QuoteKind.SPEECH;
        }
        if (titleShaped(q.text(), words)) {
            return names.fullName(words, 0) == words.size() ? QuoteKind.NAME : QuoteKind.TITLE;
        }
        long lower = words.stream().filter(w -> Character.isLowerCase(w.text().charAt(0))).count();
        if (words.size() >= 4 && (lower * 2 >= words.size() || endsWithPunctuation(q.text()))) {
            return QuoteKind.SPEECH;
        }
        return QuoteKind.OTHER;
    }

    private boolean titleShaped(String inner, List<Token> words) {
        if (words.size() > 12) {
            return false;
        }
        Token first = words.get(0);
        if (!first.capitalized() && !Character.isDigit(first.text().charAt(0))) {
            return false;
        }
        String stripped = TRAILING_PUNCTUATION.matcher(inner).replaceAll("");
        if (TWO_SENTENCES.matcher(stripped).matches()) {
            return false; // two sentences
        }
        int content = 0;
        int capital = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).text();
            if (i > 0 && TITLE_CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            content++;
            if (!Character.isLowerCase(w.charAt(0))) {
                capital++;
            }
        }
        return content > 0 && capital * 4 >= content * 3;
    }

    /** A title-shaped quotation right after "from", "in", "drama" and the like is a title, whatever follows. */
    private static boolean afterTitleCue(String text, Quotation q) {
        int i = q.start() - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        int end = i + 1;
        while (i >= 0 && Character.isLetter(text.charAt(i))) {
            i--;
        }
        String word = text.substring(i + 1, end).toLowerCase(Locale.ROOT);
        // "JTBC's “Pretty Noona ...,”": a possessive before a title-shaped quotation names its owner
        boolean possessive = i >= 1 && word.equals("s") && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019');
        return TITLE_CUES.contains(word) || possessive;
    }

    private static boolean endsWithPunctuation(String s) {
        String t = s.strip();
        char c = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == ',' || c == '\u2026';
    }

    /** "X said, “" or "X said:" right before the opening mark. */
    private boolean speechCueBefore(String text, Quotation q) {
        int i = q.start() - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i < 0 || text.charAt(i) == '\n') {
            return false;
        }
        char c = text.charAt(i);
        if (c != ',' && c != ':') {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', i) + 1;
        String before = text.substring(Math.max(lineStart, i - 80), i).toLowerCase(Locale.ROOT);
        String[] words = NOT_LETTERS.split(before);
        for (int k = words.length - 1; k >= Math.max(0, words.length - 6); k--) {
            if (SPEECH_VERBS.contains(words[k])) {
                return true;
            }
        }
        return c == ':' && q.text().split(" ").length >= 4;
    }

    /** "”, she said" or "” said X" right after the closing mark. */
    private boolean speechCueAfter(String text, Quotation q) {
        int lineEnd = text.indexOf('\n', q.end());
        String after = text.substring(q.end(), lineEnd < 0 ? text.length() : lineEnd);
        String inner = q.text().strip();
        boolean commaInside = inner.endsWith(",") || inner.endsWith("?") || inner.endsWith("!");
        String rest = after.stripLeading();
        if (rest.startsWith(",")) {
            rest = rest.substring(1);
        } else if (!commaInside) {
            return false;
        }
        // the verb comes within the speaker's few words ("she said", "said Ko Min Jae", "the actor added"),
        // before any other comma: "“Blue Hour”, an upcoming drama, shares a poster" is no speech
        int comma = rest.indexOf(',');
        String clause = comma < 0 ? rest : rest.substring(0, comma);
        String[] words = NOT_LETTERS.split(clause.strip().toLowerCase(Locale.ROOT), 6);
        for (int k = 0; k < Math.min(words.length, 5); k++) {
            if (SPEECH_VERBS.contains(words[k])) {
                return true;
            }
        }
        return false;
    }
}
