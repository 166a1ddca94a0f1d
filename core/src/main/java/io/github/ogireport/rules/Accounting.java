package io.github.ogireport.rules;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.Catalog;
import io.github.ogireport.catalog.CatalogColumn;
import io.github.ogireport.catalog.CatalogRow;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.catalog.FeeRow;
import io.github.ogireport.catalog.Table2Column;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Column;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ReviewOutcomes;
import io.github.ogireport.model.Table3;
import io.github.ogireport.model.Table4;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The arithmetic of the accounting rules (勾稽关系), in one place. The Bean Validation constraints, the test-kit
 * generators and the renderers all use these methods; nothing else re-derives a rule.
 *
 * <p>Blanks and placeholders count as 0. A rule involving a cell the source did not report is not checkable
 * ({@link Check#checkable()}).
 */
public final class Accounting {

    private Accounting() {
    }

    // The cell addresses the rules use, made once (CellRef is immutable): checking a report creates no CellRef.
    private static final List<Table3Row> TABLE3_ROWS = List.of(Table3Row.values());
    private static final List<Table4Row> TABLE4_ROWS = List.of(Table4Row.values());
    private static final Map<Table3Row, List<CellRef>> TABLE3_CELLS = new EnumMap<>(Table3Row.class);
    private static final Map<Table4Row, List<CellRef>> TABLE4_CELLS = new EnumMap<>(Table4Row.class);
    private static final Map<Table2Row, List<CellRef>> TABLE2_CELLS = new EnumMap<>(Table2Row.class);
    private static final List<CellRef> FEE_CELLS = Catalog.cells(FeeRow.FEES);
    private static final Map<Table3Row, List<CellRef>> ROW_TOTAL_PLUS = new EnumMap<>(Table3Row.class);
    private static final Map<Table4Row, List<CellRef>> GROUP_TOTAL_PLUS = new EnumMap<>(Table4Row.class);
    /** （七）总计's addend rows: with the 2021 breakdown of （六）, and with the single row （六）. */
    private static final List<Table3Row> OUTCOME_ADDENDS_BREAKDOWN = outcomeAddends(true);
    private static final List<Table3Row> OUTCOME_ADDENDS_SINGLE = outcomeAddends(false);
    private static final Map<ApplicantColumn, List<CellRef>> OUTCOME_PLUS_BREAKDOWN = byColumn();
    private static final Map<ApplicantColumn, List<CellRef>> OUTCOME_PLUS_SINGLE = byColumn();
    private static final Map<ApplicantColumn, List<CellRef>> OTHER_HANDLING_PLUS = byColumn();
    private static final Map<ApplicantColumn, List<CellRef>> BALANCE_PLUS = byColumn();
    private static final Map<ApplicantColumn, List<CellRef>> BALANCE_MINUS = byColumn();

    static {
        for (Table3Row r : TABLE3_ROWS) {
            TABLE3_CELLS.put(r, Catalog.cells(r));
            ROW_TOTAL_PLUS.put(r, refs(r, ApplicantColumn.addends()));
        }
        for (Table2Row r : Table2Row.values()) {
            TABLE2_CELLS.put(r, Catalog.cells(r));
        }
        for (Table4Row r : TABLE4_ROWS) {
            TABLE4_CELLS.put(r, Catalog.cells(r));
            GROUP_TOTAL_PLUS.put(r, refs(r, Table4Column.addends()));
        }
        for (ApplicantColumn c : ApplicantColumn.values()) {
            OUTCOME_PLUS_BREAKDOWN.put(c, refs(OUTCOME_ADDENDS_BREAKDOWN, c));
            OUTCOME_PLUS_SINGLE.put(c, refs(OUTCOME_ADDENDS_SINGLE, c));
            OTHER_HANDLING_PLUS.put(c, refs(List.of(Table3Row.OTHER_NO_CORRECTION, Table3Row.OTHER_UNPAID_FEES,
                    Table3Row.OTHER_OTHER), c));
            BALANCE_PLUS.put(c, refs(List.of(Table3Row.NEW_APPLICATIONS, Table3Row.CARRIED_OVER), c));
            BALANCE_MINUS.put(c, refs(List.of(Table3Row.OUTCOME_TOTAL), c));
        }
    }

    private static Map<ApplicantColumn, List<CellRef>> byColumn() {
        return new EnumMap<>(ApplicantColumn.class);
    }

    /** The shared address of a cell of the catalog. */
    private static CellRef ref(CatalogRow row, CatalogColumn column) {
        return Catalog.cells(row).get(row.columns().indexOf(column));
    }

    // List.copyOf: a list Check's constructor keeps as it is instead of copying it
    private static List<CellRef> refs(CatalogRow row, List<? extends CatalogColumn> columns) {
        return List.copyOf(columns.stream().map(c -> ref(row, c)).toList());
    }

    private static List<CellRef> refs(List<Table3Row> rows, ApplicantColumn column) {
        return List.copyOf(rows.stream().map(r -> ref(r, column)).toList());
    }

    // ---------------------------------------------------------------- table 3

    /** T3-ROW-TOTAL for one row of table 3: 总计 = the sum of the six applicant columns. */
    public static Check rowTotal(Table3Row row, ApplicantCounts counts) {
        return check(RuleId.T3_ROW_TOTAL, ref(row, ApplicantColumn.TOTAL), ROW_TOTAL_PLUS.get(row), List.of(),
                counts, (c, ref) -> c.cell((ApplicantColumn) ref.column()));
    }

    /** T3-ROW-TOTAL for every row of table 3 that the source reported at least in part. */
    public static List<Check> rowTotals(Table3 table) {
        List<Check> out = new ArrayList<>();
        for (Table3Row r : TABLE3_ROWS) {
            ApplicantCounts c = table.row(r);
            if (c.isReported()) {
                out.add(rowTotal(r, c));
            }
        }
        return out;
    }

    /**
     * The outcome rows whose sum is （七）总计 in this table: （一）, （二）, （三）1–8, （四）1–3, （五）1–5 and either
     * （六）1–3 (2021 breakdown) or the single row （六） (2019, or a 2021-era report that kept the 2019 row).
     */
    public static List<Table3Row> outcomeAddends(Table3 table) {
        return table.outcomes().otherHandling().hasBreakdown() ? OUTCOME_ADDENDS_BREAKDOWN : OUTCOME_ADDENDS_SINGLE;
    }

    private static List<Table3Row> outcomeAddends(boolean breakdown) {
        List<Table3Row> rows = new ArrayList<>();
        for (Table3Row r : Table3Row.values()) {
            if (r.group().isEmpty() || r == Table3Row.OUTCOME_TOTAL) {
                continue;
            }
            if (r == Table3Row.OTHER_HANDLING_TOTAL && breakdown) {
                continue;
            }
            if ((r == Table3Row.OTHER_NO_CORRECTION || r == Table3Row.OTHER_UNPAID_FEES || r == Table3Row.OTHER_OTHER)
                    && !breakdown) {
                continue;
            }
            rows.add(r);
        }
        return List.copyOf(rows);
    }

    /** T3-OUTCOME-TOTAL for one column: （七）总计 = the sum of the outcome rows. */
    public static Check outcomeTotal(Table3 table, ApplicantColumn column) {
        List<CellRef> plus = (table.outcomes().otherHandling().hasBreakdown() ? OUTCOME_PLUS_BREAKDOWN
                : OUTCOME_PLUS_SINGLE).get(column);
        return check(RuleId.T3_OUTCOME_TOTAL, ref(Table3Row.OUTCOME_TOTAL, column), plus, List.of(), table,
                Accounting::table3Cell);
    }

    /** T3-BALANCE for one column: 四 = 一 + 二 − （七）, i.e. 一 + 二 = （七） + 四. */
    public static Check balance(Table3 table, ApplicantColumn column) {
        return check(RuleId.T3_BALANCE, ref(Table3Row.CARRIED_TO_NEXT_YEAR, column), BALANCE_PLUS.get(column),
                BALANCE_MINUS.get(column), table, Accounting::table3Cell);
    }

    /**
     * T3-OUTCOME-TOTAL for all seven columns; when a table reports both the single row （六）其他处理 and the 2021
     * breakdown （六）1–3, also （六） = Σ（六）1–3 for each column (otherwise the single row would be checked by
     * nothing).
     */
    public static List<Check> outcomeTotals(Table3 table) {
        List<Check> out = new ArrayList<>();
        for (ApplicantColumn c : ApplicantColumn.values()) {
            out.add(outcomeTotal(table, c));
        }
        if (table.outcomes().otherHandling().total().isReported() && table.outcomes().otherHandling().hasBreakdown()) {
            for (ApplicantColumn c : ApplicantColumn.values()) {
                out.add(check(RuleId.T3_OUTCOME_TOTAL, ref(Table3Row.OTHER_HANDLING_TOTAL, c),
                        OTHER_HANDLING_PLUS.get(c), List.of(), table, Accounting::table3Cell));
            }
        }
        return out;
    }

    /** T3-BALANCE for all seven columns. */
    public static List<Check> balances(Table3 table) {
        List<Check> out = new ArrayList<>(ApplicantColumn.values().length);
        for (ApplicantColumn c : ApplicantColumn.values()) {
            out.add(balance(table, c));
        }
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------- table 4

    /** T4-TOTAL for one group: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
    public static Check groupTotal(Table4Row row, ReviewOutcomes outcomes) {
        return check(RuleId.T4_TOTAL, ref(row, Table4Column.TOTAL), GROUP_TOTAL_PLUS.get(row), List.of(),
                outcomes, (o, ref) -> o.cell((Table4Column) ref.column()));
    }

    /** T4-TOTAL for every group the source reported at least in part. */
    public static List<Check> groupTotals(Table4 table) {
        List<Check> out = new ArrayList<>();
        for (Table4Row r : TABLE4_ROWS) {
            if (table.row(r).isReported()) {
                out.add(groupTotal(r, table.row(r)));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- whole report

    /** Every hard arithmetic check of a report (all rules but NON-NEGATIVE), in a stable order. */
    public static List<Check> checks(AnnualReport report) {
        List<Check> out = new ArrayList<>();
        out.addAll(balances(report.table3()));
        out.addAll(rowTotals(report.table3()));
        out.addAll(outcomeTotals(report.table3()));
        out.addAll(groupTotals(report.table4()));
        return out;
    }

    /** NON-NEGATIVE over table 2: the cells holding a negative number where the column forbids it. */
    public static List<CellRef> negativeCells(io.github.ogireport.model.Table2 table) {
        return scan(table, Accounting::isNegativeViolation);
    }

    /** NON-NEGATIVE over table 3 (every row of both editions that the table has). */
    public static List<CellRef> negativeCells(Table3 table) {
        return scan(table, Accounting::isNegativeViolation);
    }

    /** NON-NEGATIVE over table 4. */
    public static List<CellRef> negativeCells(Table4 table) {
        return scan(table, Accounting::isNegativeViolation);
    }

    /** NON-NEGATIVE over the fee block. */
    public static List<CellRef> negativeCells(io.github.ogireport.model.FeeBlock fees) {
        return scan(fees, Accounting::isNegativeViolation);
    }

    /** INTEGER-COUNT over a table ({@code Table2}, {@code Table3}, {@code Table4}) or the fee block. */
    public static List<CellRef> fractionalCounts(Object tableOrFees) {
        return scan(tableOrFees, Accounting::isFractionalCount);
    }

    /** INTEGER-COUNT for one cell: whether a count column holds a number with a fraction. */
    public static boolean isFractionalCount(CatalogColumn column, Cell cell) {
        boolean money = column instanceof Table2Column t && t.monetary()
                || column == io.github.ogireport.catalog.FeeItem.AMOUNT_NOTIFIED
                || column == io.github.ogireport.catalog.FeeItem.AMOUNT_COLLECTED;
        // a scale ≤ 0 is a whole number already; only a positive scale can hide a fraction
        return !money && cell instanceof Cell.Number n && n.value().scale() > 0
                && n.value().stripTrailingZeros().scale() > 0;
    }

    /**
     * Every cell of a table ({@code Table2}, {@code Table3}, {@code Table4}) or the fee block, in template order,
     * with its address.
     *
     * @throws IllegalArgumentException for any other object
     */
    public static java.util.Map<CellRef, Cell> cellsOf(Object tableOrFees) {
        java.util.Map<CellRef, Cell> out = new java.util.LinkedHashMap<>();
        walk(tableOrFees, out::put);
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Visits every cell of a table or the fee block in template order, with its shared address, without building a
     * list or a map (validation walks every table twice per report).
     */
    private static void walk(Object tableOrFees, java.util.function.BiConsumer<CellRef, Cell> visitor) {
        if (tableOrFees instanceof Table3 t) {
            for (Table3Row r : TABLE3_ROWS) {
                ApplicantCounts row = t.row(r);
                for (CellRef ref : TABLE3_CELLS.get(r)) {
                    visitor.accept(ref, row.cell((ApplicantColumn) ref.column()));
                }
            }
        } else if (tableOrFees instanceof Table4 t) {
            for (Table4Row r : TABLE4_ROWS) {
                ReviewOutcomes row = t.row(r);
                for (CellRef ref : TABLE4_CELLS.get(r)) {
                    visitor.accept(ref, row.cell((Table4Column) ref.column()));
                }
            }
        } else if (tableOrFees instanceof io.github.ogireport.model.Table2 t) {
            for (Table2Row r : Table2Row.rowsOf(t.edition())) {
                walkRow(TABLE2_CELLS.get(r), t.row(r).cells(), visitor);
            }
        } else if (tableOrFees instanceof io.github.ogireport.model.FeeBlock f) {
            walkRow(FEE_CELLS, f.cells(), visitor);
        } else {
            throw new IllegalArgumentException("not a table: " + tableOrFees);
        }
    }

    private static void walkRow(List<CellRef> refs, List<Cell> cells,
            java.util.function.BiConsumer<CellRef, Cell> visitor) {
        for (int i = 0; i < cells.size(); i++) {
            visitor.accept(refs.get(i), cells.get(i));
        }
    }

    private static List<CellRef> scan(Object tableOrFees,
            java.util.function.BiPredicate<CatalogColumn, Cell> broken) {
        List<CellRef> out = new ArrayList<>();
        walk(tableOrFees, (ref, cell) -> {
            if (broken.test(ref.column(), cell)) {
                out.add(ref);
            }
        });
        return out;
    }

    /** NON-NEGATIVE: whether a column may hold a negative number (only 2019's 本年增/减). */
    public static boolean negativeAllowed(CatalogColumn column) {
        return column instanceof Table2Column t && t.signed();
    }

    /** NON-NEGATIVE for one cell: whether its value breaks the rule. */
    public static boolean isNegativeViolation(CatalogColumn column, Cell cell) {
        return !negativeAllowed(column) && cell.valueOrZero().signum() < 0;
    }

    // ---------------------------------------------------------------- series of two years

    /**
     * SERIES-CARRY for one column: this year's 二、上年结转 = last year's 四、结转下年度继续办理. The target is this
     * year's cell; the single operand is last year's cell at {@code /table3/carriedToNextYear}.
     */
    public static Check seriesCarry(Table3 previous, Table3 current, ApplicantColumn column) {
        CellRef target = new CellRef(Table3Row.CARRIED_OVER, column);
        CellRef operand = new CellRef(Table3Row.CARRIED_TO_NEXT_YEAR, column);
        Cell prev = previous.carriedToNextYear().cell(column);
        Cell cur = current.carriedOver().cell(column);
        List<CellRef> missing = new ArrayList<>();
        if (!cur.isReported()) {
            missing.add(target);
        }
        if (!prev.isReported()) {
            missing.add(operand);
        }
        return new Check(RuleId.SERIES_CARRY, target, List.of(operand), List.of(), prev.valueOrZero(),
                cur.valueOrZero(), missing);
    }

    /**
     * SERIES-STOCK for one row of 第二十条第（一）项 of the 2021 edition: 现行有效件数 (N) = 现行有效件数 (N-1) +
     * 本年制发件数 (N) − 本年废止件数 (N). The first plus operand is last year's cell; the others are this year's.
     *
     * @param row {@link Table2Row#RULES_2021} or {@link Table2Row#NORMATIVE_DOCUMENTS_2021}
     * @return the check, or empty unless both tables are of the 2021 edition
     */
    public static Optional<Check> seriesStock(io.github.ogireport.model.Table2 previous,
            io.github.ogireport.model.Table2 current, Table2Row row) {
        if (previous.edition() != io.github.ogireport.catalog.Edition.V2021
                || current.edition() != io.github.ogireport.catalog.Edition.V2021) {
            return Optional.empty();
        }
        CellRef target = new CellRef(row, Table2Column.IN_FORCE);
        CellRef issued = new CellRef(row, Table2Column.ISSUED);
        CellRef repealed = new CellRef(row, Table2Column.REPEALED);
        Cell prevInForce = previous.cell(row, Table2Column.IN_FORCE);
        Cell curInForce = current.cell(row, Table2Column.IN_FORCE);
        Cell curIssued = current.cell(row, Table2Column.ISSUED);
        Cell curRepealed = current.cell(row, Table2Column.REPEALED);
        List<CellRef> missing = new ArrayList<>();
        if (!curInForce.isReported() || !prevInForce.isReported()) {
            missing.add(target);
        }
        if (!curIssued.isReported()) {
            missing.add(issued);
        }
        if (!curRepealed.isReported()) {
            missing.add(repealed);
        }
        BigDecimal expected = prevInForce.valueOrZero().add(curIssued.valueOrZero()).subtract(curRepealed.valueOrZero());
        return Optional.of(new Check(RuleId.SERIES_STOCK, target, List.of(target, issued), List.of(repealed), expected,
                curInForce.valueOrZero(), missing));
    }

    // ---------------------------------------------------------------- constructing consistent data

    /** The sum of cells, blanks, placeholders and unreported cells counting as 0. */
    public static BigDecimal sum(List<Cell> cells) {
        BigDecimal s = BigDecimal.ZERO;
        for (Cell c : cells) {
            s = s.add(c.valueOrZero());
        }
        return s;
    }

    /** A copy of a table-3 row whose 总计 is the sum of its six applicant columns. */
    public static ApplicantCounts withRowTotal(ApplicantCounts counts) {
        BigDecimal s = sum(ApplicantColumn.addends().stream().map(counts::cell).toList());
        return counts.with(ApplicantColumn.TOTAL, Cell.of(s));
    }

    /** A copy of a table-4 group whose 总计 is the sum of its four outcomes. */
    public static ReviewOutcomes withGroupTotal(ReviewOutcomes outcomes) {
        BigDecimal s = sum(Table4Column.addends().stream().map(outcomes::cell).toList());
        return outcomes.with(Table4Column.TOTAL, Cell.of(s));
    }

    /**
     * A copy of table 3 made consistent from its parts: every reported row gets its 总计, （七）总计 becomes the sum
     * of the outcome rows and 一、本年新收 becomes （七） + 四 − 二. The result satisfies T3-ROW-TOTAL,
     * T3-OUTCOME-TOTAL and T3-BALANCE; 一 may come out negative if 二 exceeds （七） + 四.
     */
    public static Table3 withDerivedTotals(Table3 table) {
        Table3 t = table;
        for (Table3Row r : Table3Row.values()) {
            if (t.row(r).isReported() && r != Table3Row.OUTCOME_TOTAL && r != Table3Row.NEW_APPLICATIONS) {
                t = t.withRow(r, withRowTotal(t.row(r)));
            }
        }
        List<Cell> outcomeTotal = new ArrayList<>();
        List<Cell> newApps = new ArrayList<>();
        for (ApplicantColumn c : ApplicantColumn.values()) {
            final Table3 cur = t;
            BigDecimal total = sum(outcomeAddends(cur).stream().map(r -> cur.row(r).cell(c)).toList());
            outcomeTotal.add(Cell.of(total));
            newApps.add(Cell.of(total.add(cur.carriedToNextYear().cell(c).valueOrZero())
                    .subtract(cur.carriedOver().cell(c).valueOrZero())));
        }
        t = t.withRow(Table3Row.OUTCOME_TOTAL, ApplicantCounts.fromCells(outcomeTotal));
        return t.withRow(Table3Row.NEW_APPLICATIONS, ApplicantCounts.fromCells(newApps));
    }

    // ---------------------------------------------------------------- evaluators' indicators

    /** 实质公开率 for a column: (予以公开 + 部分公开) / （七）总计, 4 decimals; empty if the total is 0. */
    public static Optional<BigDecimal> substantiveDisclosureRate(Table3 table, ApplicantColumn column) {
        BigDecimal total = table.outcomes().total().cell(column).valueOrZero();
        if (total.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal num = table.outcomes().disclosed().cell(column).valueOrZero()
                .add(table.outcomes().partiallyDisclosed().cell(column).valueOrZero());
        return Optional.of(num.divide(total, 4, RoundingMode.HALF_UP));
    }

    /** 纠错率 of a table-4 group: 结果纠正 / (结果维持 + 结果纠正 + 其他结果), 4 decimals; empty if concluded is 0. */
    public static Optional<BigDecimal> correctionRate(ReviewOutcomes outcomes) {
        BigDecimal concluded = sum(List.of(outcomes.upheld(), outcomes.corrected(), outcomes.other()));
        if (concluded.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(outcomes.corrected().valueOrZero().divide(concluded, 4, RoundingMode.HALF_UP));
    }

    // ----------------------------------------------------------------

    private static Cell table3Cell(Table3 table, CellRef ref) {
        return table.row((Table3Row) ref.row()).cell((ApplicantColumn) ref.column());
    }

    /**
     * Evaluates a rule instance. The cells are read through {@code cellOf} from {@code source}, so that the callers
     * pass non-capturing lambdas; the loops are indexed: checking a report makes about fifty of these.
     */
    private static <T> Check check(RuleId rule, CellRef target, List<CellRef> plus, List<CellRef> minus, T source,
            BiFunction<T, CellRef, Cell> cellOf) {
        BigDecimal expected = BigDecimal.ZERO;
        List<CellRef> missing = new ArrayList<>();
        for (int i = 0; i < plus.size(); i++) {
            CellRef r = plus.get(i);
            Cell c = cellOf.apply(source, r);
            expected = expected.add(c.valueOrZero());
            if (!c.isReported()) {
                missing.add(r);
            }
        }
        for (int i = 0; i < minus.size(); i++) {
            CellRef r = minus.get(i);
            Cell c = cellOf.apply(source, r);
            expected = expected.subtract(c.valueOrZero());
            if (!c.isReported()) {
                missing.add(r);
            }
        }
        Cell t = cellOf.apply(source, target);
        if (!t.isReported()) {
            missing.add(0, target);
        }
        return new Check(rule, target, plus, minus, expected, t.valueOrZero(),
                missing.isEmpty() ? List.of() : missing);
    }
}
