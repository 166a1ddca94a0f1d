package io.github.ogireport.testkit;

import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.ValidationReport;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Assertions on a {@link ValidationReport}; each failed assertion throws an {@link AssertionError} that lists the
 * findings. No test framework is needed.
 *
 * <pre>{@code
 * ValidationAssertions.assertThat(validator.validate(report))
 *         .hasFinding("T3-BALANCE", "/table3/carriedToNextYear/total")
 *         .hasErrorAt("/table3/carriedToNextYear/total");
 * }</pre>
 */
public final class ValidationAssertions {

    private final ValidationReport actual;

    private ValidationAssertions(ValidationReport actual) {
        this.actual = actual;
    }

    /**
     * Starts assertions on a validation result.
     *
     * @throws AssertionError if the result is null
     */
    public static ValidationAssertions assertThat(ValidationReport actual) {
        if (actual == null) {
            throw new AssertionError("expected a validation report but was null");
        }
        return new ValidationAssertions(actual);
    }

    /** Asserts that no finding is an error (warnings are allowed). */
    public ValidationAssertions isValid() {
        if (!actual.isValid()) {
            fail("expected a valid report (no error finding) but found " + actual.errors().size() + " error(s)");
        }
        return this;
    }

    /** Asserts that there is no error finding; the same as {@link #isValid()}. */
    public ValidationAssertions hasNoErrors() {
        if (!actual.errors().isEmpty()) {
            fail("expected no error finding but found " + actual.errors().size());
        }
        return this;
    }

    /** Asserts that there is no finding at all, not even a warning. */
    public ValidationAssertions hasNoFindings() {
        if (!actual.findings().isEmpty()) {
            fail("expected no finding but found " + actual.findings().size());
        }
        return this;
    }

    /** Asserts that at least one finding has the rule id (e.g. {@code T3-BALANCE}). */
    public ValidationAssertions hasFinding(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        if (actual.findings(ruleId).isEmpty()) {
            fail("expected a finding of rule " + ruleId + " but found none");
        }
        return this;
    }

    /** Asserts that at least one finding has the rule id and the JSON Pointer path. */
    public ValidationAssertions hasFinding(String ruleId, String path) {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(path, "path");
        if (actual.findings(ruleId).stream().noneMatch(f -> f.path().equals(path))) {
            fail("expected a finding of rule " + ruleId + " at " + path + " but found none");
        }
        return this;
    }

    /** Asserts that at least one error finding has the JSON Pointer path. */
    public ValidationAssertions hasErrorAt(String path) {
        Objects.requireNonNull(path, "path");
        if (actual.errors().stream().noneMatch(f -> f.path().equals(path))) {
            fail("expected an error at " + path + " but found none");
        }
        return this;
    }

    /** The result under test. */
    public ValidationReport actual() {
        return actual;
    }

    private void fail(String message) {
        throw new AssertionError(message + "; findings:" + describe(actual.findings()));
    }

    static String describe(List<Finding> findings) {
        if (findings.isEmpty()) {
            return " (none)";
        }
        return findings.stream()
                .map(f -> "\n  " + f.severity() + " " + f.ruleId() + " at " + (f.path().isEmpty() ? "(report)" : f.path())
                        + f.expected().map(e -> " expected " + e).orElse("")
                        + f.actual().map(a -> " actual " + a).orElse("")
                        + " — " + f.messageEn())
                .collect(Collectors.joining());
    }
}
