package io.github.ogireport.parsers.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.model.ReviewOutcomes;
import io.github.ogireport.model.Table2Edition2021;
import io.github.ogireport.parse.ParseResult;
import org.junit.jupiter.api.Test;

/** Headers split over lines are joined, headers glued together are segmented, both against the catalog. */
class SplitAndGluedHeadersTest {

    @Test
    void headersSplitOverLinesAndGluedHeadersAreRecognized() {
        ParseResult r = Samples.parse("""
                某某局2023年政府信息公开工作年度报告
                一、总体情况
                本局认真落实条例。
                二、主动公开政府信息情况
                第二十条第(一)项 |
                |||
                信息内容 |
                本年制发 |
                件数 |
                本年废止件数 |
                现行有效 |
                件数 |
                |||
                规章 |
                1 |
                2 |
                3 |
                ||
                四、政府信息公开行政复议、行政诉讼情况
                行政复议行政诉讼
                结果维持结果纠正其他结果尚未审结总计未经复议直接起诉复议后起诉
                结果维持结果纠正其他结果尚未审结总计结果维持结果纠正其他结果尚未审结总计
                1\t0\t0\t0\t1\t0\t0\t0\t2\t2\t0\t0\t0\t0\t0
                """);
        assertEquals(Table2Edition2021.DocumentCounts.of(1, 2, 3), ((Table2Edition2021) r.report().table2()).rules());
        assertEquals(ReviewOutcomes.of(0, 0, 0, 2, 2), r.report().table4().litigationWithoutReview());
        assertTrue(r.diagnostics("UNRECOGNIZED_TEXT").isEmpty(), r.diagnostics().toString());
    }
}
