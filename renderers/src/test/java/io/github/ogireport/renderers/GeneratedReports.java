package io.github.ogireport.renderers;

import io.github.ogireport.catalog.ApplicantColumn;
import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.Section;
import io.github.ogireport.catalog.Table2Column;
import io.github.ogireport.catalog.Table2Row;
import io.github.ogireport.catalog.Table3Row;
import io.github.ogireport.catalog.Table4Row;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.ApplicantCounts;
import io.github.ogireport.model.Cell;
import io.github.ogireport.model.Contact;
import io.github.ogireport.model.ExtraContent;
import io.github.ogireport.model.FeeBlock;
import io.github.ogireport.model.MoneyUnit;
import io.github.ogireport.model.Narrative;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.ReviewOutcomes;
import io.github.ogireport.model.StatisticsPeriod;
import io.github.ogireport.model.Table2;
import io.github.ogireport.model.Table3;
import io.github.ogireport.model.Table4;
import io.github.ogireport.model.TextBlock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generated reports for the round-trip properties, as a real source could give them: both editions; rows missing;
 * blank, placeholder and (rarely) not-reported cells; signed 本年增/减; amounts with decimals and units; the 2019
 * （六） single row in 2021 reports; table 4 groups missing; the fee block; narratives with sub-headings whose text
 * holds quotes, {@code <}, {@code &}, {@code |}, Markdown punctuation, tabs and line breaks; the statistics period and
 * contact block stated in the preamble; a publication date; a site footer and an extra table kept as extras.
 *
 * <p>The metadata is consistent with the text, as the recognizer's conventions read it (see core's
 * {@code golden/CONVENTIONS.md}): the title is {@code <agency><year>年政府信息公开工作年度报告}, sub-headings follow the
 * sub-heading rule and paragraphs never look like sub-headings. Used until the test kit's generators are available;
 * built from a seed so that jqwik can shrink the seed and reproduce a failure.
 */
final class GeneratedReports {

    private static final String HAN = "我们在公开工作中取得成效情况数据信息平台建设管理监督保障政务服务";
    private static final String SPECIAL = "<>&\"'|*_[]#\\";
    private static final String NUMERALS = "一二三四五六七八九十";
    private static final List<String> AGENCIES = List.of("示例县人民政府办公室", "某市统计局", "东城街道办事处",
            "示例县<数据>&\"服务\"局", "某镇人民政府");
    private static final List<String> PLACEHOLDERS = List.copyOf(new java.util.TreeSet<>(Cell.KNOWN_PLACEHOLDERS));

    private GeneratedReports() {
    }

    /** Reports of both editions. */
    static Arbitrary<AnnualReport> reports() {
        return reports(java.util.EnumSet.noneOf(KnownReaderGap.class));
    }

    /** Reports of both editions that leave out the cases of the given reader gaps. */
    static Arbitrary<AnnualReport> reports(java.util.Set<KnownReaderGap> avoid) {
        java.util.Set<KnownReaderGap> gaps = java.util.Set.copyOf(avoid);
        return Arbitraries.longs().map(seed -> generate(new Random(seed), gaps));
    }

    static AnnualReport generate(Random seed) {
        return generate(seed, java.util.Set.of());
    }

    static AnnualReport generate(Random seed, java.util.Set<KnownReaderGap> avoid) {
        return new Gen(seed, avoid).report();
    }

    /** One generation: the random source and the gaps to avoid. */
    private static final class Gen {
        private final Random rnd;
        private final java.util.Set<KnownReaderGap> avoid;

        Gen(Random rnd, java.util.Set<KnownReaderGap> avoid) {
            this.rnd = rnd;
            this.avoid = avoid;
        }

