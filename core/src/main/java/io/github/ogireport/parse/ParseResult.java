package io.github.ogireport.parse;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.rules.Severity;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading a source: the report and every diagnostic, in source order.
 *
 * @param report      the report
 * @param format      the format it was read as, e.g. {@code text}, {@code html}, {@code json}
 * @param diagnostics everything the reader tolerated, inferred or could not place
 */
public record ParseResult(AnnualReport report, String format, List<Diagnostic> diagnostics) {

    /** Copies the list. */
    public ParseResult {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(format, "format");
        diagnostics = List.copyOf(diagnostics);
    }

    /** The diagnostics with a given code. */
    public List<Diagnostic> diagnostics(String code) {
        return diagnostics.stream().filter(d -> d.code().equals(code)).toList();
    }

    /** Whether any diagnostic is an error. */
    @JsonIgnore
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
