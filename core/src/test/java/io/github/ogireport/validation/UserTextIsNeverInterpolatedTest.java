package io.github.ogireport.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.Catalog;
import io.github.ogireport.catalog.CellRef;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Column;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.golden.GoldenFiles;
import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Narrative;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.TextBlock;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Text from the report (agency, title, narratives, placeholders) never reaches a message template: messages and
 * labels are built from the catalog and message parameters only, so {@code ${...}} and {@code {x}} stay inert.
 */
class UserTextIsNeverInterpolatedTest {

    private static final String EL = "${1+1}";
    private static final List<String> HOSTILE = List.of(EL, "#{1+1}", "{x}", "{cellZh}", "${'a'.toUpperCase()}");

    @Test
    void hostileTextChangesNoFindingAndSurvivesJsonVerbatim() {
        AnnualReport plain = broken(GoldenFiles.report("000"));
        ReportMetadata m = plain.metadata();
        AnnualReport hostile = plain.toBuilder()
                .metadata(new ReportMetadata(Optional.of(String.join("", HOSTILE) + "年度报告"),
                        Optional.of(EL + "昌邑{x}"), m.reportYear(), m.edition(), m.statisticsPeriod(),
                        m.publicationDate(), m.contact()))
                .overview(new Narrative(HOSTILE.stream().map(TextBlock::paragraph).toList()))
                .problems(Narrative.ofParagraphs("{expected}", "{actual}"))
                .build();
        hostile = hostile.toBuilder().table3(hostile.table3().withRow(Table3Row.CARRIED_OVER,
                hostile.table3().carriedOver().with(ApplicantColumn.OTHER_ORGANIZATION, Cell.placeholder("${x}")))).build();

        try (ReportValidator validator = ReportValidator.create(
                Clock.fixed(Instant.parse("2025-06-30T00:00:00Z"), ZoneOffset.UTC))) {
            ValidationReport expected = validator.validate(plain);
            ValidationReport actual = validator.validate(hostile);
            assertFalse(expected.findings().isEmpty());
            assertEquals(expected, actual, "user text must not change any finding");
            for (Finding f : actual.findings()) {
                for (String s : List.of(f.message(), f.messageEn(), f.cellLabel().orElse(""), f.cellLabelEn().orElse(""),
                        f.expected().orElse(""), f.actual().orElse(""))) {
                    assertFalse(s.contains("{") || s.contains("}") || s.contains("昌邑"), () -> "user text in " + s);
                }
                // the label is the catalog's
                Optional<CellRef> ref = Catalog.cellAt(f.path(), hostile.edition());
                assertEquals(ref.map(CellRef::labelZh), f.cellLabel());
            }
        }
        String json = ReportJson.get().toJson(hostile);
        AnnualReport back = ReportJson.get().readReport(json);
        assertEquals(hostile, back);
        assertEquals(Optional.of(EL + "昌邑{x}"), back.metadata().agency());
        assertTrue(json.contains("\"" + EL + "\""));
        assertFalse(json.contains("\"2\""), "nothing evaluated to 2");
    }

    /** A T4-TOTAL and a T3-ROW-TOTAL violation, so that there are messages to look at. */
    private static AnnualReport broken(AnnualReport r) {
        r = r.toBuilder().table4(r.table4().withRow(Table4Row.ADMINISTRATIVE_REVIEW,
                r.table4().administrativeReview().with(Table4Column.PENDING, Cell.of(2)))).build();
        return r.toBuilder().table3(r.table3().withRow(Table3Row.DISCLOSED,
                r.table3().outcomes().disclosed().with(ApplicantColumn.TOTAL, Cell.of(5)))).build();
    }
}