    AnnualReport report() {
        Edition edition = rnd.nextBoolean() ? Edition.V2021 : Edition.V2019;
        int year = edition == Edition.V2021 ? 2021 + rnd.nextInt(4) : 2019 + rnd.nextInt(2);
        String agency = pick(AGENCIES);
        if (avoid.contains(KnownReaderGap.MARKDOWN_ANGLE_BRACKET_ESCAPES_KEPT)) {
            agency = agency.replace("<", "").replace(">", "");
        }
        List<TextBlock> preamble = new ArrayList<>();
        for (int i = rnd.nextInt(3); i > 0; i--) {
            preamble.add(TextBlock.paragraph(paragraph()));
        }
        Optional<StatisticsPeriod> period = Optional.empty();
        if (rnd.nextInt(3) == 0) {
            period = Optional.of(StatisticsPeriod.calendarYear(year));
            preamble.add(TextBlock.paragraph("本报告中所列数据的统计期限自" + year + "年1月1日至" + year + "年12月31日。"));
        }
        Contact contact = Contact.NONE;
        if (rnd.nextInt(3) == 0) {
            contact = new Contact(Optional.of("示例路" + (1 + rnd.nextInt(99)) + "号"),
                    Optional.of("0123-" + (1000000 + rnd.nextInt(8999999))), Optional.of("1" + (10000 + rnd.nextInt(89999))));
            preamble.add(TextBlock.paragraph("地址：" + contact.address().orElseThrow()));
            preamble.add(TextBlock.paragraph("电话：" + contact.phone().orElseThrow()));
            preamble.add(TextBlock.paragraph("邮编：" + contact.postcode().orElseThrow()));
        }
        Optional<LocalDate> published = rnd.nextInt(4) == 0
                ? Optional.of(LocalDate.of(year + 1, 1 + rnd.nextInt(3), 1 + rnd.nextInt(28))) : Optional.empty();
        ReportMetadata meta = new ReportMetadata(Optional.of(agency + year + "年政府信息公开工作年度报告"),
                Optional.of(agency), Optional.of(year), edition, period, published, contact);

        List<ExtraContent> extras = new ArrayList<>();
        if (rnd.nextInt(4) == 0) {
            // a local section between 四 and 五, numbered as sample 001 numbers its extra table
            extras.add(ExtraContent.table(Section.REVIEWS_AND_LAWSUITS, "五、" + pick(List.of("整改情况表", "工作统计")),
                    List.of(List.of("项目", "数量"), List.of(word(), String.valueOf(rnd.nextInt(50))))));
        }
        if (rnd.nextInt(4) == 0) {
            extras.add(ExtraContent.text(Section.OTHER_MATTERS, null,
                    List.of("版权所有：" + agency, "闽公安网备:" + (35082402000000L + rnd.nextInt(999999)))));
        }
        return AnnualReport.builder(meta)
                .preamble(new Narrative(preamble))
                .overview(narrative())
                .table2(table2(edition))
                .table3(table3(edition))
                .table4(table4())
                .problems(narrative())
                .otherMatters(narrative())
                .fees(fees())
                .extras(extras)
                .build();
    }

    private FeeBlock fees() {
        if (rnd.nextInt(3) == 0 || avoid.contains(KnownReaderGap.FEE_TABLE_IN_SECTION_SIX)) {
            return FeeBlock.NOT_REPORTED;
        }
        FeeBlock f = new FeeBlock(count(), amount(), amount(),
                pick(List.of(MoneyUnit.UNSPECIFIED, MoneyUnit.YUAN, MoneyUnit.WAN_YUAN)));
        return f.isReported() ? f : FeeBlock.NOT_REPORTED;
    }

    private Table2 table2(Edition edition) {
        Map<Table2Row, List<Cell>> rows = new LinkedHashMap<>();
        for (Table2Row r : Table2Row.rowsOf(edition)) {
            if (rnd.nextInt(8) == 0) {
                continue; // a row the source did not have
            }
            List<Cell> cells = new ArrayList<>();
            for (Table2Column c : r.columns()) {
                cells.add(c.monetary() ? amount() : c.signed() ? signed() : count());
            }
            rows.put(r, cells);
        }
        Map<Table2Row, MoneyUnit> units = new EnumMap<>(Table2Row.class);
        Table2Row money = edition == Edition.V2021 ? Table2Row.FEES_2021 : Table2Row.PROCUREMENT_2019;
        // a unit belongs to a row the source had (the canonical JSON leaves out a row not reported, unit and all)
        if (rows.containsKey(money) && rows.get(money).stream().anyMatch(Cell::isReported)) {
            units.put(money, edition == Edition.V2021 ? pick(List.of(MoneyUnit.WAN_YUAN, MoneyUnit.WAN_YUAN, MoneyUnit.YUAN))
                        : pick(List.of(MoneyUnit.UNSPECIFIED, MoneyUnit.YUAN, MoneyUnit.WAN_YUAN)));
        }
        return Table2.fromRows(edition, rows, units);
    }

