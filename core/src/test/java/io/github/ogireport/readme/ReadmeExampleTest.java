package io.github.ogireport.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.validation.Finding;
import io.github.ogireport.validation.ReportValidator;
import io.github.ogireport.validation.ValidationReport;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The code example of the README, kept compiling and true. */
class ReadmeExampleTest {

    @Test
    void readmeExampleFindsTheBrokenTotal() throws Exception {
        // --- README example: begin
        try (InputStream in = ReadmeExampleTest.class.getResourceAsStream("/golden/004.json");
             ReportValidator validator = ReportValidator.create()) {
            AnnualReport report = ReportJson.get().readReport(in);
            AnnualReport edited = report.toBuilder()
                    .table3(report.table3().withRow(Table3Row.DISCLOSED, ApplicantCounts.of(5, 0, 0, 0, 0, 0, 4)))
                    .build();
            ValidationReport result = validator.validate(edited);
            for (Finding f : result.findings()) {
                System.out.println(f.ruleId() + " " + f.path() + " " + f.message());
            }
            // T3-ROW-TOTAL /table3/outcomes/disclosed/total 表三 三、（一）予以公开 · 总计应为5（…），实为4
            // --- README example: end
            assertFalse(result.isValid());
            assertEquals("T3-ROW-TOTAL", result.findings().get(0).ruleId());
            assertEquals("/table3/outcomes/disclosed/total", result.findings().get(0).path());
        }
    }
}
