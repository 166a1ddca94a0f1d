package io.github.ogireport.testkit;

import static io.github.ogireport.catalog.Table3Row.CARRIED_OVER;
import static io.github.ogireport.catalog.Table3Row.CARRIED_TO_NEXT_YEAR;
import static io.github.ogireport.catalog.Table3Row.DISCLOSED;
import static io.github.ogireport.catalog.Table3Row.NEW_APPLICATIONS;
import static io.github.ogireport.catalog.Table3Row.NOT_PROCESSED_COMPLAINTS;
import static io.github.ogireport.catalog.Table3Row.NOT_PROCESSED_CONFIRMATION;
import static io.github.ogireport.catalog.Table3Row.NOT_PROCESSED_EXCESSIVE;
import static io.github.ogireport.catalog.Table3Row.NOT_PROCESSED_PUBLICATIONS;
import static io.github.ogireport.catalog.Table3Row.NOT_PROCESSED_REPEATED;
import static io.github.ogireport.catalog.Table3Row.OTHER_HANDLING_TOTAL;
import static io.github.ogireport.catalog.Table3Row.OTHER_NO_CORRECTION;
import static io.github.ogireport.catalog.Table3Row.OTHER_OTHER;
import static io.github.ogireport.catalog.Table3Row.OTHER_UNPAID_FEES;
import static io.github.ogireport.catalog.Table3Row.OUTCOME_TOTAL;
import static io.github.ogireport.catalog.Table3Row.PARTIALLY_DISCLOSED;
import static io.github.ogireport.catalog.Table3Row.UNABLE_NEEDS_CREATION;
import static io.github.ogireport.catalog.Table3Row.UNABLE_NOT_HELD;
import static io.github.ogireport.catalog.Table3Row.UNABLE_STILL_UNCLEAR;
import static io.github.ogireport.catalog.Table3Row.WITHHELD_ADMINISTRATIVE_QUERY;
import static io.github.ogireport.catalog.Table3Row.WITHHELD_ENFORCEMENT_FILES;
import static io.github.ogireport.catalog.Table3Row.WITHHELD_INTERNAL_AFFAIRS;
import static io.github.ogireport.catalog.Table3Row.WITHHELD_PROCESS_INFORMATION;
import static io.github.ogireport.catalog.Table3Row.WITHHELD_PROHIBITED_BY_LAW;
import static io.github.ogireport.catalog.Table3Row.WITHHELD_SECURITY_STABILITY;
import static io.github.ogireport.catalog.Table3Row.WITHHELD_STATE_SECRET;
import static io.github.ogireport.catalog.Table3Row.WITHHELD_THIRD_PARTY;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.CatalogColumn;
import io.github.ogireport.catalog.CatalogRow;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.catalog.FeeItem;
import io.github.ogireport.catalog.FeeRow;
import io.github.ogireport.catalog.Table2Column;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Column;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.rules.RuleId;
import io.github.ogireport.testkit.internal.CellEdits;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A test oracle: the hard rules of {@code FORMAT.md} (section "Accounting rules (勾稽关系)") written out again,
 * directly from the spec.
 *
 * <p><b>This is the one sanctioned place outside {@code rules/Accounting} that restates the rule arithmetic</b>, and
 * it does so on purpose: the validator, the valid-report generator and the {@code Breaker} all use
 * {@code Accounting}, so a wrong rule there would agree with itself everywhere. This oracle uses nothing of
 * {@code Accounting} or {@code Check}, nor the catalog's derived lists ({@code ApplicantColumn.addends()},
 * {@code Table3Row.outcomeAddendsOf}, ...): every row and column of every rule is named here, as the spec names it.
 * Labels and addresses still come from the catalog enums.
 *
 * <p>What the spec's rule table leaves to the project, and where this oracle takes it from:
 * <ul>
 *   <li>blanks and placeholders count as 0 (FORMAT.md, "Blank is not zero");</li>
 *   <li>an equation involving a cell the source did not report cannot be checked, so it is never an error
 *       ({@code Cell} javadoc: "not reported is not zero");</li>
 *   <li>an error sits on the cell the equation determines: 总计 of the row or group, （七）总计 of the column, 四 of the
 *       column for T3-BALANCE ({@code RuleId}/{@code Finding} javadoc);</li>
 *   <li>（六）: a table that reports any row of the 2021 breakdown （六）1–3 adds the breakdown; otherwise (the 2019
 *       edition, or a 2021-era report that kept the 2019 row, FORMAT.md table 3) it adds the single row （六）. A
 *       table reporting both has a single row that is their subtotal: （六） = Σ（六）1–3, an error on （六）
 *       ({@code Table3.OtherHandling} javadoc).</li>
 * </ul>
 */
final class FormatOracle {

