package org.dramagraph.clean;

import java.util.ArrayList;
import java.util.List;
import org.dramagraph.source.Photo;

/**
 * Removes the noise web pages leave in article text, as a chain of small stages, each keeping
 * the map from cleaned characters back to the original text:
 * <ol>
 *   <li>mojibake repair ({@link MojibakeRepair}): UTF-8 misread as Windows-1252 and kin;</li>
 *   <li>white space ({@link WhitespaceNormalizer}): odd spaces, invisible characters, line ends;</li>
 *   <li>page chrome ({@link ChromeFilter}): ads, share and comment widgets, bylines, datelines, crumbs;</li>
 *   <li>image credits ({@link CreditFilter}): removed from the text, returned as {@link CleanText#credits()};</li>
 *   <li>repeats ({@link RepeatedLineFilter}): headline copies and duplicate lines;</li>
 *   <li>blank lines ({@link BlankLines}): one blank line between paragraphs;</li>
 *   <li>glued names ({@link GluedNames}): list items run together, "Baek Min HoonCha Eun Sol".</li>
 * </ol>
 * Rules look at the shape of a line (length, punctuation, words from closed lists), never at
 * strings taken from particular sites. Thread-safe.
 */
public final class Cleaner {
    private static final MojibakeRepair MOJIBAKE = new MojibakeRepair();
    private static final WhitespaceNormalizer WHITESPACE = new WhitespaceNormalizer();
    private static final LineStage CHROME = new LineStage(new ChromeFilter());
    private static final BlankLines BLANK_LINES = new BlankLines();
    private static final GluedNames GLUED_NAMES = new GluedNames();

    /** Cleans an article body; {@code title} helps recognise repeated headlines. */
    public CleanText clean(String title, String text) {
        List<Photo> credits = new ArrayList<>();
        MappedText t = MappedText.of(text);
        t = MOJIBAKE.apply(t);
        t = WHITESPACE.apply(t);
        t = CHROME.apply(t);
        t = new LineStage(new CreditFilter(credits::add)).apply(t);
        t = new LineStage(new RepeatedLineFilter(cleanTitle(title))).apply(t);
        t = BLANK_LINES.apply(t);
        t = GLUED_NAMES.apply(t);
        return new CleanText(text, t.text(), t.origins(), credits);
    }

    /** A title with its encoding repaired and its white space normalised to single spaces. */
    public String cleanTitle(String title) {
        if (title == null) {
            return "";
        }
        return WHITESPACE.apply(MOJIBAKE.apply(MappedText.of(title))).text().replace('\n', ' ');
    }
}
