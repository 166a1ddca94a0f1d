package io.github.ogireport.renderers.internal;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.FeeItem;
import io.github.ogireport.catalog.FeeRow;
import io.github.ogireport.catalog.Section;
import io.github.ogireport.catalog.Table2Block;
import io.github.ogireport.catalog.Table2Column;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.catalog.Table3Group;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Column;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.CellRow;
import io.github.ogireport.model.ExtraContent;
import io.github.ogireport.model.MoneyUnit;
import io.github.ogireport.model.Narrative;
import io.github.ogireport.model.Table2;
import io.github.ogireport.model.Table2Edition2019;
import io.github.ogireport.model.Table2Edition2021;
import io.github.ogireport.model.Table3;
import io.github.ogireport.model.Table4;
import io.github.ogireport.model.TextBlock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one layout every document renderer (HTML, Markdown, text) prints: the report as a sequence of {@link Part}s
 * in template order, with the three statistical tables and the fee block as grids of cells with spans, exactly as the
 * official template merges them. Every label comes from the catalog enums.
 *
 * <p>Order: title; preamble; extras that came before section 一; then for each {@link Section}: its template heading,
 * its narrative (sub-headings and paragraphs) or table, in section 六 the fee block as a small table and then the
 * publication date, then the extras that followed that section.
 *
 * <p>Nothing is invented: a row the source did not report at all is left out (as a real report that lacks the row),
 * a table none of whose rows were reported is left out, a cell not reported inside a reported row is an empty value
 * cell marked {@link GridCell#notReported()}.
 */
public final class Layout {

    /** Width of table 2 in the template: the label column and three value columns. */
    static final int TABLE2_WIDTH = 4;
    /** Width of the label area of table 3. */
    static final int TABLE3_LABEL_WIDTH = 3;

    private Layout() {
    }

    /** A part of the laid-out report. */
    public sealed interface Part permits Title, Heading, Paragraph, Grid, DateLine {
    }

    /**
     * The report title.
     *
     * @param text the title as written
     */
    public record Title(String text) implements Part {
    }

    /**
     * A heading.
     *
     * @param level 2 for a template section heading or the heading of extra content, 3 for a narrative sub-heading
     * @param text  the heading text
     */
    public record Heading(int level, String text) implements Part {
    }

    /**
     * A paragraph of narrative text.
     *
     * @param text the text as written (may contain line breaks and tabs; each format says what it does with them)
     */
    public record Paragraph(String text) implements Part {
    }

    /**
     * The publication date line after section 六.
     *
     * @param date the date
     */
    public record DateLine(LocalDate date) implements Part {
        /** The date as Chinese reports print it, e.g. {@code 2024年1月20日}. */
        public String text() {
            return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        }
    }

    /** What a grid holds. */
    public enum GridKind {
        /** Table 2. */
        TABLE2("ogi-table2"),
        /** Table 3. */
        TABLE3("ogi-table3"),
        /** Table 4. */
        TABLE4("ogi-table4"),
        /** The information-processing-fee block of section 六. */
        FEES("ogi-fees"),
        /** An extra table the source had, cells as written. */
        EXTRA("ogi-extra");

        private final String cssClass;

        GridKind(String cssClass) {
            this.cssClass = cssClass;
        }

        /** The CSS class the HTML renderer gives the table. */
        public String cssClass() {
            return cssClass;
        }
    }

    /**
     * A table as rows of cells with spans; positions covered by a span are not repeated.
     *
     * @param kind  what the table holds
     * @param width the number of columns of the grid
     * @param rows  the rows; a row lists only the cells that start in it
     */
    public record Grid(GridKind kind, int width, List<List<GridCell>> rows) implements Part {
        /** Copies the rows. */
        public Grid {
            rows = rows.stream().map(List::copyOf).toList();
        }

        /**
         * The grid resolved into a rectangle of texts: the text of a merged cell at its top-left position, the
         * positions it covers empty. Used by the formats without spans (text, Markdown).
         */
        public List<List<String>> flatten() {
            List<String[]> out = new ArrayList<>();
            List<boolean[]> taken = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                ensure(out, taken, r);
                int c = 0;
                for (GridCell cell : rows.get(r)) {
                    while (c < width && taken.get(r)[c]) {
                        c++;
                    }
                    for (int dr = 0; dr < cell.rowspan(); dr++) {
                        ensure(out, taken, r + dr);
                        for (int dc = 0; dc < cell.colspan() && c + dc < width; dc++) {
                            taken.get(r + dr)[c + dc] = true;
                        }
                    }
                    if (c < width) {
                        out.get(r)[c] = cell.text();
                    }
                    c += cell.colspan();
                }
            }
            return out.subList(0, rows.size()).stream().map(List::of).toList();
        }

        private void ensure(List<String[]> out, List<boolean[]> taken, int r) {
            while (out.size() <= r) {
                String[] line = new String[width];
                java.util.Arrays.fill(line, "");
                out.add(line);
                taken.add(new boolean[width]);
            }
        }
    }

    /** The role of a grid cell. */
    public enum Role {
        /** A column header or block caption. */
        HEADER,
        /** A row label. */
        LABEL,
        /** A value of the report. */
        VALUE
    }

    /**
     * A cell of a grid.
     *
     * @param role    header, label or value
     * @param text    the text to print: for a value, the number plainly, a placeholder as written, empty for blank or
     *                not reported
     * @param rowspan rows spanned
     * @param colspan columns spanned
     * @param value   the model cell of a value cell; {@link Optional#empty()} for headers and labels
     * @param ref     the catalog address of a value cell of a statistical table or the fee block
     */
    public record GridCell(Role role, String text, int rowspan, int colspan, Optional<Cell> value,
            Optional<CellRef> ref) {

        /** Checks the spans; {@code null} optionals mean empty. */
        public GridCell {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(text, "text");
            value = value == null ? Optional.empty() : value;
            ref = ref == null ? Optional.empty() : ref;
            if (rowspan < 1 || colspan < 1) {
                throw new IllegalArgumentException("spans must be at least 1");
            }
        }

        /** Whether this is a value cell the source did not report. */
        public boolean notReported() {
            return value.isPresent() && !value.get().isReported();
        }

        /** Whether this is a blank value cell. */
        public boolean blank() {
            return value.isPresent() && value.get() instanceof Cell.Blank;
        }

        /** Whether this is a value cell holding a placeholder. */
        public boolean placeholder() {
            return value.isPresent() && value.get() instanceof Cell.Placeholder;
        }

        static GridCell header(String text, int rowspan, int colspan) {
            return new GridCell(Role.HEADER, text, rowspan, colspan, Optional.empty(), Optional.empty());
        }

        static GridCell label(String text, int rowspan, int colspan) {
            return new GridCell(Role.LABEL, text, rowspan, colspan, Optional.empty(), Optional.empty());
        }

        static GridCell value(Cell cell, MoneyUnit unit, CellRef ref, int colspan) {
            return new GridCell(Role.VALUE, cellText(cell, unit), 1, colspan, Optional.of(cell), Optional.ofNullable(ref));
        }

        static GridCell raw(String text) {
            return new GridCell(Role.VALUE, text, 1, 1, Optional.empty(), Optional.empty());
        }
    }

    /**
     * The text of a cell: a number plainly ({@code 24252.311082}, {@code -8}), a placeholder as written, empty for a
     * blank or a cell not reported.
     */
    public static String cellText(Cell cell) {
        if (cell instanceof Cell.Number n) {
            return n.value().toPlainString();
        }
        if (cell instanceof Cell.Placeholder p) {
            return p.text();
        }
        return "";
    }

    /**
     * The text of a money cell: the number followed by the unit the report wrote, unless the unit is the one the
     * column header already states ({@code unit} {@code null}) or unspecified.
     */
    static String cellText(Cell cell, MoneyUnit unit) {
        String t = cellText(cell);
        if (unit != null && cell instanceof Cell.Number) {
            return t + unit.symbol();
        }
        return t;
    }

    /** The report laid out in template order. */
    public static List<Part> of(AnnualReport report) {
        Objects.requireNonNull(report, "report");
        List<Part> parts = new ArrayList<>();
        report.metadata().title().ifPresent(t -> parts.add(new Title(t)));
        narrative(report.preamble(), parts);
        extras(report, Optional.empty(), parts);
        for (Section s : Section.values()) {
            parts.add(new Heading(2, s.headingZh()));
            switch (s) {
                case OVERVIEW -> narrative(report.overview(), parts);
                case PROACTIVE_DISCLOSURE -> table2(report.table2()).ifPresent(parts::add);
                case APPLICATIONS -> table3(report.table3(), report.edition()).ifPresent(parts::add);
                case REVIEWS_AND_LAWSUITS -> table4(report.table4()).ifPresent(parts::add);
                case PROBLEMS -> narrative(report.problems(), parts);
                case OTHER_MATTERS -> {
                    narrative(report.otherMatters(), parts);
                    fees(report).ifPresent(parts::add);
                    report.metadata().publicationDate().ifPresent(d -> parts.add(new DateLine(d)));
                }
                default -> throw new IllegalStateException("unknown section " + s);
            }
            extras(report, Optional.of(s), parts);
        }
        return List.copyOf(parts);
    }

    private static void narrative(Narrative n, List<Part> parts) {
        for (TextBlock b : n.blocks()) {
            parts.add(b.kind() == TextBlock.Kind.HEADING ? new Heading(3, b.text()) : new Paragraph(b.text()));
        }
    }

    private static void extras(AnnualReport report, Optional<Section> after, List<Part> parts) {
        for (ExtraContent e : report.extras()) {
            if (!e.after().equals(after)) {
                continue;
            }
            e.heading().ifPresent(h -> parts.add(new Heading(2, h)));
            for (String p : e.paragraphs()) {
                parts.add(new Paragraph(p));
            }
            if (!e.rows().isEmpty()) {
                int width = e.rows().stream().mapToInt(List::size).max().orElse(0);
                if (width > 0) {
                    List<List<GridCell>> rows = new ArrayList<>();
                    for (List<String> r : e.rows()) {
                        List<GridCell> line = new ArrayList<>();
                        for (int i = 0; i < width; i++) {
                            line.add(GridCell.raw(i < r.size() ? r.get(i) : ""));
                        }
                        rows.add(line);
                    }
                    parts.add(new Grid(GridKind.EXTRA, width, rows));
                }
            }
        }
    }

    // ---------------------------------------------------------------- table 2

    /** Table 2: one 4-column table, a caption row and a header row per block, then the block's reported rows. */
    static Optional<Grid> table2(Table2 table) {
        Edition edition = table.edition();
        List<List<GridCell>> rows = new ArrayList<>();
        for (Table2Block block : Table2Row.blocksOf(edition)) {
            List<Table2Row> reported = Table2Row.rowsOf(edition).stream()
                    .filter(r -> r.block() == block && table.row(r).isReported()).toList();
            if (reported.isEmpty()) {
                continue;
            }
            List<Table2Column> columns = reported.get(0).columns();
            rows.add(List.of(GridCell.header(block.captionZh(), 1, TABLE2_WIDTH)));
            List<GridCell> header = new ArrayList<>();
            header.add(GridCell.header(Table2Block.CONTENT_HEADER_ZH, 1, 1));
            for (int i = 0; i < columns.size(); i++) {
                header.add(GridCell.header(columns.get(i).labelZh(), 1, lastSpan(i, columns.size())));
            }
            rows.add(header);
            for (Table2Row r : reported) {
                List<GridCell> line = new ArrayList<>();
                line.add(GridCell.label(r.labelZh(), 1, 1));
                CellRow cells = table.row(r);
                for (int i = 0; i < r.columns().size(); i++) {
                    line.add(GridCell.value(cells.cells().get(i), unitShown(table, r, r.columns().get(i)),
                            new CellRef(r, r.columns().get(i)), lastSpan(i, r.columns().size())));
                }
                rows.add(line);
            }
        }
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Grid(GridKind.TABLE2, TABLE2_WIDTH, rows));
    }

    /** The last value column of a block spans the rest of the 4 columns, as in the template. */
    private static int lastSpan(int index, int count) {
        return index == count - 1 ? TABLE2_WIDTH - count : 1;
    }

    /**
     * The unit printed after an amount: none where the header states it (2021 fees in 万元) or the report wrote none.
     */
    private static MoneyUnit unitShown(Table2 table, Table2Row row, Table2Column column) {
        if (!column.monetary()) {
            return null;
        }
        MoneyUnit unit;
        if (table instanceof Table2Edition2021 t) {
            unit = t.fees().unit();
            return unit == MoneyUnit.WAN_YUAN ? null : unit;
        }
        unit = ((Table2Edition2019) table).procurement().unit();
        return unit;
    }

    // ---------------------------------------------------------------- table 3

    /**
     * The rows of table 3 printed for a report, in template order: the edition's template rows; （六） as the single
     * 2019 row in the 2019 edition and, in the 2021 edition, when only {@code otherHandling.total} is reported. A
     * 2021 table that reports both the breakdown and the single row prints both (the single row after the
     * breakdown); a 2019 table that reports a breakdown prints it after the single row. Rows not reported are left
     * out.
     */
    public static List<Table3Row> table3Rows(Table3 table, Edition edition) {
        boolean breakdown = table.outcomes().otherHandling().hasBreakdown();
        boolean single = table.outcomes().otherHandling().total().isReported();
        List<Table3Row> out = new ArrayList<>();
        for (Table3Row r : Table3Row.rowsOf(edition)) {
            if (edition == Edition.V2021 && r == Table3Row.OTHER_NO_CORRECTION && single && !breakdown) {
                out.add(Table3Row.OTHER_HANDLING_TOTAL);
            }
            if (edition == Edition.V2019 && r == Table3Row.OUTCOME_TOTAL && breakdown) {
                out.addAll(List.of(Table3Row.OTHER_NO_CORRECTION, Table3Row.OTHER_UNPAID_FEES, Table3Row.OTHER_OTHER));
            }
            if (edition == Edition.V2021 && r == Table3Row.OUTCOME_TOTAL && single && breakdown) {
                out.add(Table3Row.OTHER_HANDLING_TOTAL);
            }
            out.add(r);
        }
        return out.stream().filter(r -> table.row(r).isReported()).toList();
    }

    /**
     * Table 3: a 3-column label area under the balance note (3 × 3), the seven applicant columns under their two
     * header levels, then the data rows with 三、本年度办理结果 and the groups （三）–（六） spanning their sub-rows.
     */
    static Optional<Grid> table3(Table3 table, Edition edition) {
        List<Table3Row> printed = table3Rows(table, edition);
        if (printed.isEmpty()) {
            return Optional.empty();
        }
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(List.of(
                GridCell.header(ApplicantColumn.BALANCE_NOTE_ZH, 3, TABLE3_LABEL_WIDTH),
                GridCell.header(ApplicantColumn.APPLICANTS_HEADER_ZH, 1, ApplicantColumn.values().length)));
        long legal = java.util.Arrays.stream(ApplicantColumn.values()).filter(ApplicantColumn::isLegalPerson).count();
        rows.add(List.of(
                GridCell.header(ApplicantColumn.NATURAL_PERSON.labelZh(), 2, 1),
                GridCell.header(ApplicantColumn.LEGAL_PERSONS_HEADER_ZH, 1, (int) legal),
                GridCell.header(ApplicantColumn.TOTAL.labelZh(), 2, 1)));
        List<GridCell> third = new ArrayList<>();
        for (ApplicantColumn c : ApplicantColumn.values()) {
            if (c.isLegalPerson()) {
                third.add(GridCell.header(c.labelZh(), 1, 1));
            }
        }
        rows.add(third);

        long outcomeRows = printed.stream().filter(r -> r.group().isPresent()).count();
        boolean outcomesOpened = false;
        Table3Group openGroup = null;
        for (int i = 0; i < printed.size(); i++) {
            Table3Row r = printed.get(i);
            List<GridCell> line = new ArrayList<>();
            Optional<Table3Group> group = r.group();
            if (group.isEmpty()) {
                line.add(GridCell.label(r.labelZh(), 1, TABLE3_LABEL_WIDTH));
            } else {
                if (!outcomesOpened) {
                    line.add(GridCell.label(Table3Group.OUTCOMES.labelZh(), (int) outcomeRows, 1));
                    outcomesOpened = true;
                }
                Table3Group g = group.get();
                if (g == Table3Group.OUTCOMES || r == Table3Row.OTHER_HANDLING_TOTAL) {
                    line.add(GridCell.label(r.labelZh(), 1, 2));
                    openGroup = null;
                } else {
                    if (g != openGroup) {
                        int span = 0;
                        for (int j = i; j < printed.size() && printed.get(j).group().equals(group)
                                && printed.get(j) != Table3Row.OTHER_HANDLING_TOTAL; j++) {
                            span++;
                        }
                        line.add(GridCell.label(g.labelZh(), span, 1));
                        openGroup = g;
                    }
                    line.add(GridCell.label(r.labelZh(), 1, 1));
                }
            }
            ApplicantCounts counts = table.row(r);
            for (ApplicantColumn c : ApplicantColumn.values()) {
                line.add(GridCell.value(counts.cell(c), null, new CellRef(r, c), 1));
            }
            rows.add(line);
        }
        return Optional.of(new Grid(GridKind.TABLE3, TABLE3_LABEL_WIDTH + ApplicantColumn.values().length, rows));
    }

    // ---------------------------------------------------------------- table 4

    /** Table 4: 行政复议 over five outcome headers, 行政诉讼 over its two groups of five, then one row of 15 values. */
    static Optional<Grid> table4(Table4 table) {
        boolean any = false;
        for (Table4Row r : Table4Row.values()) {
            any |= table.row(r).isReported();
        }
        if (!any) {
            return Optional.empty();
        }
        int group = Table4Column.values().length;
        List<List<GridCell>> rows = new ArrayList<>();
        rows.add(List.of(
                GridCell.header(Table4Row.ADMINISTRATIVE_REVIEW.labelZh(), 1, group),
                GridCell.header(Table4Row.LITIGATION_HEADER_ZH, 1, 2 * group)));
        List<GridCell> second = new ArrayList<>();
        for (Table4Column c : Table4Column.values()) {
            second.add(GridCell.header(c.labelZh(), 2, 1));
        }
        second.add(GridCell.header(Table4Row.LITIGATION_WITHOUT_REVIEW.labelZh(), 1, group));
        second.add(GridCell.header(Table4Row.LITIGATION_AFTER_REVIEW.labelZh(), 1, group));
        rows.add(second);
        List<GridCell> third = new ArrayList<>();
        for (int k = 0; k < 2; k++) {
            for (Table4Column c : Table4Column.values()) {
                third.add(GridCell.header(c.labelZh(), 1, 1));
            }
        }
        rows.add(third);
        List<GridCell> values = new ArrayList<>();
        for (Table4Row r : Table4Row.values()) {
            for (Table4Column c : Table4Column.values()) {
                values.add(GridCell.value(table.row(r).cell(c), null, new CellRef(r, c), 1));
            }
        }
        rows.add(values);
        return Optional.of(new Grid(GridKind.TABLE4, 3 * group, rows));
    }

    // ---------------------------------------------------------------- fees

    /** The fee block of section 六: a header row of the three {@link FeeItem} labels and one row of values. */
    static Optional<Grid> fees(AnnualReport report) {
        var fees = report.fees();
        if (!fees.isReported()) {
            return Optional.empty();
        }
        List<GridCell> header = new ArrayList<>();
        List<GridCell> values = new ArrayList<>();
        MoneyUnit unit = fees.unit() == MoneyUnit.UNSPECIFIED ? null : fees.unit();
        for (FeeItem item : FeeItem.values()) {
            header.add(GridCell.header(item.labelZh(), 1, 1));
            values.add(GridCell.value(fees.cell(item), item == FeeItem.NOTICES ? null : unit,
                    new CellRef(FeeRow.FEES, item), 1));
        }
        return Optional.of(new Grid(GridKind.FEES, FeeItem.values().length, List.of(header, values)));
    }
}
