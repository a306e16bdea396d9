package org.dramagraph.source;

import java.util.Locale;

/** Byte counts as people write them: {@code 50MB} in, "50 MB" out. */
public final class Sizes {
    private static final long KB = 1024;
    private static final long MB = KB * 1024;
    private static final long GB = MB * 1024;

    private Sizes() {
    }

    /** Parses a byte count with an optional K, M or G suffix (with or without a trailing B). */
    public static long parse(String text) {
        String s = text.strip().toUpperCase(Locale.ROOT);
        if (s.endsWith("B")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        long unit = 1;
        if (!s.isEmpty() && "KMG".indexOf(s.charAt(s.length() - 1)) >= 0) {
            unit = switch (s.charAt(s.length() - 1)) {
                case 'K' -> KB;
                case 'M' -> MB;
                default -> GB;
            };
            s = s.substring(0, s.length() - 1).strip();
        }
        try {
            long value = Long.parseLong(s);
            if (value <= 0) {
                throw new IllegalArgumentException("not a positive size: " + text);
            }
            return Math.multiplyExact(value, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("not a size: " + text, e);
        }
    }

    /** A short human form, e.g. "50 MB" or "812 bytes". */
    public static String describe(long bytes) {
        long unit = unit(bytes);
        if (unit == 1) {
            return bytes + " bytes";
        }
        String name = unit == GB ? " GB" : unit == MB ? " MB" : " KB";
        return bytes % unit == 0 ? bytes / unit + name : String.format(Locale.ROOT, "%.1f", bytes / (double) unit) + name;
    }

    /**
     * The short form of a size over a limit, or the exact count of bytes where the short form would not show it
     * is over: 50 MB and one byte is "52,428,801 bytes", not "50.0 MB".
     */
    public static String describeOver(long bytes, long limit) {
        return shown(bytes) > shown(limit) ? describe(bytes) : String.format(Locale.ROOT, "%,d bytes", bytes);
    }

    /** What the short form of a size reads as, in bytes (one decimal of its unit). */
    private static double shown(long bytes) {
        long unit = unit(bytes);
        return Math.round(bytes * 10.0 / unit) / 10.0 * unit;
    }

    /** The unit the short form uses: GB only for whole gigabytes. */
    private static long unit(long bytes) {
        if (bytes >= GB && bytes % GB == 0) {
            return GB;
        }
        return bytes >= MB ? MB : bytes >= KB ? KB : 1;
    }
}
