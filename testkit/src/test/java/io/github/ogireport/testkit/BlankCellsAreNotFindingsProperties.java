package io.github.ogireport.testkit;

import io.github.ogireport.catalog.Catalog;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.rules.RuleId;
import io.github.ogireport.testkit.internal.CellEdits;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/** Blank is zero for the rules: writing any or all zeros of a valid report as blanks or placeholders keeps it valid. */
class BlankCellsAreNotFindingsProperties {

    private static final ReportValidator VALIDATOR = ReportValidator.create();

    @AfterContainer
    static void close() {
        VALIDATOR.close();
    }

    @Property(tries = 150)
    void everyZeroWrittenBlankStaysValid(@ForAll("reports") AnnualReport report) {
        AnnualReport blanked = replaceZeros(report, Cell.blank());
        ValidationReport result = VALIDATOR.validate(blanked);
        ValidationAssertions.assertThat(result).hasNoErrors();
        // the only possible finding is that no number is left at all
        if (result.findings().stream().anyMatch(f -> !f.ruleId().equals(RuleId.ALL_BLANK.id()))) {
            throw new AssertionError("blanks produced findings:" + ValidationAssertions.describe(result.findings()));
        }
    }

    @Property(tries = 100)
    void everyZeroWrittenAsPlaceholderStaysValid(@ForAll("reports") AnnualReport report) {
        AnnualReport blanked = replaceZeros(report, Cell.placeholder("-"));
        ValidationAssertions.assertThat(VALIDATOR.validate(blanked)).hasNoErrors();
    }

    private static AnnualReport replaceZeros(AnnualReport report, Cell replacement) {
        AnnualReport out = report;
        List<CellRef> cells = Catalog.cells(report.edition());
        for (CellRef ref : cells) {
            Cell c = CellEdits.get(out, ref);
            if (c.isNumber() && c.valueOrZero().signum() == 0) {
                out = CellEdits.with(out, ref, replacement);
            }
        }
        return out;
    }

    @Provide
    Arbitrary<AnnualReport> reports() {
        return Reports.valid().withFees();
    }
}
