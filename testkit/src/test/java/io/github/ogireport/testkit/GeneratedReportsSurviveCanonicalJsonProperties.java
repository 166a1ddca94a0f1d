package io.github.ogireport.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated reports hold nothing the canonical JSON cannot carry (e.g. a unit on a row that was not reported), so a
 * reader can return exactly them: JSON → report gives back an equal report.
 */
class GeneratedReportsSurviveCanonicalJsonProperties {

    @Property(tries = 100)
    void validReportsRoundTrip(@ForAll("valid") AnnualReport report) {
        assertEquals(report, ReportJson.get().readReport(ReportJson.get().toJson(report)));
    }

    @Property(tries = 100)
    void expectedReportsOfMessyRenderingsRoundTrip(@ForAll("messy") MessyRendering m) {
        assertEquals(m.expected(), ReportJson.get().readReport(ReportJson.get().toJson(m.expected())));
    }

    @Provide
    Arbitrary<AnnualReport> valid() {
        return Reports.valid().withMissingRows().withBlanks().withExtras().withFees();
    }

    @Provide
    Arbitrary<MessyRendering> messy() {
        return Reports.messy();
    }
}
