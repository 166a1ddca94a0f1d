package io.github.ogireport.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.Section;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.golden.GoldenFiles;
import io.github.ogireport.json.internal.SchemaGenerator;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Contact;
import io.github.ogireport.model.ExtraContent;
import io.github.ogireport.model.FeeBlock;
import io.github.ogireport.model.MoneyUnit;
import io.github.ogireport.model.Narrative;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReviewOutcomes;
import io.github.ogireport.model.StatisticsPeriod;
import io.github.ogireport.model.Table2;
import io.github.ogireport.model.Table3;
import io.github.ogireport.model.Table4;
import io.github.ogireport.model.TextBlock;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated JSON Schema accepts every canonical report (the golden files, fully populated reports) and rejects broken ones. */
class AnnualReportSchemaTest {

    static final List<String> IDS = GoldenFiles.IDS;

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(ReportJson.schema(), config);
    }

    @ParameterizedTest(name = "golden {0}")
    @FieldSource("IDS")
    void goldenValidates(String id) {
        Set<ValidationMessage> errors = schema.validate(GoldenFiles.goldenText(id), InputFormat.JSON);
        assertTrue(errors.isEmpty(), () -> id + ": " + errors);
    }

    @Test
    void fullyPopulatedReportsOfBothEditionsValidate() {
        for (AnnualReport r : List.of(full(Edition.V2021), full(Edition.V2019))) {
            String json = ReportJson.get().toJson(r);
            Set<ValidationMessage> errors = schema.validate(json, InputFormat.JSON);
            assertTrue(errors.isEmpty(), () -> errors + "\n" + json);
        }
    }

    @Test
    void schemaIsShippedInTheJarAndDeterministic() throws IOException {
        String generated = SchemaGenerator.generate();
        assertEquals(generated, SchemaGenerator.generate());
        try (InputStream in = ReportJson.class.getResourceAsStream("annual-report.schema.json")) {
            assertNotNull(in, "the build writes io/github/ogireport/json/annual-report.schema.json");
            assertEquals(generated, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertEquals(generated, ReportJson.schema());
        assertTrue(generated.startsWith("{\n  \"$schema\" : \"https://json-schema.org/draft/2020-12/schema\",\n"));
        assertTrue(generated.endsWith("}\n"));
    }

    @Test
    void requiredAreTheAlwaysWrittenProperties() {
        var root = ReportJson.get().read(ReportJson.schema(), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> defs = (Map<String, Map<String, Object>>) root.get("$defs");
        assertEquals(List.of("metadata", "table2", "table3", "table4"), defs.get("AnnualReport").get("required"));
        assertEquals(List.of("edition"), defs.get("ReportMetadata").get("required"));
        assertEquals(List.of("edition"), defs.get("Table2Edition2021").get("required"));
        assertEquals(List.of("outcomes"), defs.get("Table3").get("required"));
        assertFalse(defs.get("Table4").containsKey("required"), "table 4 groups may be not reported");
        assertEquals(List.of("kind", "text"), defs.get("TextBlock").get("required"));
        assertEquals(defs.keySet().stream().sorted().toList(), List.copyOf(defs.keySet()), "$defs sorted by name");
    }

    static Stream<Arguments> brokenDocuments() {
        String g = GoldenFiles.goldenText("000");
        return Stream.of(
                Arguments.of("unknown property", g.replace("\"table4\" :", "\"tabel4\" : {}, \"table4\" :"), ""),
                Arguments.of("cell as an object", g.replaceFirst("\"upheld\" : 0", "\"upheld\" : { \"value\" : 0 }"),
                        "/table4/administrativeReview/upheld"),
                Arguments.of("empty placeholder", g.replaceFirst("\"upheld\" : 0", "\"upheld\" : \"\""),
                        "/table4/administrativeReview/upheld"),
                Arguments.of("cell as a boolean", g.replaceFirst("\"issued\" : 0", "\"issued\" : true"),
                        "/table2"),
                Arguments.of("unknown edition of table 2",
                        g.replace("\"table2\" : {\n    \"edition\" : \"2021\"", "\"table2\" : {\n    \"edition\" : \"2030\""),
                        "/table2"),
                Arguments.of("table 2 without its edition",
                        g.replace("\"table2\" : {\n    \"edition\" : \"2021\",", "\"table2\" : {"), "/table2"),
                Arguments.of("a 2019 row in a 2021 table 2",
                        g.replace("\"table2\" : {\n    \"edition\" : \"2021\",",
                                "\"table2\" : {\n    \"edition\" : \"2021\",\n    \"procurement\" : { \"projects\" : 1 },"),
                        "/table2"),
                Arguments.of("report year as text", g.replace("\"reportYear\" : 2023", "\"reportYear\" : \"2023年\""),
                        "/metadata/reportYear"),
                Arguments.of("no metadata", g.replaceFirst("\"metadata\" : \\{[^}]*\\},", ""), ""),
                Arguments.of("unknown text block kind", g.replaceFirst("\"PARAGRAPH\"", "\"QUOTE\""),
                        "/overview/blocks/0/kind"),
                Arguments.of("bad statistics period date", GoldenFiles.goldenText("001")
                        .replace("\"from\" : \"2022-01-01\"", "\"from\" : \"2022年1月1日\""),
                        "/metadata/statisticsPeriod/from"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void brokenDocumentIsRejected(String what, String json, String location) {
        assertFalse(json.equals(GoldenFiles.goldenText("000")) || json.equals(GoldenFiles.goldenText("001")),
                "the edit applied");
        Set<ValidationMessage> errors = schema.validate(json, InputFormat.JSON);
        assertFalse(errors.isEmpty(), what);
        assertTrue(errors.stream().anyMatch(e -> e.getInstanceLocation().toString().startsWith(location)),
                () -> what + ": " + errors.stream().map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList());
    }

    /** A report with every optional part present, so that every property the writer can produce appears. */
    static AnnualReport full(Edition edition) {
        int year = edition == Edition.V2021 ? 2023 : 2020;
        ReportMetadata m = new ReportMetadata(Optional.of("某县人民政府" + year + "年政府信息公开工作年度报告"),
                Optional.of("某县人民政府"), Optional.of(year), edition, Optional.of(StatisticsPeriod.calendarYear(year)),
                Optional.of(LocalDate.of(year + 1, 1, 20)), Contact.of("某路1号", "0000-1234567", "100000"));
        Map<Table2Row, List<Cell>> t2 = new EnumMap<>(Table2Row.class);
        for (Table2Row r : Table2Row.rowsOf(edition)) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < r.columns().size(); i++) {
                cells.add(i == 0 ? Cell.blank() : i == 1 ? Cell.placeholder("-") : Cell.of(new BigDecimal("12.50")));
            }
            t2.put(r, cells);
        }
        Map<Table2Row, MoneyUnit> units = edition == Edition.V2021 ? Map.of(Table2Row.FEES_2021, MoneyUnit.YUAN)
                : Map.of(Table2Row.PROCUREMENT_2019, MoneyUnit.WAN_YUAN);
        Map<Table3Row, ApplicantCounts> t3 = new EnumMap<>(Table3Row.class);
        for (Table3Row r : Table3Row.values()) {
            t3.put(r, ApplicantCounts.of(1, 2, 3, 4, 5, 6, 21));
        }
        return AnnualReport.builder(m)
                .preamble(new Narrative(List.of(TextBlock.heading("（一）前言"), TextBlock.paragraph("正文"))))
                .overview(Narrative.ofParagraphs("一"))
                .table2(Table2.fromRows(edition, t2, units))
                .table3(Table3.fromRows(t3))
                .table4(new Table4(ReviewOutcomes.of(1, 0, 0, 0, 1), ReviewOutcomes.zeros(), ReviewOutcomes.zeros()))
                .problems(Narrative.ofParagraphs("五"))
                .otherMatters(Narrative.ofParagraphs("六"))
                .fees(new FeeBlock(Cell.of(2), Cell.of(new BigDecimal("0.5")), Cell.blank(), MoneyUnit.YUAN))
                .extras(List.of(
                        new ExtraContent(Optional.of("附表"), List.of("说明"), List.of(List.of("a", "b"), List.of("1", "")),
                                Optional.of(Section.PROBLEMS)),
                        ExtraContent.text(null, null, List.of("页脚"))))
                .build();
    }
}
