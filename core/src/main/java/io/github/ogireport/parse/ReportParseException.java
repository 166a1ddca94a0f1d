package io.github.ogireport.parse;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a source cannot be read as a report: empty or binary input, no report in it, a layout older than
 * 2019, input over the configured limits, or — in strict mode — any problem at all. Lists every problem found.
 */
public class ReportParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    /**
     * @param message     summary
     * @param diagnostics every problem found, at least one
     */
    public ReportParseException(String message, List<Diagnostic> diagnostics) {
        super(message + describe(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /**
     * @param message     summary
     * @param diagnostics every problem found
     * @param cause       the underlying failure
     */
    public ReportParseException(String message, List<Diagnostic> diagnostics, Throwable cause) {
        super(message + describe(diagnostics), cause);
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** Every problem found. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    private static String describe(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return "";
        }
        return diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n  ", ":\n  ", ""));
    }
}
