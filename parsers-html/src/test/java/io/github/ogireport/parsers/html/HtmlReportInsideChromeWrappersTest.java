package io.github.ogireport.parsers.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.golden.GoldenFiles;
import io.github.ogireport.json.ReportJson;
import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ParseResult;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportReader;
import io.github.ogireport.parse.SourceLocation;
import io.github.ogireport.parse.doc.Table;
import io.github.ogireport.parsers.ReportParsers;
import io.github.ogireport.rules.Severity;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sites wrap the whole page body, article included, in elements that elsewhere mark site chrome: ASP.NET WebForms
 * and the government site platforms in {@code <form id="form1">}, others in a {@code <header>}, {@code <nav>} or
 * {@code <aside>}, a {@code <div>} named or marked like chrome. Each of the five sample pages so wrapped still reads
 * to exactly its golden report, while the chrome inside the wrapper (003's) is still dropped. Hidden stays hidden,
 * and a table dropped with its element is reported with its number.
 */
class HtmlReportInsideChromeWrappersTest {

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** Opening and closing markup put right inside {@code <body>} around everything in it. */
    private static final List<String[]> WRAPPERS = List.of(
            new String[] {"<form method=\"post\" action=\"./show.aspx?id=1\" id=\"form1\">"
                    + "<div class=\"aspNetHidden\"><input type=\"hidden\" name=\"__VIEWSTATE\" value=\"/wEPDwUK\">"
                    + "</div>", "</form>"},
            new String[] {"<header class=\"page\">", "</header>"},
            new String[] {"<nav>", "</nav>"},
            new String[] {"<aside>", "</aside>"},
            new String[] {"<footer>", "</footer>"},
            new String[] {"<menu>", "</menu>"},
            new String[] {"<div role=\"navigation\">", "</div>"},
            new String[] {"<div aria-hidden=\"true\">", "</div>"},
            new String[] {"<div id=\"nav-main\" class=\"share\">", "</div>"},
            new String[] {"<form id=\"form1\"><div class=\"nav-box\"><header><aside role=\"complementary\">",
                    "</aside></header></div></form>"});

    static Stream<Arguments> pagesAndWrappers() {
        List<Arguments> out = new ArrayList<>();
        for (String id : GoldenFiles.IDS) {
            for (String[] w : WRAPPERS) {
                out.add(Arguments.of(id, w[0], w[1]));
            }
        }
        return out.stream();
    }

    /** A sample page with markup around the content of its body, in the page's own charset. */
    static byte[] wrapped(String id, String open, String close) throws IOException {
        byte[] page = HtmlSamplesMatchGoldenTest.page(id);
        Charset cs = id.equals("002") || id.equals("004") ? GB18030 : StandardCharsets.UTF_8;
        String text = new String(page, cs);
        assertArrayEquals(page, text.getBytes(cs), "the sample's charset");
        int body = text.indexOf('>', text.toLowerCase().indexOf("<body")) + 1;
        int end = text.toLowerCase().lastIndexOf("</body>");
        return (text.substring(0, body) + open + text.substring(body, end) + close + text.substring(end)).getBytes(cs);
    }

    @ParameterizedTest(name = "{0} inside {1}")
    @MethodSource("pagesAndWrappers")
    void aSamplePageWrappedInChromeLikeMarkupReadsToItsGoldenReport(String id, String open, String close)
            throws IOException {
        ParseResult result = ReportParsers.read(wrapped(id, open, close), "", ReaderOptions.DEFAULT);
        assertEquals("html", result.format());
        assertEquals(GoldenFiles.goldenText(id), ReportJson.get().toJson(result.report()));
    }

    @Test
    void hiddenStaysHiddenAndItsTablesAreReportedByNumber() throws IOException {
        ReportReader.DocumentOutput out = (ReportReader.DocumentOutput) new HtmlReader().read(
                wrapped("000", "<div style=\"display: none\">", "</div>"), ReaderOptions.DEFAULT);
        assertTrue(out.document().blocks().isEmpty(), out.document().blocks().toString());
        Diagnostic d = out.diagnostics().stream().filter(x -> x.code().equals("TABLE_DROPPED")).findFirst()
                .orElseThrow();
        assertEquals(Severity.WARNING, d.severity(), "the dropped tables have the report's labels");
        assertEquals(SourceLocation.cell(1, 0, 0), d.location());
        assertTrue(d.messageEn().contains("tables 1–3") && d.messageEn().contains("hidden"), d.messageEn());
    }

    @Test
    void chromeWithoutTheReportIsDroppedInsideAFormAndItsTableReported() {
        ReportReader.DocumentOutput out = HtmlReaderBlocksTest.read("<html><body><form id=\"form1\">"
                + "<header><div class=\"logo\">某某市人民政府</div><nav><table><tr><td>行政许可</td><td>行政处罚</td>"
                + "<td>行政强制</td><td>行政事业性收费</td></tr></table></nav></header>"
                + "<div class=\"breadcrumb\">首页 &gt; 某区2023年政府信息公开工作年度报告</div>"
                + "<div class=\"main\"><h1>某区2023年政府信息公开工作年度报告</h1><h2>一、总体情况</h2><p>正文</p>"
                + "<table><tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>"
                + "<tr><td>规章</td><td>0</td><td>0</td><td>0</td></tr></table></div>"
                + "<aside class=\"related\"><h4>相关文章</h4><ul><li>某区2022年政府信息公开工作年度报告</li></ul></aside>"
                + "<footer>版权所有</footer></form></body></html>");
        assertEquals(List.of("H1:某区2023年政府信息公开工作年度报告", "H2:一、总体情况", "P:正文", "T:2"),
                HtmlReaderBlocksTest.texts(out.document().blocks()));
        assertEquals(2, ((Table) out.document().blocks().get(3)).location().table(), "the nav's table is table 1");
        Diagnostic d = out.diagnostics().stream().filter(x -> x.code().equals("TABLE_DROPPED")).findFirst()
                .orElseThrow();
        assertEquals(Severity.INFO, d.severity(), "a menu of matters is not the report's table");
        assertEquals(SourceLocation.cell(1, 0, 0), d.location());
        Diagnostic chrome = out.diagnostics().stream().filter(x -> x.code().equals("MARKUP_DROPPED")).findFirst()
                .orElseThrow();
        assertTrue(chrome.messageEn().contains("header") && chrome.messageEn().contains("aside.related")
                && chrome.messageEn().contains("div.breadcrumb") && chrome.messageEn().contains("footer"),
                chrome.messageEn());
    }

    @Test
    void aHeaderOutsideTheArticleIsKeptForTheTitleItHolds() {
        ReportReader.DocumentOutput out = HtmlReaderBlocksTest.read("<html><body><div class=\"content\">"
                + "<header><h1>某区2023年政府信息公开工作年度报告</h1><div class=\"article-meta\">发布时间：2024-01-10</div>"
                + "</header><h2>一、总体情况</h2><p>正文</p></div></body></html>");
        assertEquals(List.of("H1:某区2023年政府信息公开工作年度报告", "H2:一、总体情况", "P:正文"),
                HtmlReaderBlocksTest.texts(out.document().blocks()));
    }
}
