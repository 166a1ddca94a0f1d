package io.github.ogireport.parsers.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.golden.GoldenFiles;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportParseException;
import io.github.ogireport.parsers.ReportParsers;
import io.github.ogireport.parsers.internal.detect.Cooperative;
import io.github.ogireport.parsers.internal.detect.Deadline;
import io.github.ogireport.parsers.internal.detect.Problems;
import io.github.ogireport.parsers.internal.markdown.MarkdownReader;
import io.github.ogireport.parsers.internal.text.TextReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The project's own readers and the recognizer check the deadline themselves, on the caller's thread: a read past
 * its time limit is abandoned with the facade's {@code READ_TIMEOUT}, and an interrupted caller gets
 * {@code READ_INTERRUPTED} — without a worker thread left running.
 */
class CooperativeDeadlineTest {

    private static final byte[] TEXT = GoldenFiles.sampleText("000").getBytes(StandardCharsets.UTF_8);
    private static final byte[] MARKDOWN = ("# 某某区2023年政府信息公开工作年度报告\n\n## 一、总体情况\n\n本年度工作情况如下。\n")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void theBuiltInReadersAreCooperative() {
        for (String format : new String[] {"text", "json", "markdown"}) {
            assertTrue(ReportParsers.reader(format).isPresent(), format);
        }
        assertTrue(ReportParsers.reader("text").orElseThrow() instanceof Cooperative);
        assertTrue(ReportParsers.reader("json").orElseThrow() instanceof Cooperative);
        assertTrue(ReportParsers.reader("markdown").orElseThrow() instanceof Cooperative);
    }

    @Test
    void aReadPastItsDeadlineIsAbandonedWithTheFacadesTimeout() {
        ReportParseException e = assertThrows(ReportParseException.class, () -> ReportParsers.read(TEXT, "000.txt",
                ReaderOptions.DEFAULT.withTimeout(Duration.ofNanos(1))));
        assertEquals(Problems.READ_TIMEOUT, e.diagnostics().get(0).code());
        assertTrue(e.getMessage().startsWith("cannot read 000.txt: reading took longer than the limit of 0 ms"),
                e.getMessage());
    }

    @Test
    void anInterruptedCallerIsToldSoAndKeepsItsInterruptStatus() {
        Thread.currentThread().interrupt();
        try {
            ReportParseException e = assertThrows(ReportParseException.class,
                    () -> ReportParsers.read(TEXT, "000.txt", ReaderOptions.DEFAULT));
            assertEquals(Problems.READ_INTERRUPTED, e.diagnostics().get(0).code());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void aReaderCalledDirectlyKeepsItsOwnDeadline() {
        Deadline.Exceeded e = assertThrows(Deadline.Exceeded.class, () -> new TextReader().read(TEXT,
                ReaderOptions.DEFAULT.withTimeout(Duration.ofNanos(1))));
        assertEquals(Problems.READ_TIMEOUT, e.diagnostics().get(0).code());
    }

    @Test
    void aMarkdownReadPastItsDeadlineIsAbandonedWithTheFacadesTimeout() {
        ReportParseException e = assertThrows(ReportParseException.class, () -> ReportParsers.read(MARKDOWN,
                "report.md", ReaderOptions.DEFAULT.withTimeout(Duration.ofNanos(1))));
        assertEquals(Problems.READ_TIMEOUT, e.diagnostics().get(0).code());
        assertTrue(e.getMessage().startsWith("cannot read report.md: reading took longer than the limit of 0 ms"),
                e.getMessage());
    }

    @Test
    void theMarkdownReaderCalledDirectlyKeepsItsOwnDeadline() {
        Deadline.Exceeded e = assertThrows(Deadline.Exceeded.class, () -> new MarkdownReader().read(MARKDOWN,
                ReaderOptions.DEFAULT.withTimeout(Duration.ofNanos(1))));
        assertEquals(Problems.READ_TIMEOUT, e.diagnostics().get(0).code());
    }

    @Test
    void anInterruptedCallerOfTheMarkdownReaderIsToldSo() {
        Thread.currentThread().interrupt();
        try {
            ReportParseException e = assertThrows(ReportParseException.class,
                    () -> ReportParsers.read(MARKDOWN, "report.md", ReaderOptions.DEFAULT));
            assertEquals(Problems.READ_INTERRUPTED, e.diagnostics().get(0).code());
            assertTrue(Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void withinItsDeadlineTheSameReadSucceeds() {
        assertEquals(GoldenFiles.report("000"),
                ReportParsers.read(TEXT, "000.txt", ReaderOptions.DEFAULT.withTimeout(Duration.ofSeconds(30))).report());
    }
}
