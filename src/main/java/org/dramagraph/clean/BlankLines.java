package org.dramagraph.clean;

/**
 * Leaves at most one blank line between paragraphs, and none at the start or end, once other
 * stages have removed lines.
 */
final class BlankLines implements TextStage {
    @Override
    public MappedText apply(MappedText in) {
        MappedText.Builder out = new MappedText.Builder(in.length());
        int newlines = 0;
        int firstNewline = -1;
        int secondNewline = -1;
        for (int i = 0; i < in.length(); i++) {
            char c = in.charAt(i);
            if (c == '\n') {
                if (newlines == 0) {
                    firstNewline = i;
                } else if (newlines == 1) {
                    secondNewline = i;
                }
                newlines++;
                continue;
            }
            if (out.length() > 0 && newlines > 0) {
                out.append('\n', in.origin(firstNewline));
                if (newlines > 1) {
                    out.append('\n', in.origin(secondNewline));
                }
            }
            newlines = 0;
            out.append(c, in.origin(i));
        }
        return out.build();
    }
}
