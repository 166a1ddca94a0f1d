package io.github.ogireport.parsers.internal.recognize;

import io.github.ogireport.catalog.Edition;
import io.github.ogireport.catalog.Section;
import io.github.ogireport.model.AnnualReport;
import io.github.ogireport.model.Contact;
import io.github.ogireport.model.FeeBlock;
import io.github.ogireport.model.Narrative;
import io.github.ogireport.model.ReportMetadata;
import io.github.ogireport.model.StatisticsPeriod;
import io.github.ogireport.model.Table2;
import io.github.ogireport.model.Table3;
import io.github.ogireport.model.Table4;
import io.github.ogireport.model.TextBlock;
import io.github.ogireport.parse.Diagnostic;
import io.github.ogireport.parse.ParseResult;
import io.github.ogireport.parse.ReaderOptions;
import io.github.ogireport.parse.ReportParseException;
import io.github.ogireport.parse.SourceLocation;
import io.github.ogireport.parse.doc.Block;
import io.github.ogireport.parse.doc.Document;
import io.github.ogireport.parse.doc.Heading;
import io.github.ogireport.parse.doc.Paragraph;
import io.github.ogireport.parse.doc.Table;
import io.github.ogireport.parsers.internal.detect.Deadline;
import io.github.ogireport.rules.Severity;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one recognizer: maps a neutral {@link Document} to an {@link io.github.ogireport.model.AnnualReport}.
 * Stateless and thread-safe; deterministic (no model, no network).
 *
 * <p>Sections are found by their wording whatever their number; each table is read from the token stream of its
 * section (cells in grid order, paragraphs split into label and number runs), anchored on the catalog's labels
 * matched by similarity. What is inferred is reported as inferred, what cannot be placed is kept in the extras and
 * reported; see {@link Code} for every diagnostic.
 */
public final class Recognizer {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern CITED_TITLE = Pattern.compile(
            "《([^《》]{2,40}?)(\\d{4})年度?政府信息公开(?:工作)?年度报告》");
    private static final Pattern PERIOD = Pattern.compile(
            "统计期限?(?:为|是)?[:：]?\\s*自?\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*起?\\s*"
                    + "(?:至|到|—|-|~)\\s*(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern ADDRESS = Pattern.compile("(?:办公地址|通讯地址|联系地址|地址)\\s*[:：]\\s*([^；;。）)\\n]+)");
    private static final Pattern PHONE = Pattern.compile("(?:咨询电话|联系电话|办公电话|电话)\\s*[:：]\\s*([^；;。）)，,\\n]+)");
    private static final Pattern POSTCODE = Pattern.compile("(?:邮政编码|邮编)\\s*[:：]\\s*([^；;。）)，,\\n]+)");
    /** Site footers; {@code mayBeChrome} lists the first characters of its alternatives. */
    private static final Pattern CHROME = Pattern.compile(
            "公安\\S{0,3}备|网备|ICP|版权所有|Copyright|©|网站标识码|主办单位|技术支持", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ARTICLE_20_CAPTION = Pattern.compile("第二十条第\\(.{1,2}\\)项");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile(".*[,。:;!?、].*");
    private static final Pattern DATE_LINE = Pattern.compile("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");

    /** Creates the recognizer. */
    public Recognizer() {
    }

    /**
     * Recognizes a report.
     *
     * @param document          the document a reader produced
     * @param format            the reader's format name, recorded in the result
     * @param readerDiagnostics the reader's own diagnostics, kept first in the result
     * @param options           the options (strict mode throws instead of returning problems)
     * @return the report and every diagnostic
     * @throws ReportParseException if the document holds no report, a pre-2019 layout, or (strict) any problem
     */
    public ParseResult recognize(Document document, String format, List<Diagnostic> readerDiagnostics,
            ReaderOptions options) {
        return recognize(document, format, readerDiagnostics, options,
                Deadline.of(options == null ? ReaderOptions.DEFAULT : options));
    }

    /**
     * Recognizes a report, abandoning the work at a deadline.
     *
     * @param document          the document a reader produced
     * @param format            the reader's format name, recorded in the result
     * @param readerDiagnostics the reader's own diagnostics, kept first in the result
     * @param options           the options (strict mode throws instead of returning problems)
     * @param deadline          when to give up
     * @return the report and every diagnostic
     * @throws ReportParseException if the document holds no report, a pre-2019 layout, or (strict) any problem;
     *                              {@link Deadline.Exceeded} at the deadline
     */
    public ParseResult recognize(Document document, String format, List<Diagnostic> readerDiagnostics,
            ReaderOptions options, Deadline deadline) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(format, "format");
        List<Diagnostic> readerDiags = readerDiagnostics == null ? List.of() : List.copyOf(readerDiagnostics);
        ReaderOptions opts = options == null ? ReaderOptions.DEFAULT : options;
        Session session = new Session(Objects.requireNonNull(deadline, "deadline"));
        AnnualReport report = new Run(document.blocks(), session).recognize();
        List<Diagnostic> all = new ArrayList<>(readerDiags);
        all.addAll(session.diagnostics);
        if (opts.strict()) {
            List<Diagnostic> problems = all.stream().filter(d -> d.severity() != Severity.INFO).toList();
            if (!problems.isEmpty()) {
                throw new ReportParseException("strict mode: the report has " + problems.size() + " problem(s)",
                        problems);
            }
        }
        return new ParseResult(report, format, all);
    }

