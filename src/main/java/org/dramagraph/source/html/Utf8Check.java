package org.dramagraph.source.html;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * How well a byte array reads as UTF-8.
 *
 * @param multiByte well-formed multi-byte sequences
 * @param invalid   bytes that start no well-formed sequence
 */
record Utf8Check(int multiByte, int invalid) {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    /** Whether every byte belongs to a well-formed sequence. */
    boolean valid() {
        return invalid == 0;
    }

    /** Counts well-formed multi-byte sequences and stray bytes (overlongs and surrogates are stray). */
    static Utf8Check of(byte[] b) {
        int multi = 0;
        int invalid = 0;
        int i = 0;
        while (i < b.length) {
            // Pages are mostly ASCII markup: skip eight ASCII bytes at a time.
            while (i + Long.BYTES <= b.length && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
                i += Long.BYTES;
            }
            if (i >= b.length) {
                break;
            }
            int c = b[i] & 0xFF;
            int len = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                    : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (len == 1) {
                i++;
            } else if (len > 1 && wellFormed(b, i, len)) {
                multi++;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
        return new Utf8Check(multi, invalid);
    }

    private static boolean wellFormed(byte[] b, int i, int len) {
        if (i + len > b.length) {
            return false;
        }
        int first = b[i] & 0xFF;
        int second = b[i + 1] & 0xFF;
        int lo = first == 0xE0 ? 0xA0 : first == 0xF0 ? 0x90 : 0x80;
        int hi = first == 0xED ? 0x9F : first == 0xF4 ? 0x8F : 0xBF;
        if (second < lo || second > hi) {
            return false;
        }
        for (int k = 2; k < len; k++) {
            int cont = b[i + k] & 0xFF;
            if (cont < 0x80 || cont > 0xBF) {
                return false;
            }
        }
        return true;
    }
}
