package io.github.ogireport.renderers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.catalog.Catalog;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.parse.ParseResult;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parsers.ReportParsers;
import io.github.ogireport.render.RenderOptions;
import io.github.ogireport.testkit.Reports;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@code read(write(r))} equals {@code r} for the test kit's reports, for every format ogi-report can both read and
 * write, up to exactly what the format cannot carry ({@link RoundTripExpectation#expectedAfterRoundTrip}): both
 * editions, blanks and placeholders, missing rows, the fee block, extras (a captioned table, a numbered local
 * section, site chrome), narratives with sub-headings, quotes, {@code <}, {@code &}, {@code |}, Markdown punctuation,
 * tabs and newlines inside text. Reading goes through {@link ReportParsers#read(byte[], String, ReaderOptions)}.
 * The HTML property leaves out the one {@link KnownReaderGap}; {@link KnownReaderGapsTest} shows it.
 */
class RoundTripProperties {

    @Provide
    Arbitrary<AnnualReport> reports() {
        return Reports.valid().withBlanks().withMissingRows().withExtras().withFees();
    }

    /**
     * The reports for the document formats, with the template title where the report has none: document formats
     * carry agency and year only through the title (the conventions take them from it).
     */
    @Provide
    Arbitrary<AnnualReport> documentReports() {
        return reports().map(RoundTripProperties::withTemplateTitle);
    }

    @Provide
    Arbitrary<AnnualReport> htmlReports() {
        // KnownReaderGap.HTML_NOT_REPORTED_READ_AS_BLANK: a table-4 group missing beside reported ones prints as
        // cells marked not reported
        return documentReports().filter(r -> {
            long reported = java.util.Arrays.stream(io.github.ogireport.catalog.Table4Row.values())
                    .filter(g -> r.table4().row(g).isReported()).count();
            return reported == 0 || reported == io.github.ogireport.catalog.Table4Row.values().length;
        });
    }

    /** The report with the template's title {@code <agency><year>年政府信息公开工作年度报告} if it has no title. */
    static AnnualReport withTemplateTitle(AnnualReport r) {
        var m = r.metadata();
        if (m.title().isPresent() || m.agency().isEmpty() || m.reportYear().isEmpty()) {
            return r;
        }
        return r.toBuilder().metadata(new io.github.ogireport.model.ReportMetadata(
                java.util.Optional.of(m.agency().get() + m.reportYear().get() + "年政府信息公开工作年度报告"),
                m.agency(), m.reportYear(), m.edition(), m.statisticsPeriod(), m.publicationDate(), m.contact()))
                .build();
    }

    @Property(tries = 100)
    void jsonRoundTrip(@ForAll("reports") AnnualReport r) {
        roundTrip("json", r);
    }

    @Property(tries = 100)
    void htmlRoundTrip(@ForAll("htmlReports") AnnualReport r) {
        roundTrip("html", r);
    }

    @Property(tries = 100)
    void markdownRoundTrip(@ForAll("documentReports") AnnualReport r) {
        roundTrip("markdown", r);
    }

    @Property(tries = 100)
    void textRoundTrip(@ForAll("documentReports") AnnualReport r) {
        roundTrip("text", r);
    }

    private static void roundTrip(String format, AnnualReport r) {
        byte[] written = ReportRenderers.forFormat(format).orElseThrow().render(r, RenderOptions.DEFAULT);
        ParseResult read = ReportParsers.read(written, format, ReaderOptions.DEFAULT);
        AnnualReport expected = RoundTripExpectation.expectedAfterRoundTrip(format, r);
        assertEquals(ReportJson.get().toJson(expected), ReportJson.get().toJson(read.report()),
                () -> format + " round trip; written:\n" + new String(written, StandardCharsets.UTF_8));
    }

    @Property(tries = 200)
    void jsonRendererOutputIsTheCanonicalJson(@ForAll("reports") AnnualReport r) {
        byte[] pretty = ReportRenderers.forFormat("json").orElseThrow().render(r, RenderOptions.DEFAULT);
        byte[] compact = ReportRenderers.forFormat("json").orElseThrow()
                .render(r, RenderOptions.DEFAULT.withPretty(false));
        assertEquals(r, ReportJson.get().readReport(new String(pretty, StandardCharsets.UTF_8)));
        assertEquals(r, ReportJson.get().readReport(new String(compact, StandardCharsets.UTF_8)));
        assertEquals(ReportJson.get().toCompactJson(r), new String(compact, StandardCharsets.UTF_8));
    }

    /** CSV is write-only; it drops narratives, extras and contact, and carries every cell: value and status. */
    @Property(tries = 200)
    void csvCarriesEveryCellOfTheCatalog(@ForAll("reports") AnnualReport r) {
        String csv = new String(ReportRenderers.forFormat("csv").orElseThrow().render(r, RenderOptions.DEFAULT),
                StandardCharsets.UTF_8);
        List<List<String>> records = CsvLongFormatTest.parse(csv);
        List<CellRef> cells = Catalog.cells(r.edition());
        assertEquals(cells.size() + 1, records.size());
        for (int i = 0; i < cells.size(); i++) {
            List<String> rec = records.get(i + 1);
            CellRef ref = cells.get(i);
            assertEquals(ref.row().id() + "/" + ref.column().id(), rec.get(4) + "/" + rec.get(6));
            assertEquals(cellAt(r, ref), cellOf(rec.get(8), rec.get(10)), ref.pointer());
        }
    }

    /** The cell a CSV line describes. */
    private static Cell cellOf(String value, String status) {
        switch (status) {
            case "number":
                return Cell.of(new java.math.BigDecimal(value));
            case "blank":
                return Cell.blank();
            case "placeholder":
                return Cell.placeholder(value);
            case "not_reported":
                assertEquals("", value);
                return Cell.notReported();
            default:
                throw new AssertionError("status " + status);
        }
    }

    /** The cell of a report at a catalog address, through the model's own accessors. */
    private static Cell cellAt(AnnualReport r, CellRef ref) {
        if (ref.row() instanceof io.github.ogireport.catalog.Table2Row row) {
            return r.table2().cell(row, (io.github.ogireport.catalog.Table2Column) ref.column());
        }
        if (ref.row() instanceof io.github.ogireport.catalog.Table3Row row) {
            return r.table3().row(row).cell((io.github.ogireport.catalog.ApplicantColumn) ref.column());
        }
        if (ref.row() instanceof io.github.ogireport.catalog.Table4Row row) {
            return r.table4().row(row).cell((io.github.ogireport.catalog.Table4Column) ref.column());
        }
        return r.fees().cell((io.github.ogireport.catalog.FeeItem) ref.column());
    }
}
