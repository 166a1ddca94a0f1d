package io.github.ogireport.parsers.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.golden.GoldenFiles;
import io.github.ogireport.json.ReportJson;
import io.github.ogireport.parse.ParseResult;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parsers.ReportParsers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each of the five samples, laid out by hand as a web page in the official layout ({@code /html/NNN.html}: 000
 * plain, 001 Word-generated, 002 GBK with {@code <meta charset="gbk">}, 003 inside site chrome, 004 GB18030
 * without declaration in a layout table with table 2 split into one table per block), read through
 * {@link ReportParsers} without a hint, is exactly the golden report {@code /golden/NNN.json}. The actual JSON is
 * written to {@code target/html-actual/} for inspection.
 */
class HtmlSamplesMatchGoldenTest {

    static java.util.List<String> ids() {
        return GoldenFiles.IDS;
    }

    static byte[] page(String id) throws IOException {
        try (var in = HtmlSamplesMatchGoldenTest.class.getResourceAsStream("/html/" + id + ".html")) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @MethodSource("ids")
    void pageReadsToExactlyTheGoldenReport(String id) throws IOException {
        ParseResult result = ReportParsers.read(page(id), "", ReaderOptions.DEFAULT);
        String actual = ReportJson.get().toJson(result.report());
        Path out = Path.of("target", "html-actual");
        Files.createDirectories(out);
        Files.writeString(out.resolve(id + ".json"), actual, StandardCharsets.UTF_8);
        Files.writeString(out.resolve(id + ".diagnostics.txt"),
                String.join("\n", result.diagnostics().stream().map(Object::toString).toList()) + "\n",
                StandardCharsets.UTF_8);
        assertEquals("html", result.format());
        assertEquals(GoldenFiles.goldenText(id), actual);
    }
}
