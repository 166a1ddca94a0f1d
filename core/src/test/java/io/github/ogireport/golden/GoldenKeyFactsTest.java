package io.github.ogireport.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.Section;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Column;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Contact;
import io.github.ogireport.model.MoneyUnit;
import io.github.ogireport.model.StatisticsPeriod;
import io.github.ogireport.model.Table3;
import io.github.ogireport.model.TextBlock;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The golden files agree with what the samples' README says about each sample, and with CONVENTIONS.md's examples. */
class GoldenKeyFactsTest {

    static final List<String> IDS = GoldenFiles.IDS;

    /** One row of the README's table: file, agency, year, raw form, quirks. */
    record ReadmeRow(String id, String agency, int year, String quirks) {
    }

    static Map<String, ReadmeRow> readme() {
        String text = resource("/samples/README.md");
        Map<String, ReadmeRow> rows = new HashMap<>();
        for (String line : text.split("\n")) {
            if (!line.matches("\\| \\d{3}_.*")) {
                continue;
            }
            String[] cols = line.split(" \\| ");
            String id = cols[0].substring(2, 5);
            String agency = cols[1].replaceAll("\\s*\\(.*\\)\\s*$", "").strip();
            rows.put(id, new ReadmeRow(id, agency, Integer.parseInt(cols[2].strip()), cols[4]));
        }
        return rows;
    }

    @Test
    void readmeListsTheFiveSamples() {
        assertEquals(IDS, readme().keySet().stream().sorted().toList());
    }

    @ParameterizedTest(name = "golden {0}")
    @FieldSource("IDS")
    void yearAndEditionMatchTheReadme(String id) {
        AnnualReport r = GoldenFiles.report(id);
        ReadmeRow row = readme().get(id);
        assertEquals(Optional.of(row.year()), r.metadata().reportYear());
        // every sample is from 2022 on and uses the 2021 layout (001 too, although its （六） is the 2019 row)
        assertEquals(Edition.V2021, r.edition());
        assertEquals(Edition.forReportYear(row.year()), r.edition());
    }

    @ParameterizedTest(name = "golden {0}")
    @FieldSource("IDS")
    void table3ApplicationCountsMatchTheReadme(String id) {
        Table3 t3 = GoldenFiles.report(id).table3();
        Matcher m = Pattern.compile("non-zero table 3 \\((\\d+) applications\\)").matcher(readme().get(id).quirks());
        long applications = m.find() ? Long.parseLong(m.group(1)) : 0;
        assertEquals(Cell.of(applications), t3.newApplications().total());
        assertEquals(Cell.of(applications), t3.outcomes().total().total());
        assertEquals(Cell.of(0), t3.carriedOver().total());
        assertEquals(Cell.of(0), t3.carriedToNextYear().total());
        if (applications == 0) {
            assertEquals(List.of(), nonZeroCells(t3), id + " has an all-zero table 3");
        }
    }

    @ParameterizedTest(name = "golden {0}")
    @FieldSource("IDS")
    void table4LawsuitsMatchTheReadme(String id) {
        AnnualReport r = GoldenFiles.report(id);
        Matcher m = Pattern.compile("table 4 \\((\\d+) lawsuits?\\)").matcher(readme().get(id).quirks());
        long lawsuits = m.find() ? Long.parseLong(m.group(1)) : 0;
        BigDecimal total = r.table4().litigationWithoutReview().total().valueOrZero()
                .add(r.table4().litigationAfterReview().total().valueOrZero());
        assertEquals(0, BigDecimal.valueOf(lawsuits).compareTo(total));
        assertEquals(Cell.of(0), r.table4().administrativeReview().total());
    }

    @ParameterizedTest(name = "golden {0}")
    @FieldSource("IDS")
    void agencyIsTheReadmesOrTheTitlesWording(String id) {
        AnnualReport r = GoldenFiles.report(id);
        String readmeAgency = readme().get(id).agency();
        String agency = r.metadata().agency().orElseThrow();
        // CONVENTIONS.md: the agency is taken from the title (001 → 永平镇, 004 → 南关区政府办公室); the README names the body
        Map<String, String> fromTitle = Map.of("001", "永平镇", "004", "南关区政府办公室");
        assertEquals(fromTitle.getOrDefault(id, readmeAgency), agency);
        r.metadata().title().ifPresent(t -> assertTrue(t.replaceAll("\\s", "").contains(agency), t));
    }

    @Test
    void sample000HasItsNonZeroCellsExactly() {
        AnnualReport r = GoldenFiles.report("000");
        assertEquals(Optional.empty(), r.metadata().title());
        assertEquals(Optional.of("昌邑区人民政府办公室"), r.metadata().agency());
        assertEquals(List.of(
                "/table3/newApplications/naturalPerson=3", "/table3/newApplications/total=3",
                "/table3/outcomes/partiallyDisclosed/naturalPerson=1", "/table3/outcomes/partiallyDisclosed/total=1",
                "/table3/outcomes/withheld/processInformation/naturalPerson=1",
                "/table3/outcomes/withheld/processInformation/total=1",
                "/table3/outcomes/unableToProvide/needsCreation/naturalPerson=1",
                "/table3/outcomes/unableToProvide/needsCreation/total=1",
                "/table3/outcomes/total/naturalPerson=3", "/table3/outcomes/total/total=3"), nonZeroCells(r.table3()));
        assertEquals(Cell.of(1), r.table4().row(Table4Row.LITIGATION_WITHOUT_REVIEW).cell(Table4Column.UPHELD));
        assertEquals(Cell.of(1), r.table4().row(Table4Row.LITIGATION_WITHOUT_REVIEW).cell(Table4Column.TOTAL));
        assertEquals(List.of(TextBlock.paragraph("无")), r.otherMatters().blocks());
        assertTrue(r.preamble().isEmpty());
    }

