package io.github.ogireport.testkit;

import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.rules.RuleId;
import java.util.Objects;

/**
 * A report that breaks one hard rule because exactly one cell of a valid report was changed.
 *
 * @param report the report with the changed cell
 * @param rule   the rule the change breaks
 * @param cell   the address of the changed cell
 * @param before the cell in the valid report
 * @param after  the cell in {@code report}
 */
public record BrokenReport(AnnualReport report, RuleId rule, CellRef cell, Cell before, Cell after) {

    /** @throws NullPointerException if an argument is null */
    public BrokenReport {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    @Override
    public String toString() {
        return "BrokenReport[" + rule + " at " + cell.pointer() + ": " + before + " -> " + after + "]";
    }
}