    private Table3 table3(Edition edition) {
        if (rnd.nextInt(20) == 0) {
            return Table3.notReported();
        }
        boolean single = edition == Edition.V2019 || rnd.nextInt(4) == 0;
        Map<Table3Row, ApplicantCounts> rows = new EnumMap<>(Table3Row.class);
        for (Table3Row r : Table3Row.values()) {
            boolean inLayout = single ? r.inEdition(Edition.V2019) : r.inEdition(Edition.V2021);
            if (!inLayout || rnd.nextInt(12) == 0) {
                continue;
            }
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < ApplicantColumn.values().length; i++) {
                cells.add(count());
            }
            rows.put(r, ApplicantCounts.fromCells(cells));
        }
        return Table3.fromRows(rows);
    }

    private Table4 table4() {
        Table4 t = Table4.notReported();
        if (rnd.nextInt(20) == 0) {
            return t;
        }
        // table 4 prints as one row of 15 cells: a group missing prints as empty cells
        boolean allGroups = avoid.contains(KnownReaderGap.HTML_NOT_REPORTED_READ_AS_BLANK);
        for (Table4Row r : Table4Row.values()) {
            if (allGroups || rnd.nextInt(10) != 0) {
                List<Cell> cells = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    cells.add(count());
                }
                t = t.withRow(r, ReviewOutcomes.fromCells(cells));
            }
        }
        return t;
    }

    /** Mostly a count; sometimes blank, a placeholder, or (rarely) a cell that was not reported. */
    private Cell count() {
        int k = rnd.nextInt(40);
        if (k == 0) {
            return Cell.blank();
        }
        if (k == 1) {
            return Cell.placeholder(pick(PLACEHOLDERS));
        }
        if (k == 2 && !avoid.contains(KnownReaderGap.HTML_NOT_REPORTED_READ_AS_BLANK)) {
            return Cell.notReported();
        }
        return Cell.of(k < 20 ? 0 : rnd.nextInt(k < 35 ? 20 : 5000));
    }

    private Cell signed() {
        Cell c = count();
        return c instanceof Cell.Number n && rnd.nextBoolean() ? Cell.of(n.value().negate()) : c;
    }

    private Cell amount() {
        Cell c = count();
        if (c instanceof Cell.Number && rnd.nextBoolean()) {
            return Cell.of(BigDecimal.valueOf(rnd.nextInt(100_000_000), rnd.nextInt(7)));
        }
        return c;
    }

    private Narrative narrative() {
        List<TextBlock> blocks = new ArrayList<>();
        int n = rnd.nextInt(5);
        for (int i = 0; i < n; i++) {
            blocks.add(rnd.nextInt(3) == 0
                    ? TextBlock.heading("（" + NUMERALS.charAt(rnd.nextInt(NUMERALS.length())) + "）" + word())
                    : TextBlock.paragraph(paragraph()));
        }
        return new Narrative(blocks);
    }

    /** 2 to 10 Chinese characters, sometimes with one special character; never ends with 。. */
    private String word() {
        StringBuilder b = new StringBuilder();
        int n = 2 + rnd.nextInt(9);
        for (int i = 0; i < n; i++) {
            b.append(HAN.charAt(rnd.nextInt(HAN.length())));
        }
        String special = avoid.contains(KnownReaderGap.MARKDOWN_ANGLE_BRACKET_ESCAPES_KEPT)
                ? SPECIAL.replace("<", "").replace(">", "") : SPECIAL;
        if (rnd.nextInt(3) == 0) {
            b.insert(1 + rnd.nextInt(n - 1), special.charAt(rnd.nextInt(special.length())));
        }
        return b.toString();
    }

    /**
     * A paragraph: starts with 我 (so it never looks like a sub-heading or a section heading), words separated by
     * nothing or by one space, tab or line break, ends with 。.
     */
    private String paragraph() {
        StringBuilder b = new StringBuilder("我");
        int n = 1 + rnd.nextInt(6);
        for (int i = 0; i < n; i++) {
            b.append(word());
            if (i < n - 1) {
                int k = rnd.nextInt(8);
                boolean breaks = !avoid.contains(KnownReaderGap.MARKDOWN_PARAGRAPH_BR_KEPT);
                b.append(k == 0 ? " " : k == 1 ? "\t" : k == 2 && breaks ? "\n" : "");
            }
        }
        return b.append('。').toString();
    }

    private <T> T pick(List<T> items) {
        return items.get(rnd.nextInt(items.size()));
    }
    }
}
