package io.github.ogireport.renderers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.render.RenderOptions;
import io.github.ogireport.render.ReportRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every renderer's output for the golden reports equals, byte for byte, the reviewed expected files in
 * {@code src/test/resources/expected/}: the five samples' golden reports ({@code /golden/NNN.json} of core's test
 * jar) and the hand-built fixtures of both editions.
 */
class GoldenOutputTest {

    /** The sample numbers whose golden reports core's test jar should hold. */
    static final List<String> SAMPLES = List.of("000", "001", "002", "003", "004");

    /** The reports rendered: the samples' golden reports that exist, then the fixtures. */
    static Map<String, AnnualReport> reports() {
        Map<String, AnnualReport> m = new LinkedHashMap<>();
        for (String n : SAMPLES) {
            try (InputStream in = GoldenOutputTest.class.getResourceAsStream("/golden/" + n + ".json")) {
                if (in != null) {
                    m.put(n, ReportJson.get().readReport(in));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        m.put("fixture-2021", Fixtures.full2021());
        m.put("fixture-2019", Fixtures.full2019());
        m.put("fixture-2021-single-other-handling", Fixtures.singleOtherHandling2021());
        m.put("fixture-2021-escaping", Fixtures.hostile());
        return m;
    }

    @TestFactory
    Stream<DynamicTest> everyFormatMatchesItsExpectedFile() {
        List<DynamicTest> tests = new ArrayList<>();
        reports().forEach((name, report) -> {
            for (ReportRenderer r : ReportRenderers.all()) {
                String file = name + "." + r.fileExtension();
                tests.add(DynamicTest.dynamicTest(file,
                        () -> GoldenFiles.check(file, r.render(report, RenderOptions.DEFAULT))));
            }
        });
        return tests.stream();
    }

    @Test
    void jsonOfASampleGoldenReportIsTheGoldenFileItself() throws IOException {
        int found = 0;
        for (String n : SAMPLES) {
            try (InputStream in = GoldenOutputTest.class.getResourceAsStream("/golden/" + n + ".json")) {
                if (in == null) {
                    continue;
                }
                found++;
                String golden = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                AnnualReport report = ReportJson.get().readReport(golden);
                String rendered = new String(ReportRenderers.forFormat("json").orElseThrow()
                        .render(report, RenderOptions.DEFAULT), java.nio.charset.StandardCharsets.UTF_8);
                assertEquals(golden, rendered, "json of golden " + n);
            }
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(found > 0, "core's test jar has no /golden/NNN.json yet");
    }
}
