package org.dramagraph.source.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns the bytes of a web page into text, choosing the charset in this order:
 * <ol>
 *   <li>a byte-order mark (UTF-8, UTF-16);</li>
 *   <li>valid UTF-8 holding multi-byte sequences: a legacy encoding almost never forms such text
 *       by chance, so this wins over a label that says otherwise (servers often declare
 *       ISO-8859-1 for UTF-8 pages);</li>
 *   <li>the declared charset (HTTP header), then the page's own {@code <meta>} or XML declaration,
 *       each only if the bytes decode under it without error (a UTF-8 label is kept for mostly
 *       valid UTF-8 with a few stray bytes);</li>
 *   <li>a statistical detector (Mozilla's universalchardet), then windows-1252.</li>
 * </ol>
 * Labels are read as the WHATWG Encoding Standard reads them: ISO-8859-1 and US-ASCII mean
 * windows-1252, EUC-KR means its superset windows-949, and so on.
 */
public final class PageDecoder {
    private static final int PRESCAN_BYTES = 4096;
    private static final int BINARY_PROBE_BYTES = 8192;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    /** WHATWG label mappings to the supersets browsers actually decode with. */
    private static final Map<String, String> SUPERSETS = Map.ofEntries(
            Map.entry("iso-8859-1", "windows-1252"), Map.entry("latin1", "windows-1252"),
            Map.entry("iso8859-1", "windows-1252"), Map.entry("us-ascii", "windows-1252"),
            Map.entry("ascii", "windows-1252"), Map.entry("iso-8859-9", "windows-1254"),
            Map.entry("euc-kr", "x-windows-949"), Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("korean", "x-windows-949"), Map.entry("gb2312", "GBK"),
            Map.entry("shift_jis", "windows-31j"), Map.entry("sjis", "windows-31j"),
            Map.entry("tis-620", "x-windows-874"), Map.entry("iso-8859-11", "x-windows-874"));
    private static final Charset DEFAULT = Charset.forName("windows-1252");

    /**
     * Decodes a page.
     *
     * @param page            the bytes as fetched or stored
     * @param declaredCharset the charset named by the HTTP {@code Content-Type} header (or by the
     *                        caller), or {@code null}
     * @throws UnreadablePageException if the bytes are binary data rather than text
     */
    public DecodedPage decode(byte[] page, String declaredCharset) {
        DecodedPage withBom = fromBom(page);
        if (withBom != null) {
            return withBom;
        }
        Optional<Charset> declared = charset(declaredCharset);
        if (declared.isPresent() && isUtf16(declared.get())) {
            return new DecodedPage(new String(page, declared.get()), declared.get(), CharsetSource.DECLARED);
        }
        rejectBinary(page);
        Utf8Check utf8 = Utf8Check.of(page);
        Optional<Charset> meta = charset(prescan(page)).filter(c -> !isUtf16(c));
        if (utf8.valid() && utf8.multiByte() > 0) {
            CharsetSource source = declared.filter(PageDecoder::isUtf8).isPresent() ? CharsetSource.DECLARED
                    : meta.filter(PageDecoder::isUtf8).isPresent() ? CharsetSource.META : CharsetSource.SNIFFED;
            return utf8Page(page, source);
        }
        DecodedPage fromHeader = underLabel(page, declared, CharsetSource.DECLARED, utf8);
        if (fromHeader != null) {
            return fromHeader;
        }
        DecodedPage fromMeta = underLabel(page, meta, CharsetSource.META, utf8);
        if (fromMeta != null) {
            return fromMeta;
        }
        if (utf8.valid()) {
            return new DecodedPage(new String(page, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    CharsetSource.DEFAULT);
        }
        Optional<Charset> guessed = charset(detect(page));
        if (guessed.isPresent() && decodesCleanly(page, guessed.get())) {
            return new DecodedPage(new String(page, guessed.get()), guessed.get(), CharsetSource.SNIFFED);
        }
        return new DecodedPage(new String(page, DEFAULT), DEFAULT, CharsetSource.DEFAULT);
    }

    private static DecodedPage underLabel(byte[] page, Optional<Charset> label, CharsetSource source,
                                          Utf8Check utf8) {
        if (label.isEmpty()) {
            return null;
        }
        Charset c = label.get();
        if (isUtf8(c)) {
            // Mostly UTF-8 with a few stray bytes: keep UTF-8, the stray bytes become U+FFFD.
            return utf8.valid() || utf8.multiByte() > utf8.invalid() ? utf8Page(page, source) : null;
        }
        return decodesCleanly(page, c) ? new DecodedPage(new String(page, c), c, source) : null;
    }

    private static DecodedPage utf8Page(byte[] page, CharsetSource source) {
        return new DecodedPage(new String(page, StandardCharsets.UTF_8), StandardCharsets.UTF_8, source);
    }

    private static DecodedPage fromBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return bomPage(b, 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return bomPage(b, 2, StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return bomPage(b, 2, StandardCharsets.UTF_16LE);
        }
        return null;
    }

    private static DecodedPage bomPage(byte[] b, int skip, Charset c) {
        return new DecodedPage(new String(b, skip, b.length - skip, c), c, CharsetSource.BOM);
    }

    /** Control bytes other than whitespace and escape do not occur in text of any ASCII-based charset. */
    private static void rejectBinary(byte[] page) {
        int n = Math.min(page.length, BINARY_PROBE_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = page[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        if (n > 0 && control * 100 > n) {
            throw new UnreadablePageException(String.format(Locale.ROOT,
                    "not a text page: %d of its first %d bytes are control bytes (binary data?)", control, n));
        }
    }

    private static String prescan(byte[] page) {
        String head = new String(page, 0, Math.min(page.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return xml.group(1);
        }
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static String detect(byte[] page) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(page, 0, page.length);
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    /** The charset a label names (through the WHATWG supersets), if Java knows it. */
    static Optional<Charset> charset(String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        String key = label.strip().toLowerCase(Locale.ROOT);
        try {
            return Optional.of(Charset.forName(SUPERSETS.getOrDefault(key, key)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean decodesCleanly(byte[] page, Charset c) {
        try {
            c.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(page));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean isUtf8(Charset c) {
        return c.equals(StandardCharsets.UTF_8);
    }

    private static boolean isUtf16(Charset c) {
        return c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32");
    }
}
