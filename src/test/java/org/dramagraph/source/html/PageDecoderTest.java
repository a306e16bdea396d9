package org.dramagraph.source.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageDecoderTest {
    private static final String KOREAN = "배우가 새 드라마에서 주인공을 맡았다. 방송은 다음 달 시작된다. "
            + "제작진은 촬영이 순조롭게 진행되고 있다고 밝혔다.";
    private final PageDecoder decoder = new PageDecoder();

    private static String page(String meta, String body) {
        return "<html><head>" + meta + "<title>t</title></head><body><p>" + body + "</p></body></html>";
    }

    @Test
    void utf8PageDeclaredAsLatin1ByTheServerIsReadAsUtf8() {
        byte[] bytes = page("", "Kim Ji-won’s café scene — “perfect”").getBytes(StandardCharsets.UTF_8);
        DecodedPage p = decoder.decode(bytes, "ISO-8859-1");
        assertThat(p.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(p.source()).isEqualTo(CharsetSource.SNIFFED);
        assertThat(p.html()).contains("Kim Ji-won’s café scene — “perfect”");
    }

    @Test
    void utf8PageWhoseMetaSaysWindows1252IsReadAsUtf8() {
        byte[] bytes = page("<meta charset=\"windows-1252\">", KOREAN).getBytes(StandardCharsets.UTF_8);
        assertThat(decoder.decode(bytes, null).html()).contains(KOREAN);
    }

    @Test
    void latin1PageIsReadWithItsMetaCharset() {
        byte[] bytes = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
                "Tónica café ñ – 20€").getBytes(Charset.forName("windows-1252"));
        DecodedPage p = decoder.decode(bytes, null);
        assertThat(p.source()).isEqualTo(CharsetSource.META);
        assertThat(p.html()).contains("Tónica café ñ – 20€");
    }

    @Test
    void httpCharsetComesBeforeTheMetaTag() {
        byte[] bytes = page("<meta charset=\"iso-8859-5\">", "Tónica").getBytes(Charset.forName("windows-1252"));
        DecodedPage p = decoder.decode(bytes, "windows-1252");
        assertThat(p.source()).isEqualTo(CharsetSource.DECLARED);
        assertThat(p.html()).contains("Tónica");
    }

    @Test
    void eucKrPageIsReadWithItsMetaCharset() {
        byte[] bytes = page("<meta charset=\"euc-kr\">", KOREAN).getBytes(Charset.forName("EUC-KR"));
        assertThat(decoder.decode(bytes, null).html()).contains(KOREAN);
    }

    @Test
    void eucKrPageWithoutAnyDeclarationIsSniffed() {
        byte[] bytes = page("", KOREAN.repeat(3)).getBytes(Charset.forName("EUC-KR"));
        DecodedPage p = decoder.decode(bytes, null);
        assertThat(p.source()).isEqualTo(CharsetSource.SNIFFED);
        assertThat(p.html()).contains(KOREAN);
    }

    @Test
    void pageDeclaredUtf8ButWrittenInWindows1252FallsBackToALegacyCharset() {
        byte[] bytes = page("<meta charset=\"utf-8\">", "Beyoncé’s café — déjà vu").getBytes(Charset.forName("windows-1252"));
        DecodedPage p = decoder.decode(bytes, "utf-8");
        assertThat(p.charset()).isNotEqualTo(StandardCharsets.UTF_8);
        assertThat(p.html()).contains("Beyoncé’s café — déjà vu");
    }

    @Test
    void aFewStrayBytesInAUtf8PageKeepUtf8() {
        byte[] good = page("<meta charset=\"utf-8\">", KOREAN + " stray: X").getBytes(StandardCharsets.UTF_8);
        good[good.length - 20] = (byte) 0xE9; // one Latin-1 byte among many UTF-8 sequences
        DecodedPage p = decoder.decode(good, null);
        assertThat(p.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(p.html()).contains(KOREAN).contains("\uFFFD");
    }

    @Test
    void byteOrderMarkWinsOverEveryLabel() {
        byte[] body = page("<meta charset=\"iso-8859-1\">", KOREAN).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = ByteBuffer.allocate(body.length + 3).put(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})
                .put(body).array();
        DecodedPage p = decoder.decode(withBom, "iso-8859-1");
        assertThat(p.source()).isEqualTo(CharsetSource.BOM);
        assertThat(p.html()).startsWith("<html>").contains(KOREAN);
    }

    @Test
    void utf16WithBomIsRead() {
        byte[] body = page("", KOREAN).getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = ByteBuffer.allocate(body.length + 2).put(new byte[]{(byte) 0xFF, (byte) 0xFE}).put(body).array();
        DecodedPage p = decoder.decode(withBom, null);
        assertThat(p.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(p.html()).contains(KOREAN);
    }

    @Test
    void binaryDataIsRefusedWithAClearMessage() {
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        assertThatThrownBy(() -> decoder.decode(garbage, null))
                .isInstanceOf(UnreadablePageException.class)
                .hasMessageContaining("not a text page")
                .hasMessageContaining("control bytes");
    }

    @Test
    void unknownCharsetLabelsAreIgnored() {
        byte[] bytes = page("<meta charset=\"x-no-such-charset\">", "plain café").getBytes(StandardCharsets.UTF_8);
        assertThat(decoder.decode(bytes, "bogus/label").html()).contains("plain café");
    }

    @Test
    void emptyPageDecodesToEmptyText() {
        assertThat(decoder.decode(new byte[0], null).html()).isEmpty();
    }
}
