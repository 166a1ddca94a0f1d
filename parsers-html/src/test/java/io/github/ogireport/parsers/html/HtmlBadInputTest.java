package io.github.ogireport.parsers.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.golden.GoldenFiles;
import io.github.ogireport.parse.ParseResult;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportParseException;
import io.github.ogireport.parse.ReportReader;
import io.github.ogireport.parse.SourceLocation;
import io.github.ogireport.parse.doc.Paragraph;
import io.github.ogireport.parse.doc.Table;
import io.github.ogireport.parsers.ReportParsers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Bad web pages end in a result or a clear {@link ReportParseException}, in bounded time and without a crash. */
class HtmlBadInputTest {

    static final Duration GUARD = Duration.ofSeconds(20);

    /** Reads through the facade; a result or a clear parse exception, nothing else, within the guard. */
    static Optional<ReportParseException> outcome(byte[] content, String hint, ReaderOptions options) {
        return assertTimeoutPreemptively(GUARD, () -> outcomeOf(content, hint, options));
    }

    /** Reads through the facade on this thread; a result or a clear parse exception, nothing else. */
    static Optional<ReportParseException> outcomeOf(byte[] content, String hint, ReaderOptions options) {
        try {
            ParseResult r = ReportParsers.read(content, hint, options);
            assertNotNull(r.report());
            return Optional.empty();
        } catch (ReportParseException e) {
            assertFalse(e.diagnostics().isEmpty(), e.getMessage());
            assertTrue(e.getMessage().startsWith("cannot read "), e.getMessage());
            assertFalse(e.getMessage().contains("\tat "), e.getMessage());
            return Optional.of(e);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Runs a read on a thread with a small stack ({@value #SMALL_STACK} bytes, a quarter of the usual): nesting a few
     * thousand elements deep is then enough to overflow any walker that recurses per level, as it would take a
     * hundred thousand levels on a full-size stack.
     */
    static <T> T onSmallStack(Callable<T> read) throws Exception {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(read.call());
            } catch (Throwable e) {
                result.set(e);
            }
        }, "small-stack", SMALL_STACK);
        t.setDaemon(true);
        t.start();
        t.join(GUARD.toMillis());
        if (t.isAlive()) {
            throw new AssertionError("still reading after " + GUARD);
        }
        if (result.get() instanceof Throwable e) {
            throw new AssertionError("the read failed: " + e, e);
        }
        @SuppressWarnings("unchecked")
        T value = (T) result.get();
        return value;
    }

    static final long SMALL_STACK = 256 << 10;

    @Test
    void deeplyNestedDivsNeitherOverflowTheStackNorHang() throws Exception {
        String deep = "<html><body>" + "<div>".repeat(20_000) + "<p>深处的文字</p>" + "</div>".repeat(20_000)
                + "</body></html>";
        ReportReader.DocumentOutput out = onSmallStack(
                () -> (ReportReader.DocumentOutput) new HtmlReader().read(utf8(deep), ReaderOptions.DEFAULT));
        assertEquals("深处的文字", ((Paragraph) out.document().blocks().get(0)).text());
        assertTrue(onSmallStack(() -> outcomeOf(utf8(deep), "deep.html", ReaderOptions.DEFAULT)).isPresent(),
                "no report in it");
    }

    @Test
    void unclosedNestedTablesAndUnclosedDivsAreReadWithoutCrashing() throws Exception {
        String nested = "<table><tr><td>".repeat(2_000) + "x";
        ReportReader.DocumentOutput tables = onSmallStack(
                () -> (ReportReader.DocumentOutput) new HtmlReader().read(utf8(nested), ReaderOptions.DEFAULT));
        Table innermost = (Table) tables.document().blocks().get(0);
        assertEquals(SourceLocation.cell(2_000, 1, 1), innermost.rows().get(0).cells().get(0).location(),
                "the innermost table is read as a table, the others as its layout");
        onSmallStack(() -> outcomeOf(utf8(nested), "nested.html", ReaderOptions.DEFAULT));
        String divs = "<div><span><b><i>".repeat(5_000) + "文字";
        onSmallStack(() -> outcomeOf(utf8(divs), "unclosed.html", ReaderOptions.DEFAULT));
    }

    @Test
    void malformedMarkupIsReadAsABrowserWould() {
        String bad = "<html><body><p>第一段<p>第二段</b></i><table><td rowspan=\"99999999\">a<td colspan=-3>b</tr>"
                + "</td></table></table><h2>标题<div>x</h9><<>><!-- unterminated";
        ReportReader.DocumentOutput out = (ReportReader.DocumentOutput) new HtmlReader().read(utf8(bad),
                ReaderOptions.DEFAULT);
        assertEquals("第一段", ((Paragraph) out.document().blocks().get(0)).text());
        Table t = (Table) out.document().blocks().stream().filter(Table.class::isInstance).findFirst().orElseThrow();
        assertEquals(1, t.rows().get(0).cells().get(0).rowspan(), "capped at 1000, then ended at the last row");
        assertTrue(out.diagnostics().stream().anyMatch(d -> d.code().equals("SPAN_INVALID")));
        assertTrue(out.diagnostics().stream().anyMatch(d -> d.code().equals("SPAN_CLAMPED")));
        assertEquals(1, t.rows().get(0).cells().get(1).colspan());
        outcome(utf8(bad), "bad.html", ReaderOptions.DEFAULT);
    }

    @Test
    void aPageWithoutAReportIsRefused() {
        String page = "<!DOCTYPE html><html><head><title>新闻</title></head><body><nav>首页</nav>"
                + "<h1>我区召开全体会议</h1><p>会议要求各部门认真落实。</p><table><tr><td>姓名</td><td>职务</td></tr></table>"
                + "</body></html>";
        assertTrue(outcome(utf8(page), "news.html", ReaderOptions.DEFAULT).isPresent());
    }

    @Test
    void aReportPageTruncatedMidTableEndsCleanly() throws IOException {
        byte[] page = HtmlSamplesMatchGoldenTest.page("000");
        String text = new String(page, StandardCharsets.UTF_8);
        int cut = text.indexOf("属于行政执法案卷");
        outcome(utf8(text.substring(0, cut)), "000.html", ReaderOptions.DEFAULT);
    }

    @Test
    void binaryGarbageWithAnHtmlNameIsRefused() {
        byte[] bin = new byte[20_000];
        new Random(3).nextBytes(bin);
        Optional<ReportParseException> e = outcome(bin, "report.html", ReaderOptions.DEFAULT);
        assertEquals("INPUT_BINARY", e.orElseThrow().diagnostics().get(0).code());
    }

    /**
     * A page whose inline script is 200 times the size of its report (as with an embedded data blob) is read to the
     * report, in time linear in its size; the size limit refuses it when set below its size.
     */
    @Test
    void aPageWithAHugeInlineScriptIsReadAndTheSizeLimitRefusesIt() throws IOException {
        byte[] page = HtmlSamplesMatchGoldenTest.page("000");
        String text = new String(page, StandardCharsets.UTF_8);
        int at = text.indexOf("</head>");
        ByteArrayOutputStream big = new ByteArrayOutputStream(5 << 20);
        big.write(utf8(text.substring(0, at) + "<script>var data = \""));
        byte[] chunk = utf8("QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkwYWJjZGVm".repeat(1000));
        while (big.size() < 4 << 20) {
            big.write(chunk);
        }
        big.write(utf8("\";</script>" + text.substring(at)));
        byte[] content = big.toByteArray();
        assertTrue(content.length >= 200 * page.length);
        ParseResult read = assertTimeoutPreemptively(GUARD,
                () -> ReportParsers.read(content, "big.html", ReaderOptions.DEFAULT));
        assertEquals(GoldenFiles.report("000"), read.report());
        Optional<ReportParseException> refused = outcome(content, "big.html",
                ReaderOptions.DEFAULT.withMaxBytes(1 << 20));
        assertEquals("INPUT_TOO_LARGE", refused.orElseThrow().diagnostics().get(0).code());
    }
}
