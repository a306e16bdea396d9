package org.dramagraph.clean;

import java.util.List;

/** Drops lines of page chrome: widgets, datelines, bylines and navigation. */
final class ChromeFilter implements LineFilter {
    private static final List<ChromeRule> RULES = List.of(new WidgetLine(), new Dateline(), new Byline(), new Crumb());

    @Override
    public int keep(String line) {
        LineShape shape = new LineShape(line);
        for (ChromeRule rule : RULES) {
            if (rule.isChrome(shape)) {
                return 0;
            }
        }
        return line.length();
    }
}
