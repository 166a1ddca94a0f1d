package io.github.ogireport.validation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ogireport.rules.Severity;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The immutable result of validating a report: its findings, in a stable order (template order of the cells, then
 * rule id).
 *
 * @param findings every finding
 */
@com.fasterxml.jackson.annotation.JsonIgnoreProperties(value = "valid", allowGetters = true)
public record ValidationReport(List<Finding> findings) {

    /** Copies the list. */
    public ValidationReport {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    /** Whether no finding is an error. */
    @JsonProperty("valid")
    public boolean isValid() {
        return findings.stream().noneMatch(Finding::isError);
    }

    /** The error findings. */
    @JsonIgnore
    public List<Finding> errors() {
        return bySeverity(Severity.ERROR);
    }

    /** The warning findings. */
    @JsonIgnore
    public List<Finding> warnings() {
        return bySeverity(Severity.WARNING);
    }

    /** The findings of one rule, by id (e.g. {@code T3-BALANCE}). */
    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** How many findings each rule has, by rule id in alphabetical order. */
    @JsonIgnore
    public Map<String, Long> countsByRule() {
        return findings.stream().collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.counting()));
    }

    private List<Finding> bySeverity(Severity s) {
        return findings.stream().filter(f -> f.severity() == s).toList();
    }
}
