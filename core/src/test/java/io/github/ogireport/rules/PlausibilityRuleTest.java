package io.github.ogireport.rules;

import static io.github.ogireport.rules.RuleTestSupport.assertFinding;
import static io.github.ogireport.rules.RuleTestSupport.ruleIds;
import static io.github.ogireport.rules.RuleTestSupport.sample000;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.golden.GoldenFiles;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.StatisticsPeriod;
import io.github.ogireport.model.Table3;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plausibility warnings PLAUS-YEAR-FUTURE, PLAUS-PERIOD, PLAUS-EDITION and PLAUS-ALL-BLANK. */
class PlausibilityRuleTest {

    private static ReportValidator validator;

    @BeforeAll
    static void create() {
        validator = RuleTestSupport.validator();
    }

    @AfterAll
    static void close() {
        validator.close();
    }

    @Test
    void aReportYearAfterTheClocksYearIsAWarning() {
        AnnualReport r = withMetadata(sample000(), 2026, Edition.V2021, Optional.empty());
        ValidationReport result = validator.validate(r);
        assertEquals(List.of("PLAUS-YEAR-FUTURE"), ruleIds(result));
        assertTrue(result.isValid());
        assertFinding(result.findings().get(0), "PLAUS-YEAR-FUTURE", Severity.WARNING, "/metadata/reportYear", null,
                "≤ 2025", "2026");
        assertEquals("报告年度2026晚于当前年度", result.findings().get(0).message());
        assertEquals("the report year 2026 is in the future", result.findings().get(0).messageEn());
    }

    @Test
    void theFutureIsTheValidatorsClock() {
        AnnualReport r = withMetadata(sample000(), 2026, Edition.V2021, Optional.empty());
        try (ReportValidator later = ReportValidator.create(
                Clock.fixed(Instant.parse("2027-01-15T00:00:00Z"), ZoneOffset.UTC))) {
            assertTrue(later.validate(r).findings().isEmpty());
        }
        // the clock's year itself is not the future
        AnnualReport thisYear = withMetadata(sample000(), 2025, Edition.V2021, Optional.empty());
        assertTrue(validator.validate(thisYear).findings().isEmpty());
    }

    @Test
    void aStatisticsPeriodThatIsNotTheReportYearIsAWarning() {
        AnnualReport r = withMetadata(sample000(), 2023, Edition.V2021, Optional.of(
                new StatisticsPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30))));
        ValidationReport result = validator.validate(r);
        assertEquals(List.of("PLAUS-PERIOD"), ruleIds(result));
        assertFinding(result.findings().get(0), "PLAUS-PERIOD", Severity.WARNING, "/metadata/statisticsPeriod", null,
                "2023-01-01/2023-12-31", "2023-01-01/2023-06-30");
        assertEquals("统计期限2023-01-01/2023-06-30不是报告年度2023-01-01/2023-12-31", result.findings().get(0).message());
        // the golden 001 and 004 state the calendar year: no warning
        assertTrue(validator.validate(GoldenFiles.report("004")).findings().isEmpty());
    }

    @Test
    void anEditionThatDoesNotMatchTheYearIsAWarning() {
        AnnualReport r = withMetadata(sample000(), 2020, Edition.V2021, Optional.empty());
        ValidationReport result = validator.validate(r);
        assertEquals(List.of("PLAUS-EDITION"), ruleIds(result));
        assertFinding(result.findings().get(0), "PLAUS-EDITION", Severity.WARNING, "/metadata/edition", null, "2019",
                "2021");
        assertEquals("the tables follow the 2021 edition, but the report year prescribes the 2019 edition",
                result.findings().get(0).messageEn());
    }

    @Test
    void tablesWithoutAnyNumberAreAWarning() {
        AnnualReport r = AnnualReport.builder(ReportMetadata.of("某县人民政府", 2023)).build();
        ValidationReport result = validator.validate(r);
        assertEquals(List.of("PLAUS-ALL-BLANK"), ruleIds(result));
        assertFinding(result.findings().get(0), "PLAUS-ALL-BLANK", Severity.WARNING, "", null, null, null);
        assertEquals("三张统计表均未填写任何数字", result.findings().get(0).message());
        assertEquals("no table of the report has any number", result.findings().get(0).messageEn());
    }

    @Test
    void blanksAndPlaceholdersOnlyAreAllBlankButBreakNoRule() {
        Map<Table3Row, ApplicantCounts> rows = new EnumMap<>(Table3Row.class);
        ApplicantCounts blanks = new ApplicantCounts(Cell.blank(), Cell.blank(), Cell.placeholder("-"), Cell.blank(),
                Cell.placeholder("无"), Cell.blank(), Cell.placeholder("/"));
        for (Table3Row row : Table3Row.rowsOf(Edition.V2021)) {
            rows.put(row, blanks);
        }
        AnnualReport r = AnnualReport.builder(ReportMetadata.of("某县人民政府", 2023)).table3(Table3.fromRows(rows)).build();
        ValidationReport result = validator.validate(r);
        assertEquals(List.of("PLAUS-ALL-BLANK"), ruleIds(result));
        // one number anywhere in the tables is enough
        AnnualReport one = r.toBuilder().table3(r.table3().withRow(Table3Row.CARRIED_OVER,
                blanks.with(ApplicantColumn.NATURAL_PERSON, Cell.of(0)))).build();
        assertTrue(validator.validate(one).findings().isEmpty(), () -> validator.validate(one).findings().toString());
    }

    private static AnnualReport withMetadata(AnnualReport r, int year, Edition edition,
            Optional<StatisticsPeriod> period) {
        ReportMetadata m = r.metadata();
        return r.toBuilder().metadata(new ReportMetadata(m.title(), m.agency(), Optional.of(year), edition, period,
                m.publicationDate(), m.contact())).build();
    }
}
