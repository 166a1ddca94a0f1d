package io.github.ogireport.rules;

import io.github.ogireport.catalog.CellRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One instance of an accounting rule on a report: the target cell, the cells its expected value is computed from,
 * and both values.
 *
 * @param rule        the rule
 * @param target      the cell whose value the rule determines
 * @param plus        cells added to get the expected value
 * @param minus       cells subtracted to get the expected value
 * @param expected    the expected value of the target (blanks and placeholders count as 0)
 * @param actual      the target's value (0 if blank or a placeholder)
 * @param notReported the cells among target, plus and minus that the source did not report
 *
 * <p>For the series rules (SERIES-CARRY, SERIES-STOCK) the target is a cell of this year's report and the operands
 * named in the rule's javadoc ({@link Accounting#seriesCarry}, {@link Accounting#seriesStock}) are cells of last
 * year's report with the same address.
 */
public record Check(RuleId rule, CellRef target, List<CellRef> plus, List<CellRef> minus, BigDecimal expected,
        BigDecimal actual, List<CellRef> notReported) {

    /** Copies the lists. */
    public Check {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(target, "target");
        plus = List.copyOf(plus);
        minus = List.copyOf(minus);
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
        notReported = List.copyOf(notReported);
    }

    /** Whether every cell involved was reported, so the rule can be checked. */
    public boolean checkable() {
        return notReported.isEmpty();
    }

    /** Whether expected equals actual (numerically). */
    public boolean holds() {
        return expected.compareTo(actual) == 0;
    }

    /** Whether the rule is checkable and broken. */
    public boolean violated() {
        return checkable() && !holds();
    }

    /** The expected value as plain text without trailing zeros, e.g. {@code 12} or {@code 5949.09}. */
    public String expectedText() {
        return plain(expected);
    }

    /** The actual value as plain text without trailing zeros. */
    public String actualText() {
        return plain(actual);
    }

    /** A number as plain text without trailing zeros ({@code 12}, never {@code 1.2E+1}). */
    public static String plain(BigDecimal value) {
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0).toPlainString() : s.toPlainString();
    }

    /** Every cell the rule involves: target, then plus, then minus. */
    public List<CellRef> cells() {
        List<CellRef> all = new java.util.ArrayList<>();
        all.add(target);
        all.addAll(plus);
        all.addAll(minus);
        return List.copyOf(all);
    }
}
