package io.github.ogireport.parsers.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportReader;
import io.github.ogireport.parse.doc.Paragraph;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page charset: byte order mark, then declaration, then sniffing (UTF-8 else GB18030); an option overrides. */
class HtmlCharsetTest {

    private static final String TEXT = "政府信息公开工作年度报告（二〇二三年）";
    private static final Charset GB18030 = Charset.forName("GB18030");

    private static ReportReader.DocumentOutput read(byte[] page, ReaderOptions options) {
        return (ReportReader.DocumentOutput) new HtmlReader().read(page, options);
    }

    private static String firstText(ReportReader.DocumentOutput out) {
        return ((Paragraph) out.document().blocks().get(0)).text();
    }

    private static List<String> codes(ReportReader.DocumentOutput out) {
        return out.diagnostics().stream().map(Diagnostic::code).toList();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    @Test
    void utf8WithoutDeclarationIsUtf8AndSaysNothing() {
        ReportReader.DocumentOutput out = read(("<p>" + TEXT + "</p>").getBytes(StandardCharsets.UTF_8),
                ReaderOptions.DEFAULT);
        assertEquals(TEXT, firstText(out));
        assertEquals(List.of(), codes(out));
    }

    @Test
    void aUtf8PageWithAReplacementCharacterOfItsOwnStaysUtf8() {
        ReportReader.DocumentOutput out = read(("<p>" + TEXT + "\uFFFD</p>").getBytes(StandardCharsets.UTF_8),
                ReaderOptions.DEFAULT);
        assertEquals(TEXT + "\uFFFD", firstText(out));
        assertEquals(List.of(), codes(out));
        byte[] declared = ("<meta charset=\"utf-8\"><p>" + TEXT + "\uFFFD</p>").getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), codes(read(declared, ReaderOptions.DEFAULT)));
        byte[] broken = concat(("<p>\uFFFD" + TEXT).getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC3, '<'});
        assertEquals(List.of("CHARSET_DETECTED"), codes(read(broken, ReaderOptions.DEFAULT)),
                "a malformed sequence after it is still seen");
    }

    @Test
    void utf16ByteOrderMarksWinOverEverything() {
        String page = "<meta charset=\"gbk\"><p>" + TEXT + "</p>";
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, page.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, page.getBytes(StandardCharsets.UTF_16BE));
        assertEquals(TEXT, firstText(read(le, ReaderOptions.DEFAULT)));
        assertEquals(TEXT, firstText(read(be, ReaderOptions.DEFAULT)));
        assertEquals(List.of("CHARSET_DETECTED"), codes(read(le, ReaderOptions.DEFAULT)));
        byte[] utf8Bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                page.getBytes(StandardCharsets.UTF_8));
        assertEquals(TEXT, firstText(read(utf8Bom, ReaderOptions.DEFAULT)));
    }

    @Test
    void httpEquivGb2312IsDecodedAsItsSupersetGb18030() {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body><p>" + TEXT + "\u9555</p></body></html>";
        ReportReader.DocumentOutput out = read(page.getBytes(GB18030), ReaderOptions.DEFAULT);
        assertEquals(TEXT + "\u9555", firstText(out), "a character outside GB2312 survives");
        assertTrue(out.diagnostics().get(0).messageEn().contains("gb2312"), out.diagnostics().toString());
    }

    @Test
    void aPageDeclaringUtf8ThatIsNotIsDecodedAsGb18030WithAWarning() {
        byte[] page = ("<meta charset=\"utf-8\"><p>" + TEXT + "</p>").getBytes(GB18030);
        ReportReader.DocumentOutput out = read(page, ReaderOptions.DEFAULT);
        assertEquals(TEXT, firstText(out));
        assertEquals(List.of("CHARSET_DECLARATION_IGNORED", "CHARSET_DETECTED"), codes(out));
    }

    @Test
    void anUnknownDeclaredCharsetFallsBackToSniffing() {
        byte[] page = ("<meta charset=\"x-no-such\"><p>" + TEXT + "</p>").getBytes(GB18030);
        ReportReader.DocumentOutput out = read(page, ReaderOptions.DEFAULT);
        assertEquals(TEXT, firstText(out));
        assertEquals(List.of("CHARSET_DECLARATION_IGNORED", "CHARSET_DETECTED"), codes(out));
    }

    @Test
    void theCharsetOptionOverridesDeclarationAndSniffing() {
        byte[] page = ("<meta charset=\"utf-8\"><p>" + TEXT + "</p>").getBytes(GB18030);
        ReportReader.DocumentOutput out = read(page, ReaderOptions.DEFAULT.withCharset(Charset.forName("GBK")));
        assertEquals(TEXT, firstText(out));
        assertEquals(List.of(), codes(out));
    }
}