    @Test
    void sample001KeepsItsQuirks() {
        AnnualReport r = GoldenFiles.report("001");
        assertEquals(Optional.of("永平镇2022年政府信息公开工作年度报告"), r.metadata().title());
        assertEquals(Optional.of(StatisticsPeriod.calendarYear(2022)), r.metadata().statisticsPeriod());
        assertEquals(Contact.of("福建省龙岩市武平县帽村路32号", "0597-4632003", "364306"), r.metadata().contact());
        // the missing 规章 row is not reported, never zero
        assertFalse(r.table2().row(Table2Row.RULES_2021).isReported());
        assertTrue(r.table2().row(Table2Row.NORMATIVE_DOCUMENTS_2021).isComplete());
        // （六） is the 2019 single row; the 2021 breakdown is not reported
        assertTrue(r.table3().usesSingleOtherHandlingRow());
        assertEquals(ApplicantCounts.zeros(), r.table3().row(Table3Row.OTHER_HANDLING_TOTAL));
        for (Table3Row row : List.of(Table3Row.OTHER_NO_CORRECTION, Table3Row.OTHER_UNPAID_FEES, Table3Row.OTHER_OTHER)) {
            assertFalse(r.table3().row(row).isReported(), row.name());
        }
        // the local fee table
        assertEquals(List.of(Cell.of(0), Cell.of(0), Cell.of(0)), r.fees().cells());
        assertEquals(MoneyUnit.UNSPECIFIED, r.fees().unit());
        // sections 六/七 of the source are 五/六 of the format; the footer is an extra after 六
        assertEquals(4, r.problems().blocks().size());
        assertEquals("2022年度本机关未收取信息处理费。", r.otherMatters().text());
        assertEquals(1, r.extras().size());
        assertEquals(Optional.of(Section.OTHER_MATTERS), r.extras().get(0).after());
        assertEquals(List.of("闽公安网备:35082402000101"), r.extras().get(0).paragraphs());
        assertEquals(4, r.overview().blocks().stream().filter(b -> b.kind() == TextBlock.Kind.HEADING).count());
    }

    @Test
    void sample004HasTenApplicationsAndItsContactBlock() {
        AnnualReport r = GoldenFiles.report("004");
        assertEquals(Optional.of("2023年南关区政府办公室政府信息公开工作年度报告"), r.metadata().title());
        assertEquals(Contact.of("长春市南关区芳菲路123号", "85284759", "130000"), r.metadata().contact());
        assertEquals(Optional.of(StatisticsPeriod.calendarYear(2023)), r.metadata().statisticsPeriod());
        assertEquals(List.of(
                "/table3/newApplications/naturalPerson=10", "/table3/newApplications/total=10",
                "/table3/outcomes/disclosed/naturalPerson=4", "/table3/outcomes/disclosed/total=4",
                "/table3/outcomes/unableToProvide/notHeld/naturalPerson=4",
                "/table3/outcomes/unableToProvide/notHeld/total=4",
                "/table3/outcomes/unableToProvide/stillUnclear/naturalPerson=2",
                "/table3/outcomes/unableToProvide/stillUnclear/total=2",
                "/table3/outcomes/total/naturalPerson=10", "/table3/outcomes/total/total=10"), nonZeroCells(r.table3()));
    }

    @ParameterizedTest(name = "golden {0}")
    @FieldSource("IDS")
    void everyTemplateCellOfTable3And4IsANumberExceptTheOnesNotReported(String id) {
        AnnualReport r = GoldenFiles.report(id);
        for (Table3Row row : Table3Row.values()) {
            for (Cell c : r.table3().row(row).cells()) {
                assertTrue(c.isNumber() || !c.isReported(), id + " " + row.id() + ": " + c);
            }
        }
        for (Table4Row row : Table4Row.values()) {
            assertTrue(r.table4().row(row).cells().stream().allMatch(Cell::isNumber), id + " " + row.id());
        }
    }

    @ParameterizedTest(name = "golden {0}")
    @FieldSource("IDS")
    void narrativeTextsOccurVerbatimInTheSample(String id) {
        AnnualReport r = GoldenFiles.report(id);
        List<String> lines = GoldenFiles.sampleText(id).lines().map(String::strip).toList();
        List<TextBlock> blocks = new ArrayList<>();
        blocks.addAll(r.preamble().blocks());
        blocks.addAll(r.overview().blocks());
        blocks.addAll(r.problems().blocks());
        blocks.addAll(r.otherMatters().blocks());
        assertFalse(blocks.isEmpty());
        for (TextBlock b : blocks) {
            assertTrue(lines.contains(b.text()), id + ": not a line of the sample: " + b.text());
        }
    }

    private static List<String> nonZeroCells(Table3 t3) {
        List<String> out = new ArrayList<>();
        for (Table3Row row : Table3Row.values()) {
            ApplicantCounts c = t3.row(row);
            for (ApplicantColumn col : ApplicantColumn.values()) {
                Cell cell = c.cell(col);
                if (cell.valueOrZero().signum() != 0) {
                    out.add(row.pointer() + "/" + col.jsonName() + "=" + cell);
                }
            }
        }
        return out;
    }

    private static String resource(String name) {
        try (var in = GoldenKeyFactsTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
