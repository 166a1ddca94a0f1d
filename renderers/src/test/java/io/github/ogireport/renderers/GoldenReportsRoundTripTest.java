package io.github.ogireport.renderers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parsers.ReportParsers;
import io.github.ogireport.render.RenderOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The five samples' golden reports and the fixtures, written in each format that ogi-report also reads, read back
 * as the same report (up to {@link RoundTripExpectation}).
 */
class GoldenReportsRoundTripTest {

    @TestFactory
    Stream<DynamicTest> goldenReportsReadBackInEveryReadableFormat() {
        List<DynamicTest> tests = new ArrayList<>();
        GoldenOutputTest.reports().forEach((name, report) -> {
            for (String format : List.of("json", "html", "markdown", "text")) {
                tests.add(DynamicTest.dynamicTest(name + " as " + format, () -> {
                    byte[] written = ReportRenderers.forFormat(format).orElseThrow()
                            .render(report, RenderOptions.DEFAULT);
                    AnnualReport read = ReportParsers.read(written, format, ReaderOptions.DEFAULT).report();
                    assertEquals(ReportJson.get().toJson(RoundTripExpectation.expectedAfterRoundTrip(format, report)),
                            ReportJson.get().toJson(read), name + " as " + format);
                }));
            }
        });
        return tests.stream();
    }
}