    /** The normalized labels of table 2's rows and columns. */
    private static final java.util.Set<String> TABLE2_LABELS = table2Labels();

    private static java.util.Set<String> table2Labels() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (io.github.ogireport.catalog.Table2Row r : io.github.ogireport.catalog.Table2Row.values()) {
            out.add(Labels.normalize(r.labelZh()));
        }
        for (io.github.ogireport.catalog.Table2Column c : io.github.ogireport.catalog.Table2Column.values()) {
            out.add(Labels.normalize(c.labelZh()));
        }
        return java.util.Set.copyOf(out);
    }

    /** One recognition: the blocks and the session. */
    private static final class Run {
        private final List<Block> blocks;
        private final Session session;
        private final TableRecognizer tables;

        Run(List<Block> blocks, Session session) {
            this.blocks = blocks;
            this.session = session;
            this.tables = new TableRecognizer(session);
        }

        AnnualReport recognize() {
            if (blocks.isEmpty()) {
                throw noReport();
            }
            List<Sections.Found> found = Sections.find(blocks, session);
            int firstHeading = found.isEmpty() ? blocks.size() : found.get(0).index();
            Map<Section, List<Block>> regions = new EnumMap<>(Section.class);
            Map<Section, Sections.Found> headings = new EnumMap<>(Section.class);
            List<Local> locals = new ArrayList<>();
            for (int k = 0; k < found.size(); k++) {
                Sections.Found f = found.get(k);
                int end = k + 1 < found.size() ? found.get(k + 1).index() : blocks.size();
                List<Block> region = blocks.subList(f.index() + 1, end);
                if (f.section() == null) {
                    Section after = null;
                    for (int j = k - 1; j >= 0 && after == null; j--) {
                        after = found.get(j).section();
                    }
                    locals.add(new Local(f, region, after));
                } else {
                    regions.put(f.section(), region);
                    headings.put(f.section(), f);
                }
            }
            if (found.isEmpty() && blocks.stream().noneMatch(b -> b instanceof Table t
                    && (looksLike(Section.PROACTIVE_DISCLOSURE, Token.of(List.of(t)))
                    || looksLike(Section.APPLICATIONS, Token.of(List.of(t)))
                    || looksLike(Section.REVIEWS_AND_LAWSUITS, Token.of(List.of(t)))))) {
                throw noReport();
            }

            // title, agency, year
            List<Block> pre = blocks.subList(0, firstHeading);
            int[] titleRange = titleRange(pre);
            Optional<String> title = Optional.empty();
            Optional<String> agency = Optional.empty();
            Optional<Integer> year = Optional.empty();
            if (titleRange != null) {
                StringBuilder sb = new StringBuilder();
                for (int k = titleRange[0]; k < titleRange[1]; k++) {
                    sb.append(textOf(pre.get(k)).strip());
                }
                title = Optional.of(sb.toString());
                Matcher m = YEAR.matcher(title.get());
                if (m.find()) {
                    year = Optional.of(Integer.parseInt(m.group(1)));
                    String before = SPACES.matcher(title.get().substring(0, m.start())).replaceAll("");
                    if (before.isEmpty()) {
                        String after = SPACES.matcher(title.get().substring(m.end())).replaceAll("");
                        if (after.startsWith("度")) {
                            after = after.substring(1);
                        }
                        int idx = after.indexOf("政府信息公开");
                        before = idx > 0 ? after.substring(0, idx) : "";
                    }
                    agency = before.isEmpty() ? Optional.empty() : Optional.of(before);
                }
            }

            // sections' headings
            for (Section s : Section.values()) {
                Sections.Found f = headings.get(s);
                if (f == null) {
                    session.report(Code.SECTION_MISSING, SourceLocation.UNKNOWN, s.headingZh(), s.nameEn());
                } else if (!f.numeral().isEmpty() && !f.numeral().equals(Sections.numeralOf(s))) {
                    session.report(Code.SECTION_RENUMBERED, blocks.get(f.index()).location(), f.text(),
                            s.headingZh());
                }
            }

            // tables whose heading is missing: claim tables found in other regions by their labels
            Map<Section, List<Block>> tableBlocks = new EnumMap<>(Section.class);
            for (Section s : List.of(Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS,
                    Section.REVIEWS_AND_LAWSUITS)) {
                tableBlocks.put(s, new ArrayList<>(regions.getOrDefault(s, List.of())));
            }
            List<Block> claimed = new ArrayList<>();
            for (Section s : tableBlocks.keySet()) {
                if (regions.containsKey(s)) {
                    continue;
                }
                for (Block b : blocks) {
                    if (claimed.contains(b) || inTableRegion(b, regions)) {
                        continue;
                    }
                    boolean caption = s == Section.PROACTIVE_DISCLOSURE && b instanceof Paragraph p
                            && ARTICLE_20_CAPTION.matcher(Labels.normalize(p.text())).matches();
                    if (caption || b instanceof Table t && looksLike(s, Token.of(List.of(t)))) {
                        tableBlocks.get(s).add(b);
                        claimed.add(b);
                    }
                }
            }

            // preamble (and tables in it)
            List<TextBlock> preamble = new ArrayList<>();
            List<String> preText = new ArrayList<>();
            for (int k = 0; k < pre.size(); k++) {
                if (titleRange != null && k >= titleRange[0] && k < titleRange[1]) {
                    continue;
                }
                narrativeBlock(pre.get(k), k == 0 ? null : pre.get(k - 1), preamble, preText, null, claimed);
            }

            Narrative overview = narrative(regions.get(Section.OVERVIEW), Section.OVERVIEW, preText, claimed);

            // year and agency without a title
            if (year.isEmpty()) {
                year = inferYear(preText);
                year.ifPresent(y -> session.report(Code.YEAR_INFERRED, SourceLocation.UNKNOWN, y));
            }
            if (agency.isEmpty() && title.isEmpty()) {
                agency = inferAgency();
                agency.ifPresent(a -> session.report(Code.AGENCY_INFERRED, SourceLocation.UNKNOWN, a));
            }
            if (year.isPresent() && year.get() < 2019) {
                throw new ReportParseException("a layout older than 2019",
                        List.of(Code.PRE_2019_LAYOUT.at(SourceLocation.UNKNOWN, year.get())));
            }

            // edition
            List<Token> t2 = Token.of(withoutProse(tableBlocks.get(Section.PROACTIVE_DISCLOSURE),
                    Section.PROACTIVE_DISCLOSURE));
            List<Token> t3 = Token.of(withoutProse(tableBlocks.get(Section.APPLICATIONS), Section.APPLICATIONS));
            List<Token> t4 = Token.of(withoutProse(tableBlocks.get(Section.REVIEWS_AND_LAWSUITS),
                    Section.REVIEWS_AND_LAWSUITS));
            if (t2.isEmpty() && t3.isEmpty() && t4.isEmpty() && hasOldStatisticsTable()) {
                throw new ReportParseException("a layout older than 2019", List.of(Code.PRE_2019_LAYOUT.at(
                        SourceLocation.UNKNOWN, year.map(String::valueOf).orElse("?"))));
            }
            checkCap(t2);
            checkCap(t3);
            checkCap(t4);
            session.checkDeadline();
            Optional<Edition> edition = TableRecognizer.table2Edition(t2, session);
            if (edition.isEmpty() && !t3.isEmpty()) {
                edition = tables.table3(t3, Edition.V2021, false).impliedEdition();
            }
            if (edition.isEmpty()) {
                Edition e = year.isPresent() ? Edition.forReportYear(year.get()) : Edition.V2021;
                session.report(Code.EDITION_INFERRED, SourceLocation.UNKNOWN, e.id());
                edition = Optional.of(e);
            }

            Table2 table2 = null;
            if (t2.isEmpty()) {
                session.report(Code.TABLE_MISSING, SourceLocation.UNKNOWN, "表二", "table 2");
            } else {
                table2 = tables.table2(t2, edition.get());
            }
            Table3 table3 = null;
            if (t3.isEmpty()) {
                session.report(Code.TABLE_MISSING, SourceLocation.UNKNOWN, "表三", "table 3");
            } else {
                table3 = tables.table3(t3, edition.get(), true);
            }
            Table4 table4 = null;
            if (t4.isEmpty()) {
                session.report(Code.TABLE_MISSING, SourceLocation.UNKNOWN, "表四", "table 4");
            } else {
                table4 = tables.table4(t4);
            }

            // local sections (after 四): the fee table, or extras
            FeeBlock fees = null;
            for (Local l : locals) {
                session.report(Code.EXTRA_SECTION, blocks.get(l.found().index()).location(), l.found().text());
                List<Token> tokens = Token.of(l.region().stream().filter(b -> b instanceof Table).toList());
                if (fees == null && TableRecognizer.isFeeTable(tokens)) {
                    fees = tables.fees(tokens, l.after());
                    List<String> paragraphs = new ArrayList<>();
                    for (Block b : l.region()) {
                        if (!(b instanceof Table)) {
                            paragraphs.add(textOf(b).strip());
                        }
                    }
                    if (!paragraphs.isEmpty()) {
                        session.report(Code.UNRECOGNIZED_TEXT, l.region().get(0).location(),
                                String.join(" ", paragraphs));
                        session.extraText(l.after(), l.found().text(), paragraphs);
                    }
                } else {
                    extraSection(l);
                }
            }

            Narrative problems = narrative(regions.get(Section.PROBLEMS), Section.PROBLEMS, null, claimed);
            Optional<LocalDate> published = Optional.empty();
            List<TextBlock> other = new ArrayList<>();
            List<String> otherText = new ArrayList<>();
            List<Block> otherRegion = regions.getOrDefault(Section.OTHER_MATTERS, List.of());
            List<String> chrome = new ArrayList<>();
            SourceLocation chromeAt = null;
            Block previous = null;
            for (Block b : otherRegion) {
                Block above = previous;
                previous = b;
                if (fees == null && b instanceof Table t && !claimed.contains(b)) {
                    // the fee table where the template prints it, in 六 (a local section between 四 and 六 is read
                    // above)
                    List<Token> tokens = Token.of(List.of(t));
                    if (TableRecognizer.isFeeTable(tokens)) {
                        fees = tables.fees(tokens, Section.OTHER_MATTERS);
                        continue;
                    }
                }
                String text = textOf(b).strip();
                if (!(b instanceof Table) && mayBeChrome(text) && CHROME.matcher(text).find()) {
                    if (chromeAt == null) {
                        chromeAt = b.location();
                    }
                    chrome.add(text);
                    session.report(Code.SITE_CHROME, b.location(), text);
                    continue;
                }
                Matcher dm = DATE_LINE.matcher(text);
                if (!(b instanceof Table) && dm.matches() && published.isEmpty()) {
                    try {
                        published = Optional.of(LocalDate.of(Integer.parseInt(dm.group(1)),
                                Integer.parseInt(dm.group(2)), Integer.parseInt(dm.group(3))));
                        continue;
                    } catch (DateTimeException e) {
                        // not a date: keep the line as text
                    }
                }
                narrativeBlock(b, above, other, otherText, Section.OTHER_MATTERS, claimed);
            }
            if (!chrome.isEmpty()) {
                session.extraText(Section.OTHER_MATTERS, null, chrome);
            }

            List<String> contactText = new ArrayList<>(preText);
            contactText.addAll(otherText);
            Contact contact = contact(contactText);
            Optional<StatisticsPeriod> period = period(preText);

            ReportMetadata metadata = new ReportMetadata(title, agency, year, edition.get(), period, published,
                    contact);
            return AnnualReport.builder(metadata)
                    .preamble(new Narrative(preamble))
                    .overview(overview)
                    .table2(table2)
                    .table3(table3)
                    .table4(table4)
                    .problems(problems)
                    .otherMatters(new Narrative(other))
                    .fees(fees)
                    .extras(session.extras)
                    .build();
        }

        /**
         * Whether the document has the single statistics table of the reports before 2019 (统计指标 / 单位 / 数量,
         * rows such as 主动公开政府信息数) and none of the tables of the 2019 and 2021 editions.
         */
        private boolean hasOldStatisticsTable() {
            for (Block b : blocks) {
                if (b instanceof Table t) {
                    for (Token tok : Token.of(List.of(t))) {
                        String n = tok.normalized();
                        if (n.equals("统计指标") || n.contains("主动公开政府信息数")) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }

        private ReportParseException noReport() {
            return new ReportParseException("no report found", List.of(Code.NO_REPORT.at(SourceLocation.UNKNOWN)));
        }

        private void checkCap(List<Token> tokens) {
            if (tokens.size() >= Token.MAX_TOKENS) {
                session.report(Code.INPUT_TRUNCATED, tokens.get(tokens.size() - 1).location(), Token.MAX_TOKENS);
            }
        }

        private static boolean inTableRegion(Block b, Map<Section, List<Block>> regions) {
            for (Section s : List.of(Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS,
                    Section.REVIEWS_AND_LAWSUITS)) {
                for (Block x : regions.getOrDefault(s, List.of())) {
                    if (x == b) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean looksLike(Section s, List<Token> tokens) {
            int hits = 0;
            for (Token t : tokens) {
                if (t.isValue()) {
                    continue;
                }
                String n = t.normalized();
                if (s == Section.APPLICATIONS && TableRecognizer.isTable3Normalized(n)) {
                    hits++;
                } else if (s == Section.PROACTIVE_DISCLOSURE && (n.startsWith("第二十条") || TABLE2_LABELS.contains(n))) {
                    hits++;
                } else if (s == Section.REVIEWS_AND_LAWSUITS && (n.contains("复议") || n.contains("诉讼"))) {
                    hits++;
                }
            }
            return hits >= 2;
        }

        /**
         * The blocks of a table section without its prose (a sentence ending in 。 or a long line without numbers,
         * such as a note under the table), which is kept whole in the extras instead of being cut into labels.
         */
        private List<Block> withoutProse(List<Block> region, Section section) {
            List<Block> out = new ArrayList<>(region.size());
            for (Block b : region) {
                if (b instanceof Paragraph p) {
                    String text = p.text().strip();
                    boolean numbers = Token.ofParagraph(p, 0).stream().anyMatch(Token::isValue);
                    if (text.endsWith("。") || !numbers && Labels.normalize(text).length() > 60) {
                        session.report(Code.UNRECOGNIZED_TEXT, p.location(), text);
                        session.extraText(section, null, List.of(text));
                        continue;
                    }
                }
                out.add(b);
            }
            return out;
        }

        /** The narrative of a region; tables in it not claimed by a table section go to the extras. */
        private Narrative narrative(List<Block> region, Section section, List<String> texts, List<Block> claimed) {
            if (region == null) {
                return Narrative.EMPTY;
            }
            List<TextBlock> out = new ArrayList<>();
            List<String> sink = texts == null ? new ArrayList<>() : texts;
            for (int k = 0; k < region.size(); k++) {
                narrativeBlock(region.get(k), k == 0 ? null : region.get(k - 1), out, sink, section, claimed);
            }
            return new Narrative(out);
        }

        /**
         * Adds {@code b} to the narrative {@code out} (and its text to {@code texts}), or, for a table, to the extras
         * after {@code section}; {@code above} is the block right above {@code b} in the source, or null.
         */
        private void narrativeBlock(Block b, Block above, List<TextBlock> out, List<String> texts, Section section,
                List<Block> claimed) {
            if (claimed.contains(b)) {
                return;
            }
            if (b instanceof Table t) {
                List<List<String>> rows = new ArrayList<>();
                for (Table.Row r : t.rows()) {
                    rows.add(r.cells().stream().map(c -> c.text().strip()).toList());
                }
                String heading = captionAbove(above, out, texts, claimed);
                String first = heading != null ? heading
                        : rows.isEmpty() || rows.get(0).isEmpty() ? "" : rows.get(0).get(0);
                session.report(Code.EXTRA_TABLE, t.location(), first);
                session.extraRows(section, heading, rows);
                return;
            }
            String text = textOf(b).strip();
            if (text.isEmpty()) {
                return;
            }
            texts.add(text);
            boolean heading = b instanceof Heading || text.length() <= 30 && !text.endsWith("。") && subHeading(text);
            out.add(heading ? TextBlock.heading(text) : TextBlock.paragraph(text));
        }

        /**
         * The caption of an extra table: the block right above it when that block is a heading, or a short line
         * (at most 60 characters) not ending as a sentence or an introduction does ({@code 。：；！？} and their ASCII
         * forms), and was just added to the narrative {@code out}, from which it is then taken back. Null otherwise.
         */
        private static String captionAbove(Block above, List<TextBlock> out, List<String> texts,
                List<Block> claimed) {
            if (above == null || above instanceof Table || claimed.contains(above) || out.isEmpty()) {
                return null;
            }
            String text = textOf(above).strip();
            if (!out.get(out.size() - 1).text().equals(text)
                    || !(above instanceof Heading) && !isCaption(text)) {
                return null;
            }
            out.remove(out.size() - 1);
            texts.remove(texts.size() - 1);
            return text;
        }

        private static boolean isCaption(String text) {
            if (text.isEmpty() || text.length() > 60) {
                return false;
            }
            return "。：；！？.:;!?，,".indexOf(text.charAt(text.length() - 1)) < 0;
        }

        private void extraSection(Local l) {
            List<String> paragraphs = new ArrayList<>();
            List<List<String>> rows = new ArrayList<>();
            for (Block b : l.region()) {
                if (b instanceof Table t) {
                    session.report(Code.EXTRA_TABLE, t.location(), l.found().text());
                    for (Table.Row r : t.rows()) {
                        rows.add(r.cells().stream().map(c -> c.text().strip()).toList());
                    }
                } else {
                    String text = textOf(b).strip();
                    if (!text.isEmpty()) {
                        paragraphs.add(text);
                    }
                }
            }
            session.extras.add(new io.github.ogireport.model.ExtraContent(Optional.of(l.found().text()),
                    paragraphs, rows, Optional.ofNullable(l.after())));
        }

        /** [from, to) of the title lines among the blocks before the first heading, or null. */
        private static int[] titleRange(List<Block> pre) {
            for (int k = 0; k < Math.min(pre.size(), 4); k++) {
                Block b = pre.get(k);
                if (b instanceof Table) {
                    return null;
                }
                String n = Labels.normalize(textOf(b));
                if (n.contains("政府信息公开") && (n.endsWith("报告") || n.endsWith("年报")) && n.length() <= 60
                        && !n.contains("《")) {
                    int from = k;
                    while (from > 0 && pre.get(from - 1) instanceof Paragraph p && isTitleFragment(p.text())) {
                        from--;
                    }
                    return new int[] {from, k + 1};
                }
            }
            return null;
        }

        private static boolean isTitleFragment(String text) {
            String n = Labels.normalize(text);
            return !n.isEmpty() && n.length() <= 20 && !SENTENCE_PUNCTUATION.matcher(n).matches();
        }

        private Optional<Integer> inferYear(List<String> texts) {
            Map<Integer, Integer> counts = new TreeMap<>();
            for (String t : texts) {
                if (t.indexOf('年') < 0) {
                    continue; // every match ends with it
                }
                Matcher m = YEAR.matcher(t);
                while (m.find()) {
                    int y = Integer.parseInt(m.group(1));
                    if (y >= 1990 && y <= 2200) {
                        counts.merge(y, 1, Integer::sum);
                    }
                }
            }
            Integer best = null;
            for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
                if (best == null || e.getValue() >= counts.get(best)) {
                    best = e.getKey();
                }
            }
            return Optional.ofNullable(best);
        }

        private Optional<String> inferAgency() {
            for (Block b : blocks) {
                if (b instanceof Table) {
                    continue;
                }
                String text = textOf(b);
                if (text.indexOf('《') < 0) {
                    continue; // every match starts with it
                }
                Matcher m = CITED_TITLE.matcher(text);
                if (m.find()) {
                    String a = SPACES.matcher(m.group(1)).replaceAll("");
                    if (!a.isEmpty()) {
                        return Optional.of(a);
                    }
                }
            }
            return Optional.empty();
        }

        private static Optional<StatisticsPeriod> period(List<String> texts) {
            for (String t : texts) {
                if (!t.contains("统计期")) {
                    continue; // every match starts with it
                }
                Matcher m = PERIOD.matcher(t);
                if (m.find()) {
                    try {
                        LocalDate from = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                                Integer.parseInt(m.group(3)));
                        LocalDate to = LocalDate.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                                Integer.parseInt(m.group(6)));
                        if (!to.isBefore(from)) {
                            return Optional.of(new StatisticsPeriod(from, to));
                        }
                    } catch (DateTimeException e) {
                        // not a date
                    }
                }
            }
            return Optional.empty();
        }

        private static Contact contact(List<String> texts) {
            return Contact.of(first(ADDRESS, "地址", null, texts), first(PHONE, "电话", null, texts),
                    first(POSTCODE, "邮政编码", "邮编", texts));
        }

        /** The most characters a match of the contact patterns starts before its key word (咨询电话, 办公地址). */
        private static final int KEY_OFFSET = 2;

        /**
         * The first non-blank group 1 of a pattern in the texts. Only texts holding a word every match holds
         * ({@code key}, or {@code otherKey} if not null) are searched.
         */
        private static String first(Pattern p, String key, String otherKey, List<String> texts) {
            for (String t : texts) {
                int at = t.indexOf(key);
                int other = otherKey == null ? -1 : t.indexOf(otherKey);
                if (at < 0 || other >= 0 && other < at) {
                    at = other;
                }
                if (at < 0) {
                    continue;
                }
                // no match starts earlier than its key word allows: the search starts there
                Matcher m = p.matcher(t);
                if (m.find(Math.max(0, at - KEY_OFFSET))) {
                    String v = m.group(1).strip();
                    if (!v.isEmpty()) {
                        return v;
                    }
                }
            }
            return null;
        }

        /**
         * Whether a text holds a character a match of {@link #CHROME} starts with (公, 网, I, 版, C, ©, 主, 技; ASCII
         * letters in either case): the regular expression is tried only on such text.
         */
        private static boolean mayBeChrome(String text) {
            for (int i = 0; i < text.length(); i++) {
                switch (text.charAt(i)) {
                    case '公', '网', 'I', 'i', '版', 'C', 'c', '©', '主', '技' -> {
                        return true;
                    }
                    default -> {
                        // not a first character of a match
                    }
                }
            }
            return false;
        }

        /** Whether a text starts with a sub-heading's numbering, {@code ^[（(][一二三四五六七八九十][）)]}. */
        private static boolean subHeading(String text) {
            return text.length() >= 3 && (text.charAt(0) == '（' || text.charAt(0) == '(')
                    && "一二三四五六七八九十".indexOf(text.charAt(1)) >= 0
                    && (text.charAt(2) == '）' || text.charAt(2) == ')');
        }

        private static String textOf(Block b) {
            if (b instanceof Paragraph p) {
                return p.text();
            }
            if (b instanceof Heading h) {
                return h.text();
            }
            return "";
        }
    }

    /** A local section: its heading, its blocks, and the template section it follows. */
    private record Local(Sections.Found found, List<Block> region, Section after) {
    }
}
