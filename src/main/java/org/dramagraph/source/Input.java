package org.dramagraph.source;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * One opened input, a file (gzipped or not) or standard input, read once: its first bytes can
 * be looked at before a format is chosen, then it is read whole (with a size cap on the
 * uncompressed bytes) or line by line.
 */
final class Input implements Closeable {
    private static final String GZ = ".gz";
    /** How much of the start is kept for sniffing the format. */
    static final int HEAD_BYTES = 64 * 1024;

    private final String name;
    private final String id;
    private final BufferedInputStream in;
    private final long maxBytes;
    private final boolean owned;

    private Input(String name, String id, InputStream in, long maxBytes, boolean owned) {
        this.name = name;
        this.id = id;
        this.in = new BufferedInputStream(in, HEAD_BYTES + 1);
        this.maxBytes = maxBytes;
        this.owned = owned;
        this.in.mark(HEAD_BYTES + 1);
    }

    /**
     * Opens a file, uncompressing it when its name ends in {@code .gz}; its articles default to
     * the file name without its extension as id.
     */
    static Input file(Path path, long maxBytes) throws IOException {
        String fileName = contentName(path);
        int dot = fileName.lastIndexOf('.');
        String id = dot > 0 ? fileName.substring(0, dot) : fileName;
        InputStream in = Files.newInputStream(path);
        try {
            return new Input(path.toString(), id, isGzip(path) ? new GZIPInputStream(in) : in, maxBytes, true);
        } catch (IOException e) {
            in.close();
            throw e;
        }
    }

    /** The name of what a file holds: {@code page.html} for {@code page.html.gz}. */
    static String contentName(Path path) {
        String fileName = path.getFileName().toString();
        return isGzip(path) ? fileName.substring(0, fileName.length() - GZ.length()) : fileName;
    }

    private static boolean isGzip(Path path) {
        String fileName = path.getFileName().toString();
        return fileName.length() > GZ.length() && fileName.regionMatches(true, fileName.length() - GZ.length(), GZ, 0, GZ.length());
    }

    /**
     * Wraps standard input, named {@code -}, whose articles default to the id {@code stdin}.
     * Closing the input leaves the stream open.
     */
    static Input stdin(InputStream in, long maxBytes) {
        return new Input("-", "stdin", in, maxBytes, false);
    }

    /** How the input is named in articles' origin and in problems: the path, or {@code -}. */
    String name() {
        return name;
    }

    /** The id an article from this input gets when the input itself does not give one. */
    String defaultId() {
        return id;
    }

    /** Up to {@link #HEAD_BYTES} first bytes, without consuming them. */
    byte[] head() throws IOException {
        in.reset();
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
        return head;
    }

    /** The whole input as bytes; more than the size cap is an error. */
    byte[] bytes() throws IOException, BadInputException {
        in.reset();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                throw new BadInputException("over the " + Sizes.describe(maxBytes) + " input limit, skipped");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The whole input decoded as strict UTF-8. */
    String text() throws IOException, BadInputException {
        byte[] bytes = bytes();
        return Utf8.decode(bytes, 0, bytes.length, 1, 0);
    }

    /** The input line by line, each line at most the size cap long. */
    LineReader lines() throws IOException {
        in.reset();
        return new LineReader(in, maxBytes);
    }

    /** True when the first bytes are not text: a NUL byte, or many control characters. */
    static boolean looksBinary(byte[] head) {
        int controls = 0;
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
            if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        return controls > Math.max(4, head.length / 50);
    }

    @Override
    public void close() throws IOException {
        if (owned) {
            in.close();
        }
    }
}
