package io.github.ogireport.model;

import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.Table2Row;
import java.util.List;
import java.util.Map;

/**
 * Table 2 of the 2021 edition.
 *
 * @param rules              第二十条第（一）项 · 规章
 * @param normativeDocuments 第二十条第（一）项 · 行政规范性文件
 * @param licensing          第二十条第（五）项 · 行政许可
 * @param penalty            第二十条第（六）项 · 行政处罚
 * @param coercion           第二十条第（六）项 · 行政强制
 * @param fees               第二十条第（八）项 · 行政事业性收费
 */
public record Table2Edition2021(
        DocumentCounts rules,
        DocumentCounts normativeDocuments,
        Decisions licensing,
        Decisions penalty,
        Decisions coercion,
        FeeAmount fees) implements Table2 {

    /** Normalizes {@code null} rows to "not reported". */
    public Table2Edition2021 {
        rules = rules == null ? DocumentCounts.NOT_REPORTED : rules;
        normativeDocuments = normativeDocuments == null ? DocumentCounts.NOT_REPORTED : normativeDocuments;
        licensing = licensing == null ? Decisions.NOT_REPORTED : licensing;
        penalty = penalty == null ? Decisions.NOT_REPORTED : penalty;
        coercion = coercion == null ? Decisions.NOT_REPORTED : coercion;
        fees = fees == null ? FeeAmount.NOT_REPORTED : fees;
    }

    @Override
    public Edition edition() {
        return Edition.V2021;
    }

    @Override
    public CellRow row(Table2Row row) {
        return switch (row) {
            case RULES_2021 -> rules;
            case NORMATIVE_DOCUMENTS_2021 -> normativeDocuments;
            case LICENSING_2021 -> licensing;
            case PENALTY_2021 -> penalty;
            case COERCION_2021 -> coercion;
            case FEES_2021 -> fees;
            default -> throw new IllegalArgumentException(row.id() + " is not a row of the 2021 edition");
        };
    }

    static Table2Edition2021 fromRows(Map<Table2Row, List<Cell>> rows, Map<Table2Row, MoneyUnit> units) {
        List<Cell> fee = Table2Rows.cellsOf(rows, Table2Row.FEES_2021);
        return new Table2Edition2021(
                DocumentCounts.fromCells(Table2Rows.cellsOf(rows, Table2Row.RULES_2021)),
                DocumentCounts.fromCells(Table2Rows.cellsOf(rows, Table2Row.NORMATIVE_DOCUMENTS_2021)),
                new Decisions(Table2Rows.cellsOf(rows, Table2Row.LICENSING_2021).get(0)),
                new Decisions(Table2Rows.cellsOf(rows, Table2Row.PENALTY_2021).get(0)),
                new Decisions(Table2Rows.cellsOf(rows, Table2Row.COERCION_2021).get(0)),
                new FeeAmount(fee.get(0), units.getOrDefault(Table2Row.FEES_2021, MoneyUnit.WAN_YUAN)));
    }

    /**
     * 本年制发件数 / 本年废止件数 / 现行有效件数.
     *
     * @param issued   本年制发件数
     * @param repealed 本年废止件数
     * @param inForce  现行有效件数
     */
    public record DocumentCounts(Cell issued, Cell repealed, Cell inForce)
            implements CellRow {
        /** A row the source did not report. */
        public static final DocumentCounts NOT_REPORTED = new DocumentCounts(null, null, null);

        /** Normalizes {@code null} cells to {@link Cell#NOT_REPORTED}. */
        public DocumentCounts {
            issued = Cell.orNotReported(issued);
            repealed = Cell.orNotReported(repealed);
            inForce = Cell.orNotReported(inForce);
        }

        /** A row of three counts. */
        public static DocumentCounts of(long issued, long repealed, long inForce) {
            return new DocumentCounts(Cell.of(issued), Cell.of(repealed), Cell.of(inForce));
        }

        /** A row from its three cells in column order. */
        public static DocumentCounts fromCells(List<Cell> cells) {
            List<Cell> c = CellRow.requireSize(cells, 3, "a 第二十条第（一）项 row");
            return new DocumentCounts(c.get(0), c.get(1), c.get(2));
        }

        @Override
        public List<Cell> cells() {
            return List.of(issued, repealed, inForce);
        }
    }

    /**
     * 本年处理决定数量.
     *
     * @param decisions 本年处理决定数量
     */
    public record Decisions(Cell decisions) implements CellRow {
        /** A row the source did not report. */
        public static final Decisions NOT_REPORTED = new Decisions(null);

        /** Normalizes {@code null} to {@link Cell#NOT_REPORTED}. */
        public Decisions {
            decisions = Cell.orNotReported(decisions);
        }

        /** A row of one count. */
        public static Decisions of(long decisions) {
            return new Decisions(Cell.of(decisions));
        }

        @Override
        public List<Cell> cells() {
            return List.of(decisions);
        }
    }

    /**
     * 本年收费金额（单位：万元）.
     *
     * @param amount the amount
     * @param unit   the unit as written; the template's is 万元
     */
    public record FeeAmount(Cell amount, MoneyUnit unit) implements CellRow {
        /** A row the source did not report. */
        public static final FeeAmount NOT_REPORTED = new FeeAmount(null, null);

        /**
         * Normalizes {@code null} to "not reported" and a missing unit to {@link MoneyUnit#UNSPECIFIED} (the unit is
         * never invented; {@link Table2#fromRows} takes the template's 万元 when the source gave no other). A row
         * that is not reported has no unit.
         */
        public FeeAmount {
            amount = Cell.orNotReported(amount);
            unit = unit == null || !amount.isReported() ? MoneyUnit.UNSPECIFIED : unit;
        }

        @Override
        public List<Cell> cells() {
            return List.of(amount);
        }
    }
}
