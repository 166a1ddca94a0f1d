package io.github.ogireport.parsers.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportReader;
import io.github.ogireport.parse.doc.Paragraph;
import io.github.ogireport.parsers.internal.text.TextReader;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** BOM decides; valid UTF-8 is UTF-8; anything else is GB18030 and said so; an explicit charset wins. */
class CharsetDetectionTest {

    private static final String TEXT = "一、总体情况\r\n本局认真落实《条例》。\r\n";

    private static ReportReader.DocumentOutput read(byte[] bytes, ReaderOptions options) {
        return (ReportReader.DocumentOutput) new TextReader().read(bytes, options);
    }

    private static String firstParagraph(ReportReader.DocumentOutput out) {
        return ((Paragraph) out.document().blocks().get(1)).text();
    }

    @Test
    void utf8WithoutBomHasNoDiagnostic() {
        ReportReader.DocumentOutput out = read(TEXT.getBytes(StandardCharsets.UTF_8), ReaderOptions.DEFAULT);
        assertEquals("本局认真落实《条例》。", firstParagraph(out));
        assertTrue(out.diagnostics().isEmpty());
        assertEquals(2, out.document().blocks().size());
    }

    @Test
    void gb18030IsDetectedAndReported() {
        ReportReader.DocumentOutput out = read(TEXT.getBytes(Charset.forName("GB18030")), ReaderOptions.DEFAULT);
        assertEquals("本局认真落实《条例》。", firstParagraph(out));
        assertEquals("CHARSET_DETECTED", out.diagnostics().get(0).code());
        assertTrue(out.diagnostics().get(0).messageEn().contains("GB18030"));
    }

    @Test
    void byteOrderMarksDecide() {
        byte[] le = TEXT.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = ByteBuffer.allocate(le.length + 2).put((byte) 0xFF).put((byte) 0xFE).put(le).array();
        assertEquals("本局认真落实《条例》。", firstParagraph(read(withBom, ReaderOptions.DEFAULT)));
        byte[] u8 = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] u8Bom = ByteBuffer.allocate(u8.length + 3).put((byte) 0xEF).put((byte) 0xBB).put((byte) 0xBF).put(u8)
                .array();
        ReportReader.DocumentOutput out = read(u8Bom, ReaderOptions.DEFAULT);
        assertEquals("一、总体情况", ((Paragraph) out.document().blocks().get(0)).text());
        assertTrue(out.diagnostics().isEmpty());
    }

    @Test
    void utf16WithoutBomIsRecognizedByItsNulBytes() {
        ReportReader.DocumentOutput le = read(TEXT.getBytes(StandardCharsets.UTF_16LE), ReaderOptions.DEFAULT);
        assertEquals("本局认真落实《条例》。", firstParagraph(le));
        assertEquals("CHARSET_DETECTED", le.diagnostics().get(0).code());
        ReportReader.DocumentOutput be = read(TEXT.getBytes(StandardCharsets.UTF_16BE), ReaderOptions.DEFAULT);
        assertEquals("本局认真落实《条例》。", firstParagraph(be));
    }

    @Test
    void anExplicitCharsetWins() {
        byte[] gbk = TEXT.getBytes(Charset.forName("GBK"));
        ReportReader.DocumentOutput out = read(gbk, ReaderOptions.DEFAULT.withCharset(Charset.forName("GBK")));
        assertEquals("本局认真落实《条例》。", firstParagraph(out));
    }

    @Test
    void readerDeclaresItsFormat() {
        TextReader r = new TextReader();
        assertEquals("text", r.format());
        assertEquals(java.util.Set.of("txt", "text"), r.fileExtensions());
        assertEquals(0, r.detect(new byte[] {0, 1, 2}, "x.txt"));
        assertTrue(r.detect("某局2023年政府信息公开工作年度报告".getBytes(StandardCharsets.UTF_8), "") > 10);
    }
}
