package io.github.ogireport.testkit.internal;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.Catalog;
import io.github.ogireport.catalog.CatalogRow;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.FeeRow;
import io.github.ogireport.catalog.Section;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Column;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Contact;
import io.github.ogireport.model.ExtraContent;
import io.github.ogireport.model.FeeBlock;
import io.github.ogireport.model.MoneyUnit;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReviewOutcomes;
import io.github.ogireport.model.StatisticsPeriod;
import io.github.ogireport.model.Table2;
import io.github.ogireport.model.Table2Edition2019;
import io.github.ogireport.model.Table2Edition2021;
import io.github.ogireport.model.Table3;
import io.github.ogireport.model.Table4;
import io.github.ogireport.rules.Accounting;
import io.github.ogireport.testkit.internal.ReportSpec.OtherHandlingForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds valid reports from a stream of choices. Every total is made by {@link Accounting}; this class never adds
 * cells up itself.
 */
public final class ReportFactory {

    private static final List<String> PLACEHOLDERS = List.of("-", "—", "/", "无");

    private ReportFactory() {
    }

    /** A valid report as the spec asks. */
    public static AnnualReport build(Choices c, ReportSpec spec) {
        Edition edition = spec.edition().orElse(null);
        if (spec.otherHandling() == OtherHandlingForm.BREAKDOWN) {
            edition = Edition.V2021;
        }
        int year;
        if (edition == Edition.V2019) {
            year = 2019 + c.next(2);
        } else if (edition == Edition.V2021) {
            year = 2021 + c.next(5);
        } else {
            year = 2019 + c.next(7);
        }
        edition = Edition.forReportYear(year);
        boolean single = spec.otherHandling() == OtherHandlingForm.SINGLE || edition == Edition.V2019
                || (spec.otherHandling() == OtherHandlingForm.ANY && c.chance(20));

        String agency = TextPool.agency(c, spec.plainText());
        Optional<StatisticsPeriod> period = c.chance(50)
                ? Optional.of(StatisticsPeriod.calendarYear(year)) : Optional.empty();
        Contact contact = c.chance(40) ? TextPool.contact(c) : Contact.NONE;
        Optional<LocalDate> published = c.chance(25)
                ? Optional.of(LocalDate.of(year + 1, 1 + c.next(3), 1 + c.next(28))) : Optional.empty();
        Optional<String> title = c.chance(90) ? Optional.of(TextPool.title(agency, year)) : Optional.empty();
        ReportMetadata metadata = new ReportMetadata(title, Optional.of(agency), Optional.of(year), edition, period,
                published, contact);

        AnnualReport.Builder b = AnnualReport.builder(metadata)
                .preamble(TextPool.preamble(c, agency, period, contact))
                .overview(TextPool.overview(c, spec.plainText()))
                .table2(table2(c, edition))
                .table3(table3(c, edition, single))
                .table4(table4(c))
                .problems(TextPool.problems(c, spec.plainText()))
                .otherMatters(TextPool.otherMatters(c, year, spec.plainText()));
        if (spec.fees() && edition == Edition.V2021) {
            b.fees(fees(c));
        }
        if (spec.extras()) {
            b.extras(extras(c, spec.plainText()));
        }
        AnnualReport report = b.build();
        if (spec.missingRows()) {
            report = withMissingRows(c, report);
        }
        if (spec.blanks()) {
            report = withBlanks(c, report);
        }
        return report;
    }

    // ------------------------------------------------------------------ tables

