package io.github.ogireport.model;

import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.Table2Row;
import java.util.List;
import java.util.Map;

/**
 * Table 2 of the 2019 edition.
 *
 * @param rules              第二十条第（一）项 · 规章
 * @param normativeDocuments 第二十条第（一）项 · 规范性文件
 * @param licensing          第二十条第（五）项 · 行政许可
 * @param otherServices      第二十条第（五）项 · 其他对外管理服务事项
 * @param penalty            第二十条第（六）项 · 行政处罚
 * @param coercion           第二十条第（六）项 · 行政强制
 * @param fees               第二十条第（八）项 · 行政事业性收费
 * @param procurement        第二十条第（九）项 · 政府集中采购
 */
public record Table2Edition2019(
        PublicationCounts rules,
        PublicationCounts normativeDocuments,
        ItemCounts licensing,
        ItemCounts otherServices,
        ItemCounts penalty,
        ItemCounts coercion,
        FeeItems fees,
        Procurement procurement) implements Table2 {

    /** Normalizes {@code null} rows to "not reported". */
    public Table2Edition2019 {
        rules = rules == null ? PublicationCounts.NOT_REPORTED : rules;
        normativeDocuments = normativeDocuments == null ? PublicationCounts.NOT_REPORTED : normativeDocuments;
        licensing = licensing == null ? ItemCounts.NOT_REPORTED : licensing;
        otherServices = otherServices == null ? ItemCounts.NOT_REPORTED : otherServices;
        penalty = penalty == null ? ItemCounts.NOT_REPORTED : penalty;
        coercion = coercion == null ? ItemCounts.NOT_REPORTED : coercion;
        fees = fees == null ? FeeItems.NOT_REPORTED : fees;
        procurement = procurement == null ? Procurement.NOT_REPORTED : procurement;
    }

    @Override
    public Edition edition() {
        return Edition.V2019;
    }

    @Override
    public CellRow row(Table2Row row) {
        return switch (row) {
            case RULES_2019 -> rules;
            case NORMATIVE_DOCUMENTS_2019 -> normativeDocuments;
            case LICENSING_2019 -> licensing;
            case OTHER_SERVICES_2019 -> otherServices;
            case PENALTY_2019 -> penalty;
            case COERCION_2019 -> coercion;
            case FEES_2019 -> fees;
            case PROCUREMENT_2019 -> procurement;
            default -> throw new IllegalArgumentException(row.id() + " is not a row of the 2019 edition");
        };
    }

    static Table2Edition2019 fromRows(Map<Table2Row, List<Cell>> rows, Map<Table2Row, MoneyUnit> units) {
        List<Cell> fees = Table2Rows.cellsOf(rows, Table2Row.FEES_2019);
        List<Cell> proc = Table2Rows.cellsOf(rows, Table2Row.PROCUREMENT_2019);
        return new Table2Edition2019(
                PublicationCounts.fromCells(Table2Rows.cellsOf(rows, Table2Row.RULES_2019)),
                PublicationCounts.fromCells(Table2Rows.cellsOf(rows, Table2Row.NORMATIVE_DOCUMENTS_2019)),
                ItemCounts.fromCells(Table2Rows.cellsOf(rows, Table2Row.LICENSING_2019)),
                ItemCounts.fromCells(Table2Rows.cellsOf(rows, Table2Row.OTHER_SERVICES_2019)),
                ItemCounts.fromCells(Table2Rows.cellsOf(rows, Table2Row.PENALTY_2019)),
                ItemCounts.fromCells(Table2Rows.cellsOf(rows, Table2Row.COERCION_2019)),
                new FeeItems(fees.get(0), fees.get(1)),
                new Procurement(proc.get(0), proc.get(1),
                        units.getOrDefault(Table2Row.PROCUREMENT_2019, MoneyUnit.UNSPECIFIED)));
    }

    /**
     * 本年新制作数量 / 本年新公开数量 / 对外公开总数量.
     *
     * @param produced       本年新制作数量
     * @param published      本年新公开数量
     * @param totalPublished 对外公开总数量
     */
    public record PublicationCounts(Cell produced, Cell published,
            Cell totalPublished) implements CellRow {
        /** A row the source did not report. */
        public static final PublicationCounts NOT_REPORTED = new PublicationCounts(null, null, null);

        /** Normalizes {@code null} cells to {@link Cell#NOT_REPORTED}. */
        public PublicationCounts {
            produced = Cell.orNotReported(produced);
            published = Cell.orNotReported(published);
            totalPublished = Cell.orNotReported(totalPublished);
        }

        /** A row of three counts. */
        public static PublicationCounts of(long produced, long published, long totalPublished) {
            return new PublicationCounts(Cell.of(produced), Cell.of(published), Cell.of(totalPublished));
        }

        /** A row from its three cells in column order. */
        public static PublicationCounts fromCells(List<Cell> cells) {
            List<Cell> c = CellRow.requireSize(cells, 3, "a 第二十条第（一）项 row");
            return new PublicationCounts(c.get(0), c.get(1), c.get(2));
        }

        @Override
        public List<Cell> cells() {
            return List.of(produced, published, totalPublished);
        }
    }

    /**
     * 上一年项目数量 / 本年增/减 / 处理决定数量. 本年增/减 is signed.
     *
     * @param previousYearItems 上一年项目数量
     * @param change            本年增/减 (may be negative)
     * @param decisions         处理决定数量
     */
    public record ItemCounts(Cell previousYearItems, Cell change, Cell decisions)
            implements CellRow {
        /** A row the source did not report. */
        public static final ItemCounts NOT_REPORTED = new ItemCounts(null, null, null);

        /** Normalizes {@code null} cells to {@link Cell#NOT_REPORTED}. */
        public ItemCounts {
            previousYearItems = Cell.orNotReported(previousYearItems);
            change = Cell.orNotReported(change);
            decisions = Cell.orNotReported(decisions);
        }

        /** A row of three numbers. */
        public static ItemCounts of(long previousYearItems, long change, long decisions) {
            return new ItemCounts(Cell.of(previousYearItems), Cell.of(change), Cell.of(decisions));
        }

        /** A row from its three cells in column order. */
        public static ItemCounts fromCells(List<Cell> cells) {
            List<Cell> c = CellRow.requireSize(cells, 3, "a 2019 table 2 row");
            return new ItemCounts(c.get(0), c.get(1), c.get(2));
        }

        @Override
        public List<Cell> cells() {
            return List.of(previousYearItems, change, decisions);
        }
    }

    /**
     * 第二十条第（八）项: 上一年项目数量 / 本年增/减.
     *
     * @param previousYearItems 上一年项目数量
     * @param change            本年增/减 (may be negative)
     */
    public record FeeItems(Cell previousYearItems, Cell change) implements CellRow {
        /** A row the source did not report. */
        public static final FeeItems NOT_REPORTED = new FeeItems(null, null);

        /** Normalizes {@code null} cells to {@link Cell#NOT_REPORTED}. */
        public FeeItems {
            previousYearItems = Cell.orNotReported(previousYearItems);
            change = Cell.orNotReported(change);
        }

        @Override
        public List<Cell> cells() {
            return List.of(previousYearItems, change);
        }
    }

    /**
     * 第二十条第（九）项: 采购项目数量 / 采购总金额.
     *
     * @param projects 采购项目数量
     * @param amount   采购总金额
     * @param unit     the unit the report wrote, {@link MoneyUnit#UNSPECIFIED} if none
     */
    public record Procurement(Cell projects, Cell amount, MoneyUnit unit)
            implements CellRow {
        /** A row the source did not report. */
        public static final Procurement NOT_REPORTED = new Procurement(null, null, null);

        /**
         * Normalizes {@code null} cells to "not reported" and a missing unit to {@link MoneyUnit#UNSPECIFIED}; an
         * amount that is not reported has no unit.
         */
        public Procurement {
            projects = Cell.orNotReported(projects);
            amount = Cell.orNotReported(amount);
            unit = unit == null || !amount.isReported() ? MoneyUnit.UNSPECIFIED : unit;
        }

        @Override
        public List<Cell> cells() {
            return List.of(projects, amount);
        }
    }
}
