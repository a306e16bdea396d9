package org.dramagraph.clean;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs text whose UTF-8 bytes were decoded as a single-byte code page (Windows-1252, Latin-1,
 * or Thai Windows-874): "â€™" becomes "’", "Ã©" becomes "é", "ðŸ˜Š" an emoji.
 *
 * <p>It works on sequences: a character that stands for a UTF-8 lead byte is replaced only when
 * the characters after it stand for the continuation bytes that lead byte needs and together
 * they decode to a real character. Text in Latin-1 with accented letters therefore survives:
 * "café" has no continuation after "é". Two-byte sequences are only repaired from "Â" to "Å"
 * (Latin-1 and Latin Extended-A, by far the most common damage), since other accented capitals
 * followed by a symbol can be legitimate ("CAFÉ’S").
 *
 * <p>Two damaged forms where bytes were lost are repaired too: "â€" with its last byte gone or
 * shown as "�" (0x9D, which Windows-1252 cannot show, so it is "”"), and a lone "â" between a
 * word and an English clitic ("Kiâs", "donât"), which can only have been an apostrophe.
 */
final class MojibakeRepair implements TextStage {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** The byte each character stands for when UTF-8 was misread; -1 for none. */
    private static final int[] BYTE_OF = new int[0x10000];

    static {
        java.util.Arrays.fill(BYTE_OF, -1);
        for (int b = 0x80; b <= 0xFF; b++) {
            BYTE_OF[b] = b;
        }
        for (int b = 0x80; b <= 0x9F; b++) {
            String c = new String(new byte[] {(byte) b}, WINDOWS_1252);
            if (c.length() == 1 && c.charAt(0) != '\uFFFD') {
                BYTE_OF[c.charAt(0)] = b;
            }
        }
        // Windows-874 (Thai) puts Thai letters at 0xA1-0xFB in Unicode order.
        for (int c = 0x0E01; c <= 0x0E5B; c++) {
            BYTE_OF[c] = c - 0x0E01 + 0xA1;
        }
    }

    private static final int MAX_PASSES = 3;
    /** Two-byte sequences are repaired up to U+017F (lead 0xC5: Latin-1 and Latin Extended-A, "Å“" for "œ"). */
    private static final int MAX_TWO_BYTE_LEAD = 0xC5;

    @Override
    public MappedText apply(MappedText in) {
        if (!hasLeadCharacter(in.text())) {
            return in;
        }
        MappedText text = in;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            MappedText repaired = repairOnce(text);
            if (repaired.length() == text.length() && repaired.text().equals(text.text())) {
                return text;
            }
            text = repaired;
        }
        return text;
    }

    /** Most text has no character that could start a misread sequence: nothing to do. */
    private static boolean hasLeadCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isLead(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a character stands for a UTF-8 lead byte; only there can a repair start. */
    private static boolean isLead(char c) {
        return c >= 0x80 && BYTE_OF[c] >= 0xC2 && BYTE_OF[c] <= 0xF4;
    }

    private MappedText repairOnce(MappedText in) {
        MappedText.Builder out = new MappedText.Builder(in);
        int runStart = 0;
        int i = 0;
        while (i < in.length()) {
            if (!isLead(in.charAt(i))) {
                i++;
                continue;
            }
            out.append(runStart, i);
            int consumed = repairAt(in, i, out);
            runStart = consumed == 0 ? i : i + consumed;
            i += Math.max(1, consumed);
        }
        return out.append(runStart, in.length()).build();
    }

    /** Appends the repair of a sequence starting at {@code i} and returns its length, or 0 when there is none. */
    private static int repairAt(MappedText in, int i, MappedText.Builder out) {
        char lead = in.charAt(i);
        int leadByte = lead < 0x80 ? -1 : BYTE_OF[lead];
        int needed = leadByte >= 0xC2 && leadByte <= 0xDF ? 2 : leadByte >= 0xE0 && leadByte <= 0xEF ? 3
                : leadByte >= 0xF0 && leadByte <= 0xF4 ? 4 : 0;
        if (needed == 0) {
            return 0;
        }
        byte[] bytes = new byte[needed];
        bytes[0] = (byte) leadByte;
        int have = 1;
        while (have < needed && i + have < in.length()) {
            char c = in.charAt(i + have);
            int b = BYTE_OF[c];
            // Thai letters are only taken as the lead: a run of Thai letters is Thai, not damage.
            if (b < 0x80 || b > 0xBF || isThai(c)) {
                break;
            }
            bytes[have++] = (byte) b;
        }
        if (have == needed) {
            String decoded = decode(bytes);
            if (decoded == null || needed == 2 && leadByte > MAX_TWO_BYTE_LEAD || !plausible(decoded)) {
                return 0;
            }
            emit(decoded, in.origin(i), out);
            return needed;
        }
        if (leadByte == 0xE2 && have == 2 && (bytes[1] & 0xFF) == 0x80) {
            emit("\u201D", in.origin(i), out);
            boolean replaced = i + 2 < in.length() && in.charAt(i + 2) == '\uFFFD';
            return replaced ? 3 : 2;
        }
        if (leadByte == 0xE2 && have == 1 && isClitic(in, i)) {
            emit("\u2019", in.origin(i), out);
            return 1;
        }
        return 0;
    }

    /** "Kiâs", "donât", "Iâm", "weâre": a letter, the lone lead, a clitic, then no letter. */
    private static boolean isClitic(MappedText in, int i) {
        if (i == 0 || !Character.isLetter(in.charAt(i - 1))) {
            return false;
        }
        String after = in.text().substring(i + 1, Math.min(in.length(), i + 4));
        for (String clitic : new String[] {"s", "t", "m", "d", "ll", "re", "ve"}) {
            if (after.startsWith(clitic) && (after.length() == clitic.length()
                    || !Character.isLetter(after.charAt(clitic.length())))) {
                char before = in.charAt(i - 1);
                return switch (clitic) {
                    case "t" -> before == 'n';
                    case "m" -> before == 'I' && (i < 2 || !Character.isLetter(in.charAt(i - 2)));
                    default -> true;
                };
            }
        }
        return false;
    }

    private static boolean isThai(char c) {
        return c >= 0x0E01 && c <= 0x0E5B;
    }

    private static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * A real character. C1 controls count: text misread twice holds them for bytes the code page
     * lacks, and the next pass reads them as bytes again.
     */
    private static boolean plausible(String decoded) {
        int cp = decoded.codePointAt(0);
        int type = Character.getType(cp);
        return type != Character.UNASSIGNED && type != Character.PRIVATE_USE && type != Character.SURROGATE
                && (type != Character.CONTROL || cp >= 0x80 && cp <= 0x9F);
    }

    private static void emit(String s, int origin, MappedText.Builder out) {
        for (int k = 0; k < s.length(); k++) {
            out.append(s.charAt(k), origin);
        }
    }
}
