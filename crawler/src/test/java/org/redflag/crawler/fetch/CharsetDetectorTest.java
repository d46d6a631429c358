package org.redflag.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CharsetDetectorTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final String ZH = "招聘仓库助理，月薪五千元，包住宿。";
    private static final String ZH_TRAD = "誠聘倉庫助理，月薪五千元，包住宿。";

    @Test
    void readsTheHeaderCharset() {
        byte[] body = html("", ZH).getBytes(GB18030);
        assertThat(CharsetDetector.decode(body, "text/html; charset=GBK")).contains(ZH);
    }

    @Test
    void readsMetaCharsetWhenTheHeaderHasNone() {
        byte[] body = html("<meta charset=\"gb2312\">", ZH).getBytes(GB18030);
        assertThat(CharsetDetector.decode(body, "text/html")).contains(ZH);
    }

    @Test
    void readsHttpEquivContentType() {
        byte[] body = html("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">", ZH_TRAD)
                .getBytes(BIG5);
        assertThat(CharsetDetector.decode(body, "")).contains(ZH_TRAD);
    }

    @Test
    void aWrongHeaderIsOverruledByAMetaCharsetThatDecodesCleanly() {
        byte[] body = html("<meta charset=\"gb18030\">", ZH).getBytes(GB18030);
        assertThat(CharsetDetector.decode(body, "text/html; charset=utf-8")).contains(ZH);
    }

    @Test
    void theByteOrderMarkWinsAndIsDropped() {
        byte[] text = html("<meta charset=\"gb18030\">", ZH).getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[text.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(text, 0, body, 3, text.length);
        String decoded = CharsetDetector.decode(body, "text/html; charset=iso-8859-1");
        assertThat(decoded).startsWith("<html>").contains(ZH);
    }

    @Test
    void withNoDeclarationUtf8IsAssumed() {
        assertThat(CharsetDetector.decode(html("", ZH).getBytes(StandardCharsets.UTF_8), "")).contains(ZH);
        assertThat(CharsetDetector.detect(html("", "plain").getBytes(StandardCharsets.UTF_8), ""))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void mapsLabelsAsBrowsersDo() {
        assertThat(CharsetDetector.forLabel("gb2312")).contains(GB18030);
        assertThat(CharsetDetector.forLabel("GBK")).contains(GB18030);
        assertThat(CharsetDetector.forLabel("big5")).contains(Charset.forName("Big5-HKSCS"));
        assertThat(CharsetDetector.forLabel("iso-8859-1")).contains(Charset.forName("windows-1252"));
        assertThat(CharsetDetector.forLabel("no-such-charset")).isEmpty();
    }

    @Test
    void undecodableBytesBecomeReplacementCharactersNotAnError() {
        byte[] body = {'<', 'p', '>', (byte) 0xC3, (byte) 0x28, '<', '/', 'p', '>'};
        assertThat(CharsetDetector.decode(body, "text/html; charset=utf-8")).startsWith("<p>").endsWith("</p>");
    }

    private static String html(String head, String body) {
        return "<html><head>" + head + "<title>t</title></head><body><p>" + body + "</p></body></html>";
    }
}
