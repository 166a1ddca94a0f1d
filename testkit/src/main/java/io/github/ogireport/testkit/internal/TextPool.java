package io.github.ogireport.testkit.internal;

import io.github.ogireport.catalog.Catalog;
import io.github.ogireport.model.Contact;
import io.github.ogireport.model.Narrative;
import io.github.ogireport.model.StatisticsPeriod;
import io.github.ogireport.model.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Realistic agency names and narrative text. Narrative wording is free prose, not catalog labels: nothing here is a
 * label of the statistical tables.
 */
public final class TextPool {

    private TextPool() {
    }

    private static final List<String> COUNTIES = List.of("永平", "昌邑", "南关", "延津", "武平", "城关", "青山湖", "双流",
            "余杭", "鼓楼", "滨海", "东城", "高新", "平江", "汉阳", "临安", "江宁", "金水", "南明", "香坊");
    private static final List<String> STREETS = List.of("曙光", "和平", "金山", "人民路", "解放", "建设", "新华", "长安");
    private static final List<String> BODIES = List.of("人民政府", "人民政府办公室", "自然资源局", "教育局", "卫生健康委员会",
            "政务服务和大数据管理局", "财政局", "住房和城乡建设局", "市场监督管理局", "生态环境局", "农业农村局", "交通运输局", "民政局",
            "司法局", "统计局", "人力资源和社会保障局");

    /** An agency name such as 延津县政务服务和大数据管理局, 永平镇人民政府 or 新华区曙光街道办事处. */
    public static String agency(Choices c, boolean plainText) {
        String county = c.pick(COUNTIES);
        String name;
        switch (c.next(5)) {
            case 1:
                name = county + "镇" + c.pick(List.of("人民政府", "", "人民政府办公室"));
                break;
            case 2:
                name = county + "区" + c.pick(STREETS) + "街道办事处";
                break;
            case 3:
                name = county + "区" + c.pick(BODIES);
                break;
            default:
                name = county + "县" + c.pick(BODIES);
        }
        if (!plainText && c.chance(15)) {
            name = name + c.pick(List.of("（区政务公开办）", "“放管服”改革办公室", "科技&工信局", "<筹>"));
        }
        return name;
    }

    /** The usual title of a report: agency, year, {@link Catalog#TITLE_SUFFIX_ZH}. */
    public static String title(String agency, int year) {
        return agency + year + Catalog.TITLE_SUFFIX_ZH;
    }

    /** A contact block, some fields sometimes absent. */
    public static Contact contact(Choices c) {
        String address = c.chance(85) ? c.pick(List.of("福建省龙岩市武平县帽村路", "长春市南关区芳菲路", "河南省新乡市延津县人民路",
                "石家庄市新华区曙光街")) + (1 + c.next(300)) + "号" : null;
        String phone = c.chance(90) ? (c.chance(50) ? "0" + (300 + c.next(600)) + "-" : "")
                + (80_000_000 + c.next(9_999_999)) : null;
        String postcode = c.chance(70) ? String.valueOf(100_000 + c.next(800_000)) : null;
        if (address == null && phone == null && postcode == null) {
            phone = "12345";
        }
        return Contact.of(address, phone, postcode);
    }

    /**
     * The preamble: the legal basis, the statistics period if stated, the contact lines if any. Each is one line, so
     * that a text rendering of it is read back block for block.
     */
    public static Narrative preamble(Choices c, String agency, Optional<StatisticsPeriod> period, Contact contact) {
        List<TextBlock> b = new ArrayList<>();
        b.add(TextBlock.paragraph("本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室有关要求，由"
                + agency + "编制。"));
        period.ifPresent(p -> b.add(TextBlock.paragraph("本报告中所列数据的统计期限自" + p.from().getYear() + "年"
                + p.from().getMonthValue() + "月" + p.from().getDayOfMonth() + "日起至" + p.to().getYear() + "年"
                + p.to().getMonthValue() + "月" + p.to().getDayOfMonth() + "日止。")));
        if (contact.isPresent()) {
            b.add(TextBlock.paragraph("如对本报告有疑问，请与本机关联系。"));
            contact.address().ifPresent(a -> b.add(TextBlock.paragraph("地址：" + a)));
            contact.phone().ifPresent(a -> b.add(TextBlock.paragraph("电话：" + a)));
            contact.postcode().ifPresent(a -> b.add(TextBlock.paragraph("邮编：" + a)));
        }
        return new Narrative(b);
    }

