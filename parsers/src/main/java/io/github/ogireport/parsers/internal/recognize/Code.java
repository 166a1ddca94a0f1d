package io.github.ogireport.parsers.internal.recognize;

import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.SourceLocation;
import io.github.ogireport.rules.Severity;

/**
 * The stable codes of the recognizer's diagnostics, each with its severity and message templates in Chinese and
 * English. Templates take positional parameters {@code {0}}, {@code {1}}, … that are substituted in one pass (source
 * text is never interpreted as a template).
 *
 * <ul>
 *   <li>{@link #LABEL_FUZZY_MATCH} — a label or header of the source differs from the template's (typo, missing or
 *       extra character, truncation) and was matched to the catalog label by similarity.</li>
 *   <li>{@link #LABEL_NORMALIZED} — a label matched the catalog exactly once its inner spaces were removed
 *       ({@code 自 然 人}, {@code 结果 维持}).</li>
 *   <li>{@link #CELLS_REALIGNED} — blank layout cells before a row's values (left by merged cells) were dropped so
 *       that the values line up with the columns.</li>
 *   <li>{@link #CELLS_ALIGNMENT_AMBIGUOUS} — blank cells around a row's values leave several readings that the
 *       table's column layout does not decide; the row is left not reported and its raw text kept.</li>
 *   <li>{@link #CELLS_SPLIT_INFERRED} — glued digits were split into cells; the split was the only one the
 *       accounting rules allow.</li>
 *   <li>{@link #CELLS_SPLIT_AMBIGUOUS} — glued digits allow several splits; the cells are left not reported and
 *       the raw text is kept in the extras.</li>
 *   <li>{@link #CELL_COUNT_MISMATCH} — a row has more or fewer values than its columns; it is left not reported
 *       and its raw text kept in the extras.</li>
 *   <li>{@link #ROW_MISSING} — a row of the template is absent from the source; its cells stay not reported.</li>
 *   <li>{@link #TABLE_MISSING} — a table of the template was not found at all.</li>
 *   <li>{@link #OTHER_HANDLING_SINGLE_ROW} — a 2021-edition report uses the 2019 single row （六）其他处理: the total
 *       is kept, the breakdown is not reported.</li>
 *   <li>{@link #EXTRA_ROW} — a row the template does not have (or a repeated row) was kept in the extras.</li>
 *   <li>{@link #EXTRA_TABLE} — a table the template does not have was kept in the extras.</li>
 *   <li>{@link #UNRECOGNIZED_TEXT} — text inside a table section that is no label, header or value was kept in the
 *       extras.</li>
 *   <li>{@link #UNPLACED_CELL} — a value that no row or column takes.</li>
 *   <li>{@link #FEE_TABLE_MAPPED} — a 信息处理费 table (in a local section after 四, or in 六) was mapped to the fee
 *       block.</li>
 *   <li>{@link #SITE_CHROME} — site footer text (公安备案, ICP, 版权) after the last section was kept in the
 *       extras.</li>
 *   <li>{@link #SECTION_MISSING} — the heading of a section was not found.</li>
 *   <li>{@link #SECTION_RENUMBERED} — a section was found by its wording under another number.</li>
 *   <li>{@link #EXTRA_SECTION} — a section the template does not have was found (kept in the extras, or mapped to
 *       the fee block).</li>
 *   <li>{@link #AGENCY_INFERRED} — no title: the agency was taken from a report title cited in the text.</li>
 *   <li>{@link #YEAR_INFERRED} — no title: the report year is the year the text mentions most before table 2.</li>
 *   <li>{@link #EDITION_INFERRED} — the tables do not tell the edition: it follows from the report year (or the
 *       current edition is assumed).</li>
 *   <li>{@link #MONEY_UNIT_IN_CELL} — a cell wrote its unit of money inside the cell.</li>
 *   <li>{@link #NO_REPORT} — nothing of a report was found (thrown as a {@code ReportParseException}).</li>
 *   <li>{@link #PRE_2019_LAYOUT} — the report year is before 2019, a layout older than both editions (thrown).</li>
 *   <li>{@link #INPUT_TRUNCATED} — the document exceeds the recognizer's token cap; the rest is ignored.</li>
 * </ul>
 */
