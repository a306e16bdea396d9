package org.dramagraph.clean;

/**
 * Leaves at most one blank line between paragraphs, and none at the start or end, once other
 * stages have removed lines.
 */
final class BlankLines implements TextStage {
    @Override
    public MappedText apply(MappedText in) {
        MappedText.Builder out = new MappedText.Builder(in);
        int newlines = 0;
        int firstNewline = -1;
        int secondNewline = -1;
        String text = in.text();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '\n') {
                if (newlines == 0) {
                    firstNewline = i;
                } else if (newlines == 1) {
                    secondNewline = i;
                }
                newlines++;
                i++;
                continue;
            }
            if (out.length() > 0 && newlines > 0) {
                out.append('\n', in.origin(firstNewline));
                if (newlines > 1) {
                    out.append('\n', in.origin(secondNewline));
                }
            }
            newlines = 0;
            int lineEnd = text.indexOf('\n', i);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            out.append(i, lineEnd);
            i = lineEnd;
        }
        return out.build();
    }
}
