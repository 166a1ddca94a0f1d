package io.github.ogireport.parsers.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportParseException;
import io.github.ogireport.parsers.ReportParsers;
import io.github.ogireport.parsers.internal.detect.Problems;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whatever goes wrong inside a reader — a stack overflow, a null pointer, a hang, no output, an empty document — the
 * caller gets a {@link ReportParseException} naming the input with a one-line reason, within the time limit.
 */
class ReaderFailuresAreWrappedBadInputTest {

    @ParameterizedTest
    @CsvSource({"overflow, READER_FAILED, StackOverflowError, 15000", "npe, READER_FAILED, NullPointerException, 15000",
            "null, READER_FAILED, returned nothing, 15000", "hang, READ_TIMEOUT, 500 ms, 500"})
    void failureInsideAReaderBecomesAParseException(String how, String code, String reason, long timeoutMillis) {
        ReaderOptions options = ReaderOptions.DEFAULT.withTimeout(Duration.ofMillis(timeoutMillis));
        ReportParseException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThrows(
                ReportParseException.class, () -> ReportParsers.read(how.getBytes(StandardCharsets.UTF_8),
                        "test-exploding", options)));
        Diagnostic d = e.diagnostics().get(0);
        assertEquals(code, d.code());
        assertTrue(e.getMessage().startsWith("cannot read test-exploding: "), e.getMessage());
        assertTrue(d.messageEn().contains(reason), d.messageEn());
        assertFalse(d.messageEn().contains("\n"), "one line: " + d.messageEn());
        assertFalse(e.getMessage().contains("\tat "), "no stack trace in the message");
    }

    @ParameterizedTest
    @CsvSource({"empty-document"})
    void aDocumentWithoutAReportIsRefused(String how) {
        ReportParseException e = assertThrows(ReportParseException.class,
                () -> ReportParsers.read(how.getBytes(StandardCharsets.UTF_8), "test-exploding",
                        ReaderOptions.DEFAULT));
        assertFalse(e.diagnostics().isEmpty());
        assertTrue(e.getMessage().startsWith("cannot read test-exploding: "), e.getMessage());
        assertFalse(Problems.INPUT_EMPTY.equals(e.diagnostics().get(0).code()));
    }
}