    static Table2 table2(Choices c, Edition edition) {
        if (edition == Edition.V2021) {
            return new Table2Edition2021(
                    Table2Edition2021.DocumentCounts.of(c.count(), c.count(), c.count()),
                    Table2Edition2021.DocumentCounts.of(c.count(), c.count(), c.count()),
                    Table2Edition2021.Decisions.of(c.count()),
                    Table2Edition2021.Decisions.of(c.count()),
                    Table2Edition2021.Decisions.of(c.count()),
                    new Table2Edition2021.FeeAmount(Cell.of(c.amount(6)), MoneyUnit.WAN_YUAN));
        }
        return new Table2Edition2019(
                Table2Edition2019.PublicationCounts.of(c.count(), c.count(), c.count()),
                Table2Edition2019.PublicationCounts.of(c.count(), c.count(), c.count()),
                itemCounts(c), itemCounts(c), itemCounts(c), itemCounts(c),
                feeItems(c),
                new Table2Edition2019.Procurement(Cell.of(c.count()), Cell.of(c.amount(2)),
                        c.pick(List.of(MoneyUnit.UNSPECIFIED, MoneyUnit.YUAN, MoneyUnit.WAN_YUAN))));
    }

    private static Table2Edition2019.ItemCounts itemCounts(Choices c) {
        long previous = c.chance(60) ? 1 + c.count() : 0;
        return Table2Edition2019.ItemCounts.of(previous, change(c, previous), c.count());
    }

    private static Table2Edition2019.FeeItems feeItems(Choices c) {
        long previous = c.chance(60) ? 1 + c.count() : 0;
        return new Table2Edition2019.FeeItems(Cell.of(previous), Cell.of(change(c, previous)));
    }

    /** A signed 本年增/减: an increase, or a decrease of at most the previous year's items. */
    private static long change(Choices c, long previous) {
        return previous > 0 && c.chance(40) ? -(1 + c.countAtMost(previous - 1)) : c.count();
    }

    static Table3 table3(Choices c, Edition edition, boolean singleOtherRow) {
        Map<Table3Row, ApplicantCounts> rows = new EnumMap<>(Table3Row.class);
        List<Table3Row> template = new ArrayList<>(Table3Row.rowsOf(edition));
        if (edition == Edition.V2021 && singleOtherRow) {
            template.removeAll(List.of(Table3Row.OTHER_NO_CORRECTION, Table3Row.OTHER_UNPAID_FEES,
                    Table3Row.OTHER_OTHER));
            template.add(Table3Row.OTHER_HANDLING_TOTAL);
        }
        for (Table3Row r : template) {
            if (r == Table3Row.NEW_APPLICATIONS || r == Table3Row.OUTCOME_TOTAL) {
                continue;
            }
            rows.put(r, r == Table3Row.CARRIED_OVER ? ApplicantCounts.zeros() : applicants(c));
        }
        rows.put(Table3Row.NEW_APPLICATIONS, ApplicantCounts.zeros());
        rows.put(Table3Row.OUTCOME_TOTAL, ApplicantCounts.zeros());
        Table3 t = Accounting.withDerivedTotals(Table3.fromRows(rows));
        // with nothing carried over, 一 is the most that can have been carried over without 一 turning negative
        List<Cell> carried = new ArrayList<>();
        for (ApplicantColumn col : ApplicantColumn.addends()) {
            long most = t.newApplications().cell(col).valueOrZero().longValueExact();
            carried.add(Cell.of(c.chance(50) ? c.countAtMost(most) : 0));
        }
        carried.add(Cell.of(0));
        return Accounting.withDerivedTotals(t.withRow(Table3Row.CARRIED_OVER, ApplicantCounts.fromCells(carried)));
    }

    private static ApplicantCounts applicants(Choices c) {
        boolean busy = c.chance(35);
        List<Cell> cells = new ArrayList<>();
        for (ApplicantColumn col : ApplicantColumn.addends()) {
            long v = busy ? c.count() : (col == ApplicantColumn.NATURAL_PERSON && c.chance(30) ? c.count() : 0);
            cells.add(Cell.of(v));
        }
        cells.add(Cell.of(0));
        return ApplicantCounts.fromCells(cells);
    }

    static Table4 table4(Choices c) {
        Table4 t = Table4.notReported();
        for (Table4Row r : Table4Row.values()) {
            List<Cell> cells = new ArrayList<>();
            boolean busy = c.chance(30);
            for (Table4Column col : Table4Column.addends()) {
                cells.add(Cell.of(busy ? c.count() : 0));
            }
            cells.add(Cell.of(0));
            t = t.withRow(r, Accounting.withGroupTotal(ReviewOutcomes.fromCells(cells)));
        }
        return t;
    }

