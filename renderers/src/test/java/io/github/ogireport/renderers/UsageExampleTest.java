package io.github.ogireport.renderers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.render.RenderOptions;
import io.github.ogireport.render.ReportRenderer;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example of the package documentation compiles and does what it says. */
class UsageExampleTest {

    @Test
    void theDocumentedExampleWorks(@TempDir Path dir) throws Exception {
        AnnualReport report = Fixtures.full2021();
        List<AnnualReport> reports = List.of(Fixtures.full2021(), Fixtures.full2019());

        ReportRenderer html = ReportRenderers.forFormat("html").orElseThrow();
        byte[] page = html.render(report, RenderOptions.defaults());
        byte[] fragment = html.render(report, RenderOptions.defaults().withFragment(true));
        try (OutputStream out = Files.newOutputStream(dir.resolve("reports.csv"))) {
            CsvReports.write(reports, RenderOptions.defaults().withBom(true), out);
        }

        assertTrue(new String(page, StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>"));
        assertTrue(new String(fragment, StandardCharsets.UTF_8).startsWith("<article"));
        List<String> lines = Files.readAllLines(dir.resolve("reports.csv"), StandardCharsets.UTF_8);
        assertEquals("\uFEFF" + String.join(",", CsvReports.header()), lines.get(0));
        assertEquals(1 + io.github.ogireport.catalog.Catalog.cells(io.github.ogireport.catalog.Edition.V2021).size()
                + io.github.ogireport.catalog.Catalog.cells(io.github.ogireport.catalog.Edition.V2019).size(), lines.size());
    }
}
