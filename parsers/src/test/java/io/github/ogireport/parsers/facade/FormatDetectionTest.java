package io.github.ogireport.parsers.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.golden.GoldenFiles;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportParseException;
import io.github.ogireport.parse.ReportReader;
import io.github.ogireport.parsers.internal.detect.FormatDetector;
import io.github.ogireport.parsers.internal.detect.Problems;
import io.github.ogireport.parsers.internal.detect.ReaderRegistry;
import io.github.ogireport.parsers.internal.json.JsonReader;
import io.github.ogireport.parsers.internal.markdown.MarkdownReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the facade chooses a reader: explicit format name, then content, with the file extension as a tie-break. */
class FormatDetectionTest {

    private final FormatDetector detector = new FormatDetector(
            new ReaderRegistry(List.of(new JsonReader(), new MarkdownReader())));

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String chosen(String content, String hint) {
        return detector.choose(utf8(content), hint, "test").format();
    }

    @Test
    void canonicalJsonIsDetectedFromContentWhateverTheName() {
        assertEquals("json", chosen(GoldenFiles.goldenText("001"), ""));
        assertEquals("json", chosen(GoldenFiles.goldenText("001"), "report.md"));
    }

    @Test
    void markdownIsDetectedFromHeadingsAndPipeTables() {
        assertEquals("markdown", chosen("# 标题\n\n| a | b |\n|---|---|\n| 1 | 2 |\n", ""));
    }

    @Test
    void anExplicitFormatNameWinsOverTheContent() {
        assertEquals("markdown", chosen(GoldenFiles.goldenText("000"), "markdown"));
        assertEquals("markdown", chosen("{\"metadata\":{}}", "MARKDOWN"));
    }

    @Test
    void theFileExtensionDecidesWhenTheContentSaysNothing() {
        assertEquals("markdown", chosen("一、总体情况\n正文", "C:\\reports\\2023.MD"));
        assertEquals("json", chosen("not json at all", "/tmp/r.json"));
    }

    @Test
    void pipeTextWithoutDelimiterRowsIsNotMarkdown() {
        byte[] sample = utf8(GoldenFiles.sampleText("000"));
        assertEquals(0, new MarkdownReader().detect(sample, ""));
    }

    @Test
    void contentNoReaderRecognizesIsRefusedListingTheReaders() {
        ReportParseException e = assertThrows(ReportParseException.class, () -> chosen("plain words", "notes"));
        assertEquals(Problems.FORMAT_UNKNOWN, e.diagnostics().get(0).code());
        assertTrue(e.getMessage().contains("json") && e.getMessage().contains("markdown"), e.getMessage());
    }

    @Test
    void binaryContentIsRefusedAsBinaryEvenWithATextExtension() {
        byte[] bin = new byte[4096];
        new java.util.Random(7).nextBytes(bin);
        ReportParseException e = assertThrows(ReportParseException.class,
                () -> detector.choose(bin, "report.md", "report.md"));
        assertEquals(Problems.INPUT_BINARY, e.diagnostics().get(0).code());
        assertTrue(e.getMessage().startsWith("cannot read report.md: "), e.getMessage());
    }

    @Test
    void utf16WithByteOrderMarkIsNotBinaryButChineseTextIs() {
        assertTrue(FormatDetector.looksBinary(new byte[] {'a', 0, 'b'}));
        assertEquals(false, FormatDetector.looksBinary(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0}));
        assertEquals(false, FormatDetector.looksBinary(utf8(GoldenFiles.sampleText("004"))));
        assertEquals(false, FormatDetector.looksBinary(GoldenFiles.sampleText("004")
                .getBytes(java.nio.charset.Charset.forName("GB18030"))));
    }

    @Test
    void aReaderThatThrowsInDetectIsSkipped() {
        ReportReader broken = new ReaderRegistryTest.Fake("broken") {
            @Override
            public int detect(byte[] head, String fileName) {
                throw new IllegalStateException("boom");
            }
        };
        FormatDetector d = new FormatDetector(new ReaderRegistry(List.of(broken, new JsonReader())));
        assertEquals("json", d.choose(utf8("{\"metadata\":1}"), "", "x").format());
    }
}