    static FeeBlock fees(Choices c) {
        long notices = c.count();
        BigDecimal notified = notices == 0 ? BigDecimal.ZERO : c.amount(2);
        BigDecimal collected = c.chance(70) ? notified : BigDecimal.ZERO;
        return new FeeBlock(Cell.of(notices), Cell.of(notified), Cell.of(collected),
                c.pick(List.of(MoneyUnit.YUAN, MoneyUnit.UNSPECIFIED, MoneyUnit.WAN_YUAN)));
    }

    /**
     * One to three extras where real reports put them, in the order a document shows them: a captioned table in
     * section 一 or 五, a numbered local section between 四 and 五 (sample 001's layout) holding a table or text, and
     * site chrome after 六.
     */
    static List<ExtraContent> extras(Choices c, boolean plainText) {
        List<ExtraContent> out = new ArrayList<>();
        boolean table = c.chance(60);
        boolean local = c.chance(50);
        boolean chrome = !table && !local || c.chance(40);
        if (table) {
            out.add(ExtraContent.table(c.pick(List.of(Section.OVERVIEW, Section.PROBLEMS)),
                    TextPool.extraCaption(c), rows(c, plainText)));
        }
        if (local) {
            String heading = "五、" + TextPool.localSectionTitle(c);
            out.add(c.chance(50) ? ExtraContent.table(Section.REVIEWS_AND_LAWSUITS, heading, rows(c, plainText))
                    : ExtraContent.text(Section.REVIEWS_AND_LAWSUITS, heading,
                            List.of(TextPool.paragraph(c, plainText))));
        }
        if (chrome) {
            out.add(ExtraContent.text(Section.OTHER_MATTERS, null,
                    List.of("闽公安网备:" + (35_000_000_000_000L + c.next(999_999)))));
        }
        out.sort(java.util.Comparator.comparing(e -> e.after().orElseThrow()));
        return out;
    }

    private static List<List<String>> rows(Choices c, boolean plainText) {
        return List.of(
                List.of("名称", "类型", "数量"),
                List.of("政务微博", "新媒体", String.valueOf(c.count())),
                List.of(plainText ? "微信公众号" : "“微信”公众号<官方>", "新媒体", String.valueOf(c.count())));
    }

    // ------------------------------------------------------------------ variations

    /** Drops at least one and a few more template rows: "not reported", never zero. */
    static AnnualReport withMissingRows(Choices c, AnnualReport report) {
        List<CatalogRow> candidates = new ArrayList<>();
        for (CatalogRow r : Catalog.rows(report.edition())) {
            if (r != FeeRow.FEES && CellEdits.rowOf(report, r).isReported()) {
                candidates.add(r);
            }
        }
        AnnualReport out = report;
        boolean any = false;
        for (CatalogRow r : candidates) {
            if (c.chance(6)) {
                out = CellEdits.withoutRow(out, r);
                any = true;
            }
        }
        if (!any) {
            out = CellEdits.withoutRow(out, c.pick(candidates));
        }
        return out;
    }

    /** Writes some zeros as blanks or placeholders (never all cells: 一's 总计 keeps its number). */
    static AnnualReport withBlanks(Choices c, AnnualReport report) {
        AnnualReport out = report;
        CellRef keep = new CellRef(Table3Row.NEW_APPLICATIONS, ApplicantColumn.TOTAL);
        for (CellRef ref : Catalog.cells(report.edition())) {
            Cell cell = CellEdits.get(out, ref);
            if (ref.equals(keep) || !cell.isNumber() || cell.valueOrZero().signum() != 0) {
                continue;
            }
            if (c.chance(30)) {
                out = CellEdits.with(out, ref, c.chance(60) ? Cell.blank() : Cell.placeholder(c.pick(PLACEHOLDERS)));
            }
        }
        return out;
    }
}
