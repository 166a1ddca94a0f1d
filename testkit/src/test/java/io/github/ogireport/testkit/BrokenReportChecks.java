package io.github.ogireport.testkit;

import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
import java.util.List;

/** What every rule test asserts about a {@link BrokenReport}. */
final class BrokenReportChecks {

    private BrokenReportChecks() {
    }

    /** Whether a finding's path is on the cell's row (same row pointer prefix) or column (same last segment). */
    static boolean atRowOrColumn(Finding f, CellRef cell) {
        String path = f.path();
        return path.startsWith(cell.row().pointer() + "/")
                || path.substring(path.lastIndexOf('/') + 1).equals(cell.column().jsonName());
    }

    /**
     * Asserts that validating the broken report gives an error of its rule at the changed cell's row or column, and
     * that the cell really changed.
     */
    static void assertDetected(ReportValidator validator, BrokenReport broken) {
        if (broken.before().equals(broken.after())) {
            throw new AssertionError("the cell did not change: " + broken);
        }
        ValidationReport result = validator.validate(broken.report());
        List<Finding> hits = result.errors().stream()
                .filter(f -> f.ruleId().equals(broken.rule().id()))
                .filter(f -> atRowOrColumn(f, broken.cell()))
                .toList();
        if (hits.isEmpty()) {
            throw new AssertionError("no " + broken.rule() + " error at the row or column of " + broken.cell()
                    + " for " + broken + "; findings:" + ValidationAssertions.describe(result.findings()));
        }
    }
}
