package org.dramagraph.clean;

import java.util.List;

/** Drops lines of page chrome: widgets, datelines, bylines and navigation. */
final class ChromeFilter implements LineFilter {
    private static final List<ChromeRule> RULES = List.of(new WidgetLine(), new Dateline(), new Byline(), new Crumb());
    /** No rule takes a line this long: it is prose, and its shape need not be worked out. */
    private static final int MAX_CHROME_TOKENS = 24;

    @Override
    public int keep(String line) {
        if (tokensExceed(line, MAX_CHROME_TOKENS)) {
            return line.length();
        }
        LineShape shape = new LineShape(line);
        for (ChromeRule rule : RULES) {
            if (rule.isChrome(shape)) {
                return 0;
            }
        }
        return line.length();
    }

    private static boolean tokensExceed(String line, int max) {
        int tokens = 0;
        boolean inToken = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean space = (c <= ' ' || c >= 0x80) && Character.isWhitespace(c); // visible ASCII needs no look-up
            if (!space && !inToken && ++tokens > max) {
                return true;
            }
            inToken = !space;
        }
        return false;
    }
}
