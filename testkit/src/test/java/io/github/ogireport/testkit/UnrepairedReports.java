package io.github.ogireport.testkit;

import io.github.ogireport.catalog.CatalogColumn;
import io.github.ogireport.catalog.CatalogRow;
import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.FeeItem;
import io.github.ogireport.catalog.FeeRow;
import io.github.ogireport.catalog.Table2Column;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.rules.RuleId;
import io.github.ogireport.testkit.internal.CellEdits;
import io.github.ogireport.testkit.internal.Choices;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Reports whose tables were never repaired by {@code Accounting}: every cell of tables 2–4 and the fee block is
 * random (small numbers, negatives, blanks, placeholders, cells and whole rows not reported), then each instance of
 * an arithmetic rule is made to hold with some probability using {@link FormatOracle}'s arithmetic (so that both
 * holding and broken instances are common, and a rule that adds the wrong rows shows). Later repairs may break earlier
 * ones; whatever comes out, the oracle decides.
 *
 * <p>Table 3's （六） comes in every form a reader can produce: the 2019 single row (2019 edition, or a 2021-era
 * report that kept it), the 2021 breakdown, or both.
 */
final class UnrepairedReports {

    /** How table 3's （六） is reported. */
    enum OtherHandling { SINGLE_ROW, BREAKDOWN, BOTH }

    private static final List<String> PLACEHOLDERS = List.of("-", "—", "/", "无");
    private static final List<Table3Row> BREAKDOWN = List.of(Table3Row.OTHER_NO_CORRECTION,
            Table3Row.OTHER_UNPAID_FEES, Table3Row.OTHER_OTHER);

    private UnrepairedReports() {
    }

    /** Reports of both editions with random, partly consistent tables and a fee block in every 2021 report. */
    static Arbitrary<AnnualReport> reports() {
        return Combinators.combine(Reports.valid().withFees(),
                        Arbitraries.integers().between(0, 999_999).list().ofSize(Choices.SIZE))
                .as((valid, values) -> scramble(valid, new Choices(values)));
    }

    /** The form of （六） in a report. */
    static OtherHandling otherHandling(AnnualReport report) {
        boolean single = report.table3().row(Table3Row.OTHER_HANDLING_TOTAL).isReported();
        boolean breakdown = report.table3().outcomes().otherHandling().hasBreakdown();
        return single && breakdown ? OtherHandling.BOTH : breakdown ? OtherHandling.BREAKDOWN : OtherHandling.SINGLE_ROW;
    }

    private static AnnualReport scramble(AnnualReport valid, Choices c) {
        boolean gaps = c.chance(50); // cells and rows not reported, in half of the reports
        AnnualReport r = valid;
        for (Table2Row row : valid.table2().rows().keySet()) {
            r = randomRow(c, gaps, r, row);
        }
        List<Table3Row> table3 = new ArrayList<>(Table3Row.rowsOf(valid.edition()));
        if (valid.edition() == Edition.V2021) {
            switch (c.pick(List.of(OtherHandling.values()))) {
                case SINGLE_ROW:
                    table3.removeAll(BREAKDOWN);
                    table3.add(Table3Row.OTHER_HANDLING_TOTAL);
                    break;
                case BOTH:
                    table3.add(Table3Row.OTHER_HANDLING_TOTAL);
                    break;
                default:
                    break;
            }
        }
        for (Table3Row row : Table3Row.values()) {
            r = table3.contains(row) ? randomRow(c, gaps, r, row) : CellEdits.withoutRow(r, row);
        }
        for (Table4Row row : Table4Row.values()) {
            r = randomRow(c, gaps, r, row);
        }
        if (valid.fees().isReported()) {
            r = randomRow(c, gaps, r, FeeRow.FEES);
        }
        for (RuleId rule : FormatOracle.ARITHMETIC_RULES) {
            for (FormatOracle.Equation e : FormatOracle.equations(rule, r)) {
                if (c.chance(65)) {
                    r = makeHold(c, r, e);
                }
            }
        }
        return r;
    }

    /**
     * Sets the reported target of an equation whose operands were all reported to their value (a zero sometimes as a
     * blank or placeholder). A target not reported stays so: the form of （六） must not change.
     */
    private static AnnualReport makeHold(Choices c, AnnualReport r, FormatOracle.Equation e) {
        Optional<BigDecimal> expected = FormatOracle.expected(r, e);
        if (expected.isEmpty() || !CellEdits.get(r, e.target()).isReported()) {
            return r;
        }
        Cell cell = expected.get().signum() == 0 && c.chance(30) ? blankOrPlaceholder(c) : Cell.of(expected.get());
        return CellEdits.with(r, e.target(), cell);
    }

    private static AnnualReport randomRow(Choices c, boolean gaps, AnnualReport r, CatalogRow row) {
        if (gaps && c.chance(4)) {
            return CellEdits.withoutRow(r, row);
        }
        List<Cell> cells = new ArrayList<>();
        for (CatalogColumn col : row.columns()) {
            cells.add(randomCell(c, gaps, money(col)));
        }
        if (cells.stream().noneMatch(Cell::isReported)) {
            cells = new ArrayList<>(Collections.nCopies(cells.size(), Cell.of(0)));
        }
        return CellEdits.withRow(r, row, cells);
    }

    private static boolean money(CatalogColumn col) {
        return col == Table2Column.FEE_AMOUNT || col == Table2Column.PROCUREMENT_AMOUNT
                || col == FeeItem.AMOUNT_NOTIFIED || col == FeeItem.AMOUNT_COLLECTED;
    }

    /** Mostly 0–3 so that sums often agree by chance too; sometimes negative, blank, a placeholder, not reported. */
    private static Cell randomCell(Choices c, boolean gaps, boolean money) {
        int kind = c.next(100);
        if (kind < 8) {
            return Cell.blank();
        }
        if (kind < 13) {
            return Cell.placeholder(c.pick(PLACEHOLDERS));
        }
        if (kind < 16 && gaps) {
            return Cell.notReported();
        }
        BigDecimal v = BigDecimal.valueOf(c.next(4));
        if (money && c.chance(40)) {
            v = v.add(BigDecimal.valueOf(1 + c.next(99), 2));
        }
        return Cell.of(kind < 24 ? v.negate().subtract(BigDecimal.ONE) : v);
    }

    private static Cell blankOrPlaceholder(Choices c) {
        return c.chance(50) ? Cell.blank() : Cell.placeholder(c.pick(PLACEHOLDERS));
    }
}
