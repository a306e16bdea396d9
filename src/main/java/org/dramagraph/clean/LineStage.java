package org.dramagraph.clean;

/**
 * Applies a {@link LineFilter} to every non-blank line. A dropped line goes with its line break,
 * so the lines around it stay as they were (a paragraph break stays a paragraph break).
 */
final class LineStage implements TextStage {
    private final LineFilter filter;

    LineStage(LineFilter filter) {
        this.filter = filter;
    }

    @Override
    public MappedText apply(MappedText in) {
        String text = in.text();
        MappedText.Builder out = new MappedText.Builder(in);
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int next = nl < 0 ? end : end + 1;
            String line = text.substring(start, end);
            if (line.isBlank()) {
                out.append(start, next);
            } else {
                appendKept(in, start, start + filter.keep(line), end, next, out);
            }
            start = next;
        }
        return out.build();
    }

    /** Appends the kept part of line {@code [start, end)} and its line break {@code [end, next)}, if anything is kept. */
    private static void appendKept(MappedText in, int start, int keptEnd, int end, int next, MappedText.Builder out) {
        int kept = keptEnd;
        while (kept > start && Character.isWhitespace(in.charAt(kept - 1))) {
            kept--;
        }
        if (kept > start) {
            out.append(start, kept);
            out.append(end, next);
        }
    }
}
