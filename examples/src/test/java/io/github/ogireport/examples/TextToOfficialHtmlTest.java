package io.github.ogireport.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.Section;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parsers.ReportParsers;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link TextToOfficialHtml}: sample 001's text becomes an HTML page with the template's sections and tables. */
class TextToOfficialHtmlTest {

    @TempDir
    Path tmp;

    @Test
    void writesTheOfficialPage() throws Exception {
        Path sample = Fixtures.sample001(tmp);
        Path html = tmp.resolve("001.html");

        String out = Fixtures.stdout(() -> TextToOfficialHtml.main(new String[] {sample.toString(),
                html.toString()}));

        assertEquals("wrote " + html + " (text/html; charset=UTF-8)\n", out);
        String page = Files.readString(html);
        assertTrue(page.contains("<table"), page);
        assertTrue(page.contains("永平镇"), page);
        for (Section s : Section.values()) {
            assertTrue(page.contains(s.headingZh()), s::headingZh);
        }
        // the page reads back as the same report
        assertEquals(ReportParsers.read(sample, ReaderOptions.DEFAULT).report().table3(),
                ReportParsers.read(html, ReaderOptions.DEFAULT).report().table3());
    }
}
