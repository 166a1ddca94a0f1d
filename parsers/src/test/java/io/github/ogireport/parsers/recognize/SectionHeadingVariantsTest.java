package io.github.ogireport.parsers.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.Section;
import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.model.Cell;
import io.github.ogireport.parse.ParseResult;
import org.junit.jupiter.api.Test;

/** Sections are found by their wording whatever their number; missing and inserted sections are reported. */
class SectionHeadingVariantsTest {

    private static final String TABLES = """
            第二十条第（五）项
            信息内容\t本年处理决定数量
            行政许可\t4
            """;

    @Test
    void headingWordingVariantsAreRecognized() {
        ParseResult r = Samples.parse("""
                某某局2022年政府信息公开工作年度报告
                ⼀、总体情况
                概况段落。
                二、主动公开政府信息情况
                """ + TABLES + """
                三、存在问题及下一步工作打算
                问题段落。
                四、其他需要说明的事项
                说明段落。
                """);
        assertEquals("概况段落。", r.report().overview().text());
        assertEquals("问题段落。", r.report().problems().text());
        assertEquals("说明段落。", r.report().otherMatters().text());
        assertTrue(r.diagnostics("SECTION_RENUMBERED").size() >= 2);
        assertTrue(r.diagnostics("SECTION_MISSING").stream()
                .anyMatch(d -> d.message().contains(Section.APPLICATIONS.headingZh())));
        assertTrue(r.diagnostics("TABLE_MISSING").size() >= 2);
    }

    @Test
    void aMissingTableHeadingStillFindsTheTableByItsLabels() {
        ParseResult r = Samples.parse("""
                某某局2022年政府信息公开工作年度报告
                一、总体情况
                概况段落。
                """ + TABLES + """
                三、收到和处理政府信息公开申请情况
                一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1
                """);
        assertEquals("概况段落。", r.report().overview().text());
        assertEquals(Cell.of(4), r.report().table2().cell(io.github.ogireport.catalog.Table2Row.LICENSING_2021,
                io.github.ogireport.catalog.Table2Column.DECISIONS));
        assertEquals(ApplicantCounts.of(1, 0, 0, 0, 0, 0, 1), r.report().table3().newApplications());
        assertTrue(r.diagnostics("SECTION_MISSING").stream()
                .anyMatch(d -> d.message().contains(Section.PROACTIVE_DISCLOSURE.headingZh())));
    }

    @Test
    void aLocalSectionBeforeFiveShiftsTheNumberingAndIsKept() {
        ParseResult r = Samples.parse("""
                某某局2022年政府信息公开工作年度报告
                一、总体情况
                概况段落。
                二、主动公开政府信息情况
                """ + TABLES + """
                四、政府信息公开行政复议、行政诉讼情况
                0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
                五、政务新媒体建设情况
                本局开设政务微博一个。
                六、存在的主要问题及改进情况
                问题段落。
                七、其他需要报告的事项
                无。
                """);
        assertEquals("问题段落。", r.report().problems().text());
        assertEquals("无。", r.report().otherMatters().text());
        assertEquals(1, r.report().extras().size());
        assertEquals("五、政务新媒体建设情况", r.report().extras().get(0).heading().orElseThrow());
        assertEquals(java.util.List.of("本局开设政务微博一个。"), r.report().extras().get(0).paragraphs());
        assertEquals(Section.REVIEWS_AND_LAWSUITS, r.report().extras().get(0).after().orElseThrow());
        assertFalse(r.diagnostics("EXTRA_SECTION").isEmpty());
        assertEquals(2, r.diagnostics("SECTION_RENUMBERED").size());
    }

    @Test
    void subHeadingsInTheOverviewAreNotSections() {
        ParseResult r = Samples.parse("""
                某某局2022年政府信息公开工作年度报告
                一、总体情况
                （一）主动公开
                本局主动公开信息100条。
                （二）依申请公开
                本局收到申请3件。
                二、主动公开政府信息情况
                """ + TABLES);
        assertEquals(4, r.report().overview().blocks().size());
        assertEquals(io.github.ogireport.model.TextBlock.heading("（一）主动公开"), r.report().overview().blocks().get(0));
    }
}
