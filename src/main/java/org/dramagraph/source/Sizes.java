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
        if (bytes >= GB && bytes % GB == 0) {
            return bytes / GB + " GB";
        }
        if (bytes >= MB) {
            return bytes % MB == 0 ? bytes / MB + " MB" : String.format(Locale.ROOT, "%.1f MB", bytes / (double) MB);
        }
        if (bytes >= KB) {
            return bytes % KB == 0 ? bytes / KB + " KB" : String.format(Locale.ROOT, "%.1f KB", bytes / (double) KB);
        }
        return bytes + " bytes";
    }
}
