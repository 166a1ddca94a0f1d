package io.github.ogireport.renderers;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.render.RenderOptions;
import io.github.ogireport.renderers.internal.CsvRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Many reports (a whole folder, several years, several agencies) in one long-format CSV file: one header line, then
 * the cells of every report in list order, each line naming its agency, year and edition. The columns are those of
 * the {@code csv} renderer:
 * {@code agency,report_year,edition,table,row_id,row_label,column_id,column_label,value,blank,status,unit}, where
 * {@code value} is empty for a blank cell and a cell not reported, the placeholder's text for a placeholder, and
 * {@code status} is {@code number}, {@code blank}, {@code placeholder} or {@code not_reported}.
 *
 * <p>RFC 4180 quoting, UTF-8, {@code \n} line ends, a BOM with {@link RenderOptions#bom()} (once, at the start).
 * Thread-safe.
 */
public final class CsvReports {

    private CsvReports() {
    }

    /** The header line's column names, in order. */
    public static List<String> header() {
        return CsvRenderer.HEADER;
    }

    /**
     * Writes the reports as one CSV file. Does not close the stream.
     *
     * @param reports the reports, in the order their lines should appear
     * @param options {@link RenderOptions#bom()} is the only option that applies
     * @param out     where to write
     * @throws IOException          if writing fails
     * @throws NullPointerException if an argument or a report is null
     */
    public static void write(List<AnnualReport> reports, RenderOptions options, OutputStream out) throws IOException {
        CsvRenderer.write(reports, options, out);
    }
}
