package io.github.ogireport.parsers.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.golden.GoldenFiles;
import io.github.ogireport.json.ReportJson;
import io.github.ogireport.parse.ParseResult;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parsers.ReportParsers;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Sample 004 written as GitHub Markdown ({@code /markdown/004.md}: {@code #} title, {@code ##} sections, pipe
 * tables with merged cells flattened to blank cells, the sample's typos kept), read through the facade without a
 * hint, is detected as Markdown and is exactly the golden report.
 */
class MarkdownSample004MatchesGoldenTest {

    @Test
    void markdownSampleReadsToTheGoldenReport() throws IOException {
        byte[] md;
        try (InputStream in = getClass().getResourceAsStream("/markdown/004.md")) {
            md = in.readAllBytes();
        }
        ParseResult result = ReportParsers.read(md, "", ReaderOptions.DEFAULT);
        assertEquals("markdown", result.format());
        assertEquals(GoldenFiles.goldenText("004"), ReportJson.get().toJson(result.report()));
    }
}
