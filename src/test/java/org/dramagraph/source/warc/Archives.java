package org.dramagraph.source.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Web archives written for the tests with jwarc, the way a crawler writes them. */
public final class Archives implements AutoCloseable {
    /** A drama news story written for the tests (the people and the show are invented). */
    public static final String DRAMA = "Han Seo-yeon and Park Min-gyu lead the new tvN drama 'Salt and Starlight'."
            + " Han Seo-yeon plays Yoon Bada, a lighthouse keeper, and the first episode airs in May."
            + " The Korean series will also stream on Netflix, and the cast met the press in Seoul on Monday.";
    /** General news written for the tests. */
    public static final String GENERAL = "The city council approved a new budget for road repairs on Tuesday."
            + " Officials said the work on the northern bridge would begin in spring and last two years."
            + " Residents asked for more bus lines during the closure, and the council promised a study.";

    private final WarcWriter writer;

    private Archives(Path file, WarcCompression compression) throws IOException {
        writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING), compression);
        writer.write(new Warcinfo.Builder().fields(java.util.Map.of("software", java.util.List.of("test"))).build());
    }

    /** A new archive, gzipped record by record when the name ends in {@code .gz}. */
    public static Archives create(Path file) throws IOException {
        return new Archives(file, file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE);
    }

    /** A news page around a headline and a text. */
    public static String page(String headline, String text) {
        return "<html><head><title>" + headline + "</title></head><body><nav><a href='/'>Home</a></nav><article><h1>"
                + headline + "</h1><p>" + text + "</p></article></body></html>";
    }

    /** Writes a request and its response, as a crawler does; the response's offset is returned. */
    public long response(String url, int status, String contentType, byte[] body, String... headers) throws IOException {
        writer.write(new WarcRequest.Builder(URI.create(url))
                .body(new HttpRequest.Builder("GET", URI.create(url).getRawPath()).build()).build());
        long offset = writer.position();
        HttpResponse.Builder http = new HttpResponse.Builder(status, "OK").addHeader("Content-Type", contentType);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            http.addHeader(headers[i], headers[i + 1]);
        }
        writer.write(new WarcResponse.Builder(URI.create(url)).body(http.body(MediaType.parse(contentType), body).build())
                .build());
        return offset;
    }

    /** A UTF-8 HTML page. */
    public long html(String url, String html) throws IOException {
        return response(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    /** An HTML page in another charset, labelled as {@code label} in the HTTP header. */
    public long html(String url, String html, Charset charset, String label) throws IOException {
        return response(url, 200, "text/html; charset=" + label, html.getBytes(charset));
    }

    /** A gzip-encoded UTF-8 HTML page. */
    public long gzippedHtml(String url, String html) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
        return response(url, 200, "text/html; charset=utf-8", bytes.toByteArray(), "Content-Encoding", "gzip");
    }

    /** Where the next record will start. */
    public long position() {
        return writer.position();
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
