package io.github.ogireport.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.rules.RuleId;
import io.github.ogireport.validation.ReportValidator;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import net.jqwik.api.statistics.Statistics;

/**
 * What is proved of each arithmetic hard rule; a subclass per rule, named after what it proves, gives the rule, a
 * chosen cell and a cell outside the rule:
 * <ul>
 *   <li>on random tables never repaired by {@code Accounting}, the validator's errors of the rule are exactly the
 *       cells where {@link FormatOracle} (FORMAT.md restated) says the rule is broken: this is what catches a wrong
 *       rule, since everything else below agrees with {@code Accounting} by construction;</li>
 *   <li>every single-cell break made by {@link Reports#breaking(RuleId)} is an error of the rule at the changed cell's
 *       row or column, also at the chosen cell;</li>
 *   <li>{@link Reports#breaking(RuleId, CellRef)} refuses a cell the rule does not involve.</li>
 * </ul>
 */
abstract class HardRuleProperties {

    private final RuleId rule;
    private final CellRef chosenCell;
    private final CellRef cellOutsideTheRule;
    private ReportValidator validator;

    /**
     * @param rule               the rule proved
     * @param chosenCell         a cell the rule involves, broken in every try of
     *                           {@link #aBreakAtTheChosenCellIsDetected}
     * @param cellOutsideTheRule a cell no change of which can break the rule
     */
    HardRuleProperties(RuleId rule, CellRef chosenCell, CellRef cellOutsideTheRule) {
        this.rule = rule;
        this.chosenCell = chosenCell;
        this.cellOutsideTheRule = cellOutsideTheRule;
    }

    @BeforeProperty
    void openValidator() {
        validator = ReportValidator.create();
    }

    @AfterProperty
    void closeValidator() {
        validator.close();
    }

    @Property(tries = 200)
    void onUnrepairedTablesErrorsAreExactlyWhereTheSpecSaysTheRuleIsBroken(@ForAll("unrepaired") AnnualReport report) {
        FormatOracle.assertValidatorAgrees(validator, report, rule);
        List<FormatOracle.Equation> equations = FormatOracle.equations(rule, report);
        Statistics.label("some instance holds").collect(equations.stream().anyMatch(e -> FormatOracle.holds(report, e)))
                .coverage(cov -> cov.check(true).percentage(p -> p > 20));
        Statistics.label("some instance broken").collect(equations.stream().anyMatch(e -> FormatOracle.broken(report, e)))
                .coverage(cov -> cov.check(true).percentage(p -> p > 20));
        Statistics.label("（六）").collect(report.edition().id() + " " + UnrepairedReports.otherHandling(report))
                .coverage(cov -> {
                    cov.check("2019 SINGLE_ROW").count(n -> n > 0);
                    cov.check("2021 SINGLE_ROW").count(n -> n > 0);
                    cov.check("2021 BREAKDOWN").count(n -> n > 0);
                    cov.check("2021 BOTH").count(n -> n > 0);
                });
    }

    @Property(tries = 200)
    void everyBreakIsDetectedAtTheChangedCellsRowOrColumn(@ForAll("broken") BrokenReport broken) {
        assertEquals(rule, broken.rule());
        BrokenReportChecks.assertDetected(validator, broken);
        Statistics.label("row").collect(broken.cell().row().id());
    }

    @Property(tries = 100)
    void aBreakAtTheChosenCellIsDetected(@ForAll("brokenAtChosenCell") BrokenReport broken) {
        assertEquals(chosenCell, broken.cell());
        BrokenReportChecks.assertDetected(validator, broken);
    }

    @Example
    void aCellTheRuleDoesNotInvolveIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Reports.breaking(rule, cellOutsideTheRule));
        assertTrue(e.getMessage().contains(cellOutsideTheRule.pointer()), e.getMessage());
    }

    @Provide
    Arbitrary<AnnualReport> unrepaired() {
        return UnrepairedReports.reports();
    }

    @Provide
    Arbitrary<BrokenReport> broken() {
        return Reports.breaking(rule);
    }

    @Provide
    Arbitrary<BrokenReport> brokenAtChosenCell() {
        return Reports.breaking(rule, chosenCell);
    }
}
