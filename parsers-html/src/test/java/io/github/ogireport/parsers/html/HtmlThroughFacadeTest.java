package io.github.ogireport.parsers.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.golden.GoldenFiles;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.parse.ParseResult;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportParseException;
import io.github.ogireport.parsers.ReportParsers;
import io.github.ogireport.rules.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample pages through every entry of the facade: files with each HTML extension, streams with a format hint,
 * strict mode, and many reads at once on shared readers, which give the same reports and diagnostics every time.
 */
class HtmlThroughFacadeTest {

    @Test
    void filesWithEveryHtmlExtensionAndStreamsWithAHintReadTheSame(@TempDir Path dir) throws IOException {
        byte[] page = HtmlSamplesMatchGoldenTest.page("002");
        for (String ext : List.of("html", "htm", "xhtml", "shtml", "HTML")) {
            Path f = Files.write(dir.resolve("report." + ext), page);
            ParseResult r = ReportParsers.read(f);
            assertEquals("html", r.format());
            assertEquals(GoldenFiles.report("002"), r.report());
        }
        ParseResult fromStream = ReportParsers.read(new ByteArrayInputStream(page), "html", ReaderOptions.DEFAULT);
        assertEquals(GoldenFiles.report("002"), fromStream.report());
    }

    @Test
    void strictModeRefusesAPageWithWarningsAndAcceptsOneWithOnlyInformation() throws IOException {
        ReaderOptions strict = ReaderOptions.DEFAULT.withStrict(true);
        ReportParseException e = assertThrows(ReportParseException.class,
                () -> ReportParsers.read(HtmlSamplesMatchGoldenTest.page("001"), "001.html", strict));
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.code().equals("ROW_MISSING")), e.getMessage());
        ParseResult lenient = ReportParsers.read(HtmlSamplesMatchGoldenTest.page("000"), "000.html",
                ReaderOptions.DEFAULT);
        assertTrue(lenient.diagnostics().stream().allMatch(d -> d.severity() == Severity.INFO),
                lenient.diagnostics().toString());
        assertEquals(lenient.report(),
                ReportParsers.read(HtmlSamplesMatchGoldenTest.page("000"), "000.html", strict).report());
    }

    @Test
    void concurrentReadsGiveTheSameReportsAndDiagnostics() throws Exception {
        List<String> ids = GoldenFiles.IDS;
        List<ParseResult> expected = new ArrayList<>();
        for (String id : ids) {
            expected.add(ReportParsers.read(HtmlSamplesMatchGoldenTest.page(id), id + ".html",
                    ReaderOptions.DEFAULT));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ParseResult>> futures = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (String id : ids) {
                    byte[] page = HtmlSamplesMatchGoldenTest.page(id);
                    futures.add(pool.submit(() -> ReportParsers.read(page, id + ".html", ReaderOptions.DEFAULT)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                ParseResult got = futures.get(i).get();
                ParseResult want = expected.get(i % ids.size());
                AnnualReport golden = GoldenFiles.report(ids.get(i % ids.size()));
                assertEquals(golden, got.report());
                assertEquals(want.diagnostics(), got.diagnostics());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
