package org.dramagraph.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a byte stream one line at a time without holding more than one line in memory, so JSON
 * Lines files of any size can be streamed. Lines end at {@code \n}; a {@code \r} before it is
 * dropped.
 */
final class LineReader {
    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];
    private int lineNumber;
    private long offset;
    private long lineOffset;

    LineReader(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The number of the line last returned (1-based). */
    int lineNumber() {
        return lineNumber;
    }

    /** The byte offset in the stream where the line last returned starts. */
    long lineOffset() {
        return lineOffset;
    }

    /**
     * The next line without its terminator, or {@code null} at the end of the stream.
     *
     * @throws BadInputException when the line is longer than the limit; the line is skipped, and
     *                           the next call reads the line after it
     */
    byte[] next() throws IOException, BadInputException {
        lineOffset = offset;
        int length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int start = position;
            int end = start;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int chunk = end - start;
            if (!tooLong && (long) length + chunk > maxLineBytes) {
                tooLong = true;
            }
            if (!tooLong) {
                if (length + chunk > line.length) {
                    line = Arrays.copyOf(line, Math.max(line.length * 2, length + chunk));
                }
                System.arraycopy(buffer, start, line, length, chunk);
                length += chunk;
            }
            position = end;
            offset += chunk;
            if (end < limit) {
                position++;
                offset++;
                break;
            }
        }
        lineNumber++;
        if (tooLong) {
            throw new BadInputException(lineNumber, "line longer than the " + Sizes.describe(maxLineBytes)
                    + " input limit, skipped");
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        return Arrays.copyOf(line, length);
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n <= 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
