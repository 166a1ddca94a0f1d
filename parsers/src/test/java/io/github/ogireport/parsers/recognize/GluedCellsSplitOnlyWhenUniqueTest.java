package io.github.ogireport.parsers.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.ReviewOutcomes;
import io.github.ogireport.model.Table2Edition2021;
import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ParseResult;
import org.junit.jupiter.api.Test;

/** Glued digits are split with the accounting rules only when exactly one split exists; otherwise nothing is guessed. */
class GluedCellsSplitOnlyWhenUniqueTest {

    private static final String REPORT = """
            某某局2023年政府信息公开工作年度报告
            一、总体情况
            本局认真落实条例。
            二、主动公开政府信息情况
            第二十条第（一）项
            信息内容  本年制发件数  本年废止件数  现行有效件数
            规章000行政规范性文件35128
            第二十条第（五）项
            信息内容本年处理决定数量
            行政许可12
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量3000003
            二、上年结转政府信息公开申请数量0000000
            四、政府信息公开行政复议、行政诉讼情况
            行政复议  行政诉讼
            结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉
            000001000100000
            五、存在的主要问题及改进情况
            无。
            六、其他需要报告的事项
            无。
            """;

    private final ParseResult r = Samples.parse(REPORT);

    @Test
    void uniqueSplitsAreTakenAndReported() {
        Table2Edition2021 t2 = (Table2Edition2021) r.report().table2();
        assertEquals(Table2Edition2021.DocumentCounts.of(0, 0, 0), t2.rules());
        assertEquals(Cell.of(12), t2.licensing().decisions());
        assertEquals(ApplicantCounts.of(3, 0, 0, 0, 0, 0, 3), r.report().table3().newApplications());
        assertEquals(ApplicantCounts.zeros(), r.report().table3().carriedOver());
        assertEquals(ReviewOutcomes.of(0, 0, 0, 0, 0), r.report().table4().administrativeReview());
        assertEquals(ReviewOutcomes.of(1, 0, 0, 0, 1), r.report().table4().litigationWithoutReview());
        assertTrue(r.diagnostics("CELLS_SPLIT_INFERRED").stream().anyMatch(d -> d.messageEn().contains("\"000\"")));
        assertTrue(r.diagnostics("CELLS_SPLIT_INFERRED").stream().anyMatch(d -> d.messageEn().contains("3000003")));
    }

    @Test
    void ambiguousSplitLeavesCellsNotReportedAndKeepsTheRawText() {
        Table2Edition2021 t2 = (Table2Edition2021) r.report().table2();
        assertFalse(t2.normativeDocuments().isReported());
        Diagnostic d = r.diagnostics("CELLS_SPLIT_AMBIGUOUS").get(0);
        assertTrue(d.messageEn().contains("35128"), d.messageEn());
        assertTrue(d.messageEn().contains("[3, 5, 128]"), "lists the candidates: " + d.messageEn());
        assertEquals(7, d.location().line());
        assertTrue(r.report().extras().stream().anyMatch(e -> e.rows().contains(java.util.List.of("行政规范性文件", "35128"))),
                r.report().extras().toString());
        assertTrue(r.hasErrors());
    }
}