    /** T3-ROW-TOTAL: 总计 = 自然人 + 商业企业 + 科研机构 + 社会公益组织 + 法律服务机构 + 其他. */
    private static final List<ApplicantColumn> APPLICANT_TYPES = List.of(ApplicantColumn.NATURAL_PERSON,
            ApplicantColumn.COMMERCIAL_ENTERPRISE, ApplicantColumn.RESEARCH_INSTITUTION,
            ApplicantColumn.PUBLIC_INTEREST_ORGANIZATION, ApplicantColumn.LEGAL_SERVICE_AGENCY,
            ApplicantColumn.OTHER_ORGANIZATION);

    /** T3-OUTCOME-TOTAL without （六）: （一） + （二） + Σ（三）1–8 + Σ（四）1–3 + Σ（五）1–5. */
    private static final List<Table3Row> OUTCOMES_BUT_OTHER_HANDLING = List.of(DISCLOSED, PARTIALLY_DISCLOSED,
            WITHHELD_STATE_SECRET, WITHHELD_PROHIBITED_BY_LAW, WITHHELD_SECURITY_STABILITY, WITHHELD_THIRD_PARTY,
            WITHHELD_INTERNAL_AFFAIRS, WITHHELD_PROCESS_INFORMATION, WITHHELD_ENFORCEMENT_FILES,
            WITHHELD_ADMINISTRATIVE_QUERY,
            UNABLE_NOT_HELD, UNABLE_NEEDS_CREATION, UNABLE_STILL_UNCLEAR,
            NOT_PROCESSED_COMPLAINTS, NOT_PROCESSED_REPEATED, NOT_PROCESSED_PUBLICATIONS, NOT_PROCESSED_EXCESSIVE,
            NOT_PROCESSED_CONFIRMATION);

    /** The 2021 breakdown Σ（六）1–3. */
    private static final List<Table3Row> OTHER_HANDLING_BREAKDOWN = List.of(OTHER_NO_CORRECTION, OTHER_UNPAID_FEES,
            OTHER_OTHER);

    /** T4-TOTAL: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
    private static final List<Table4Column> REVIEW_RESULTS = List.of(Table4Column.UPHELD, Table4Column.CORRECTED,
            Table4Column.OTHER, Table4Column.PENDING);

    /** The arithmetic rules in the order the generator of unrepaired tables makes instances hold. */
    static final List<RuleId> ARITHMETIC_RULES = List.of(RuleId.T3_ROW_TOTAL, RuleId.T3_OUTCOME_TOTAL,
            RuleId.T3_BALANCE, RuleId.T4_TOTAL);

    private FormatOracle() {
    }

    /**
     * One instance of an arithmetic rule: {@code target = Σ plus − Σ minus}.
     *
     * @param rule   the rule
     * @param target the cell the equation determines, where an error belongs
     * @param plus   cells added
     * @param minus  cells subtracted
     */
    record Equation(RuleId rule, CellRef target, List<CellRef> plus, List<CellRef> minus) {
    }

    /** Every instance of an arithmetic rule in the report, as FORMAT.md states them. */
    static List<Equation> equations(RuleId rule, AnnualReport report) {
        List<Equation> out = new ArrayList<>();
        switch (rule) {
            case T3_BALANCE:
                // for each of the 7 columns: 一 + 二 = （七）总计 + 四, i.e. 四 = 一 + 二 − （七）
                for (ApplicantColumn c : ApplicantColumn.values()) {
                    out.add(new Equation(rule, new CellRef(CARRIED_TO_NEXT_YEAR, c),
                            List.of(new CellRef(NEW_APPLICATIONS, c), new CellRef(CARRIED_OVER, c)),
                            List.of(new CellRef(OUTCOME_TOTAL, c))));
                }
                break;
            case T3_ROW_TOTAL:
                // for each row: 总计 = the six applicant types (a row the table lacks is not reported, never checked)
                for (Table3Row r : Table3Row.values()) {
                    out.add(new Equation(rule, new CellRef(r, ApplicantColumn.TOTAL),
                            APPLICANT_TYPES.stream().map(c -> new CellRef(r, c)).toList(), List.of()));
                }
                break;
            case T3_OUTCOME_TOTAL:
                boolean breakdown = OTHER_HANDLING_BREAKDOWN.stream()
                        .anyMatch(r -> CellEdits.rowOf(report, r).cells().stream().anyMatch(Cell::isReported));
                List<Table3Row> addends = new ArrayList<>(OUTCOMES_BUT_OTHER_HANDLING);
                if (breakdown) {
                    addends.addAll(OTHER_HANDLING_BREAKDOWN); // 2021: + Σ（六）1–3
                } else {
                    addends.add(OTHER_HANDLING_TOTAL); // 2019, or a 2021-era table that kept it: + （六）
                }
                for (ApplicantColumn c : ApplicantColumn.values()) {
                    out.add(new Equation(rule, new CellRef(OUTCOME_TOTAL, c),
                            addends.stream().map(r -> new CellRef(r, c)).toList(), List.of()));
                }
                if (breakdown) {
                    for (ApplicantColumn c : ApplicantColumn.values()) {
                        out.add(new Equation(rule, new CellRef(OTHER_HANDLING_TOTAL, c),
                                OTHER_HANDLING_BREAKDOWN.stream().map(r -> new CellRef(r, c)).toList(), List.of()));
                    }
                }
                break;
            case T4_TOTAL:
                // in each of the three groups: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结
                for (Table4Row g : Table4Row.values()) {
                    out.add(new Equation(rule, new CellRef(g, Table4Column.TOTAL),
                            REVIEW_RESULTS.stream().map(c -> new CellRef(g, c)).toList(), List.of()));
                }
                break;
            default:
                throw new IllegalArgumentException("not an arithmetic rule: " + rule);
        }
        return out;
    }

