package io.github.ogireport.parsers.badinput;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.golden.GoldenFiles;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportParseException;
import io.github.ogireport.parsers.ReportParsers;
import io.github.ogireport.parsers.internal.detect.Problems;
import io.github.ogireport.parsers.internal.json.JsonReader;
import io.github.ogireport.parsers.internal.recognize.Code;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input of every kind ends in a result or a clear {@link ReportParseException}, in bounded time. */
class ParsersBadInputTest {

    private static String code(Optional<ReportParseException> e) {
        return e.orElseThrow(() -> new AssertionError("expected a ReportParseException")).diagnostics().get(0)
                .code();
    }

    @Test
    void anEmptyFileIsRefusedAsEmpty(@TempDir Path dir) throws IOException {
        Path f = Files.write(dir.resolve("empty.txt"), new byte[0]);
        ReportParseException e = assertThrows(ReportParseException.class, () -> ReportParsers.read(f));
        assertEquals(Problems.INPUT_EMPTY, e.diagnostics().get(0).code());
        assertTrue(e.getMessage().startsWith("cannot read empty.txt: the input is empty"), e.getMessage());
    }

    @Test
    void whitespaceAndAByteOrderMarkAloneAreEmpty() {
        assertEquals(Problems.INPUT_EMPTY, code(BadInputOutcome.read(
                "\uFEFF \n\t\r\n  ".getBytes(StandardCharsets.UTF_8), "x.md", ReaderOptions.DEFAULT)));
    }

    @Test
    void binaryGarbageIsRefusedAsBinary() {
        byte[] png = new byte[8192];
        new Random(42).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
        assertEquals(Problems.INPUT_BINARY, code(BadInputOutcome.read(png, "report.txt", ReaderOptions.DEFAULT)));
    }

    @Test
    void randomBytesOfManySizesEndInAParseException() {
        Random random = new Random(2024);
        for (int size : new int[] {1, 2, 7, 100, 4096, 100_000}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            BadInputOutcome.read(bytes, "", ReaderOptions.DEFAULT);
        }
    }

    @Test
    void aReportTruncatedMidTableEndsCleanly() {
        String sample = GoldenFiles.sampleText("000");
        int cut = sample.indexOf("(四)无法提供");
        BadInputOutcome.read(sample.substring(0, cut).getBytes(StandardCharsets.UTF_8), "000.txt",
                ReaderOptions.DEFAULT);
        String golden = GoldenFiles.goldenText("000");
        Optional<ReportParseException> e = BadInputOutcome.read(
                golden.substring(0, golden.indexOf("\"withheld\"")).getBytes(StandardCharsets.UTF_8), "000.json",
                ReaderOptions.DEFAULT);
        assertEquals(JsonReader.JSON_INVALID, code(e));
        assertTrue(e.get().diagnostics().get(0).location().line() > 0);
    }

    @Test
    void plainTextWithoutAReportIsRefusedNamingTheInput() {
        Optional<ReportParseException> e = BadInputOutcome.read("会议通知\n请各单位于周五前报送材料。\n"
                .getBytes(StandardCharsets.UTF_8), "notice.txt", ReaderOptions.DEFAULT);
        assertTrue(e.orElseThrow().getMessage().startsWith("cannot read notice.txt: "), e.get().getMessage());
    }

    @Test
    void markdownWithATableButNoReportIsRefused() {
        assertTrue(BadInputOutcome.read("# 会议纪要\n\n| 姓名 | 部门 |\n|---|---|\n| 张三 | 办公室 |\n"
                .getBytes(StandardCharsets.UTF_8), "minutes.md", ReaderOptions.DEFAULT).isPresent(),
                "a document with none of the report's sections or tables is no report");
    }

    @Test
    void markdownLinesThatWouldTakeARegularExpressionLongOrDeepAreReadInBoundedTime() {
        String n = " ".repeat(200_000);
        String[] lines = {
            "# a" + n + "#x", // an ATX heading whose closing run is not one: quadratic for a lazy expression
            "|a".repeat(200_000) + "|\n" + "|-".repeat(200_000) + "|", // a delimiter row of 200,000 cells
            "- ".repeat(200_000), // a thematic break of 200,000 marks
            ">".repeat(200_000) + " 引用", // 200,000 block-quote markers
        };
        for (String line : lines) {
            byte[] md = ("# 2023年政府信息公开工作年度报告\n\n" + line + "\n").getBytes(StandardCharsets.UTF_8);
            Optional<ReportParseException> e = BadInputOutcome.read(md, "x.md", ReaderOptions.DEFAULT);
            assertTrue(e.isPresent(), "no report in it");
            assertEquals(Code.NO_REPORT.name(), code(e), e.get().getMessage());
        }
    }

    @Test
    void jsonThatIsNotAReportIsRefusedWithALocation() {
        Optional<ReportParseException> e = BadInputOutcome.read(
                "{\n  \"name\": \"not a report\",\n  \"items\": [1, 2]\n}".getBytes(StandardCharsets.UTF_8),
                "data.json", ReaderOptions.DEFAULT);
        assertEquals(JsonReader.JSON_INVALID, code(e));
        assertTrue(e.get().diagnostics().get(0).location().isKnown());
    }

    private static Path fiftyMegabytes(Path file, byte[] unit, byte[] prefix, byte[] suffix) throws IOException {
        long target = 50L << 20;
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(prefix);
            for (long written = prefix.length + suffix.length; written < target; written += unit.length) {
                out.write(unit);
            }
            out.write(suffix);
        }
        return file;
    }

    @Test
    void fiftyMegabytesOfRepeatedReportsAreRefusedOverTheLimit(@TempDir Path dir) throws IOException {
        Path big = fiftyMegabytes(dir.resolve("big.txt"),
                GoldenFiles.sampleText("004").getBytes(StandardCharsets.UTF_8), new byte[0], new byte[0]);
        ReportParseException tooLarge = assertTimeoutPreemptively(BadInputOutcome.GUARD, () -> assertThrows(
                ReportParseException.class, () -> ReportParsers.read(big, ReaderOptions.DEFAULT.withMaxBytes(10L << 20))));
        assertEquals(Problems.INPUT_TOO_LARGE, tooLarge.diagnostics().get(0).code());
        assertTrue(tooLarge.getMessage().contains("big.txt"), tooLarge.getMessage());
    }

    @Test
    void fiftyMegabytesOfTextWithoutAReportEndInBoundedTime(@TempDir Path dir) throws IOException {
        Path big = fiftyMegabytes(dir.resolve("big.txt"), "这是一行与报告无关的文字。\n".getBytes(StandardCharsets.UTF_8),
                new byte[0], new byte[0]);
        ReaderOptions bounded = ReaderOptions.DEFAULT.withTimeout(Duration.ofSeconds(15));
        ReportParseException e = assertTimeoutPreemptively(BadInputOutcome.GUARD,
                () -> assertThrows(ReportParseException.class, () -> ReportParsers.read(big, bounded)));
        BadInputOutcome.assertClear(e);
    }

    @Test
    void aFiftyMegabyteCanonicalJsonIsReadWhole(@TempDir Path dir) throws IOException {
        String golden = GoldenFiles.goldenText("002");
        Path big = fiftyMegabytes(dir.resolve("big.json"), "        \n".getBytes(StandardCharsets.UTF_8),
                golden.getBytes(StandardCharsets.UTF_8), new byte[0]);
        assertTrue(Files.size(big) >= 50L << 20);
        assertEquals(GoldenFiles.report("002"), assertTimeoutPreemptively(BadInputOutcome.GUARD,
                () -> ReportParsers.read(big).report()));
    }
}
