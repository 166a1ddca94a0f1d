package io.github.ogireport.renderers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.Catalog;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.catalog.Edition;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.render.RenderOptions;
import io.github.ogireport.render.ReportRenderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The CSV is one line per cell of the edition's catalog, with RFC 4180 quoting, the cell's status kept apart from its
 * value, an optional BOM, and many reports in one file.
 */
class CsvLongFormatTest {

    private static final ReportRenderer CSV = ReportRenderers.forFormat("csv").orElseThrow();
    private static final String HEADER =
            "agency,report_year,edition,table,row_id,row_label,column_id,column_label,value,blank,status,unit";

    /** A minimal RFC 4180 reader: records of fields, quoted fields may hold commas, quotes and line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char ch = csv.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    f.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                fields.add(f.toString());
                f.setLength(0);
            } else if (ch == '\n') {
                fields.add(f.toString());
                f.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else {
                f.append(ch);
            }
        }
        assertFalse(quoted, "unterminated quote");
        assertEquals(0, f.length() + fields.size(), "the last line ends with \\n");
        return records;
    }

    private static String render(AnnualReport r, RenderOptions o) {
        return new String(CSV.render(r, o), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @EnumSource(Edition.class)
    void oneLinePerCellOfTheEditionsCatalogInTemplateOrder(Edition e) {
        AnnualReport r = e == Edition.V2021 ? Fixtures.full2021() : Fixtures.full2019();
        String csv = render(r, RenderOptions.DEFAULT);
        assertTrue(csv.startsWith(HEADER + "\n"));
        List<List<String>> records = parse(csv);
        List<CellRef> cells = Catalog.cells(e);
        assertEquals(cells.size() + 1, records.size());
        for (int i = 0; i < cells.size(); i++) {
            List<String> rec = records.get(i + 1);
            CellRef ref = cells.get(i);
            assertEquals(12, rec.size());
            assertEquals(List.of(r.metadata().agency().orElseThrow(), String.valueOf(r.metadata().reportYear()
                    .orElseThrow()), e.id(), ref.row().table().jsonName(), ref.row().id(),
                    ref.row().qualifiedLabelZh(), ref.column().id(), ref.column().labelZh()), rec.subList(0, 8));
        }
    }

    @Test
    void valueBlankStatusAndUnitOfEachKindOfCell() {
        List<List<String>> records = parse(render(Fixtures.full2021(), RenderOptions.DEFAULT));
        assertEquals(List.of("24252.311082", "false", "number", "万元"), find(records, "table2.2021.fees", "amount"));
        assertEquals(List.of("", "true", "blank", ""), find(records, "table2.2021.coercion", "decisions"));
        assertEquals(List.of("-", "false", "placeholder", ""),
                find(records, "table3.outcomes.notProcessed.repeated", "researchInstitution"));
        // the 2019 single row （六） is in the 2021 catalog but this report gives the breakdown
        assertEquals(List.of("", "false", "not_reported", ""),
                find(records, "table3.outcomes.otherHandling.total", "total"));
        assertEquals(List.of("0", "false", "number", "元"), find(records, "fees", "amountCollected"));
        assertEquals(List.of("0", "false", "number", ""), find(records, "fees", "notices"));
        List<List<String>> r2019 = parse(render(Fixtures.full2019(), RenderOptions.DEFAULT));
        assertEquals(List.of("-8", "false", "number", ""), find(r2019, "table2.2019.licensing", "change"));
        assertEquals(List.of("251000", "false", "number", "元"), find(r2019, "table2.2019.procurement", "amount"));
        assertEquals(List.of("", "false", "not_reported", ""), find(r2019, "fees", "notices"));
    }

    private static List<String> find(List<List<String>> records, String rowId, String columnId) {
        return records.stream().filter(r -> r.get(4).equals(rowId) && r.get(6).equals(columnId)).findFirst()
                .orElseThrow(() -> new AssertionError(rowId + "/" + columnId)).subList(8, 12);
    }

    @Test
    void fieldsWithCommasQuotesAndLineBreaksAreQuoted() {
        String agency = "某局,\"办公室\"\n第二行";
        AnnualReport r = withAgency(Fixtures.full2021(), agency);
        String csv = render(r, RenderOptions.DEFAULT);
        assertTrue(csv.contains("\n\"某局,\"\"办公室\"\"\n第二行\",2023,2021,table2,"), "quoted agency");
        List<List<String>> records = parse(csv);
        assertEquals(Catalog.cells(Edition.V2021).size() + 1, records.size());
        for (List<String> rec : records.subList(1, records.size())) {
            assertEquals(agency, rec.get(0));
        }
        assertEquals("a", io.github.ogireport.renderers.internal.CsvRenderer.quote("a"));
        assertEquals("\"a\r\"", io.github.ogireport.renderers.internal.CsvRenderer.quote("a\r"));
    }

    @Test
    void aBomOnlyWhenAsked() {
        byte[] plain = CSV.render(Fixtures.full2021(), RenderOptions.DEFAULT);
        byte[] bom = CSV.render(Fixtures.full2021(), RenderOptions.DEFAULT.withBom(true));
        assertEquals('a', plain[0]);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bom, 3));
        assertArrayEquals(plain, java.util.Arrays.copyOfRange(bom, 3, bom.length));
    }

    @Test
    void manyReportsShareOneHeaderAndKeepTheirOrder() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<AnnualReport> reports = List.of(Fixtures.full2021(), Fixtures.full2019(), Fixtures.hostile());
        CsvReports.write(reports, RenderOptions.DEFAULT.withBom(true), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF" + HEADER + "\n"));
        assertEquals(1, csv.split("\uFEFF", -1).length - 1, "one BOM");
        List<List<String>> records = parse(csv.substring(1));
        assertEquals(List.of(HEADER.split(",")), List.of(records.get(0).toArray()));
        assertEquals(CsvReports.header(), records.get(0));
        int n2021 = Catalog.cells(Edition.V2021).size();
        int n2019 = Catalog.cells(Edition.V2019).size();
        assertEquals(1 + 2 * n2021 + n2019, records.size());
        assertEquals("2021", records.get(1).get(2));
        assertEquals("2019", records.get(1 + n2021).get(2));
        assertEquals(Fixtures.HOSTILE, records.get(1 + n2021 + n2019).get(0));
        // the lines of one report are exactly what the single-report renderer writes after its header
        String single = render(Fixtures.full2019(), RenderOptions.DEFAULT);
        assertTrue(csv.contains(single.substring(HEADER.length() + 1)));
    }

    private static AnnualReport withAgency(AnnualReport r, String agency) {
        ReportMetadata m = r.metadata();
        return r.toBuilder().metadata(new ReportMetadata(m.title(), Optional.of(agency), m.reportYear(), m.edition(),
                m.statisticsPeriod(), m.publicationDate(), m.contact())).build();
    }
}
