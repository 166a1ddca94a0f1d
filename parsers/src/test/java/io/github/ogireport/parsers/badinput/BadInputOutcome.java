package io.github.ogireport.parsers.badinput;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.parse.ParseResult;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportParseException;
import io.github.ogireport.parsers.ReportParsers;
import java.time.Duration;
import java.util.Optional;

/** The one acceptable outcome of bad input: a result, or a parse exception with a clear message and diagnostics. */
public final class BadInputOutcome {

    /** The hang guard: a safety net, not a speed measurement. */
    public static final Duration GUARD = Duration.ofSeconds(20);

    private BadInputOutcome() {
    }

    /**
     * Reads and checks the outcome; any other throwable fails the test.
     *
     * @return the exception, if the read ended in one
     */
    public static Optional<ReportParseException> read(byte[] content, String hint, ReaderOptions options) {
        return assertTimeoutPreemptively(GUARD, () -> {
            try {
                ParseResult r = ReportParsers.read(content, hint, options);
                assertNotNull(r.report());
                return Optional.<ReportParseException>empty();
            } catch (ReportParseException e) {
                assertClear(e);
                return Optional.of(e);
            }
        });
    }

    /** A clear parse exception: a message naming the input ({@code cannot read <name>: …}), at least one diagnostic, no stack trace text. */
    public static void assertClear(ReportParseException e) {
        assertNotNull(e.getMessage());
        assertTrue(e.getMessage().startsWith("cannot read "), e.getMessage());
        assertFalse(e.diagnostics().isEmpty(), "at least one diagnostic: " + e.getMessage());
        assertFalse(e.getMessage().contains("\tat "), e.getMessage());
    }
}
