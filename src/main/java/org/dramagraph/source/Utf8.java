package org.dramagraph.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding: bad bytes are an error that says where they are, never a silent
 * replacement character, so a wrongly encoded file is reported instead of read as garbage.
 */
final class Utf8 {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Utf8() {
    }

    /** Number of bytes of a UTF-8 byte order mark at {@code from}, else 0. */
    static int bomLength(byte[] bytes, int from, int to) {
        if (to - from < BOM.length) {
            return 0;
        }
        for (int i = 0; i < BOM.length; i++) {
            if (bytes[from + i] != BOM[i]) {
                return 0;
            }
        }
        return BOM.length;
    }

    /**
     * Decodes {@code bytes[from, to)}, skipping a leading byte order mark.
     *
     * @param firstLine   the line number of the first byte, for the error message
     * @param firstOffset the offset of the first byte in its file, for the error message
     * @throws BadInputException naming the byte offset and line of the first invalid sequence
     */
    static String decode(byte[] bytes, int from, int to, int firstLine, long firstOffset) throws BadInputException {
        int start = from + bomLength(bytes, from, to);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, to - start);
        CharBuffer out = CharBuffer.allocate(to - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            int line = firstLine;
            for (int i = from; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new BadInputException(line, "invalid UTF-8 at byte " + (firstOffset + offset - from)
                    + " (expected UTF-8 text)");
        }
        return out.flip().toString();
    }
}
