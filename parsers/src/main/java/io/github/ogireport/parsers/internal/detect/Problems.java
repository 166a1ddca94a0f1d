package io.github.ogireport.parsers.internal.detect;

import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ReportParseException;
import io.github.ogireport.parse.SourceLocation;
import io.github.ogireport.rules.Severity;
import java.util.List;

/**
 * The problems the facade itself reports (empty, binary, too large, unknown format, timeout, reader failure), each
 * as a {@link ReportParseException} carrying one error {@link Diagnostic} with a stable code.
 */
public final class Problems {

    /** Empty input. */
    public static final String INPUT_EMPTY = "INPUT_EMPTY";
    /** Binary content no reader claims. */
    public static final String INPUT_BINARY = "INPUT_BINARY";
    /** Input over {@code maxBytes}. */
    public static final String INPUT_TOO_LARGE = "INPUT_TOO_LARGE";
    /** No reader recognizes the content. */
    public static final String FORMAT_UNKNOWN = "FORMAT_UNKNOWN";
    /** The read took longer than {@code timeout}. */
    public static final String READ_TIMEOUT = "READ_TIMEOUT";
    /** A reader or the recognizer failed unexpectedly. */
    public static final String READER_FAILED = "READER_FAILED";
    /** The read was interrupted. */
    public static final String READ_INTERRUPTED = "READ_INTERRUPTED";
    /** Strict mode refused a report with warnings or errors. */
    public static final String STRICT_REFUSED = "STRICT_REFUSED";

    private Problems() {
    }

    /** An exception with one error diagnostic at an unknown location. */
    public static ReportParseException error(String name, String code, String zh, String en) {
        return error(name, code, zh, en, null);
    }

    /** An exception with one error diagnostic at an unknown location, with a cause. */
    public static ReportParseException error(String name, String code, String zh, String en, Throwable cause) {
        Diagnostic d = new Diagnostic(code, Severity.ERROR, SourceLocation.UNKNOWN, zh, en);
        String message = "cannot read " + name + ": " + en;
        return cause == null ? new ReportParseException(message, List.of(d))
                : new ReportParseException(message, List.of(d), cause);
    }

    /** One line describing a throwable: its simple class name and the first line of its message, shortened. */
    public static String oneLine(Throwable t) {
        String msg = t.getMessage();
        String first = msg == null ? "" : msg.lines().findFirst().orElse("").strip();
        if (first.length() > 200) {
            first = first.substring(0, 200) + "…";
        }
        return first.isEmpty() ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + first;
    }
}