public enum Code {
    LABEL_FUZZY_MATCH(Severity.WARNING, "源文本“{0}”按相似度匹配为模板标签“{1}”",
            "source text \"{0}\" matched to the template label \"{1}\" by similarity"),
    LABEL_NORMALIZED(Severity.INFO, "源文本“{0}”含有空白，去除后与模板标签“{1}”一致",
            "source text \"{0}\" has spaces inside; without them it is the template label \"{1}\""),
    CELLS_REALIGNED(Severity.INFO, "“{0}”的数值前有 {1} 个空白排版单元格（合并单元格残留），已略去",
            "{1} blank layout cell(s) before the values of \"{0}\" (merged-cell artefacts) were dropped"),
    CELLS_ALIGNMENT_AMBIGUOUS(Severity.ERROR, "“{0}”的数值 {1} 含空白单元格，无法确定各值所在列；该行未读取",
            "the values {1} of \"{0}\" have blank cells that leave their columns ambiguous; the row was not read"),
    CELLS_SPLIT_INFERRED(Severity.WARNING, "粘连数字“{0}”按勾稽关系唯一拆分为 {1}",
            "glued digits \"{0}\" split as {1}, the only split the rules allow"),
    CELLS_SPLIT_AMBIGUOUS(Severity.ERROR, "粘连数字“{0}”（{1}）有多种拆分：{2}；未采用任何一种",
            "glued digits \"{0}\" ({1}) can be split in several ways: {2}; none was taken"),
    CELL_COUNT_MISMATCH(Severity.ERROR, "“{0}”应有 {1} 个数值，源文本有 {2} 个：{3}；该行未读取",
            "\"{0}\" needs {1} values, the source has {2}: {3}; the row was not read"),
    ROW_MISSING(Severity.WARNING, "源文本缺少“{0}”一行，按未报告处理", "the source has no row \"{0}\"; left not reported"),
    TABLE_MISSING(Severity.WARNING, "未找到{0}", "{1} was not found"),
    OTHER_HANDLING_SINGLE_ROW(Severity.WARNING, "（六）其他处理为 2019 年版的单行：保留合计，细项未报告",
            "（六）其他处理 is the 2019 single row: its total is kept, the breakdown is not reported"),
    EXTRA_ROW(Severity.WARNING, "模板以外的行“{0}”已保留在附加内容中", "row \"{0}\" is not in the template; kept in the extras"),
    EXTRA_TABLE(Severity.WARNING, "模板以外的表格“{0}”已保留在附加内容中",
            "table \"{0}\" is not in the template; kept in the extras"),
    UNRECOGNIZED_TEXT(Severity.WARNING, "未能识别的文本“{0}”已保留在附加内容中",
            "unrecognized text \"{0}\" kept in the extras"),
    UNPLACED_CELL(Severity.WARNING, "数值“{0}”没有对应的行或列", "value \"{0}\" has no row or column to go to"),
    FEE_TABLE_MAPPED(Severity.INFO, "表格“{0}”已读作信息处理费", "table \"{0}\" read as the information processing fees"),
    SITE_CHROME(Severity.INFO, "网站页脚“{0}”已保留在附加内容中", "site footer \"{0}\" kept in the extras"),
    SECTION_MISSING(Severity.WARNING, "未找到“{0}”的标题", "the heading of \"{1}\" was not found"),
    SECTION_RENUMBERED(Severity.INFO, "标题“{0}”按措辞识别为“{1}”", "heading \"{0}\" recognized by its wording as \"{1}\""),
    EXTRA_SECTION(Severity.INFO, "模板以外的部分“{0}”", "section \"{0}\" is not in the template"),
    AGENCY_INFERRED(Severity.INFO, "无标题：机关名称“{0}”取自正文引用的报告标题",
            "no title: agency \"{0}\" taken from a report title cited in the text"),
    YEAR_INFERRED(Severity.INFO, "无标题：报告年度 {0} 为表二之前出现最多的年份",
            "no title: report year {0} is the year mentioned most before table 2"),
    EDITION_INFERRED(Severity.INFO, "表格不能确定格式版本，按 {0} 年版处理",
            "the tables do not tell the edition; the {0} edition is assumed"),
    MONEY_UNIT_IN_CELL(Severity.INFO, "数值“{0}”带有金额单位“{1}”", "value \"{0}\" carries the unit of money \"{1}\""),
    NO_REPORT(Severity.ERROR, "文档中没有可识别的年度报告内容", "the document holds no recognizable annual report"),
    PRE_2019_LAYOUT(Severity.ERROR, "报告年度 {0} 早于 2019 年，采用的是 2019 年以前的旧格式，无法按现行格式读取",
            "report year {0} predates 2019: the layout is older than the 2019 and 2021 editions and cannot be read"),
    INPUT_TRUNCATED(Severity.ERROR, "文档过大，超过 {0} 个单元的部分未读取",
            "the document is too large; everything beyond {0} tokens was ignored");

    private final Severity severity;
    private final String zh;
    private final String en;
    private final Template zhTemplate;
    private final Template enTemplate;

    Code(Severity severity, String zh, String en) {
        this.severity = severity;
        this.zh = zh;
        this.en = en;
        this.zhTemplate = Template.of(zh);
        this.enTemplate = Template.of(en);
    }

    /** The severity of diagnostics with this code. */
    public Severity severity() {
        return severity;
    }

    /** The Chinese template. */
    public String templateZh() {
        return zh;
    }

    /** The English template. */
    public String templateEn() {
        return en;
    }

    /** A diagnostic with this code at a location, parameters substituted. */
    public Diagnostic at(SourceLocation location, Object... params) {
        return new Diagnostic(name(), severity, location == null ? SourceLocation.UNKNOWN : location,
                zhTemplate.fill(params), enTemplate.fill(params));
    }

    /**
     * A template cut once at its placeholders: the literal texts around them and the parameter each one takes.
     *
     * @param literals the texts before, between and after the placeholders (one more than the placeholders)
     * @param slots    the parameter index of each placeholder
     */
    private record Template(String[] literals, int[] slots) {

        static Template of(String template) {
            java.util.List<String> literals = new java.util.ArrayList<>();
            java.util.List<Integer> slots = new java.util.ArrayList<>();
            int from = 0; // the template's text from here on is not cut off yet
            for (int i = template.indexOf('{'); i >= 0; i = template.indexOf('{', i + 1)) {
                if (i + 2 < template.length() && Character.isDigit(template.charAt(i + 1))
                        && template.charAt(i + 2) == '}') {
                    literals.add(template.substring(from, i));
                    slots.add(template.charAt(i + 1) - '0');
                    from = i + 3;
                    i += 2;
                }
            }
            literals.add(template.substring(from));
            return new Template(literals.toArray(String[]::new), slots.stream().mapToInt(Integer::intValue).toArray());
        }

        /** The text with each placeholder replaced by its parameter (empty for a missing one), in one pass. */
        String fill(Object... params) {
            String[] parts = new String[2 * slots.length + 1];
            parts[0] = literals[0];
            for (int k = 0; k < slots.length; k++) {
                int p = slots[k];
                parts[2 * k + 1] = p < params.length ? String.valueOf(params[p]) : "";
                parts[2 * k + 2] = literals[k + 1];
            }
            return String.join("", parts);
        }
    }
}
