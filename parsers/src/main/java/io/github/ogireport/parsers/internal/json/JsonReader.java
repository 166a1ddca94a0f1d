package io.github.ogireport.parsers.internal.json;

import io.github.ogireport.json.ReportJson;
import io.github.ogireport.json.ReportJsonException;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportParseException;
import io.github.ogireport.parse.ReportReader;
import io.github.ogireport.parse.SourceLocation;
import io.github.ogireport.parsers.internal.detect.Cooperative;
import io.github.ogireport.rules.Severity;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Set;

/**
 * Reads the canonical JSON of a report ({@link ReportJson}); the one reader that returns a report directly. Format
 * {@code json}, extension {@code json}. UTF-8 only (a byte order mark is skipped). Stateless and thread-safe.
 */
public final class JsonReader implements ReportReader, Cooperative {

    /** The diagnostic code of JSON that is not the canonical JSON of a report. */
    public static final String JSON_INVALID = "JSON_INVALID";

    @Override
    public String format() {
        return "json";
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of("json");
    }

    /**
     * 90 when the first non-blank character opens an object and the canonical top-level property
     * {@code "metadata"} occurs early, 40 for any other JSON object, 0 otherwise.
     */
    @Override
    public int detect(byte[] head, String fileName) {
        int i = skipBomAndBlanks(head);
        if (i >= head.length || head[i] != '{') {
            return 0;
        }
        String start = new String(head, i, Math.min(head.length - i, 4096), StandardCharsets.UTF_8);
        return start.contains("\"metadata\"") || start.contains("\"table3\"") ? 90 : 40;
    }

    @Override
    public Output read(byte[] content, ReaderOptions options) {
        int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw invalid(SourceLocation.UNKNOWN, "JSON 内容不是有效的 UTF-8 编码",
                    "the JSON is not valid UTF-8", e);
        }
        try {
            AnnualReport report = ReportJson.get().readReport(text);
            if (report == null) {
                throw invalid(SourceLocation.text(1, 1), "JSON 内容为 null，不是年度报告",
                        "the JSON is null, not a report", null);
            }
            return new ReportOutput(report, List.of());
        } catch (ReportJsonException e) {
            SourceLocation at = e.line() > 0
                    ? SourceLocation.text((int) Math.min(e.line(), Integer.MAX_VALUE),
                            (int) Math.max(0, Math.min(e.column(), Integer.MAX_VALUE)))
                    : SourceLocation.UNKNOWN;
            String reason = firstLine(e.getMessage());
            throw invalid(at, "不是年度报告的规范 JSON：" + reason, "not the canonical JSON of a report: " + reason, e);
        }
    }

    private static ReportParseException invalid(SourceLocation at, String zh, String en, Throwable cause) {
        Diagnostic d = new Diagnostic(JSON_INVALID, Severity.ERROR, at, zh, en);
        String message = "cannot read the JSON at " + at + ": " + en;
        return cause == null ? new ReportParseException(message, List.of(d))
                : new ReportParseException(message, List.of(d), cause);
    }

    private static String firstLine(String s) {
        String line = s == null ? "" : s.lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private static int skipBomAndBlanks(byte[] head) {
        int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                && (head[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r')) {
            i++;
        }
        return i;
    }
}
