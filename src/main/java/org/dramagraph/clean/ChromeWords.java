package org.dramagraph.clean;

import java.util.Set;
import org.dramagraph.lang.WordFile;

/**
 * Closed word lists that page chrome is made of. A line is judged by whether all its words come
 * from these lists, never by matching whole strings, so new wordings of the same widgets are
 * caught and article prose (which always has words outside the lists) is not. The lists are the
 * {@code chrome-*.txt} resources beside this class.
 */
final class ChromeWords {
    /** Words of page widgets: ads, sharing, following, comments, navigation, sign-offs. */
    static final Set<String> WIDGET = WordFile.set(ChromeWords.class, "chrome-widget.txt");

    /** Widget words that mark a short line as chrome even among other words, when it is not a sentence. */
    static final Set<String> STRONG_WIDGET = WordFile.set(ChromeWords.class, "chrome-strong-widget.txt");

    /** Words that carry no content of their own and appear around widget words. */
    static final Set<String> FILLER = WordFile.set(ChromeWords.class, "chrome-filler.txt");

    /** Social networks, named on share and follow buttons (streaming services are deliberately absent). */
    static final Set<String> PLATFORMS = WordFile.set(ChromeWords.class, "chrome-platforms.txt");

    /** Words of date and time stamps. */
    static final Set<String> DATES = WordFile.set(ChromeWords.class, "chrome-dates.txt");

    /** Names of site sections, as shown in navigation crumbs. */
    static final Set<String> SECTIONS = WordFile.set(ChromeWords.class, "chrome-sections.txt");

    /** Lower-case words a byline may hold besides names, dates and addresses. */
    static final Set<String> BYLINE = WordFile.set(ChromeWords.class, "chrome-byline.txt");

    private ChromeWords() {
    }
}
