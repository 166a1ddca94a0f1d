package io.github.ogireport.renderers.internal;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.Catalog;
import io.github.ogireport.catalog.CatalogColumn;
import io.github.ogireport.catalog.CatalogRow;
import io.github.ogireport.catalog.FeeItem;
import io.github.ogireport.catalog.FeeRow;
import io.github.ogireport.catalog.Table2Column;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Column;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.MoneyUnit;
import io.github.ogireport.model.Table2Edition2019;
import io.github.ogireport.model.Table2Edition2021;
import io.github.ogireport.render.RenderOptions;
import io.github.ogireport.render.ReportRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes the statistical cells of a report as CSV in long format, for data analysis: one header line, then one line
 * per cell of the edition's catalog ({@link Catalog#cells}), in template order: table 2, table 3 (for the 2021
 * edition including the 2019 single row （六）其他处理), table 4, the fee block. Columns:
 *
 * <ol>
 *   <li>{@code agency}, {@code report_year}, {@code edition} — empty when the report does not state them;</li>
 *   <li>{@code table} — {@code table2}, {@code table3}, {@code table4} or {@code fees};</li>
 *   <li>{@code row_id}, {@code row_label} — the catalog row's id and its qualified official label;</li>
 *   <li>{@code column_id}, {@code column_label} — the catalog column's id and official header;</li>
 *   <li>{@code value} — the number written plainly ({@code 24252.311082}, {@code -8}), the placeholder's text as
 *       written ({@code -}, {@code 无}), empty for a blank cell and for a cell not reported;</li>
 *   <li>{@code blank} — {@code true} for a blank cell, else {@code false};</li>
 *   <li>{@code status} — {@code number}, {@code blank}, {@code placeholder} or {@code not_reported} (a row or cell
 *       the source did not have), so that neither blank nor "not reported" is ever read as zero;</li>
 *   <li>{@code unit} — for an amount of money that is a number, the unit the report wrote ({@code 万元}, {@code 元});
 *       empty when unspecified, for counts, and for cells that hold no number.</li>
 * </ol>
 *
 * <p>RFC 4180 quoting (a field with a comma, a double quote, a CR or LF is quoted and its quotes doubled), UTF-8,
 * {@code \n} line ends, a BOM with {@link RenderOptions#bom()} so that Excel opens the Chinese text correctly. Field
 * values are written as they are: a text starting with {@code =} is not neutralized, so open untrusted files in a
 * spreadsheet with care. CSV carries no narrative and no extra content: it is write-only. Stateless and thread-safe.
 */
public final class CsvRenderer implements ReportRenderer {

    /** The columns of the header line. */
    public static final List<String> HEADER = List.of("agency", "report_year", "edition", "table", "row_id",
            "row_label", "column_id", "column_label", "value", "blank", "status", "unit");

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public String mediaType() {
        return "text/csv; charset=UTF-8";
    }

    @Override
    public void render(AnnualReport report, RenderOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        write(List.of(report), options, out);
    }

    /** Writes the header (after a BOM if asked) and the cells of every report, in list order. */
    public static void write(List<AnnualReport> reports, RenderOptions options, OutputStream out) throws IOException {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        StringBuilder b = new StringBuilder(4096);
        if (options.bom()) {
            b.append('\uFEFF');
        }
        line(HEADER, b);
        out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        for (AnnualReport r : reports) {
            b.setLength(0);
            cells(Objects.requireNonNull(r, "report"), b);
            out.write(b.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void cells(AnnualReport report, StringBuilder b) {
        String agency = report.metadata().agency().orElse("");
        String year = report.metadata().reportYear().map(String::valueOf).orElse("");
        String edition = report.edition().id();
        for (CatalogRow row : Catalog.rows(report.edition())) {
            for (CatalogColumn column : row.columns()) {
                Cell cell = cellOf(report, row, column);
                line(List.of(agency, year, edition, row.table().jsonName(), row.id(), row.qualifiedLabelZh(),
                        column.id(), column.labelZh(), Layout.cellText(cell), String.valueOf(cell instanceof Cell.Blank),
                        status(cell), unitOf(report, row, column, cell)), b);
            }
        }
    }

    /** The cell of a report at a catalog address. */
    static Cell cellOf(AnnualReport report, CatalogRow row, CatalogColumn column) {
        if (row instanceof Table2Row r) {
            return report.table2().cell(r, (Table2Column) column);
        }
        if (row instanceof Table3Row r) {
            return report.table3().row(r).cell((ApplicantColumn) column);
        }
        if (row instanceof Table4Row r) {
            return report.table4().row(r).cell((Table4Column) column);
        }
        if (row == FeeRow.FEES) {
            return report.fees().cell((FeeItem) column);
        }
        throw new IllegalArgumentException("unknown catalog row " + row.id());
    }

    /** {@code number}, {@code blank}, {@code placeholder} or {@code not_reported}. */
    static String status(Cell cell) {
        if (cell instanceof Cell.Number) {
            return "number";
        }
        if (cell instanceof Cell.Blank) {
            return "blank";
        }
        if (cell instanceof Cell.Placeholder) {
            return "placeholder";
        }
        return "not_reported";
    }

    private static String unitOf(AnnualReport report, CatalogRow row, CatalogColumn column, Cell cell) {
        if (!cell.isNumber()) {
            return "";
        }
        MoneyUnit unit = null;
        if (column instanceof Table2Column c && c.monetary()) {
            unit = report.table2() instanceof Table2Edition2021 t ? t.fees().unit()
                    : ((Table2Edition2019) report.table2()).procurement().unit();
        } else if (column == FeeItem.AMOUNT_NOTIFIED || column == FeeItem.AMOUNT_COLLECTED) {
            unit = report.fees().unit();
        }
        return unit == null ? "" : unit.symbol();
    }

    private static void line(List<String> fields, StringBuilder b) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(quote(fields.get(i)));
        }
        b.append('\n');
    }

    /** RFC 4180: quotes a field holding a comma, a double quote, a CR or a LF, doubling its quotes. */
    public static String quote(String field) {
        boolean needs = false;
        for (int i = 0; i < field.length() && !needs; i++) {
            char ch = field.charAt(i);
            needs = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
        }
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
