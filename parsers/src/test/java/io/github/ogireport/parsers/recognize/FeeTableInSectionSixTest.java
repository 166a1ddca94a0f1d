package io.github.ogireport.parsers.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.Section;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.FeeBlock;
import io.github.ogireport.model.MoneyUnit;
import io.github.ogireport.parse.ParseResult;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 信息处理费 table where the renderers (and many agencies) print it, inside 六、其他需要报告的事项, is read as the
 * fee block with the diagnostic of a mapped fee table — not kept as an extra table; the prose around it stays the
 * narrative of 六, and a second fee table, or another table, in 六 is still an extra.
 */
class FeeTableInSectionSixTest {

    private static final String HEAD = """
            某某县2023年政府信息公开工作年度报告
            一、总体情况
            本局认真落实条例。
            二、主动公开政府信息情况
            三、收到和处理政府信息公开申请情况
            四、政府信息公开行政复议、行政诉讼情况
            五、存在的主要问题及改进情况
            人员不足。
            六、其他需要报告的事项
            本年度收取信息处理费。
            """;

    @Test
    void aFeeTableInSixIsTheFeeBlock() {
        ParseResult r = Samples.parse(HEAD + """
                通知收取件数\t通知收取金额（元）\t实际收取金额（元）
                2\t1,200\t36.5
                某某县人民政府办公室
                """);
        assertEquals(new FeeBlock(Cell.of(2), Cell.of(1200), Cell.of(new BigDecimal("36.5")), MoneyUnit.YUAN),
                r.report().fees());
        assertEquals(1, r.diagnostics("FEE_TABLE_MAPPED").size());
        assertTrue(r.diagnostics("EXTRA_TABLE").isEmpty(), r.diagnostics().toString());
        assertTrue(r.report().extras().stream().noneMatch(e -> !e.rows().isEmpty()), r.report().extras().toString());
        assertEquals(List.of("本年度收取信息处理费。", "某某县人民政府办公室"),
                r.report().otherMatters().blocks().stream().map(b -> b.text()).toList());
    }

    @Test
    void aFeeTableWithItsCaptionRowInSixIsTheFeeBlock() {
        ParseResult r = Samples.parse(HEAD + """
                信息处理费收取情况\t通知收取件数\t通知收取金额\t实际收取金额
                \t0\t0\t0
                """);
        assertEquals(0, r.report().fees().notices().number().orElseThrow().intValue());
        assertEquals(1, r.diagnostics("FEE_TABLE_MAPPED").size());
        assertTrue(r.diagnostics("EXTRA_TABLE").isEmpty(), r.diagnostics().toString());
    }

    @Test
    void anotherTableInSixStaysAnExtraTable() {
        ParseResult r = Samples.parse(HEAD + """
                月份\t公开条数
                1月\t12
                """);
        assertEquals(FeeBlock.NOT_REPORTED, r.report().fees());
        assertEquals(1, r.diagnostics("EXTRA_TABLE").size());
        assertEquals(List.of(List.of("月份", "公开条数"), List.of("1月", "12")), r.report().extras().get(0).rows());
        assertEquals(Section.OTHER_MATTERS, r.report().extras().get(0).after().orElseThrow());
    }

    @Test
    void aLocalFeeSectionWinsAndASecondFeeTableInSixStaysAnExtra() {
        ParseResult r = Samples.parse("""
                某某县2023年政府信息公开工作年度报告
                一、总体情况
                本局认真落实条例。
                二、主动公开政府信息情况
                三、收到和处理政府信息公开申请情况
                四、政府信息公开行政复议、行政诉讼情况
                五、信息处理费收取情况
                通知收取件数\t通知收取金额\t实际收取金额
                1\t2\t3
                六、存在的主要问题及改进情况
                人员不足。
                七、其他需要报告的事项
                通知收取件数\t通知收取金额\t实际收取金额
                4\t5\t6
                """);
        assertEquals(Cell.of(1), r.report().fees().notices());
        assertEquals(1, r.diagnostics("FEE_TABLE_MAPPED").size());
        assertEquals(1, r.diagnostics("EXTRA_TABLE").size());
        assertEquals(List.of(List.of("通知收取件数", "通知收取金额", "实际收取金额"), List.of("4", "5", "6")),
                r.report().extras().stream().filter(e -> !e.rows().isEmpty()).findFirst().orElseThrow().rows());
    }
}