    /** The value of a cell for arithmetic: blank and placeholder are 0; empty if the source did not report it. */
    static Optional<BigDecimal> value(AnnualReport report, CellRef ref) {
        Cell cell = CellEdits.get(report, ref);
        if (cell instanceof Cell.Number n) {
            return Optional.of(n.value());
        }
        return cell instanceof Cell.NotReported ? Optional.empty() : Optional.of(BigDecimal.ZERO);
    }

    /** {@code Σ plus − Σ minus}, or empty if one of them was not reported. */
    static Optional<BigDecimal> expected(AnnualReport report, Equation e) {
        BigDecimal sum = BigDecimal.ZERO;
        for (CellRef r : e.plus()) {
            Optional<BigDecimal> v = value(report, r);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            sum = sum.add(v.get());
        }
        for (CellRef r : e.minus()) {
            Optional<BigDecimal> v = value(report, r);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            sum = sum.subtract(v.get());
        }
        return Optional.of(sum);
    }

    /** Whether every cell of the equation was reported and the target differs from the expected value. */
    static boolean broken(AnnualReport report, Equation e) {
        return targetComparedToExpected(report, e).map(c -> c != 0).orElse(false);
    }

    /** Whether every cell of the equation was reported and the target equals the expected value. */
    static boolean holds(AnnualReport report, Equation e) {
        return targetComparedToExpected(report, e).map(c -> c == 0).orElse(false);
    }

    /** The sign of target − expected; empty if a cell of the equation was not reported. */
    private static Optional<Integer> targetComparedToExpected(AnnualReport report, Equation e) {
        Optional<BigDecimal> target = value(report, e.target());
        Optional<BigDecimal> expected = expected(report, e);
        return target.isPresent() && expected.isPresent()
                ? Optional.of(target.get().compareTo(expected.get())) : Optional.empty();
    }

    /** The JSON Pointers of the cells where the rule is broken, in template order; for every hard rule. */
    static List<String> brokenAt(RuleId rule, AnnualReport report) {
        if (rule == RuleId.NON_NEGATIVE) {
            return negativeCells(report);
        }
        return equations(rule, report).stream().filter(e -> broken(report, e)).map(e -> e.target().pointer())
                .toList();
    }

    /**
     * NON-NEGATIVE: every count and amount of tables 2–4 and the fee block is ≥ 0, except 2019's 本年增/减 (the only
     * signed column, and only the 2019 edition has it).
     */
    static List<String> negativeCells(AnnualReport report) {
        List<CellRef> cells = new ArrayList<>();
        for (Table2Row r : report.table2().rows().keySet()) {
            addCells(cells, r);
        }
        for (Table3Row r : Table3Row.values()) {
            addCells(cells, r);
        }
        for (Table4Row r : Table4Row.values()) {
            addCells(cells, r);
        }
        for (FeeItem i : FeeItem.values()) {
            cells.add(new CellRef(FeeRow.FEES, i));
        }
        List<String> out = new ArrayList<>();
        for (CellRef ref : cells) {
            boolean exempt = ref.column() == Table2Column.CHANGE;
            Optional<BigDecimal> v = value(report, ref);
            if (!exempt && v.isPresent() && v.get().signum() < 0) {
                out.add(ref.pointer());
            }
        }
        return out;
    }

    private static void addCells(List<CellRef> out, CatalogRow row) {
        for (CatalogColumn c : row.columns()) {
            out.add(new CellRef(row, c));
        }
    }

    /**
     * Asserts that the validator's errors of the rule are exactly at the cells where this oracle says the rule is
     * broken: no error missing, none extra, none twice.
     */
    static void assertValidatorAgrees(ReportValidator validator, AnnualReport report, RuleId rule) {
        ValidationReport result = validator.validate(report);
        List<String> actual = result.errors().stream().filter(f -> f.ruleId().equals(rule.id()))
                .map(Finding::path).sorted().toList();
        List<String> expected = brokenAt(rule, report).stream().sorted().toList();
        if (!actual.equals(expected)) {
            List<String> missing = new ArrayList<>(expected);
            actual.forEach(missing::remove);
            List<String> extra = new ArrayList<>(actual);
            expected.forEach(extra::remove);
            throw new AssertionError(rule + ": the validator's errors differ from FORMAT.md's rule; missing "
                    + missing + ", not expected " + extra + "; findings:"
                    + ValidationAssertions.describe(result.findings()) + "\nfor "
                    + io.github.ogireport.json.ReportJson.get().toJson(report.table3()));
        }
    }
}
