package io.github.ogireport.testkit.internal;

import io.github.ogireport.catalog.Catalog;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.rules.Accounting;
import io.github.ogireport.rules.Check;
import io.github.ogireport.rules.RuleId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Changes one cell of a valid report so that a hard rule breaks; which cells a rule involves comes from {@link Accounting}. */
public final class Breaker {

    /** The rules a single-cell change can break. */
    public static final List<RuleId> HARD_RULES = List.of(RuleId.T3_BALANCE, RuleId.T3_ROW_TOTAL,
            RuleId.T3_OUTCOME_TOTAL, RuleId.T4_TOTAL, RuleId.NON_NEGATIVE);

    private Breaker() {
    }

    /** The outcome of a change: the new report, the address, the cells before and after. */
    public record Change(AnnualReport report, CellRef cell, Cell before, Cell after) {
    }

    /**
     * The cells of the report whose change can break the rule: the cells of its checkable checks, or for
     * NON-NEGATIVE every reported cell whose column must not be negative. In template order, no duplicates.
     */
    public static List<CellRef> cellsOf(AnnualReport report, RuleId rule) {
        Set<CellRef> out = new LinkedHashSet<>();
        if (rule == RuleId.NON_NEGATIVE) {
            for (CellRef ref : Catalog.cells(report.edition())) {
                if (!Accounting.negativeAllowed(ref.column()) && CellEdits.get(report, ref).isReported()) {
                    out.add(ref);
                }
            }
        } else {
            for (Check check : Accounting.checks(report)) {
                if (check.rule() == rule && check.checkable()) {
                    out.addAll(check.cells());
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Changes {@code cell} so that {@code rule} breaks.
     *
     * @throws IllegalArgumentException if the rule is not a hard rule or the cell is not among {@link #cellsOf}
     */
    public static Change breakAt(Choices c, AnnualReport valid, RuleId rule, CellRef cell) {
        if (!HARD_RULES.contains(rule)) {
            throw new IllegalArgumentException(rule + " is not a hard rule: " + HARD_RULES);
        }
        if (!cellsOf(valid, rule).contains(cell)) {
            throw new IllegalArgumentException("a change of " + cell.pointer() + " cannot break " + rule);
        }
        Cell before = CellEdits.get(valid, cell);
        BigDecimal old = before.valueOrZero();
        Cell after;
        if (rule == RuleId.NON_NEGATIVE) {
            after = Cell.of(BigDecimal.valueOf(-(1 + c.count())));
        } else {
            BigDecimal delta = BigDecimal.valueOf(1 + c.count());
            boolean down = c.chance(50) && old.compareTo(delta) >= 0;
            after = Cell.of(down ? old.subtract(delta) : old.add(delta));
        }
        AnnualReport broken = CellEdits.with(valid, cell, after);
        if (!breaks(broken, rule, cell)) {
            throw new IllegalStateException("changing " + cell + " from " + before + " to " + after
                    + " did not break " + rule);
        }
        return new Change(broken, cell, before, after);
    }

    /** Changes a cell chosen among {@link #cellsOf} so that the rule breaks. */
    public static Change breakAny(Choices c, AnnualReport valid, RuleId rule) {
        List<CellRef> cells = cellsOf(valid, rule);
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("no cell of this report can break " + rule);
        }
        return breakAt(c, valid, rule, c.pick(cells));
    }

    /** Whether the rule is violated in the report at a check involving the cell. */
    public static boolean breaks(AnnualReport report, RuleId rule, CellRef cell) {
        if (rule == RuleId.NON_NEGATIVE) {
            return Accounting.isNegativeViolation(cell.column(), CellEdits.get(report, cell));
        }
        List<Check> violated = new ArrayList<>();
        for (Check check : Accounting.checks(report)) {
            if (check.rule() == rule && check.violated() && check.cells().contains(cell)) {
                violated.add(check);
            }
        }
        return !violated.isEmpty();
    }
}
