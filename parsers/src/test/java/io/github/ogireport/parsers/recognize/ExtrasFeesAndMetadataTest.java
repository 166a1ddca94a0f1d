package io.github.ogireport.parsers.recognize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ogireport.catalog.Section;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.FeeBlock;
import io.github.ogireport.model.MoneyUnit;
import io.github.ogireport.model.StatisticsPeriod;
import io.github.ogireport.model.Table2Edition2021;
import io.github.ogireport.parse.ParseResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extra rows and tables are kept and reported; a local fee table becomes the fee block; metadata is extracted. */
class ExtrasFeesAndMetadataTest {

    private static final String REPORT = """
            2023年
            某某县自然资源局政府信息公开工作年度报告
            本报告数据统计期限为2023年1月1日起至2023年12月31日止。联系电话：0391-1234567；邮编：454000。
            办公地址：某某县人民路1号
            一、总体情况
            本局认真落实条例。
            二、主动公开政府信息情况
            第二十条第（八）项\t
            信息内容\t本年收费金额（单位：万元）
            行政事业性收费\t1,250元
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量\t1\t0\t0\t0\t0\t0\t1
            （八）其他情形\t2\t0\t0\t0\t0\t0\t2
            一、本年新收政府信息公开申请数量\t9\t0\t0\t0\t0\t0\t9
            注：本表“总计”列含转办件，统计口径与上年一致。
            四、政府信息公开行政复议、行政诉讼情况
            0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0
            五、信息处理费收取情况
            信息处理费收取情况\t通知收取件数\t通知收取金额（元）\t实际收取金额（元）
            \t2\t1,200\t36.5
            六、存在的主要问题及改进情况
            人员不足。
            七、其他需要报告的事项
            本年度收取信息处理费1200元。
            某某县自然资源局
            2024年1月20日
            版权所有：某某县人民政府 ICP备12345678号
            """;

    private final ParseResult r = Samples.parse(REPORT);
    private final AnnualReport a = r.report();

    @Test
    void metadataFromTitlePrefaceAndEnd() {
        assertEquals("2023年某某县自然资源局政府信息公开工作年度报告", a.metadata().title().orElseThrow());
        assertEquals("某某县自然资源局", a.metadata().agency().orElseThrow());
        assertEquals(2023, a.metadata().reportYear().orElseThrow());
        assertEquals(StatisticsPeriod.calendarYear(2023), a.metadata().statisticsPeriod().orElseThrow());
        assertEquals("0391-1234567", a.metadata().contact().phone().orElseThrow());
        assertEquals("454000", a.metadata().contact().postcode().orElseThrow());
        assertEquals("某某县人民路1号", a.metadata().contact().address().orElseThrow());
        assertEquals(LocalDate.of(2024, 1, 20), a.metadata().publicationDate().orElseThrow());
        assertEquals(List.of("本年度收取信息处理费1200元。", "某某县自然资源局"),
                a.otherMatters().blocks().stream().map(b -> b.text()).toList());
    }

    @Test
    void unitInTheCellWinsOverTheHeader() {
        Table2Edition2021.FeeAmount fee = ((Table2Edition2021) a.table2()).fees();
        assertEquals(Cell.of(1250), fee.amount());
        assertEquals(MoneyUnit.YUAN, fee.unit());
        assertFalse(r.diagnostics("MONEY_UNIT_IN_CELL").isEmpty());
    }

    @Test
    void extraAndRepeatedRowsAreKeptNotMerged() {
        assertEquals(ApplicantCounts.of(1, 0, 0, 0, 0, 0, 1), a.table3().newApplications());
        assertEquals(2, r.diagnostics("EXTRA_ROW").size());
        assertTrue(a.extras().stream().anyMatch(e -> e.rows().equals(
                List.of(List.of("（八）其他情形", "2", "0", "0", "0", "0", "0", "2")))), a.extras().toString());
        assertTrue(a.extras().stream().allMatch(e -> e.after().isPresent()));
    }

    @Test
    void aTableTheTemplateDoesNotHaveIsKeptAsAnExtraTable() {
        ParseResult x = Samples.parse("""
                某某局2023年政府信息公开工作年度报告
                一、总体情况
                全年主动公开信息情况如下：
                月份\t公开条数
                1月\t12
                二、主动公开政府信息情况
                第二十条第（五）项
                信息内容\t本年处理决定数量
                行政许可\t4
                """);
        assertEquals(List.of("全年主动公开信息情况如下："), x.report().overview().blocks().stream().map(b -> b.text()).toList());
        assertEquals(List.of(List.of("月份", "公开条数"), List.of("1月", "12")), x.report().extras().get(0).rows());
        assertEquals(Section.OVERVIEW, x.report().extras().get(0).after().orElseThrow());
        assertEquals(1, x.diagnostics("EXTRA_TABLE").size());
    }

    @Test
    void aCaptionRightAboveAnExtraTableBecomesItsHeading() {
        ParseResult x = Samples.parse("""
                某某局2023年政府信息公开工作年度报告
                一、总体情况
                本局认真落实条例。
                （一）政务新媒体情况
                全年运维政务新媒体2个。
                政务新媒体情况统计表
                名称\t数量
                政务微博\t1
                二、主动公开政府信息情况
                第二十条第（五）项
                信息内容\t本年处理决定数量
                行政许可\t4
                """);
        assertEquals(List.of("本局认真落实条例。", "（一）政务新媒体情况", "全年运维政务新媒体2个。"),
                x.report().overview().blocks().stream().map(b -> b.text()).toList());
        assertEquals("政务新媒体情况统计表", x.report().extras().get(0).heading().orElseThrow());
        assertEquals(List.of(List.of("名称", "数量"), List.of("政务微博", "1")), x.report().extras().get(0).rows());
        assertEquals(Section.OVERVIEW, x.report().extras().get(0).after().orElseThrow());
        assertTrue(x.diagnostics("EXTRA_TABLE").get(0).message().contains("政务新媒体情况统计表"));
    }

    @Test
    void aNoteUnderATableIsKeptWhole() {
        assertTrue(a.extras().stream().anyMatch(e -> e.paragraphs().equals(List.of("注：本表“总计”列含转办件，统计口径与上年一致。"))
                && e.after().orElseThrow() == Section.APPLICATIONS), a.extras().toString());
        assertTrue(r.diagnostics("UNRECOGNIZED_TEXT").stream().anyMatch(d -> d.message().contains("统计口径")));
    }

    @Test
    void localFeeTableBecomesTheFeeBlockWithItsUnit() {
        assertEquals(new FeeBlock(Cell.of(2), Cell.of(1200), Cell.of(new BigDecimal("36.5")), MoneyUnit.YUAN), a.fees());
        assertFalse(r.diagnostics("FEE_TABLE_MAPPED").isEmpty());
        assertEquals(Section.OTHER_MATTERS, a.extras().get(a.extras().size() - 1).after().orElseThrow());
        assertTrue(a.extras().get(a.extras().size() - 1).paragraphs().get(0).contains("ICP"));
    }
}
