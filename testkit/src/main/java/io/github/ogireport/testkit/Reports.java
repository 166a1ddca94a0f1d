package io.github.ogireport.testkit;

import io.github.ogireport.catalog.CatalogRow;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.FeeRow;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.rules.RuleId;
import io.github.ogireport.testkit.internal.Breaker;
import io.github.ogireport.testkit.internal.Choices;
import io.github.ogireport.testkit.internal.MessyWriter;
import io.github.ogireport.testkit.internal.ReportFactory;
import io.github.ogireport.testkit.internal.ReportSpec;
import io.github.ogireport.testkit.internal.ReportSpec.OtherHandlingForm;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * The entry point of the test kit: jqwik arbitraries of valid reports, of reports that break one rule, and of messy
 * text renderings of reports.
 *
 * <pre>{@code
 * @Property(tries = 200)
 * void balanceIsDetected(@ForAll("broken") BrokenReport broken) {
 *     ValidationAssertions.assertThat(validator.validate(broken.report())).hasFinding("T3-BALANCE");
 * }
 *
 * @Provide
 * Arbitrary<BrokenReport> broken() {
 *     return Reports.breaking(RuleId.T3_BALANCE);
 * }
 * }</pre>
 *
 * <p>With the test kit on the class path, {@code @ForAll AnnualReport report} also works without {@code @Provide}: it
 * draws from {@link #valid()}.
 */
public final class Reports {

    private Reports() {
    }

    /** Valid reports of either edition; configure with the methods of {@link ReportArbitrary}. */
    public static ReportArbitrary valid() {
        return new ReportArbitrary(ReportSpec.defaults());
    }

    /**
     * Reports that break {@code rule} because exactly one cell of a valid report (either edition, every row reported)
     * was changed: for the arithmetic rules a cell of a checkable instance of the rule (as
     * {@link io.github.ogireport.rules.Check#cells()} names them) moves by a non-zero amount and stays non-negative;
     * for NON-NEGATIVE a cell that must not be negative becomes negative.
     *
     * @param rule T3-BALANCE, T3-ROW-TOTAL, T3-OUTCOME-TOTAL, T4-TOTAL or NON-NEGATIVE
     * @throws IllegalArgumentException for any other rule
     */
    public static Arbitrary<BrokenReport> breaking(RuleId rule) {
        requireHard(rule);
        ReportArbitrary base = valid();
        return Arbitraries.integers().between(0, 999_999).list().ofSize(Choices.SIZE).map(values -> {
            Choices c = new Choices(values);
            AnnualReport report = ReportFactory.build(c, base.spec());
            Breaker.Change change = Breaker.breakAny(c, report, rule);
            return new BrokenReport(change.report(), rule, change.cell(), change.before(), change.after());
        });
    }

    /**
     * Reports that break {@code rule} by a change of the given cell. The valid report it starts from has the cell's
     * row: the edition of a table-2 row, the 2021 breakdown of （六） or the 2019 single row （六）, a fee block.
     *
     * @throws IllegalArgumentException if the rule is not a hard rule or a change of the cell cannot break it (e.g.
     *                                  T3-BALANCE at a withheld row, NON-NEGATIVE at 2019's 本年增/减)
     */
    public static Arbitrary<BrokenReport> breaking(RuleId rule, CellRef cell) {
        requireHard(rule);
        Objects.requireNonNull(cell, "cell");
        ReportSpec spec = specFor(cell.row());
        AnnualReport zeros = ReportFactory.build(new Choices(Collections.nCopies(Choices.SIZE, 0)), spec);
        if (!Breaker.cellsOf(zeros, rule).contains(cell)) {
            throw new IllegalArgumentException("a change of " + cell.pointer() + " cannot break " + rule);
        }
        return Arbitraries.integers().between(0, 999_999).list().ofSize(Choices.SIZE).map(values -> {
            Choices c = new Choices(values);
            AnnualReport report = ReportFactory.build(c, spec);
            Breaker.Change change = Breaker.breakAt(c, report, rule, cell);
            return new BrokenReport(change.report(), rule, change.cell(), change.before(), change.after());
        });
    }

    /**
     * Valid reports written out as the plain text of real agencies' pages, each with the exact report its text
     * encodes: any {@link TextShape}, a random choice of {@link Noise}. See {@link MessyRendering}.
     */
    public static Arbitrary<MessyRendering> messy() {
        return Arbitraries.integers().between(0, 999_999).list().ofSize(Choices.SIZE)
                .map(values -> MessyWriter.render(new Choices(values), java.util.Optional.empty()));
    }

    /** Like {@link #messy()}, in one shape only. */
    public static Arbitrary<MessyRendering> messy(TextShape shape) {
        Objects.requireNonNull(shape, "shape");
        return Arbitraries.integers().between(0, 999_999).list().ofSize(Choices.SIZE)
                .map(values -> MessyWriter.render(new Choices(values), java.util.Optional.of(shape)));
    }

    private static void requireHard(RuleId rule) {
        Objects.requireNonNull(rule, "rule");
        if (!Breaker.HARD_RULES.contains(rule)) {
            throw new IllegalArgumentException(rule + " is not a hard rule; use one of " + Breaker.HARD_RULES);
        }
    }

    private static ReportSpec specFor(CatalogRow row) {
        ReportSpec spec = ReportSpec.defaults();
        if (row instanceof Table2Row r) {
            return spec.withEdition(r.edition());
        }
        if (row == Table3Row.OTHER_HANDLING_TOTAL) {
            return spec.withOtherHandling(OtherHandlingForm.SINGLE);
        }
        if (List.of(Table3Row.OTHER_NO_CORRECTION, Table3Row.OTHER_UNPAID_FEES, Table3Row.OTHER_OTHER).contains(row)) {
            return spec.withOtherHandling(OtherHandlingForm.BREAKDOWN);
        }
        if (row == FeeRow.FEES) {
            return spec.withEdition(Edition.V2021).withFees(true);
        }
        return spec;
    }
}
