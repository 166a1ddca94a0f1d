package io.github.ogireport.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.Catalog;
import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.FeeRow;
import io.github.ogireport.catalog.Section;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ExtraContent;
import io.github.ogireport.testkit.internal.CellEdits;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;

/** Every report of {@link Reports#valid()} passes the validator, whatever its configuration. */
class ValidReportsHaveNoErrorsProperties {

    private static final ReportValidator VALIDATOR = ReportValidator.create();

    @AfterContainer
    static void close() {
        VALIDATOR.close();
    }

    @Property(tries = 200)
    void defaultReportsHaveNoFindingAtAll(@ForAll("defaults") AnnualReport report) {
        ValidationReport result = VALIDATOR.validate(report);
        assertEquals(List.of(), result.findings(), () -> describe(report, result));
        assertEquals(report.metadata().reportYear().map(Edition::forReportYear).orElseThrow(), report.edition());
        String form = report.edition().id() + (report.table3().usesSingleOtherHandlingRow() ? " single （六）" : " （六）1-3");
        Statistics.label("form").collect(form).coverage(cov -> {
            cov.check("2019 single （六）").count(n -> n > 0);
            cov.check("2021 single （六）").count(n -> n > 0);
            cov.check("2021 （六）1-3").count(n -> n > 0);
        });
        Statistics.label("2019 decrease").collect(hasDecrease(report)).coverage(cov -> cov.check(true).count(n -> n > 0));
        Statistics.label("contact").collect(report.metadata().contact().isPresent())
                .coverage(cov -> cov.check(true).count(n -> n > 0));
        Statistics.label("period").collect(report.metadata().statisticsPeriod().isPresent())
                .coverage(cov -> cov.check(true).count(n -> n > 0));
        Statistics.label("title").collect(report.metadata().title().isPresent())
                .coverage(cov -> cov.check(false).count(n -> n > 0));
        Statistics.label("rich text").collect(report.overview().text().matches("(?s).*[<&|\t\n\"].*"))
                .coverage(cov -> cov.check(true).count(n -> n > 0));
    }

    static boolean hasDecrease(AnnualReport report) {
        return report.edition() == Edition.V2019 && report.table2().rows().values().stream()
                .flatMap(r -> r.cells().stream()).anyMatch(c -> c.valueOrZero().signum() < 0);
    }

    @Property(tries = 200)
    void reportsWithBlanksExtrasAndFeesHaveNoFindingAtAll(@ForAll("blanksExtrasFees") AnnualReport report) {
        ValidationReport result = VALIDATOR.validate(report);
        assertEquals(List.of(), result.findings(), () -> describe(report, result));
        Statistics.label("has blank or placeholder").collect(hasBlank(report))
                .coverage(cov -> cov.check(true).count(n -> n > 0));
        Statistics.label("extras").collect(report.extras().size()).coverage(cov -> cov.check(0).count(n -> n == 0));
        Statistics.label("has fees").collect(report.fees().isReported());
        Statistics.label("edition").collect(report.edition());
    }

    /** Extras stand where real documents put them, in document order, so that document formats can carry them. */
    @Property(tries = 200)
    void extrasStandWhereReportsPutThem(@ForAll("blanksExtrasFees") AnnualReport report) {
        Section previous = null;
        for (ExtraContent e : report.extras()) {
            Section after = e.after().orElseThrow();
            assertTrue(previous == null || previous.compareTo(after) <= 0, () -> "document order: " + report.extras());
            previous = after;
            switch (after) {
                case OVERVIEW, PROBLEMS -> assertTrue(e.heading().isPresent() && !e.rows().isEmpty()
                        && e.paragraphs().isEmpty(), () -> "a captioned table: " + e);
                case REVIEWS_AND_LAWSUITS -> assertTrue(e.heading().orElseThrow().startsWith("五、"),
                        () -> "a numbered local section: " + e);
                case OTHER_MATTERS -> assertTrue(e.heading().isEmpty() && e.rows().isEmpty(), () -> "chrome: " + e);
                default -> throw new AssertionError("an extra after " + after + ": " + e);
            }
        }
    }

    @Property(tries = 200)
    void reportsWithMissingRowsHaveNoError(@ForAll("missingRows") AnnualReport report) {
        ValidationReport result = VALIDATOR.validate(report);
        assertTrue(result.isValid(), () -> describe(report, result));
        assertTrue(result.findings().stream().noneMatch(Finding::isError), () -> describe(report, result));
        int completeTable3 = report.edition() == Edition.V2019 || report.table3().usesSingleOtherHandlingRow()
                ? 23 : 25;
        long reported = Catalog.rows(report.edition()).stream()
                .filter(r -> r != FeeRow.FEES && CellEdits.rowOf(report, r).isReported()).count();
        assertTrue(reported < Table2Row.rowsOf(report.edition()).size() + completeTable3 + 3,
                () -> "no row is missing: " + reported);
    }

    @Provide
    Arbitrary<AnnualReport> defaults() {
        return Reports.valid();
    }

    @Provide
    Arbitrary<AnnualReport> blanksExtrasFees() {
        return Reports.valid().withBlanks().withExtras().withFees();
    }

    @Provide
    Arbitrary<AnnualReport> missingRows() {
        return Reports.valid().withMissingRows().withBlanks().withExtras();
    }

    static boolean hasBlank(AnnualReport report) {
        return report.table3().reportedRows().values().stream().flatMap(r -> r.cells().stream())
                .anyMatch(c -> c instanceof Cell.Blank || c instanceof Cell.Placeholder);
    }

    static String describe(AnnualReport report, ValidationReport result) {
        return ReportJson.get().toJson(result) + "\nfor\n" + ReportJson.get().toJson(report);
    }
}
