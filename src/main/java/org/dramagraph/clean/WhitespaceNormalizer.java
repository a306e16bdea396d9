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
        MappedText.Builder out = new MappedText.Builder(in.length());
        int pendingSpace = -1;
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            if (isLineBreak(c)) {
                if (c == '\r' && i + 1 < in.length() && in.charAt(i + 1) == '\n') {
                    continue;
                }
                pendingSpace = -1;
                out.append('\n', in.origin(i));
            } else if (isSpace(c)) {
                if (pendingSpace < 0) {
                    pendingSpace = in.origin(i);
                }
            } else if (!isInvisible(c)) {
                if (pendingSpace >= 0 && out.length() > 0 && out.last() != '\n') {
                    out.append(' ', pendingSpace);
                }
                pendingSpace = -1;
                out.append(c, in.origin(i));
            }
        }
        return out.build();
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
