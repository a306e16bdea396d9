package org.dramagraph.clean;

/**
 * Normalises white space without losing the offset map: line breaks of any kind become
 * {@code \n}; non-breaking and other wide spaces and tabs become a plain space; zero-width and
 * other invisible formatting characters are removed; runs of spaces shrink to one, and lines
 * lose their leading and trailing spaces. Line breaks are kept, since the segmenter uses them as
 * hard sentence boundaries.
 */
final class WhitespaceNormalizer implements TextStage {
    @Override
    public MappedText apply(MappedText in) {
        MappedText.Builder out = new MappedText.Builder(in);
        int pendingSpace = -1;
        int i = 0;
        while (i < in.length()) {
            char c = in.charAt(i);
            if (isLineBreak(c)) {
                if (c != '\r' || i + 1 == in.length() || in.charAt(i + 1) != '\n') {
                    pendingSpace = -1;
                    out.append('\n', in.origin(i));
                }
                i++;
            } else if (isSpace(c)) {
                if (pendingSpace < 0) {
                    pendingSpace = in.origin(i);
                }
                i++;
            } else if (isInvisible(c)) {
                i++;
            } else {
                if (pendingSpace >= 0 && out.length() > 0 && out.last() != '\n') {
                    out.append(' ', pendingSpace);
                }
                pendingSpace = -1;
                int end = endOfRun(in, i + 1);
                out.append(i, end);
                i = end;
            }
        }
        return out.build();
    }

    /**
     * The end of a run of characters that stay as they are: visible characters and single spaces
     * between them. Prose is mostly such runs, so they are taken whole rather than character by character.
     */
    private static int endOfRun(MappedText in, int i) {
        int end = i;
        while (end < in.length()) {
            char c = in.charAt(end);
            if (c == ' ' && end + 1 < in.length() && isVisible(in.charAt(end + 1))) {
                end += 2;
            } else if (isVisible(c)) {
                end++;
            } else {
                return end;
            }
        }
        return end;
    }

    /** Neither a line break, a space nor invisible: kept as it is. */
    private static boolean isVisible(char c) {
        if (c < 0x80) {
            return c > ' ' && c < 0x7F;
        }
        return !isLineBreak(c) && !isSpace(c) && !isInvisible(c);
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c == '\t';
        }
        return Character.isSpaceChar(c) || Character.isWhitespace(c);
    }

    /**
     * Zero-width spaces, soft hyphens, direction marks, byte order marks and stray control
     * characters. Zero-width joiners stay: emoji and some scripts need them.
     */
    private static boolean isInvisible(char c) {
        if (c >= 0x20 && c < 0x7F) {
            return false;
        }
        if (c == '\u200C' || c == '\u200D') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL;
    }
}
