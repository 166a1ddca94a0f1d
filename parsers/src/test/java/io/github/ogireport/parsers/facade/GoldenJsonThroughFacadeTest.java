package io.github.ogireport.parsers.facade;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ogireport.golden.GoldenFiles;
import io.github.ogireport.json.ReportJson;
import io.github.ogireport.parse.ParseResult;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parsers.ReportParsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The canonical JSON of each golden report, read through the facade from bytes, a stream and a file, with and
 * without a hint, is that report again, byte for byte when written back.
 */
class GoldenJsonThroughFacadeTest {

    static java.util.List<String> ids() {
        return GoldenFiles.IDS;
    }

    @ParameterizedTest
    @MethodSource("ids")
    void bytesWithoutHintAreDetectedAsJsonAndRoundTrip(String id) {
        String golden = GoldenFiles.goldenText(id);
        ParseResult result = ReportParsers.read(golden.getBytes(StandardCharsets.UTF_8), "", ReaderOptions.DEFAULT);
        assertEquals("json", result.format());
        assertEquals(golden, ReportJson.get().toJson(result.report()));
        assertEquals(java.util.List.of(), result.diagnostics());
    }

    @ParameterizedTest
    @MethodSource("ids")
    void streamAndFileGiveTheSameReport(String id, @TempDir Path dir) throws IOException {
        String golden = GoldenFiles.goldenText(id);
        byte[] bytes = golden.getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve(id + ".json"), bytes);
        ParseResult fromFile = ReportParsers.read(file);
        ParseResult fromStream = ReportParsers.read(new ByteArrayInputStream(bytes), "report.json",
                ReaderOptions.DEFAULT);
        assertEquals(GoldenFiles.report(id), fromFile.report());
        assertEquals(GoldenFiles.report(id), fromStream.report());
    }

    @ParameterizedTest
    @MethodSource("ids")
    void byteOrderMarkIsSkipped(String id) {
        byte[] bytes = ("\uFEFF" + GoldenFiles.goldenText(id)).getBytes(StandardCharsets.UTF_8);
        assertEquals(GoldenFiles.report(id), ReportParsers.read(bytes, "x.json", ReaderOptions.DEFAULT).report());
    }
}