    private static final List<String> OVERVIEW_HEADINGS = List.of("（一）主动公开", "（二）依申请公开", "（三）政府信息管理",
            "（四）政府信息公开平台建设", "（五）监督保障");
    private static final List<String> SENTENCES = List.of(
            "我单位坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开",
            "全年通过政府门户网站主动公开政府信息%d条",
            "严格落实政府信息公开保密审查制度，做到先审查、后公开",
            "进一步规范依申请公开办理流程，按时答复率达到100%%",
            "组织开展政务公开业务培训%d次，参训人员%d人次",
            "及时更新政府信息公开指南和目录，方便公众查阅",
            "加强政务新媒体管理，发布各类信息%d条",
            "将政务公开工作纳入年度绩效考核，未发生责任追究情况");
    private static final List<String> RICH = List.of(
            "开展“政府开放日”活动，邀请\"市民代表\"参与",
            "网页中曾出现<script>alert('x')</script>字样，已清理",
            "公开A&B两类信息，&amp;不做转义",
            "栏目名称为“通知|公告”",
            "信息分类：\t法规\t规划",
            "以下为第二行：\n本行紧随换行符",
            "栏目标注*重点*、_新_、[目录](#)与\\反斜杠");

    /** A paragraph of one to three sentences, ending with 。. */
    public static String paragraph(Choices c, boolean plainText) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + c.next(3);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                sb.append("，");
            }
            if (!plainText && c.chance(12)) {
                sb.append(c.pick(RICH));
            } else {
                sb.append(String.format(c.pick(SENTENCES), 1 + c.next(3000), 1 + c.next(50), 1 + c.next(500)));
            }
        }
        return sb.append("。").toString();
    }

    /** Section 一: sub-headings （一）… with paragraphs, or paragraphs only. */
    public static Narrative overview(Choices c, boolean plainText) {
        List<TextBlock> b = new ArrayList<>();
        b.add(TextBlock.paragraph(paragraph(c, plainText)));
        if (c.chance(70)) {
            int n = 1 + c.next(OVERVIEW_HEADINGS.size());
            for (int i = 0; i < n; i++) {
                b.add(TextBlock.heading(OVERVIEW_HEADINGS.get(i)));
                b.add(TextBlock.paragraph(paragraph(c, plainText)));
            }
        }
        return new Narrative(b);
    }

    /** Section 五. */
    public static Narrative problems(Choices c, boolean plainText) {
        List<TextBlock> b = new ArrayList<>();
        b.add(TextBlock.paragraph("存在的不足：" + paragraph(c, plainText)));
        b.add(TextBlock.paragraph("改进措施：" + paragraph(c, plainText)));
        return new Narrative(b);
    }

    /** Section 六. */
    public static Narrative otherMatters(Choices c, int year, boolean plainText) {
        List<TextBlock> b = new ArrayList<>();
        b.add(TextBlock.paragraph(c.chance(50) ? year + "年度本机关未收取信息处理费。" : "本年度无其他需要报告的事项。"));
        if (c.chance(30)) {
            b.add(TextBlock.paragraph(paragraph(c, plainText)));
        }
        return new Narrative(b);
    }

    /** The caption of an extra table: a short line right above it. */
    public static String extraCaption(Choices c) {
        return c.pick(List.of("政务新媒体情况统计表", "附表：政府网站工作年度报表", "（一）政务新媒体开设情况"));
    }

    /** The title of a local section between 四 and 五, after its number. */
    public static String localSectionTitle(Choices c) {
        return c.pick(List.of("政务新媒体建设情况", "整改落实情况"));
    }
}
