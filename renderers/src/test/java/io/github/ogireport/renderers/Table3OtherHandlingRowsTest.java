package io.github.ogireport.renderers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.model.Table3;
import io.github.ogireport.renderers.internal.Layout;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Which （六）其他处理 rows table 3 prints: the edition's template rows, the 2019 single row where the report gives
 * only that row, and every reported row even when a report gives both (nothing dropped, nothing invented).
 */
class Table3OtherHandlingRowsTest {

    private static final List<Table3Row> BREAKDOWN =
            List.of(Table3Row.OTHER_NO_CORRECTION, Table3Row.OTHER_UNPAID_FEES, Table3Row.OTHER_OTHER);

    private static Table3 allRows(Edition e, boolean single, boolean breakdown) {
        Map<Table3Row, ApplicantCounts> m = new EnumMap<>(Table3Row.class);
        for (Table3Row r : Table3Row.values()) {
            boolean other = r == Table3Row.OTHER_HANDLING_TOTAL || BREAKDOWN.contains(r);
            if (!other || (r == Table3Row.OTHER_HANDLING_TOTAL ? single : breakdown)) {
                m.put(r, ApplicantCounts.zeros());
            }
        }
        return Table3.fromRows(m);
    }

    private static List<Table3Row> expected(Edition e, List<Table3Row> other) {
        List<Table3Row> out = new ArrayList<>();
        for (Table3Row r : Table3Row.rowsOf(Edition.V2019)) {
            if (r == Table3Row.OTHER_HANDLING_TOTAL) {
                out.addAll(other);
            } else {
                out.add(r);
            }
        }
        return out;
    }

    @Test
    void theTemplateRowsOfEachEdition() {
        assertEquals(Table3Row.rowsOf(Edition.V2021), Layout.table3Rows(allRows(Edition.V2021, false, true),
                Edition.V2021));
        assertEquals(Table3Row.rowsOf(Edition.V2019), Layout.table3Rows(allRows(Edition.V2019, true, false),
                Edition.V2019));
    }

    @Test
    void a2021ReportWithOnlyTheSingleRowPrintsTheSingleRow() {
        assertEquals(expected(Edition.V2021, List.of(Table3Row.OTHER_HANDLING_TOTAL)),
                Layout.table3Rows(allRows(Edition.V2021, true, false), Edition.V2021));
    }

    @Test
    void a2021ReportWithBothPrintsTheBreakdownThenTheSingleRow() {
        List<Table3Row> both = new ArrayList<>(BREAKDOWN);
        both.add(Table3Row.OTHER_HANDLING_TOTAL);
        assertEquals(expected(Edition.V2021, both), Layout.table3Rows(allRows(Edition.V2021, true, true),
                Edition.V2021));
        AnnualReport r = Fixtures.full2021().toBuilder().table3(allRows(Edition.V2021, true, true)).build();
        Element t3 = Jsoup.parse(new String(ReportRenderers.forFormat("html").orElseThrow()
                .render(r, io.github.ogireport.render.RenderOptions.DEFAULT), java.nio.charset.StandardCharsets.UTF_8))
                .selectFirst("table.ogi-table3");
        HtmlOfficialLayoutTest.assertGridWidth(t3, 10);
        assertEquals(7 * 26, t3.select("td[data-cell]").size());
    }

    @Test
    void a2019ReportWithABreakdownPrintsItAfterTheSingleRow() {
        List<Table3Row> both = new ArrayList<>(List.of(Table3Row.OTHER_HANDLING_TOTAL));
        both.addAll(BREAKDOWN);
        assertEquals(expected(Edition.V2019, both), Layout.table3Rows(allRows(Edition.V2019, true, true),
                Edition.V2019));
    }

    @Test
    void rowsNotReportedAreLeftOut() {
        Map<Table3Row, ApplicantCounts> m = new EnumMap<>(Table3Row.class);
        m.put(Table3Row.NEW_APPLICATIONS, ApplicantCounts.zeros());
        m.put(Table3Row.WITHHELD_STATE_SECRET, ApplicantCounts.zeros());
        assertEquals(List.of(Table3Row.NEW_APPLICATIONS, Table3Row.WITHHELD_STATE_SECRET),
                Layout.table3Rows(Table3.fromRows(m), Edition.V2021));
        assertEquals(List.of(), Layout.table3Rows(Table3.notReported(), Edition.V2019));
    }
}
