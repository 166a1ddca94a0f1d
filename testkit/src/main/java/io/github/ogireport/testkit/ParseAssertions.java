package io.github.ogireport.testkit;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ParseResult;
import io.github.ogireport.rules.Severity;
import io.github.ogireport.testkit.internal.JsonDiff;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Assertions on a {@link ParseResult}; each failed assertion throws an {@link AssertionError}. A report mismatch names
 * the first differing JSON Pointer of the canonical JSON ({@link io.github.ogireport.json.ReportJson}).
 *
 * <pre>{@code
 * ParseAssertions.assertThat(reader.read(text))
 *         .hasNoErrors()
 *         .hasDiagnostic("ROW_MISSING")
 *         .hasReport(expected);
 * }</pre>
 */
public final class ParseAssertions {

    private final ParseResult actual;

    private ParseAssertions(ParseResult actual) {
        this.actual = actual;
    }

    /**
     * Starts assertions on a parse result.
     *
     * @throws AssertionError if the result is null
     */
    public static ParseAssertions assertThat(ParseResult actual) {
        if (actual == null) {
            throw new AssertionError("expected a parse result but was null");
        }
        return new ParseAssertions(actual);
    }

    /** Asserts that at least one diagnostic has the code (e.g. {@code LABEL_TYPO}). */
    public ParseAssertions hasDiagnostic(String code) {
        Objects.requireNonNull(code, "code");
        if (actual.diagnostics(code).isEmpty()) {
            throw new AssertionError("expected a diagnostic " + code + " but found none; diagnostics:"
                    + describe(actual.diagnostics()));
        }
        return this;
    }

    /** Asserts that no diagnostic is an error. */
    public ParseAssertions hasNoErrors() {
        List<Diagnostic> errors = actual.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new AssertionError("expected no error diagnostic but found " + errors.size() + ":"
                    + describe(errors));
        }
        return this;
    }

    /**
     * Asserts that the report read equals {@code expected}. On a mismatch the message names the first JSON Pointer
     * where their canonical JSON differs, with both values.
     */
    public ParseAssertions hasReport(AnnualReport expected) {
        Objects.requireNonNull(expected, "expected");
        if (expected.equals(actual.report())) {
            return this;
        }
        Optional<JsonDiff.Difference> d = JsonDiff.first(expected, actual.report());
        String where = d.map(JsonDiff.Difference::toString)
                .orElse("(the canonical JSON is the same; the reports differ in a value JSON does not show)");
        throw new AssertionError("the report read differs from the expected report " + where + "; diagnostics:"
                + describe(actual.diagnostics()));
    }

    /** The result under test. */
    public ParseResult actual() {
        return actual;
    }

    private static String describe(List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return " (none)";
        }
        return diagnostics.stream().map(d -> "\n  " + d).collect(Collectors.joining());
    }
}
