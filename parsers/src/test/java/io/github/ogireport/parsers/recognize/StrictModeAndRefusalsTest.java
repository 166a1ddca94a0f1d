package io.github.ogireport.parsers.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.parse.ParseResult;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportParseException;
import io.github.ogireport.parse.doc.Document;
import io.github.ogireport.parsers.internal.recognize.Recognizer;
import io.github.ogireport.rules.Severity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lenient by default; strict mode lists every warning and error; what is no report is refused with a reason. */
class StrictModeAndRefusalsTest {

    private static byte[] sample(String name) {
        return Samples.resource("/samples/" + name);
    }

    @Test
    void strictModeThrowsListingEveryWarningAndError() {
        byte[] bytes = sample("002_cb9333bd62be4405.txt");
        ParseResult lenient = Samples.parse(bytes, ReaderOptions.DEFAULT);
        long problems = lenient.diagnostics().stream().filter(d -> d.severity() != Severity.INFO).count();
        assertTrue(problems > 0);
        ReportParseException e = assertThrows(ReportParseException.class,
                () -> Samples.parse(bytes, ReaderOptions.DEFAULT.withStrict(true)));
        assertEquals(problems, e.diagnostics().size());
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.code().equals("LABEL_FUZZY_MATCH")));
        assertTrue(e.getMessage().contains("本年度止件数"));
    }

    @Test
    void strictModeAcceptsAReportWithInfoOnly() {
        ParseResult r = Samples.parse(sample("003_dc414174c0363131.txt"), ReaderOptions.DEFAULT.withStrict(true));
        assertTrue(r.diagnostics().stream().allMatch(d -> d.severity() == Severity.INFO));
    }

    @Test
    void aPre2019LayoutIsRefusedNotMisread() {
        ReportParseException e = assertThrows(ReportParseException.class, () -> Samples.parse("""
                某某局2017年政府信息公开工作年度报告
                一、概述
                本局认真落实条例。
                二、主动公开政府信息情况
                本年度主动公开政府信息120条。
                """));
        assertEquals("PRE_2019_LAYOUT", e.diagnostics().get(0).code());
        assertTrue(e.diagnostics().get(0).messageEn().contains("2017"));
    }

    @Test
    void theOldStatisticsTableWithoutAYearIsRefusedAsPre2019() {
        ReportParseException e = assertThrows(ReportParseException.class, () -> Samples.parse("""
                政府信息公开工作年度报告
                一、概述
                本局认真落实条例。
                统计指标\t单位\t数量
                一、主动公开情况\t\t
                （一）主动公开政府信息数\t条\t120
                """));
        assertEquals("PRE_2019_LAYOUT", e.diagnostics().get(0).code());
    }

    @Test
    void textWithoutAReportIsRefused() {
        ReportParseException e = assertThrows(ReportParseException.class,
                () -> Samples.parse("会议通知\n请各单位于周五前报送材料。\n"));
        assertEquals("NO_REPORT", e.diagnostics().get(0).code());
        assertThrows(ReportParseException.class, () -> new Recognizer().recognize(new Document(List.of()), "text",
                List.of(), ReaderOptions.DEFAULT));
    }

    @Test
    void emptyAndBinaryInputAreRefusedByTheReader() {
        assertEquals("EMPTY_INPUT", assertThrows(ReportParseException.class,
                () -> Samples.parse(" \n\n".getBytes(StandardCharsets.UTF_8), ReaderOptions.DEFAULT))
                .diagnostics().get(0).code());
        assertEquals("BINARY_INPUT", assertThrows(ReportParseException.class,
                () -> Samples.parse(new byte[] {1, 0, 2, 0, 3}, ReaderOptions.DEFAULT)).diagnostics().get(0).code());
        assertEquals("INPUT_TOO_LARGE", assertThrows(ReportParseException.class,
                () -> Samples.parse(new byte[100], ReaderOptions.DEFAULT.withMaxBytes(10))).diagnostics().get(0).code());
    }

    @Test
    void readerDiagnosticsComeFirstAndResultsAreDeterministic() {
        byte[] gb = Samples.text("/samples/004_97627d600dd8fb72.txt").orElseThrow()
                .getBytes(java.nio.charset.Charset.forName("GB18030"));
        ParseResult a = Samples.parse(gb, ReaderOptions.DEFAULT);
        ParseResult b = Samples.parse(gb, ReaderOptions.DEFAULT);
        assertEquals("CHARSET_DETECTED", a.diagnostics().get(0).code());
        assertEquals(a, b);
        assertEquals(Samples.sample("004").report(), a.report());
        assertFalse(a.hasErrors());
    }
}
